import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { baselineCases, computeBaseline, ruleOf, type Baseline } from './cases';

/**
 * Format 1.1 is additive: a v1 document (no `seats`) gives exactly the findings it gave before
 * 1.1, which test/baseline/v1-findings.json records (see generate.ts), except for the deliberate
 * corrections listed here, each with its reason. A listed difference must still be a difference,
 * so the list cannot go stale.
 */
export const DIFFERENCES: { rule: string; reason: string }[] = [];

describe('v1 documents keep their findings (test/baseline/v1-findings.json)', () => {
  const baseline = JSON.parse(fs.readFileSync(path.join(__dirname, 'v1-findings.json'), 'utf8')) as Baseline;
  const now = computeBaseline(baselineCases());
  const excused = new Set(DIFFERENCES.map((d) => d.rule));
  const caseDiff = (name: string): string[] => {
    const before = baseline.cases[name];
    const after = now.cases[name] ?? [];
    return [...before.filter((l) => !after.includes(l)).map((l) => `- ${l}`), ...after.filter((l) => !before.includes(l)).map((l) => `+ ${l}`)];
  };
  const groupDiff = (group: string): string[] => {
    const before = baseline.groups[group];
    const after = now.groups[group] ?? {};
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].sort().filter((r) => before[r] !== after[r]);
  };
  const changedRules = new Set<string>([
    ...Object.keys(baseline.cases).flatMap((n) => caseDiff(n).map((l) => ruleOf(l.slice(2)))),
    ...Object.keys(baseline.groups).flatMap(groupDiff),
  ]);

  it('covers the same cases as the baseline', () => {
    assert.deepEqual(Object.keys(now.cases).sort(), Object.keys(baseline.cases).sort());
    assert.deepEqual(Object.keys(now.groups).sort(), Object.keys(baseline.groups).sort());
  });

  for (const name of Object.keys(baseline.cases)) {
    it(`${name}: same findings`, () => {
      assert.deepEqual(caseDiff(name).filter((l) => !excused.has(ruleOf(l.slice(2)))), []);
    });
  }

  for (const group of Object.keys(baseline.groups)) {
    it(`${group}: same findings of every rule (count and hash)`, () => {
      const before = baseline.groups[group];
      const after = now.groups[group] ?? {};
      const unexplained = groupDiff(group)
        .filter((r) => !excused.has(r))
        .map((r) => `${r}: was ${before[r] ?? 'none'}, now ${after[r] ?? 'none'}`);
      assert.deepEqual(unexplained, []);
    });
  }

  it('every listed difference is a real difference, with a reason', () => {
    for (const d of DIFFERENCES) {
      assert.ok(d.reason.length > 20, `${d.rule}: say why its findings changed`);
      assert.ok(changedRules.has(d.rule), `${d.rule} is listed as changed but gives the same findings as before: take it off the list`);
    }
  });
});
