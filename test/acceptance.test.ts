import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFile, checkFiles, ruleById, type CheckOptions, type Finding } from '../server/src/core';

/**
 * What governance officers came for, checked on the shipped valid sample: take one thing out and
 * the checker names the requirement and where it comes from.
 */
const VALID = path.join(__dirname, '..', 'samples', 'valid');
const CONSTITUTION = path.join(VALID, 'constitution.yaml');
const original = fs.readFileSync(CONSTITUTION, 'utf8');
const SOURCE_WORDS = /(Act 20\d\d|Schedule|section|paragraph|guidance|Thriving Places|NHS England|model constitution|Confederation|Clinical Commissioners)/i;

function checkWith(text: string, options: CheckOptions = {}): Finding[] {
  const files = fs
    .readdirSync(VALID)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => (n === 'constitution.yaml' ? analyzeFile(CONSTITUTION, text) : analyzeFile(path.join(VALID, n), fs.readFileSync(path.join(VALID, n), 'utf8'))));
  return checkFiles(files, { today: '2026-11-23', ...options }).filter((f) => f.uri === CONSTITUTION);
}

function edit(from: string, to: string): string {
  assert.ok(original.includes(from), `the valid sample no longer contains: ${from}`);
  return original.replace(from, to);
}

function assertNamesRequirementAndSource(findings: Finding[], lineText: RegExp): Finding {
  const lines = original.split('\n');
  const f = findings.find((x) => x.ruleId.startsWith('ICS-'));
  assert.ok(f, 'expected a rule finding, got: ' + findings.map((x) => `${x.ruleId} ${x.message}`).join('\n'));
  assert.match(f.message, SOURCE_WORDS, `the message should name its source: ${f.message}`);
  const rule = ruleById(f.ruleId)!;
  assert.ok(rule.meta.citations.every((c) => /^https:\/\//.test(c.url)));
  assert.ok(lines.some((l) => lineText.test(l)));
  return f;
}

describe('acceptance: taking one thing out of the valid constitution', () => {
  it('the valid constitution starts clean', () => {
    assert.deepEqual(checkWith(original).map((f) => `${f.ruleId} ${f.message}`), []);
  });

  it("removing the medical director's GMC registration gives a finding naming the requirement and its source", () => {
    const text = edit('      registration: {regulator: GMC, number: "7012345", licence_to_practise: true}\n', '');
    const findings = checkWith(text);
    const f = assertNamesRequirementAndSource(findings, /ruth-ode/);
    assert.match(f.message, /GMC|registered medical practitioner|registration/i);
  });

  it('removing the only lay member of a place gives a finding naming the requirement and its source', () => {
    const text = edit("    lay_members: [{name: Chris Dale, role: lay member for patient and public involvement}]\n", '');
    const f = assertNamesRequirementAndSource(checkWith(text), /castlebridge/);
    assert.match(f.message, /lay/i);
  });

  it("removing a place's governance model gives a finding naming the requirement and its source", () => {
    const text = edit('    governance_model: [icb_committee]\n', '');
    const f = assertNamesRequirementAndSource(checkWith(text), /north-northmoor/);
    assert.match(f.message, /governance/i);
  });

  it("a chair appointed by NHS England with the Secretary of State's approval passes under hca-2022 and is flagged under health-bill-2026", () => {
    const text = edit(
      `        transitional:
          - {framework: health-bill-2026, by: secretary_of_state}
      removal:`,
      '      removal:',
    );
    assert.deepEqual(checkWith(text, { framework: 'hca-2022' }).map((f) => `${f.ruleId} ${f.message}`), []);
    const under = checkWith(text, { framework: 'health-bill-2026' });
    const f = under.find((x) => x.ruleId === 'ICS-APPT-001');
    assert.ok(f, under.map((x) => `${x.ruleId} ${x.message}`).join('\n') || 'no finding under health-bill-2026');
    assert.match(f.message, /Secretary of State/);
  });
});
