import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFile } from '../../server/src/core/analyze';
import { buildSystem, checkFileInSystem } from '../../server/src/core/engine';
import { checkFileOutcomes, countOutcomes, fileRuleOutcomes, type RuleOutcome } from '../../server/src/core/outcomes';
import { ALL_RULES } from '../../server/src/core/rules';
import { formatters } from '../../server/src/core/formatters';
import { check } from '../../server/src/api';
import { ROOT } from '../cli/helpers';

/** Rule outcomes: what became of every catalogue rule on a document, and the findings waivers hide. */
const TODAY = '2026-11-23';
const VALID = fs.readFileSync(path.join(ROOT, 'samples/valid/constitution.yaml'), 'utf8');

function outcomesOf(text: string, options: Parameters<typeof checkFileOutcomes>[2] = {}, uri = 'file:///t/constitution.yaml') {
  const file = analyzeFile(uri, text);
  const o = checkFileOutcomes(file, buildSystem([file]), { today: TODAY, ...options });
  const byId = new Map(fileRuleOutcomes(o.documents).map((r) => [r.ruleId, r]));
  return { o, file, byId, rule: (id: string) => byId.get(id) as RuleOutcome };
}

describe('rule outcomes', () => {
  it('gives every catalogue rule an outcome, and the same findings as the engine', () => {
    const { o, file } = outcomesOf(VALID);
    assert.equal(o.documents.length, 1);
    assert.deepEqual(o.documents[0].rules.map((r) => r.ruleId), ALL_RULES.map((r) => r.meta.id));
    assert.deepEqual(o.findings, checkFileInSystem(file, buildSystem([file]), { today: TODAY }));
    const c = countOutcomes(o.documents[0].rules);
    assert.equal(c.failed + c.waived, 0);
    assert.equal(c.passed + c.notApplicable, ALL_RULES.length);
  });

  it('a rule with a finding failed; with every finding waived, waived, and the waiver travels with the finding', () => {
    // the chair's seat made an ordinary seat: the board has no chair
    const broken = VALID.replace('    - id: chair\n      title: Chair\n      role: chair\n', '    - id: chair\n      title: Chair\n      role: other\n');
    assert.notEqual(broken, VALID, 'the sample still has the chair seat this test edits');
    const failed = outcomesOf(broken);
    assert.equal(failed.rule('ICS-BOARD-001').status, 'failed');
    assert.equal(failed.rule('ICS-BOARD-001').findings, 1);
    assert.equal(failed.rule('ICS-BOARD-001').severity, 'error');
    const line = failed.o.findings.find((f) => f.ruleId === 'ICS-BOARD-001')!.range.start.line;
    const lines = broken.split('\n');
    const indent = /^\s*/.exec(lines[line])![0];
    lines.splice(line, 0, `${indent}# ics-check-disable-next-line ICS-BOARD-001 -- chair being recruited (owner: Head of Governance, expires: 2027-06-30)`);
    const waived = outcomesOf(lines.join('\n'));
    assert.equal(waived.rule('ICS-BOARD-001').status, 'waived');
    assert.equal(waived.rule('ICS-BOARD-001').findings, 0);
    assert.equal(waived.rule('ICS-BOARD-001').waived, 1);
    assert.ok(!waived.o.findings.some((f) => f.ruleId === 'ICS-BOARD-001'));
    assert.equal(waived.o.waived.length, 1);
    assert.deepEqual(waived.o.waived[0].waiver, { ruleIds: ['ICS-BOARD-001'], reason: 'chair being recruited', owner: 'Head of Governance', expires: '2027-06-30', line, status: 'active' });
    assert.equal(waived.o.waived[0].finding.range.start.line, line + 1);
    // an expired waiver hides nothing: the rule fails again
    assert.equal(outcomesOf(lines.join('\n'), { today: '2027-07-01' }).rule('ICS-BOARD-001').status, 'failed');
  });

  it('says why a rule did not run: the profile, a rule setting, the kind of document, YAML errors', () => {
    const statutory = outcomesOf(VALID, { profile: 'statutory' });
    assert.equal(statutory.rule('ICS-NED-001').status, 'not-applicable');
    assert.equal(statutory.rule('ICS-NED-001').reason, 'the statutory profile does not check NHS England policy');
    assert.equal(statutory.rule('ICS-BOARD-001').status, 'passed');
    const off = outcomesOf(VALID, { ruleOverrides: { 'ICS-BOARD-001': 'off' } });
    assert.equal(off.rule('ICS-BOARD-001').reason, 'switched off by the rule setting ICS-BOARD-001: off');
    const icp = outcomesOf(fs.readFileSync(path.join(ROOT, 'samples/valid/partnership.yaml'), 'utf8'), {}, 'file:///t/partnership.yaml');
    assert.equal(icp.rule('ICS-BOARD-001').reason, 'applies to ICB constitutions, not to integrated care partnership documents');
    assert.ok(['passed', 'failed'].includes(icp.rule('ICS-ICP-001').status));
    const broken = outcomesOf('kind: icb-constitution\nversion: 1\nicb: {id: x\n');
    assert.ok(broken.o.documents[0].rules.every((r) => r.status === 'not-applicable' && r.reason === 'the document has YAML errors, so no rule ran on it'));
  });

  it('the JSON, SARIF, JUnit and Markdown reports carry the waived finding and the rules passed', async () => {
    const r = await check({ files: ['samples/flawed/no-clinical-executive.yaml'], cwd: ROOT, today: TODAY });
    const passed = countOutcomes(fileRuleOutcomes(r.results[0].outcome!.documents)).passed;
    assert.ok(passed > 100);
    const json = JSON.parse(formatters.json(r.results, r.context));
    assert.equal(json.summary.rules.passed, passed);
    assert.equal(json.summary.waived, 1);
    assert.equal(json.results[0].waived[0].ruleId, 'ICS-CCPL-016');
    assert.deepEqual(json.results[0].waived[0].waiver, { line: 25, rules: ['ICS-CCPL-016'], reason: 'clinical leadership comes from the place clinical leads until the medical director post is filled', owner: 'Board Secretary', expires: '2029-03-31' });
    assert.equal(json.results[0].rules.find((x: { id: string }) => x.id === 'ICS-CCPL-016').status, 'waived');

    const sarif = JSON.parse(formatters.sarif(r.results, r.context));
    const suppressed = sarif.runs[0].results.filter((x: { suppressions?: unknown[] }) => x.suppressions);
    assert.equal(suppressed.length, 1);
    assert.equal(suppressed[0].ruleId, 'ICS-CCPL-016');
    assert.deepEqual(suppressed[0].suppressions, [{ kind: 'inSource', justification: 'clinical leadership comes from the place clinical leads until the medical director post is filled', properties: { line: 25, owner: 'Board Secretary', expires: '2029-03-31' } }]);
    assert.equal(sarif.runs[0].properties.rules.passed, passed);

    const junit = formatters.junit(r.results, r.context);
    assert.match(junit, /<testcase [^>]*name="ICS-CCPL-016 28:3"[^>]*>\n\s*<skipped message="waived: clinical leadership comes from the place clinical leads until the medical director post is filled \(owner: Board Secretary, expires: 2029-03-31\)">/);
    assert.equal((junit.match(/ passed" file=/g) ?? []).length, passed);
    assert.match(junit, new RegExp(`<property name="rules.passed" value="${passed}"/>`));

    const md = formatters.markdown(r.results, r.context);
    assert.match(md, new RegExp(`Rules: ${passed} rules passed, \\d+ failed, 1 waived, \\d+ not applicable; 1 finding waived\\.`));
    assert.match(md, /### Waived findings\n\n\| Location \| Rule \| Message \| Waiver \|\n\|---\|---\|---\|---\|\n\| `samples\/flawed\/no-clinical-executive\.yaml:28:3` \| `ICS-CCPL-016` \|/);
  });
});
