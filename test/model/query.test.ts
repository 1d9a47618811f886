import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../server/src/core';
import type { IcbConstitution } from '../../server/src/core/model/kinds';
import {
  arrangementUnder,
  boardMembers,
  capitalise,
  committeesOfType,
  executivesWithFunction,
  firstLoc,
  hasRegistration,
  isPlaceholder,
  isVoting,
  items,
  linkGiven,
  memberById,
  memberLabel,
  membersWithRole,
  nearMiss,
  ordinaryMembers,
  text,
  values,
} from '../../server/src/core/model/query';
import type { Loc, Scalar } from '../../server/src/core/model/spec';

/** The small questions every rule asks of the model (model/query.ts): what counts as given, who is who, how they are named. */
function icbOf(yaml: string): IcbConstitution {
  return analyzeFile('file:///w/c.yaml', yaml).documents[0].typed!.model as IcbConstitution;
}
const scalar = <T>(value: T): Scalar<T> => ({ value, loc: undefined as never });
const head = 'kind: icb-constitution\nversion: 1.1\nicb: {id: nhs-example}\n';

describe('model queries (model/query.ts)', () => {
  it('a value is given when it is not blank, and is read trimmed', () => {
    assert.equal(text(undefined), undefined);
    assert.equal(text(scalar(null)), undefined);
    assert.equal(text(scalar(undefined)), undefined);
    assert.equal(text(scalar('  ')), undefined);
    assert.equal(text(scalar(' Jo ')), 'Jo');
    assert.equal(text(scalar(0)), '0');
    assert.equal(capitalise('the chair seat'), 'The chair seat');
    assert.equal(capitalise(''), '');
  });

  it('a placeholder is TODO, TBC, TBD or XXX at the start, as a word, in any case, or https://TODO', () => {
    for (const p of ['TODO', ' todo: reason', 'TBC', 'tbd later', 'XXX', 'xxxx', 'https://TODO']) assert.equal(isPlaceholder(p), true, p);
    for (const p of [undefined, '', 'Todos', 'XX', 'a TODO', 'http://TODO', 'https://example.org/TODO']) assert.equal(isPlaceholder(p), false, String(p));
  });

  const icb = icbOf(`${head}board:
  members:
    - {id: jo, name: Jo Chair, role: chair}
    - {id: amir, name: Amir Khan, role: chief_executive}
    - {id: cfo, role: executive, function: finance, voting: false}
    - {id: cmo, role: executive, function: medical, registration: {regulator: GMC, number: "7012345"}}
    - {id: pat, name: Pat Lee, role: non_executive, registration: {regulator: GMC}}
    - {name: No Id, role: partner, voting: true, registration: {number: "1"}}
committees:
  - {id: a, type: audit}
  - {id: b, type: " audit "}
  - {id: c, type: quality}
`);

  it('finds members by role, function and id; the ordinary members; who votes', () => {
    assert.equal(boardMembers(icb).length, 6);
    assert.deepEqual(boardMembers(icbOf(head)), []);
    assert.deepEqual(membersWithRole(icb, 'executive').map((m) => m.id?.value), ['cfo', 'cmo']);
    assert.deepEqual(executivesWithFunction(icb, 'medical').map((m) => m.id?.value), ['cmo']);
    assert.deepEqual(ordinaryMembers(icb).map((m) => m.id?.value), ['cfo', 'cmo', 'pat', undefined]);
    assert.equal(memberById(icb, 'pat')?.name?.value, 'Pat Lee');
    assert.equal(memberById(icb, undefined), undefined);
    assert.equal(memberById(icb, ''), undefined);
    assert.equal(memberById(icb, 'nobody'), undefined);
    assert.deepEqual(boardMembers(icb).map(isVoting), [true, true, false, true, true, true]);
    assert.deepEqual(committeesOfType(icb, 'audit').map((c) => c.id?.value), ['a', 'b']);
    assert.deepEqual(boardMembers(icb).map(hasRegistration), [false, false, false, true, false, false]);
  });

  it('labels a member by name and id, by post, as acting, or by id alone', () => {
    const m = icbOf(`${head}board:
  members:
    - {id: jo, name: Jo Chair}
    - {name: Jo Chair}
    - {name: Jo Chair, acting: true}
    - {id: ceo, title: Chief Executive, organisation: Example FT, acting: true}
    - {title: Chief Executive, organisation: Example FT}
    - {id: ceo2, title: Chief Executive}
    - {id: x, name: Jo, acting: false}
    - {role: chair}
`);
    assert.deepEqual(boardMembers(m).map(memberLabel), ['Jo Chair (jo)', 'Jo Chair', 'Jo Chair (acting)', 'Chief Executive, Example FT (ceo, acting)', 'Chief Executive, Example FT', 'ceo2', 'Jo (x)', 'this member']);
  });

  it('a near miss is the one closest id within two edits, never the id itself nor one that differs only in its numbers', () => {
    assert.equal(nearMiss('pat-le', ['pat-lee', 'jo']), 'pat-lee');
    assert.equal(nearMiss('pat', ['pat', 'pot']), 'pot');
    assert.equal(nearMiss('lay-3', ['lay-1']), undefined);
    assert.equal(nearMiss('lay-12', ['lay-3']), undefined, 'numbers of any length');
    assert.equal(nearMiss('ab', ['a1b']), 'a1b', 'a number where there was none is a typo');
    assert.equal(nearMiss('abcdef', ['abcxyz']), undefined, 'three edits');
    assert.equal(nearMiss('abcd', ['abxy']), 'abxy', 'two edits');
    assert.equal(nearMiss('cat', ['cab', 'cut']), undefined, 'two equally near');
    assert.equal(nearMiss('cat', ['cbb', 'cut']), 'cut', 'the nearer of two');
    assert.equal(nearMiss('cat', ['cut', 'cbb']), 'cut', 'in any order');
    assert.equal(nearMiss('cat', []), undefined);
  });

  it('a document is given by url, path or relation, when not blank', () => {
    assert.equal(linkGiven(undefined), false);
    assert.equal(linkGiven({ url: scalar(' ') }), false);
    assert.equal(linkGiven({ url: scalar('https://x') }), true);
    assert.equal(linkGiven({ path: scalar('a.pdf') }), true);
    assert.equal(linkGiven({ relation: scalar('appended') }), true);
  });

  it('the first location given, of a node or a location', () => {
    const l1 = { range: 1 } as unknown as Loc;
    const l2 = { range: 2 } as unknown as Loc;
    assert.equal(firstLoc(undefined, { loc: l1 }, l2), l1);
    assert.equal(firstLoc(l2, { loc: l1 }), l2);
    assert.equal(firstLoc(undefined, undefined), undefined);
  });

  it('who appoints under a framework: its transitional provision, else the main arrangement', () => {
    const m = boardMembers(
      icbOf(`${head}board:
  members:
    - id: jo
      appointment:
        by: nhs_england
        approved_by: secretary_of_state
        procedure: open
        transitional:
          - {framework: health-bill-2026, by: secretary_of_state, procedure: fair}
`),
    )[0];
    assert.deepEqual(arrangementUnder(undefined, 'x'), {});
    const main = arrangementUnder(m.appointment, 'hca-2022');
    assert.deepEqual([main.by, main.approved_by, main.procedure, main.loc === m.appointment!.loc], ['nhs_england', 'secretary_of_state', 'open', true]);
    const t = arrangementUnder(m.appointment, 'health-bill-2026');
    assert.deepEqual([t.by, t.approved_by, t.procedure, t.loc === m.appointment!.loc], ['secretary_of_state', undefined, 'fair', false]);
    assert.deepEqual(values(undefined), []);
    assert.deepEqual(items(undefined), []);
  });
});
