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
export const DIFFERENCES: { rule: string; reason: string }[] = [
  { rule: 'ICS-ACC-001', reason: "Issue 10: fails only when no transparency arrangement is stated (Sch 1B para 12(2), read; was cited as 11(2)); the model constitution's three mechanisms moved to ICS-TRANS-001." },
  { rule: 'ICS-APPT-002', reason: "Issue 10: Sch 1B para 6 forbids a removal power held by anyone but NHS England; it does not require one, so a chair with no removal clause no longer fails." },
  { rule: 'ICS-APPT-004', reason: "Issue 10: a seconded chief executive counts as an employee only if seconded from the civil service or a body Sch 1B para 19(4) lists; the message names them." },
  { rule: 'ICS-APPT-007', reason: "Issue 10: raised from warning to error, Sch 1B para 8(1)(b) (read) making each ordinary member's appointment subject to the chair's approval." },
  { rule: 'ICS-AREA-003', reason: "Issue 10: a hint, not an error: no law requires the constitution to state its own web address (s.14Z29 is the ICB's duty to publish)." },
  { rule: 'ICS-COI-001', reason: "Issue 10: rests on Sch 1B para 13 and s.14Z30 (read); registers open to the public on request pass; the message cites them." },
  { rule: 'ICS-ICP-005', reason: "Issue 10: under the Health Bill 2026 the NHS mandate is abolished with NHS England, so regard to it is no longer required." },
  { rule: 'ICS-ICP-007', reason: "Issue 10: 'adopted over a year ago with no review' is no longer a statutory error (s.116ZB(6) is triggered by a new needs assessment); it is ICS-ICP-013." },
  { rule: 'ICS-ICP-013', reason: "Issue 10: new heuristic (hint) split from ICS-ICP-007: an old strategy with no needs assessment or review recorded." },
  { rule: 'ICS-NBH-001', reason: "Issue 10: the message names NHS England's Long Term Plan as the source of the 30,000-50,000 scale (the Neural page is no longer cited)." },
  { rule: 'ICS-PARTNER-003', reason: "Issue 10: cites Sch 1B para 8(2)(c) (read); under the Health Bill 2026 a member nominated by the mayor of each mayoral strategic authority replaces the local authority member (clause 21)." },
  { rule: 'ICS-PLACE-002', reason: "Issue 10: governance_model other is accepted with a description; other without one is reported." },
  { rule: 'ICS-PLAN-001', reason: "Issue 10: a warning (NHS England policy), not an error: the joint forward plan duty (ss.14Z52, 14Z54, read) is not constitution content; a commitment to the plan passes." },
  { rule: 'ICS-REF-001', reason: "Issue 10: a data check, not NHS England policy: its messages say so." },
  { rule: 'ICS-REG-003', reason: "Issue 10: a data check (warning), not a statutory error; a profession recorded without a registration is no longer reported (a retired doctor may sit on a board)." },
  { rule: 'ICS-TRANS-001', reason: "Issue 10: new warning (NHS England policy) for the model constitution's meetings in public, exclusion by resolution and published papers, moved out of ICS-ACC-001." },
  { rule: 'ICS-VAR-001', reason: "Issue 10: the message cites Sch 1B para 15(2)(b) (read; was cited as para 14); still a warning." },
  { rule: 'ICS-REG-001', reason: "Issue 15: a value still to be filled in is reported once, by the placeholder check; a rule pointing at it does not report it again (a TODO registration number)." },
  { rule: 'ICS-CCPL-018', reason: "Issue 13: new (information): a clinical and care professional leadership section records how it is evaluated and the board sighted on the gaps (seed 004); v1 documents with the section get one finding." },
  { rule: 'ICS-CCPL-019', reason: "Issue 13: new (information): a clinical and care professional leadership section says how the board obtains advice, not only who sits on it (s.14Z38; seeds 000, 004)." },
  { rule: 'ICS-ICP-014', reason: "Issue 13: new (information): a partnership with members has a lay or independent member (seed 002: lay presence at ICB, partnership and place)." },
  { rule: 'ICS-OFF-001', reason: "Issue 13: new (information): a constitution that neither records its named officers nor links a governance handbook is told once what reviewers look for." },
  { rule: 'ICS-PLACE-012', reason: "Issue 13: new (information): a place budget allocated on need alone is told to record health inequalities too (seed 002); v1 documents with allocation_basis: population_need get one finding per budget." },
  { rule: 'schema', reason: "Issue 10: additive keys and values are accepted: seconded_from, mayoral_strategic_authorities (sector and area), governance_model other with governance_model_description, transparency.arrangements, joint_forward_plan.commitment, register.available_on_request." },
  {
    rule: 'ICS-APPT-005',
    reason: 'Issue 9: appointment findings are reported once per class of member (role and sector or function), listing its members, not once per person — a constitution states the procedure once for the class.',
  },
  {
    rule: 'ICS-APPT-007',
    reason: "Issue 9: like ICS-APPT-005, reported once per class of member appointed alike (role and sector or function), listing its members, not once per person.",
  },
  {
    rule: 'ICS-SIZE-001',
    reason: 'Issue 9: voting is not silently assumed — the message now says how many members were counted as voting although the constitution does not state whether they vote.',
  },
  {
    rule: 'ICS-QUORUM-001',
    reason: 'Issue 9: voting is not silently assumed — an impossible quorum now says how many of the members counted towards it were assumed to vote.',
  },
  {
    rule: 'ICS-SYS-003',
    reason: "Issue 9: a partnership or place file whose ICB constitution is not among the documents now gets one information note, the same whether it is checked alone or beside other ICBs' files (a new rule).",
  },
  {
    rule: 'ICS-SYS-002',
    reason: "Issue 9: an ICB id that is not among the documents is no longer a warning that depends on which other ICBs' files sit beside the place file; only a near miss (a typo) of an ICB that is there is reported. ICS-SYS-003 notes the rest.",
  },
  {
    rule: 'ICS-ICP-001',
    reason: "Issue 9: as ICS-SYS-002 for partnership files: an ICB id that is not among the documents is no longer an error that depends on which other ICBs' files are checked with it; only a near miss (a typo) is reported, and ICS-SYS-003 notes the rest.",
  },
  {
    rule: 'ICS-AREA-002',
    reason: 'Issue 9: the advice for a council split between ICBs now mentions the 1.1 way to say so (`part: true` with a description) as well as LSOAs; the findings are the same.',
  },
  { rule: 'duplicate-id', reason: 'issue 17: two documents checked together that declare the same ICB id are each reported (the schema fixtures and the ICS-AREA-002 fixtures check copies of one ICB together)' },
];

describe('v1 documents keep their findings (test/baseline/v1-findings.json)', () => {
  const baseline = JSON.parse(fs.readFileSync(path.join(__dirname, 'v1-findings.json'), 'utf8')) as Baseline;
  // The cases of the baseline only: fixtures added since (for format 1.1, or v1 fixtures of new
  // behaviour) are not part of the pin.
  const pinned = new Set([...Object.keys(baseline.cases), ...Object.values(baseline.groups).flatMap((g) => g.cases)]);
  const all = baselineCases();
  const now = computeBaseline(all.filter((c) => pinned.has(c.name)));
  const excused = new Set(DIFFERENCES.map((d) => d.rule));
  const caseDiff = (name: string): string[] => {
    const before = baseline.cases[name];
    const after = now.cases[name] ?? [];
    return [...before.filter((l) => !after.includes(l)).map((l) => `- ${l}`), ...after.filter((l) => !before.includes(l)).map((l) => `+ ${l}`)];
  };
  const groupDiff = (group: string): string[] => {
    const before = baseline.groups[group].rules;
    const after = now.groups[group]?.rules ?? {};
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].sort().filter((r) => before[r] !== after[r]);
  };
  const changedRules = new Set<string>([
    ...Object.keys(baseline.cases).flatMap((n) => caseDiff(n).map((l) => ruleOf(l.slice(2)))),
    ...Object.keys(baseline.groups).flatMap(groupDiff),
  ]);

  it('still has every case of the baseline (a v1 fixture is not rewritten or removed)', () => {
    const present = new Set(all.map((c) => c.name));
    assert.deepEqual([...pinned].filter((n) => !present.has(n)), []);
  });

  for (const name of Object.keys(baseline.cases)) {
    it(`${name}: same findings`, () => {
      assert.deepEqual(caseDiff(name).filter((l) => !excused.has(ruleOf(l.slice(2)))), []);
    });
  }

  for (const group of Object.keys(baseline.groups)) {
    it(`${group}: same findings of every rule (count and hash)`, () => {
      const before = baseline.groups[group].rules;
      const after = now.groups[group]?.rules ?? {};
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
