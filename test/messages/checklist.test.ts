import { strict as assert } from 'node:assert';
import { cli, ROOT } from '../cli/helpers';

/** `--format checklist`: the pass/fail checklist in the terminal, from the engine's rule outcomes. */
describe('--format checklist', () => {
  it('lists every rule that ran per file, by catalogue section, with its outcome; the totals equal the JSON report\'s', async () => {
    const args = ['--today', '2026-11-23', 'samples/'];
    const r = await cli(['-f', 'checklist', ...args], { cwd: ROOT });
    const json = JSON.parse((await cli(['-f', 'json', ...args], { cwd: ROOT })).stdout);
    assert.equal(r.code, 1, 'the exit code is the check\'s, as for every format');
    const { passed, failed, waived, notApplicable } = json.summary.rules;
    assert.ok(r.stdout.endsWith(`✖ ${json.summary.files} files: ${failed} rules failed, ${passed} passed, ${waived} waived, ${notApplicable} not applicable\n`), r.stdout.slice(-300));
    // A failed rule, with its findings; a waived one; a passed one.
    // Each file's line of counts is the JSON report's outcomes of that file.
    const file = json.results.find((x: { file: string }) => x.file === 'samples/flawed/no-clinical-executive.yaml');
    const count = (status: string) => file.rules.filter((x: { status: string }) => x.status === status).length;
    const [p, f, w, n] = ['passed', 'failed', 'waived', 'not-applicable'].map(count);
    assert.ok(f >= 5 && w === 1, `${f} failed, ${w} waived`);
    assert.ok(
      r.stdout.includes(`samples/flawed/no-clinical-executive.yaml  (icb-constitution · recommended · hca-2022)\n  ${p + f + w} rules ran: ${p} passed, ${f} failed, ${w} waived; ${n} not applicable\n`),
      r.stdout.slice(0, 300),
    );
    assert.match(r.stdout, /\n {4}✖ failed {2}ICS-EXEC-002 +The board includes an executive medical director\. {2}\(1 warning\)\n/);
    assert.match(r.stdout, /\n {4}~ waived {2}ICS-CCPL-016 +At least one executive board member is a registered clinician: clinical leadership, not just advice\. {2}\(1 finding waived\)\n/);
    assert.match(r.stdout, /\n {4}✔ passed {2}ICS-BOARD-001 +The board includes a chair — exactly one\.\n/);
    assert.match(r.stdout, /\n {2}Not applicable\n {4}- Applies to /);
    // Findings of the format itself are not rules: said, not listed.
    assert.match(r.stdout, /Besides the rules: 1 finding of the format itself \(yaml-syntax\)/);
    assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour unless asked');
    assert.match((await cli(['-f', 'checklist', '--color', ...args], { cwd: ROOT })).stdout, /\x1b\[31m✖ failed/);
  });

  it('a clean system: every rule that ran passed', async () => {
    const r = await cli(['-f', 'checklist', '--today', '2026-11-23', 'samples/valid'], { cwd: ROOT });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /\n✔ 3 files: 0 rules failed, \d+ passed, 0 waived, \d+ not applicable\n$/);
    assert.doesNotMatch(r.stdout, /✖ failed/);
  });
});
