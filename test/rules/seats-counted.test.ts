import { strict as assert } from 'node:assert';
import { checkText, type Finding } from '../../server/src/core';

/**
 * ICS-NED-001 and the designations (ICS-NED-003/004) on a board written as seats (format 1.1),
 * where the fixtures leave cases out: each seat counts at its minimum, and the fix either raises
 * the minimum of a seat that may hold two or adds a seat of two.
 */
const HEAD = 'kind: icb-constitution\nversion: 1.1\nicb: {id: nhs-example, name: NHS Example Integrated Care Board}\nboard:\n  seats:\n    - {id: chair, role: chair}\n';
const NEW_SEAT = '    - id: non-executive\n      title: Non-executive Member\n      role: non_executive\n      min: 2\n      independent: true\n';

function ned(text: string, rule = 'ICS-NED-001'): Finding[] {
  return checkText('file:///c.yaml', text, { profile: 'strict', today: '2026-11-23' }).filter((f) => f.ruleId === rule);
}

function summary(f: Finding) {
  return {
    at: `${f.range.start.line + 1}:${f.range.start.character + 1}`,
    have: f.message.split(' NHS England policy')[0],
    related: (f.related ?? []).map((r) => `${r.range.start.line + 1} ${r.message}`),
    fixes: (f.fixes ?? []).map((x) => [x.safe, x.title, ...x.edits.map((e) => `${e.range.start.line + 1}:${e.range.start.character + 1}-${e.range.end.line + 1}:${e.range.end.character + 1} ${e.newText}`)]),
  };
}

describe('ICS-NED-001 on seats: counted at their minimum', () => {
  it('no non-executive seat: a seat of two to add', () => {
    assert.deepEqual(ned(HEAD).map(summary), [
      { at: '5:3', have: "The board's seats provide for no non-executive members besides the chair (each seat counted at its minimum).", related: [], fixes: [[false, 'Add a seat of at least 2 independent non-executive members', `7:1-7:1 ${NEW_SEAT}`]] },
    ]);
  });

  it('a seat of at least one (no maximum): its minimum raised to two', () => {
    assert.deepEqual(ned(HEAD + '    - {id: ned, role: non_executive, min: 1}\n').map(summary), [
      {
        at: '5:3',
        have: "The board's seats provide for only one non-executive member (the non-executive member seat (ned)) besides the chair (each seat counted at its minimum).",
        related: ['7 non-executive seat declared here'],
        fixes: [[false, 'Provide for at least 2 non-executive members in ned', '7:43-7:44 2']],
      },
    ]);
  });

  it('a seat of at most one cannot hold two: a new seat is added instead', () => {
    for (const seat of ['{id: ned, role: non_executive, min: 1, max: 1}', '{id: ned, role: non_executive, count: 1}', '{id: ned, role: non_executive}']) {
      const [f] = ned(HEAD + `    - ${seat}\n`);
      assert.deepEqual(summary(f).fixes, [[false, 'Add a seat of at least 2 independent non-executive members', `8:1-8:1 ${NEW_SEAT}`]], seat);
    }
  });

  it('a seat of none to three counts as none, and may be raised to two', () => {
    assert.deepEqual(ned(HEAD + '    - {id: ned, role: non_executive, min: 0, max: 3}\n').map(summary), [
      {
        at: '5:3',
        have: "The board's seats provide for no non-executive members besides the chair (each seat counted at its minimum).",
        related: ['7 non-executive seat declared here'],
        fixes: [[false, 'Provide for at least 2 non-executive members in ned', '7:43-7:44 2']],
      },
    ]);
  });

  it('of two seats, the first that may hold two is the one raised', () => {
    const [f] = ned(HEAD + '    - {id: ned-a, role: non_executive, min: 0, max: 2}\n    - {id: ned-b, role: non_executive}\n');
    assert.deepEqual(summary(f).fixes, [[false, 'Provide for at least 2 non-executive members in ned-a', '7:45-7:46 2']]);
    const [g] = ned(HEAD + '    - {id: ned-b, role: non_executive}\n    - {id: ned-a, role: non_executive, min: 0, max: 2}\n');
    assert.deepEqual(summary(g).fixes, [[false, 'Provide for at least 2 non-executive members in ned-a', '8:45-8:46 2']]);
  });

  it('one seat of at least two is enough', () => {
    assert.equal(ned(HEAD + '    - {id: ned, role: non_executive, min: 2}\n').length, 0);
  });
});

describe('ICS-NED-003/004 on seats: who can be designated', () => {
  it('with no non-executive at all, the message says so and no name is offered', () => {
    for (const rule of ['ICS-NED-003', 'ICS-NED-004']) {
      const [f] = ned(HEAD, rule);
      // The message ends with the note, before the YAML it shows (a key to fill in: `todo`).
      assert.match(f.message, / The board has no non-executive members to choose from \(see ICS-NED-001\)\.\n\nboard:\n  [a-z_]+: todo$/, rule);
      assert.equal(f.fixes, undefined);
    }
  });

  it('a non-executive seat may be named', () => {
    const [f] = ned(HEAD + '    - {id: ned-a, role: non_executive, min: 2}\n', 'ICS-NED-003');
    assert.deepEqual(summary(f).fixes, [[false, 'Name the non-executive member seat (ned-a) as deputy chair', '8:1-8:1   deputy_chair: ned-a\n']]);
    assert.doesNotMatch(f.message, /choose from/);
  });
});
