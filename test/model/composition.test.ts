import { strict as assert } from 'node:assert';
import { analyzeFile, checkText } from '../../server/src/core';
import {
  committeeChair,
  compositionOf,
  executivePositions,
  holdersText,
  maximumCount,
  minimumCount,
  ordinaryPositions,
  personOrPost,
  positionsOfSector,
  positionsWithRole,
  votingCount,
  type Composition,
} from '../../server/src/core/model/composition';
import type { IcbConstitution } from '../../server/src/core/model/kinds';
import { items } from '../../server/src/core/model/query';

function icbOf(yaml: string): IcbConstitution {
  const d = analyzeFile('file:///w/c.yaml', yaml).documents[0];
  assert.equal(d.typed?.kind, 'icb-constitution');
  return d.typed!.model as IcbConstitution;
}
const of = (yaml: string): Composition => compositionOf(icbOf(yaml));
const head = 'kind: icb-constitution\nversion: 1.1\nicb: {id: nhs-example}\n';

const SEATS_ONLY = `${head}board:
  seats:
    - {id: chair, role: chair, title: Chair, appointment: {by: nhs_england, approved_by: secretary_of_state}}
    - {id: ceo, role: chief_executive, title: Chief Executive}
    - {id: cfo, role: executive, function: finance, title: Chief Finance Officer}
    - {id: cmo, role: executive, function: medical, title: Chief Medical Officer}
    - {id: ned, role: non_executive, title: Non-executive member, min: 2, max: 4, voting: true}
    - {id: partner-trusts, role: partner, sector: nhs_trusts, count: 1}
    - {id: extra, role: other, min: 0, max: 2, voting: false}
`;

describe('composition view (model/composition.ts)', () => {
  describe('a document without seats: each member is a position of one', () => {
    // Built in each test, not while the file loads: mutation testing sees only what runs in a test.
    let c: Composition;
    beforeEach(() => {
      c = of(C_WITHOUT_SEATS);
    });
    const C_WITHOUT_SEATS = `kind: icb-constitution
version: 1
board:
  members:
    - {id: jane, name: Jane Smith, role: chair}
    - {id: amir, name: Amir Khan, role: chief_executive}
    - {id: ruth, name: Ruth Ode, role: executive, function: medical, voting: true}
    - {id: pat, name: Pat Lee, role: non_executive, voting: false}
    - {id: sam, name: Sam Obi, role: partner, sector: nhs_trusts}
`;
    it('has one position per member, in document order, with its member as its only holder', () => {
      assert.equal(c.seated, false);
      assert.deepEqual(c.positions.map((p) => [p.kind, p.id, p.size.min, p.size.max, p.holders.length]), [
        ['member', 'jane', 1, 1, 1],
        ['member', 'amir', 1, 1, 1],
        ['member', 'ruth', 1, 1, 1],
        ['member', 'pat', 1, 1, 1],
        ['member', 'sam', 1, 1, 1],
      ]);
      assert.deepEqual(c.issues, []);
    });
    it('answers the rules’ questions by role, function and sector', () => {
      assert.deepEqual(ordinaryPositions(c).map((p) => p.id), ['ruth', 'pat', 'sam']);
      assert.deepEqual(executivePositions(c, 'medical').map((p) => p.label), ['Ruth Ode (ruth)']);
      assert.deepEqual(positionsOfSector(c, 'nhs_trusts').map((p) => p.id), ['sam']);
      assert.deepEqual(positionsWithRole(c, 'chair').map((p) => p.id), ['jane']);
    });
    it('keeps voting three-valued and says whose voting is not stated', () => {
      const v = votingCount(c.positions);
      assert.deepEqual([v.voting, v.unstated, v.nonVoting], [1, 3, 1]);
      assert.deepEqual(v.unstatedLabels, ['Jane Smith (jane)', 'Amir Khan (amir)', 'Sam Obi (sam)']);
    });
    it('resolves member ids', () => {
      assert.equal(c.resolve('pat')?.label, 'Pat Lee (pat)');
      assert.equal(c.resolve('nobody'), undefined);
    });
  });

  describe('a constitution that declares seats and no members', () => {
    let c: Composition;
    beforeEach(() => {
      c = of(SEATS_ONLY);
    });
    it('has one position per seat with its size, and no vacancy reported (no members are listed)', () => {
      assert.equal(c.seated, true);
      assert.deepEqual(c.positions.map((p) => [p.id, p.size.min, p.size.max ?? null]), [
        ['chair', 1, 1],
        ['ceo', 1, 1],
        ['cfo', 1, 1],
        ['cmo', 1, 1],
        ['ned', 2, 4],
        ['partner-trusts', 1, 1],
        ['extra', 0, 2],
      ]);
      assert.deepEqual(c.issues, []);
      assert.equal(c.holders.length, 0);
    });
    it('counts minimum and maximum members', () => {
      assert.equal(minimumCount(ordinaryPositions(c)), 2 + 2 + 1 + 0);
      assert.equal(maximumCount(ordinaryPositions(c)), 2 + 4 + 1 + 2);
      assert.equal(maximumCount([...c.positions, ...of(`${head}board:\n  seats:\n    - {id: n, role: non_executive, min: 2}\n`).positions]), undefined);
    });
    it('labels seats by their title, and says who holds them', () => {
      const cmo = c.resolve('cmo')!;
      assert.equal(cmo.label, 'the Chief Medical Officer seat (cmo)');
      assert.equal(holdersText(c.positions[3]), 'with no holder named');
      assert.equal(of(`${head}board:\n  seats:\n    - {id: p, role: partner, sector: local_authorities}\n`).positions[0].label, 'the partner member seat (p)');
    });
    it('counts a seat’s members at its minimum for voting', () => {
      const v = votingCount(c.positions);
      assert.deepEqual([v.voting, v.nonVoting, v.unstated], [2, 0, 5]);
    });
  });

  describe('members who hold seats', () => {
    const yaml = `${head}board:
  seats:
    - {id: chair, role: chair, voting: true, appointment: {by: nhs_england}, term: {length_years: 3}}
    - {id: ned, role: non_executive, min: 2, max: 3, expertise: [audit]}
    - {id: cmo, role: executive, function: medical}
  members:
    - {id: jane, name: Jane Smith, seat: chair}
    - {id: pat, name: Pat Lee, seat: ned, expertise: [Finance]}
    - {id: ruth, seat: cmo, title: Chief Medical Officer, organisation: NHS Example ICB, acting: true}
`;
    let icb: IcbConstitution;
    let c: Composition;
    beforeEach(() => {
      icb = icbOf(yaml);
      c = compositionOf(icb);
    });
    it('inherit the seat’s role, function, voting, appointment and term, and keep their own expertise', () => {
      const jane = c.resolve('jane')!;
      assert.equal(jane.kind, 'holder');
      assert.equal(jane.role, 'chair');
      assert.equal(jane.voting, true);
      assert.equal(jane.declared('appointment')?.by?.value, 'nhs_england');
      assert.equal(jane.declared('term')?.length_years?.value, 3);
      const pat = c.resolve('pat')!;
      assert.deepEqual(pat.expertise, ['finance', 'audit']);
      assert.equal(c.resolve('ruth')!.function, 'medical');
    });
    it('are counted once, in their seat: the seat is the position', () => {
      assert.deepEqual(c.positions.map((p) => [p.id, p.holders.map((h) => h.id)]), [
        ['chair', ['jane']],
        ['ned', ['pat']],
        ['cmo', ['ruth']],
      ]);
      assert.equal(minimumCount(positionsWithRole(c, 'non_executive')), 2);
    });
    it('a member identified by post, acting, is labelled by the post', () => {
      assert.equal(c.resolve('ruth')!.label, 'Chief Medical Officer, NHS Example ICB (ruth, acting)');
      assert.equal(holdersText(c.positions[2]), 'held by Chief Medical Officer, NHS Example ICB (ruth, acting)');
    });
    it('a seat with fewer holders than its minimum is a vacancy, when the board lists members', () => {
      assert.deepEqual(
        c.issues.map((i) => (i.kind === 'vacant' ? [i.kind, i.position.id, i.missing] : [i.kind])),
        [['vacant', 'ned', 1]],
      );
    });
    it('resolves seat ids as well as member ids', () => {
      assert.equal(c.resolve('ned')?.kind, 'seat');
      assert.deepEqual(c.ids().sort(), ['chair', 'cmo', 'jane', 'ned', 'pat', 'ruth']);
      assert.equal(c.holderOf(items(icb.board!.members)[0])?.id, 'jane');
    });
  });

  describe('problems of the composition itself', () => {
    it('a member naming an unknown seat: a near miss is suggested, and the member stays a position of their own', () => {
      const c = of(`${head}board:\n  seats:\n    - {id: partner-trusts, role: partner, sector: nhs_trusts}\n  members:\n    - {id: sam, name: Sam Obi, role: partner, seat: partner-trust}\n`);
      const issue = c.issues.find((i) => i.kind === 'unknown-seat');
      assert.ok(issue && issue.kind === 'unknown-seat');
      assert.equal(issue.suggestion, 'partner-trusts');
      assert.deepEqual(c.positions.map((p) => p.id), ['partner-trusts', 'sam']);
    });
    it('a member naming an unknown seat with no role of their own is not counted as another place on the board', () => {
      const c = of(`${head}board:\n  seats:\n    - {id: partner-trusts, role: partner, sector: nhs_trusts}\n  members:\n    - {id: sam, name: Sam Obi, seat: partner-trust}\n`);
      assert.deepEqual(c.positions.map((p) => p.id), ['partner-trusts']);
      assert.deepEqual(c.allPositions.map((p) => p.id), ['partner-trusts', 'sam']);
      assert.equal(c.resolve('sam')?.label, 'Sam Obi (sam)');
    });
    it('the engine reports an unknown seat as a schema error with the suggestion as a fix', () => {
      const findings = checkText('file:///w/c.yaml', `${head}board:\n  seats:\n    - {id: ned, role: non_executive}\n  members:\n    - {id: pat, seat: nde}\n`).filter((f) => f.ruleId === 'schema');
      assert.deepEqual(findings.map((f) => f.message), ['`seat: nde` names no seat in `board.seats`; did you mean `ned`?']);
      assert.equal(findings[0].fixes?.[0].edits[0].newText, 'ned');
    });
    it('more holders than a seat’s count or max', () => {
      const c = of(`${head}board:\n  seats:\n    - {id: chair, role: chair}\n  members:\n    - {id: a, seat: chair}\n    - {id: b, seat: chair}\n`);
      assert.deepEqual(c.issues.map((i) => (i.kind === 'over' ? [i.kind, i.position.id, i.max, i.position.holders.length] : [i.kind])), [['over', 'chair', 1, 2]]);
    });
    it('a seat giving both count and min is a schema error; so is min above max', () => {
      const messages = checkText('file:///w/c.yaml', `${head}board:\n  seats:\n    - {id: a, role: other, count: 2, min: 1}\n    - {id: b, role: other, min: 3, max: 2}\n`)
        .filter((f) => f.ruleId === 'schema')
        .map((f) => f.message);
      assert.deepEqual(messages, [
        "The ordinary member seat (a) gives both `count` and `min`: a seat's size is either exactly `count`, or `min` and `max`.",
        'The ordinary member seat (b) has `min: 3` above `max: 2`.',
      ]);
    });
    it('a member without `seat:` is matched to the one seat that fits, else stays unseated', () => {
      const c = of(`${head}board:
  seats:
    - {id: chair, role: chair}
    - {id: t, role: partner, sector: nhs_trusts}
    - {id: l, role: partner, sector: local_authorities}
  members:
    - {id: jane, role: chair}
    - {id: sam, role: partner}
    - {id: lou, role: partner, sector: local_authorities}
`);
      const jane = c.resolve('jane');
      assert.ok(jane?.kind === 'holder');
      assert.equal(jane.seatBy, 'matched');
      assert.equal(jane.position.id, 'chair');
      const lou = c.resolve('lou');
      assert.ok(lou?.kind === 'holder');
      assert.equal(lou.position.id, 'l');
      const unseated = c.issues.filter((i) => i.kind === 'unseated');
      assert.deepEqual(unseated.map((i) => (i.kind === 'unseated' ? [i.holder.id, i.candidates.map((s) => s.id?.value)] : [])), [['sam', ['t', 'l']]]);
      assert.deepEqual(c.positions.map((p) => p.id), ['chair', 't', 'l', 'sam']);
    });
    it('a member stating another role than their seat’s is reported', () => {
      const c = of(`${head}board:\n  seats:\n    - {id: ned, role: non_executive}\n  members:\n    - {id: pat, seat: ned, role: partner}\n`);
      assert.deepEqual(c.issues.map((i) => (i.kind === 'conflict' ? [i.kind, i.key, i.own.value, i.seatValue.value] : [i.kind])), [['conflict', 'role', 'partner', 'non_executive']]);
    });
  });

  describe('a board shared by clustered ICBs', () => {
    it('counts for this ICB only the seats that count for it', () => {
      const c = of(`kind: icb-constitution
version: 1.1
icb: {id: nhs-a}
board:
  shared_with: [nhs-b]
  seats:
    - {id: chair, role: chair}
    - {id: trusts-a, role: partner, sector: nhs_trusts, icbs: [nhs-a]}
    - {id: trusts-b, role: partner, sector: nhs_trusts, icbs: [nhs-b]}
`);
      assert.deepEqual(c.positions.map((p) => p.id), ['chair', 'trusts-a']);
      assert.deepEqual(c.allPositions.map((p) => p.id), ['chair', 'trusts-a', 'trusts-b']);
    });
  });

  describe('committee chairs', () => {
    const COMMITTEES = `${head}board:
  seats:
    - {id: ned, role: non_executive, min: 2}
  members:
    - {id: pat, name: Pat Lee, seat: ned}
committees:
  - {id: a, chair: pat}
  - {id: b, chair: ned}
  - {id: c, chair: nobody}
  - {id: d, chair_rule: {role: non_executive, excluding: [board_chair, audit_chair], seat: ned}}
  - {id: e, independent_chair: {title: Independent chair, organisation: Example University}}
  - {id: f}
`;
    let icb: IcbConstitution;
    let c: Composition;
    beforeEach(() => {
      icb = icbOf(COMMITTEES);
      c = compositionOf(icb);
    });
    it('says whether a committee is chaired by a member, a seat, a rule, an independent chair, an unknown id or nobody', () => {
      const kinds = items(icb.committees).map((x) => {
        const ch = committeeChair(c, x);
        return ch.kind === 'entity' ? `entity:${ch.entity.kind}` : ch.kind === 'rule' ? `rule:${ch.seat?.id}` : ch.kind;
      });
      assert.deepEqual(kinds, ['entity:holder', 'entity:seat', 'unknown', 'rule:ned', 'independent', 'none']);
    });
    it('names someone identified by post', () => {
      assert.equal(personOrPost(items(icb.committees)[4].independent_chair), 'Independent chair, Example University');
    });
  });
});

describe('composition view: what the rules read off seats and holders (model/composition.ts)', () => {
  it('labels a seat by its title, else its role in words, else "board", with its id when it has one', () => {
    const c = of(`${head}board:\n  seats:\n    - {id: a, role: executive}\n    - {id: b, role: mystery}\n    - {role: non_executive}\n    - {id: d, role: chair, title: Chair of the ICB}\n`);
    assert.deepEqual(c.allPositions.map((p) => p.label), ['the executive member seat (a)', 'the board seat (b)', 'the non-executive member seat', 'the Chair of the ICB seat (d)']);
  });

  it('says who holds a seat: one holder, two, or three and more', () => {
    const c = of(`${head}board:\n  seats:\n    - {id: ned, role: non_executive, min: 1, max: 5}\n    - {id: pm, role: partner, min: 1, max: 5}\n  members:\n    - {id: a, name: Ann, seat: ned}\n    - {id: b, name: Bo, seat: ned}\n    - {id: c, name: Cy, seat: ned}\n    - {id: d, name: Di, seat: pm}\n    - {id: e, name: Ed, seat: pm}\n`);
    assert.equal(holdersText(c.positions[0]), 'held by Ann (a), Bo (b) and Cy (c)');
    assert.equal(holdersText(c.positions[1]), 'held by Di (d) and Ed (e)');
  });

  it('reads a seat\'s size: `count` exactly; `min` alone has no upper limit; `max` alone may be empty; neither is one', () => {
    const c = of(`${head}board:\n  seats:\n    - {id: a, role: other, count: 3}\n    - {id: b, role: other, min: 2}\n    - {id: c, role: other, max: 2}\n    - {id: d, role: other}\n`);
    assert.deepEqual(c.positions.map((p) => [p.id, p.size.min, p.size.max]), [['a', 3, 3], ['b', 2, undefined], ['c', 0, 2], ['d', 1, 1]]);
  });

  it('a seat giving both `count` and `max` is a schema error at `max`, naming `max`; `min` equal to `max` is fine', () => {
    const text = `${head}board:\n  seats:\n    - {id: a, role: other, count: 2, max: 3}\n    - {id: b, role: other, min: 2, max: 2}\n`;
    const f = checkText('file:///w/c.yaml', text).filter((x) => x.ruleId === 'schema');
    assert.deepEqual(f.map((x) => x.message), ["The ordinary member seat (a) gives both `count` and `max`: a seat's size is either exactly `count`, or `min` and `max`."]);
    assert.equal(f[0].range.start.line, 5);
    assert.equal(f[0].range.start.character, text.split('\n')[5].indexOf('3}'));
  });

  it('a min above max is reported at `min`', () => {
    const text = `${head}board:\n  seats:\n    - {id: b, role: other, min: 3, max: 2}\n`;
    const f = checkText('file:///w/c.yaml', text).filter((x) => x.ruleId === 'schema');
    assert.equal(f.length, 1);
    assert.equal(f[0].range.start.character, text.split('\n')[5].indexOf('3,'));
  });

  it('a holder takes from their seat what they do not state, and keeps what they do', () => {
    const c = of(`${head}board:
  seats:
    - {id: cmo, role: executive, function: medical, sector: x, represents: y, profession: medicine, employment: employee, title: Chief Medical Officer, independent: false, voting: true, expertise: [" Quality ", ""]}
  members:
    - {id: ruth, name: Ruth Ode, seat: cmo, expertise: [quality, Research]}
    - {id: sam, name: Sam Obi, seat: cmo, title: Deputy, employment: secondee, independent: true, voting: false}
`);
    const ruth = c.resolve('ruth')!;
    assert.deepEqual(
      [ruth.role, ruth.function, ruth.sector, ruth.represents, ruth.profession, ruth.employment, ruth.title, ruth.independent, ruth.voting],
      ['executive', 'medical', 'x', 'y', 'medicine', 'employee', 'Chief Medical Officer', false, true],
    );
    assert.deepEqual(ruth.expertise, ['quality', 'research'], 'lower case, trimmed, blank dropped, once each');
    const sam = c.resolve('sam')!;
    assert.deepEqual([sam.employment, sam.title, sam.independent, sam.voting], ['secondee', 'Deputy', true, false]);
    const seat = c.resolve('cmo')!;
    assert.deepEqual([seat.profession, seat.employment, seat.represents, seat.sector, seat.independent], ['medicine', 'employee', 'y', 'x', false]);
    assert.deepEqual(seat.expertise, ['quality']);
  });

  it('a seat that does not state a fact its every holder states takes theirs; if one holder does not, it is not stated', () => {
    const c = of(`${head}board:
  seats:
    - {id: ned, role: non_executive, min: 2, max: 2}
    - {id: pm, role: partner, min: 2, max: 2, appointment: {by: chair}}
    - {id: ex, role: executive, min: 0}
  members:
    - {id: a, seat: ned, appointment: {by: nhs_england}}
    - {id: b, seat: ned, appointment: {by: chair}}
    - {id: c, seat: pm, appointment: {by: nhs_england}}
    - {id: d, seat: ex, term: {length_years: 3}}
    - {id: e, seat: ex}
`);
    assert.equal(c.resolve('ned')!.declared('appointment')?.by?.value, 'nhs_england', 'the first holder\'s');
    assert.equal(c.resolve('pm')!.declared('appointment')?.by?.value, 'chair', 'the seat\'s own comes first');
    assert.equal(c.resolve('ex')!.declared('term'), undefined);
    assert.equal(of(`${head}board:\n  seats:\n    - {id: ex, role: executive, min: 0}\n`).resolve('ex')!.declared('term'), undefined, 'no holder');
    assert.equal(c.resolve('e')!.declared('term'), undefined);
    assert.equal(c.resolve('c')!.declared('appointment')?.by?.value, 'nhs_england', 'a holder\'s own');
  });

  it('a member without `seat:` fits a seat of their role only if their function and sector are the seat\'s', () => {
    const c = of(`${head}board:
  seats:
    - {id: cfo, role: executive, function: finance}
    - {id: ned, role: non_executive}
  members:
    - {id: a, role: executive, function: medical}
    - {id: b, role: non_executive, function: finance}
    - {id: c, role: executive}
    - {id: d}
`);
    const seatOf = (id: string) => {
      const h = c.resolve(id);
      return h?.kind === 'holder' ? h.seat?.id?.value : 'none';
    };
    assert.deepEqual(['a', 'b', 'c', 'd'].map(seatOf), [undefined, undefined, 'cfo', undefined]);
    assert.deepEqual(
      c.issues.filter((i) => i.kind === 'unseated').map((i) => (i.kind === 'unseated' ? [i.holder.id, i.candidates.length] : [])),
      [['a', 0], ['b', 0], ['d', 0]],
    );
  });

  it('a member with a `seat:` that names nothing is not "unseated"; one with a blank `seat:` is', () => {
    const c = of(`${head}board:\n  seats:\n    - {id: ned, role: non_executive}\n  members:\n    - {id: a, role: partner, seat: nowhere-at-all}\n    - {id: b, role: partner, seat: ""}\n`);
    assert.deepEqual(c.issues.map((i) => i.kind), ['unknown-seat', 'unseated', 'vacant']);
    assert.deepEqual(c.positions.map((p) => p.id), ['ned', 'a', 'b'], 'a member naming an unknown seat with a role of their own still counts');
    const unknown = c.issues[0];
    assert.ok(unknown.kind === 'unknown-seat');
    assert.equal(unknown.suggestion, undefined);
  });

  it('a member who states the same role, function and sector as their seat is no conflict; another function or sector is', () => {
    const c = of(`${head}board:
  seats:
    - {id: cfo, role: executive, function: finance}
    - {id: pt, role: partner, sector: nhs_trusts}
  members:
    - {id: a, seat: cfo, role: executive, function: finance}
    - {id: b, seat: pt, role: partner, sector: local_authorities}
    - {id: c, seat: cfo, function: medical}
`);
    assert.deepEqual(c.issues.filter((i) => i.kind === 'conflict').map((i) => (i.kind === 'conflict' ? [i.holder.id, i.key, i.own.value, i.seatValue.value] : [])), [
      ['b', 'sector', 'local_authorities', 'nhs_trusts'],
      ['c', 'function', 'medical', 'finance'],
    ]);
  });

  it('a seat is vacant by how many its minimum lacks; over by its maximum; a seat with no maximum is never over', () => {
    const c = of(`${head}board:\n  seats:\n    - {id: ned, role: non_executive, min: 3}\n    - {id: pm, role: partner, max: 1}\n  members:\n    - {id: a, seat: ned}\n    - {id: b, seat: pm}\n    - {id: c, seat: pm}\n`);
    assert.deepEqual(c.issues.map((i) => (i.kind === 'vacant' ? [i.kind, i.missing] : i.kind === 'over' ? [i.kind, i.max] : [i.kind])), [['vacant', 2], ['over', 1]]);
    const full = of(`${head}board:\n  seats:\n    - {id: ned, role: non_executive, min: 1}\n  members:\n    - {id: a, seat: ned}\n    - {id: b, seat: ned}\n`);
    assert.deepEqual(full.issues, []);
  });

  it('positions are in document order (here members who hold no seat before the seats); an id used twice names the first', () => {
    const c = of(`${head}board:\n  members:\n    - {id: z, name: First Z, role: partner}\n    - {id: y, seat: ned}\n    - {id: z, name: Second Z, role: partner}\n  seats:\n    - {id: ned, role: non_executive}\n    - {id: ned, role: executive}\n`);
    assert.deepEqual(c.allPositions.map((p) => `${p.kind}:${p.id}:${p.role}`), ['member:z:partner', 'member:z:partner', 'seat:ned:non_executive', 'seat:ned:executive']);
    assert.equal(c.resolve('z')?.label, 'First Z (z)');
    assert.equal(c.resolve('ned')?.role, 'non_executive');
    assert.equal(c.resolve('y')?.kind, 'holder', 'a member id before a seat id');
    assert.deepEqual(c.ids(), ['z', 'y', 'ned']);
    assert.equal(c.resolve(''), undefined);
    assert.equal(c.resolve(undefined), undefined);
    const sameLine = of(`${head}board:\n  members: [{id: b, role: partner}, {id: a, role: partner}]\n  seats: []\n`);
    assert.deepEqual(sameLine.positions.map((p) => p.id), ['b', 'a'], 'on one line, by column');
  });

  it('counts a position at its holders when more are named than its size, and without a maximum has none', () => {
    const c = of(`${head}board:\n  seats:\n    - {id: ned, role: non_executive, min: 1, max: 1}\n    - {id: open, role: other, min: 1}\n  members:\n    - {id: a, seat: ned}\n    - {id: b, seat: ned}\n    - {id: d, seat: ned}\n`);
    assert.equal(minimumCount(c.positions.slice(0, 1)), 3);
    assert.equal(maximumCount(c.positions.slice(0, 1)), 3);
    assert.equal(maximumCount(c.positions), undefined);
    assert.equal(maximumCount([]), 0);
  });

  it('counts stated non-voting positions, at their minimum', () => {
    const v = votingCount(of(`${head}board:\n  seats:\n    - {id: a, role: other, min: 2, voting: false}\n    - {id: b, role: other, count: 3, voting: true}\n`).positions);
    assert.deepEqual([v.voting, v.nonVoting, v.unstated, v.unstatedLabels], [3, 2, 0, []]);
  });

  it('executive positions by function, and sector positions only among ordinary ones', () => {
    const c = of(`${head}board:\n  seats:\n    - {id: ch, role: chair, sector: nhs_trusts}\n    - {id: ceo, role: chief_executive, function: finance}\n    - {id: cfo, role: executive, function: finance}\n    - {id: ned, role: non_executive, function: finance}\n`);
    assert.deepEqual(executivePositions(c, 'finance').map((p) => p.id), ['cfo']);
    assert.deepEqual(positionsOfSector(c, 'nhs_trusts'), []);
    assert.deepEqual(ordinaryPositions(c).map((p) => p.id), ['cfo', 'ned']);
  });

  it('a chair rule names a seat, never a member; a blank chair is no chair', () => {
    const icb = icbOf(`${head}board:\n  seats:\n    - {id: ned, role: non_executive}\n  members:\n    - {id: pat, seat: ned}\ncommittees:\n  - {id: a, chair_rule: {role: non_executive, seat: pat}}\n  - {id: b, chair: "", chair_rule: {role: non_executive}}\n  - {id: c, chair: " ", independent_chair: {name: Ann Bell}}\n`);
    const c = compositionOf(icb);
    const [a, b, x] = items(icb.committees).map((k) => committeeChair(c, k));
    assert.ok(a.kind === 'rule');
    assert.equal(a.seat, undefined);
    assert.ok(b.kind === 'rule');
    assert.equal(b.seat, undefined);
    assert.equal(x.kind, 'independent');
  });

  it('names a person by name first, else by post and organisation, else by post', () => {
    const s = (value: string) => ({ value, loc: undefined as never });
    assert.equal(personOrPost(undefined), undefined);
    assert.equal(personOrPost({ name: s('Ann Bell'), title: s('Chair'), organisation: s('Uni') }), 'Ann Bell');
    assert.equal(personOrPost({ title: s('Chair') }), 'Chair');
    assert.equal(personOrPost({ organisation: s('Uni') }), undefined);
    assert.equal(personOrPost({ name: s(' '), title: s('Chair'), organisation: s('Uni') }), 'Chair, Uni');
  });

  it('a board that is not shared counts every seat, whatever ICBs a seat names', () => {
    const c = of(`${head}board:\n  seats:\n    - {id: chair, role: chair}\n    - {id: trusts-b, role: partner, sector: nhs_trusts, icbs: [nhs-b]}\n`);
    assert.deepEqual(c.positions.map((p) => p.id), ['chair', 'trusts-b']);
  });

  it('a member holds the seat they name, even when another seat would fit them', () => {
    const c = of(`${head}board:\n  seats:\n    - {id: cfo, role: executive, function: finance}\n    - {id: ned, role: non_executive}\n  members:\n    - {id: a, seat: cfo, role: non_executive}\n`);
    const a = c.resolve('a');
    assert.ok(a?.kind === 'holder');
    assert.deepEqual([a.seat?.id?.value, a.seatBy], ['cfo', 'named']);
  });

  it('a blank role, function or sector is no conflict with the seat; a blank `seat:` with no role still counts as a place', () => {
    const c = of(`${head}board:\n  seats:\n    - {id: ned, role: non_executive}\n  members:\n    - {id: a, seat: ned, role: "", function: " "}\n    - {id: b, seat: ""}\n`);
    assert.deepEqual(c.issues.map((i) => i.kind), ['unseated']);
    assert.deepEqual(c.positions.map((p) => p.id), ['ned', 'b']);
  });

  it('a document without seats has no composition issues, and its members no eligibility; a seat has its own', () => {
    const c = of(`kind: icb-constitution\nversion: 1\nboard:\n  members:\n    - {id: jane, role: chair, acting: true}\n    - {id: pat, role: non_executive, acting: false}\n    - {id: ruth}\n`);
    assert.deepEqual(c.issues, []);
    assert.deepEqual(c.positions.map((p) => p.eligibility), [[], [], []]);
    assert.deepEqual(c.holders.map((h) => h.acting), [true, false, false]);
    const s = of(`${head}board:\n  seats:\n    - {id: ned, role: non_executive, min: 2, eligibility: [resident]}\n`);
    assert.deepEqual(s.positions[0].eligibility, ['resident']);
    assert.deepEqual(s.issues, [], 'no vacancy when the board lists no members');
  });

  it('the holder of a board member, and of nobody else', () => {
    const icb = icbOf(`${head}board:\n  members:\n    - {id: jane, role: chair}\n`);
    const c = compositionOf(icb);
    assert.equal(c.holderOf(items(icb.board!.members)[0])?.id, 'jane');
    assert.equal(c.holderOf(items(icbOf(`${head}board:\n  members:\n    - {id: jane, role: chair}\n`).board!.members)[0]), undefined);
  });
});
