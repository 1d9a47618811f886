import { strict as assert } from 'node:assert';
import { analyzeFile, applyEdits, checkText, type Finding } from '../../server/src/core';

/**
 * The clinical and care professional leadership rules (§6) through what their shared helpers
 * (rules/ccpl/shared.ts) decide: who counts as a doctor or a registered nurse among the board leads
 * when the board has no medical director or director of nursing, which id a "did you mean" fix
 * offers for a mistyped lead or owner, and whom a principle fix proposes as owner. Asserted through
 * findings (how many, where) and what a fix writes, not message wording.
 */
const HEAD = 'kind: icb-constitution\nversion: 1.1\nicb: {id: nhs-example, name: NHS Example Integrated Care Board}\n';
const URI = 'file:///t/constitution.yaml';

function findings(text: string, id: string): Finding[] {
  return checkText(URI, text, { profile: 'strict', today: '2026-11-23' }).filter((f) => f.ruleId === id);
}

function fixed(text: string, f: Finding, index = 0): string {
  const fix = f.fixes?.[index];
  assert.ok(fix, `${f.ruleId} offers no fix ${index}`);
  return applyEdits(text, analyzeFile(URI, text).lines, fix.edits);
}

/** A board with no executive medical or nursing director, the given members, and these board leads. */
function board(members: string[], leads: string[]): string {
  return `${HEAD}board:\n  members:\n    - {id: chair, name: Jo Chair, role: chair}\n${members.map((m) => `    - ${m}\n`).join('')}clinical_and_care_professional_leadership:\n  board_leads: [${leads.join(', ')}]\n`;
}

const NURSE = '{id: nurse, name: Ann Cole, role: non_executive, profession: nursing}';
const DOCTOR = '{id: doc, name: Raj Patel, role: non_executive, profession: medicine}';

describe('ICS-CCPL-002 without a medical director or director of nursing: who counts as a doctor and as a nurse', () => {
  const cases: [string, string[], number][] = [
    ['profession medicine, with a nurse', [DOCTOR, NURSE], 0],
    ['profession general_practice, with a nurse', ['{id: gp, name: Di Gee, role: partner, sector: primary_medical_services, profession: general_practice}', NURSE], 0],
    ['a GMC registration (no profession), with a nurse', ['{id: gp, name: Di Gee, role: non_executive, registration: {regulator: GMC, number: "7012345"}}', NURSE], 0],
    ['an NMC registration (no profession), with a doctor', [DOCTOR, '{id: rn, name: Lee Rowe, role: non_executive, registration: {regulator: NMC, number: "12A3456B"}}'], 0],
    ['a midwife on the NMC register is not a registered nurse', [DOCTOR, '{id: mw, name: Mo Wright, role: other, profession: midwifery, registration: {regulator: NMC, number: "12A3456B"}}'], 1],
    ['a nursing associate on the NMC register is not a registered nurse', [DOCTOR, '{id: na, name: Kit Ray, role: other, profession: nursing_associate, registration: {regulator: NMC, number: "12A3456B"}}'], 1],
    ['a member (not a seat) with function medical but no profession is not known to be a doctor', ['{id: cl, name: Sal Moor, role: other, function: medical}', NURSE], 1],
    ['a member (not a seat) with function nursing but no profession is not known to be a nurse', [DOCTOR, '{id: cl, name: Sal Moor, role: other, function: nursing}'], 1],
    ['a lead with neither profession nor registration: both are missing', ['{id: lay, name: Pat Lee, role: non_executive}'], 2],
  ];
  for (const [what, members, expected] of cases) {
    it(`${what}: ${expected} finding(s)`, () => {
      const ids = members.map((m) => /id: ([^,]+)/.exec(m)![1]);
      assert.equal(findings(board(members, ids), 'ICS-CCPL-002').length, expected);
    });
  }

  // Format 1.1: a seat for the clinical lead is the seat of a doctor (or nurse), whoever holds it.
  const seats = (extra: string) => `${HEAD}board:\n  seats:\n    - {id: chair, role: chair}\n${extra}clinical_and_care_professional_leadership:\n  board_leads: [clin, nurse-seat]\n`;
  it('seats: a seat with function medical is a doctor, one with function nursing a nurse', () => {
    assert.equal(findings(seats('    - {id: clin, role: other, function: medical}\n    - {id: nurse-seat, role: other, function: nursing}\n'), 'ICS-CCPL-002').length, 0);
  });
  it('seats: a seat without a function is neither', () => {
    const f = findings(seats('    - {id: clin, role: other}\n    - {id: nurse-seat, role: other, function: nursing}\n'), 'ICS-CCPL-002');
    assert.equal(f.length, 1);
    const g = findings(seats('    - {id: clin, role: other, function: medical}\n    - {id: nurse-seat, role: other}\n'), 'ICS-CCPL-002');
    assert.equal(g.length, 1);
  });
});

describe('"did you mean" for a board lead that names nobody (ICS-CCPL-002)', () => {
  const text = (members: string[], lead: string) => board(members, [lead, 'nurse']);
  const suggestion = (t: string): string | undefined => {
    const typo = findings(t, 'ICS-CCPL-002').filter((f) => f.fixes?.[0]?.title.startsWith('Change'));
    assert.ok(typo.length <= 1);
    if (typo.length === 0) return undefined;
    return /board_leads: \[([^,\]]+)/.exec(fixed(t, typo[0]))![1];
  };

  it('offers the member one or two edits away, and writes it in place of the typo', () => {
    assert.equal(suggestion(text([DOCTOR, NURSE], 'dco')), 'doc');
    assert.equal(suggestion(text(['{id: raj-patel, name: Raj Patel, role: non_executive, profession: medicine}', NURSE], 'raj-ptel')), 'raj-patel');
    assert.equal(suggestion(text(['{id: raj-patel, name: Raj Patel, role: non_executive, profession: medicine}', NURSE], 'RAJ-PATEL')), 'raj-patel', 'case is not an edit');
  });

  it('offers nothing three edits away (however the edits fall)', () => {
    const members = ['{id: raj-patel, name: Raj Patel, role: non_executive, profession: medicine}', NURSE];
    for (const typo of ['raj-patelxyz', 'xyzraj-patel', 'rXj-pXtXl', 'zzz']) assert.equal(suggestion(text(members, typo)), undefined, typo);
  });

  it('offers the nearest of several, and the first listed of two as near', () => {
    const members = (a: string, b: string) => [`{id: ${a}, name: A One, role: non_executive, profession: medicine}`, `{id: ${b}, name: B Two, role: non_executive}`, NURSE];
    assert.equal(suggestion(text(members('pat-lee', 'pat-leek'), 'pat-le')), 'pat-lee');
    assert.equal(suggestion(text(members('pat-leek', 'pat-lee'), 'pat-le')), 'pat-lee');
    assert.equal(suggestion(text(members('ann-lee', 'ann-lea'), 'ann-le')), 'ann-lee');
    assert.equal(suggestion(text(members('ann-lea', 'ann-lee'), 'ann-le')), 'ann-lea');
  });

  it('never offers an id that is not a slug (the fix would write an id the schema refuses)', () => {
    assert.equal(suggestion(text(['{id: raj_patel, name: Raj Patel, role: non_executive, profession: medicine}', NURSE], 'raj-patel')), undefined);
  });
});

describe('the owner a design principle fix proposes (ICS-CCPL-010)', () => {
  const owner = (t: string): string | undefined => {
    const f = findings(t, 'ICS-CCPL-010').filter((x) => x.fixes?.some((fx) => fx.title.includes('principle 1')));
    assert.equal(f.length, 1);
    return /owner: (\S+)/.exec(fixed(t, f[0]))?.[1];
  };
  const doc = (members: string[], extra = '') =>
    `${HEAD}board:\n  members:\n${members.map((m) => `    - ${m}\n`).join('')}clinical_and_care_professional_leadership:\n${extra || '  framework: {url: https://example.nhs.uk/ccpl}\n'}`;

  it('the medical director, else the director of nursing', () => {
    assert.equal(owner(doc(['{id: nia-bell, name: Nia Bell, role: executive, function: nursing}', '{id: ruth-ode, name: Ruth Ode, role: executive, function: medical}'])), 'ruth-ode');
    assert.equal(owner(doc(['{id: nia-bell, name: Nia Bell, role: executive, function: nursing}'])), 'nia-bell');
  });

  it('skips a director whose id is not a slug', () => {
    assert.equal(owner(doc(['{id: Dr_Ode, name: Ruth Ode, role: executive, function: medical}', '{id: nia-bell, name: Nia Bell, role: executive, function: nursing}'])), 'nia-bell');
  });

  it('without directors, the first board lead', () => {
    assert.equal(owner(doc(['{id: pat-lee, name: Pat Lee, role: non_executive}', '{id: ann-cole, name: Ann Cole, role: non_executive}'], '  board_leads: [ann-cole, pat-lee]\n')), 'ann-cole');
  });

  it('with nobody to propose, no fix (a fix must not invent an id)', () => {
    const t = doc(['{id: pat-lee, name: Pat Lee, role: non_executive}']);
    const f = findings(t, 'ICS-CCPL-010');
    assert.equal(f.length, 1);
    assert.equal(f[0].fixes, undefined);
    const listed = doc(['{id: pat-lee, name: Pat Lee, role: non_executive}'], '  principles:\n    - {number: 1, evidence: Clinical leads sit on every committee}\n');
    const g = findings(listed, 'ICS-CCPL-010');
    assert.equal(g.length, 1, 'an entry without an owner');
    assert.equal(g[0].range.start.line, 8);
    assert.equal(g[0].fixes, undefined);
  });

  it('an entry without an owner gets the proposed owner written into it', () => {
    const t = doc(['{id: ruth-ode, name: Ruth Ode, role: executive, function: medical}'], '  principles:\n    - {number: 1, evidence: Clinical leads sit on every committee}\n');
    const f = findings(t, 'ICS-CCPL-010');
    assert.equal(f.length, 1);
    assert.match(fixed(t, f[0]), /- \{number: 1, evidence: Clinical leads sit on every committee, owner: ruth-ode\}/);
  });
});
