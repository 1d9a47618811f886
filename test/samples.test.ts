import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FRAMEWORKS, PROFILES, analyzeFile, checkFiles, ruleById, type Finding } from '../server/src/core';

/**
 * The shipped samples are the product's promise: the valid system is clean under every profile and
 * framework, and each flawed draft trips exactly the rules it is meant to show, no more.
 */
const SAMPLES = path.join(__dirname, '..', 'samples');
const TODAY = '2026-11-23';

function load(dir: string) {
  return fs
    .readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .map((n) => analyzeFile(path.join(dir, n), fs.readFileSync(path.join(dir, n), 'utf8')));
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${path.basename(f.uri)}:${f.range.start.line + 1} ${f.ruleId} ${f.message}`).join('\n');
}

/** What each flawed draft is meant to show, under the default profile and the law in force. */
export const FLAWED_EXPECTATIONS: Record<string, string[]> = {
  'no-clinical-executive.yaml': ['ICS-CCPL-002', 'ICS-EXEC-002', 'ICS-EXEC-003', 'ICS-EXEC-007', 'ICS-QUAL-001'],
  // With no non-executives, the Freedom to Speak Up non-executive lead falls to a partner member (ICS-OFF-005).
  'no-lay-members.yaml': ['ICS-COI-003', 'ICS-COMM-002', 'ICS-COMM-004', 'ICS-NED-001', 'ICS-NED-003', 'ICS-NED-004', 'ICS-OFF-005', 'ICS-QUAL-001', 'ICS-QUORUM-001'],
  'place-without-governance.yaml': ['ICS-PLACE-002'],
  'bad-registration-number.yaml': ['ICS-REG-001'],
  'typo-in-role.yaml': ['schema'],
  'yaml-syntax-error.yaml': ['yaml-syntax'],
  // Issue 13: one draft per class of problem beyond the board.
  'delegation-without-committee.yaml': ['ICS-DEL-001'],
  'reserved-and-delegated.yaml': ['ICS-SORD-002'],
  'orphan-function.yaml': ['ICS-FUNC-001'],
  'urgent-decisions-unreported.yaml': ['ICS-SO-002'],
  'capital-plan-approved-by-committee.yaml': ['ICS-RPT-002'],
  'officers-incomplete.yaml': ['ICS-OFF-002', 'ICS-OFF-005'],
  'coi-2017-guidance.yaml': ['ICS-COI-008'],
  'place-budget-without-inequalities.yaml': ['ICS-PLACE-012'],
};

describe('samples', () => {
  const valid = load(path.join(SAMPLES, 'valid'));

  for (const profile of PROFILES) {
    for (const framework of FRAMEWORKS) {
      it(`samples/valid has no finding under profile ${profile}, framework ${framework}`, () => {
        const findings = checkFiles(valid, { profile, framework, today: TODAY });
        assert.equal(describeFindings(findings), '');
      });
    }
  }

  it('samples/valid is a whole system: a constitution, a partnership and a place file', () => {
    const kinds = valid.flatMap((f) => f.documents.map((d) => d.kind)).sort();
    assert.deepEqual(kinds, ['icb-constitution', 'integrated-care-partnership', 'place-partnership']);
  });

  const flawedDir = path.join(SAMPLES, 'flawed');
  for (const [name, expected] of Object.entries(FLAWED_EXPECTATIONS)) {
    it(`samples/flawed/${name} trips exactly ${expected.join(', ')}`, () => {
      const file = analyzeFile(path.join(flawedDir, name), fs.readFileSync(path.join(flawedDir, name), 'utf8'));
      const findings = checkFiles([file], { today: TODAY });
      const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
      assert.deepEqual(ids, [...expected].sort(), describeFindings(findings));
      for (const f of findings) {
        const rule = ruleById(f.ruleId);
        if (rule) assert.ok(rule.meta.citations.length > 0);
      }
    });
  }

  it('every flawed sample is covered by an expectation', () => {
    const files = fs.readdirSync(flawedDir).filter((n) => /\.ya?ml$/.test(n)).sort();
    assert.deepEqual(files, Object.keys(FLAWED_EXPECTATIONS).sort());
  });
});
