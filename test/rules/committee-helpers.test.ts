import { strict as assert } from 'node:assert';
import { analyzeFile, checkText } from '../../server/src/core';
import type { IcbConstitution } from '../../server/src/core/model/kinds';
import { compositionOf } from '../../server/src/core/model/composition';
import { items } from '../../server/src/core/model/query';
import {
  assumedCount,
  auditChairCandidates,
  boardChairIds,
  boardQuorumSeats,
  chairIdsOfType,
  chairOf,
  chairView,
  clauses,
  committeeLabel,
  committeePath,
  committeeQuorumSeats,
  hasExpertise,
  hasFinanceOrAuditExpertise,
  hasUnresolvedMembers,
  headCount,
  isClinical,
  isEmployee,
  isIndependentNonExecutive,
  labelFor,
  listText,
  majorityOf,
  minimumMembers,
  mostCount,
  qualityChairCandidates,
  remunerationChairCandidates,
  removeSeqItem,
  requirementMet,
  roleWords,
  ruleRoleWords,
  unusedCommitteeId,
} from '../../server/src/core/rules/committees/helpers';

/**
 * What the committee rules' helpers (rules/committees/helpers.ts) decide: the words of their
 * messages, whom a fix offers as chair, who counts towards a quorum and which requirement they
 * meet, the id a new committee gets, and the edit that takes a member out of a list.
 */
function parsed(yaml: string) {
  const f = analyzeFile('file:///w/c.yaml', yaml);
  return { icb: f.documents[0].typed!.model as IcbConstitution, lines: f.lines };
}
const icbOf = (yaml: string) => parsed(yaml).icb;
const head = 'kind: icb-constitution\nversion: 1.1\nicb: {id: nhs-example}\n';

describe('committee helpers (rules/committees/helpers.ts)', () => {
  it('lists words and clauses as sentences do', () => {
    assert.deepEqual([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(listText), ['', 'a', 'a and b', 'a, b and c']);
    assert.deepEqual([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(clauses), ['', 'a', 'a, and b', 'a; b; and c']);
  });

  it('names a committee by name and id, name, id, or what the caller says', () => {
    const icb = icbOf(`${head}committees:\n  - {id: audit, name: Audit Committee}\n  - {name: Audit Committee}\n  - {id: audit}\n  - {type: audit}\n`);
    assert.deepEqual(items(icb.committees).map((c) => committeeLabel(c)), ['the Audit Committee (audit)', 'the Audit Committee', 'committee `audit`', 'this committee']);
    assert.equal(committeeLabel(items(icb.committees)[3], 'the audit committee'), 'the audit committee');
  });

  const BOARD = `${head}board:
  deputy_chair: pat
  senior_non_executive: sue
  members:
    - {id: jo, name: Jo Chair, role: chair}
    - {id: amir, name: Amir Khan, role: chief_executive}
    - {id: cfo, name: Chris Day, role: executive, function: finance}
    - {id: nurse, name: Grace Mensah, role: executive, function: nursing}
    - {id: pat, name: Pat Lee, role: non_executive, expertise: [Audit]}
    - {id: sue, name: Sue Hall, role: non_executive, expertise: [finance]}
    - {id: al, name: Al Green, role: non_executive, expertise: ["Chartered accountant"]}
    - {id: dep, name: Dee Parr, role: non_executive, independent: false, expertise: [audit, quality]}
    - {id: sam, name: Sam Obi, role: partner, sector: nhs_trusts, employment: employee}
    - {id: ot, name: Oli Tan, role: other, employment: secondee}
    - {id: doc, name: Dr Ray, role: other, registration: {regulator: GMC, number: "7012345"}}
    - {id: pharm, name: Ana Lim, role: other, profession: pharmacy}
    - {id: sw, name: Sol West, role: other, profession: social_work}
    - {name: No Id, role: non_executive, expertise: [audit]}
committees:
  - {id: audit, type: audit, chair: al}
  - {id: rem, type: remuneration, chair: sue}
  - {type: audit}
`;
  // Built in each test, not while the file loads: mutation testing sees only what runs in a test.
  let icb: IcbConstitution;
  beforeEach(() => {
    icb = icbOf(BOARD);
  });
  const e = (id: string) => compositionOf(icb).resolve(id)!;

  it('says in words what a member\'s role makes them, and a seat\'s', () => {
    assert.deepEqual(['jo', 'amir', 'cfo', 'pat', 'sam', 'ot'].map((id) => roleWords(e(id))), [
      'the chair of the board',
      'the chief executive',
      'an executive member',
      'a non-executive member',
      'a partner member',
      'an ordinary member who is not a non-executive',
    ]);
    assert.equal(roleWords(compositionOf(icbOf(`${head}board:\n  seats:\n    - {id: s, role: non_executive}\n`)).resolve('s')!), 'a non-executive member (a seat)');
    const odd = compositionOf(icbOf(`${head}board:\n  members:\n    - {id: a, role: adviser}\n    - {id: b}\n`));
    assert.deepEqual([roleWords(odd.resolve('a')!), roleWords(odd.resolve('b')!)], ['a member with role `adviser`', 'a member with no `role`']);
    assert.deepEqual([ruleRoleWords('non_executive'), ruleRoleWords('other'), ruleRoleWords('adviser'), ruleRoleWords(undefined)], ['a non-executive member', 'an ordinary member', 'a member with `role: adviser`', 'a member of any role']);
  });

  it('who is an employee: as `employment` says, else the chief executive and executives', () => {
    assert.deepEqual(['jo', 'amir', 'cfo', 'pat', 'sam', 'ot'].map((id) => isEmployee(e(id))), [false, true, true, false, true, true]);
    const stated = compositionOf(icbOf(`${head}board:\n  members:\n    - {id: a, role: executive, employment: office_holder}\n`));
    assert.equal(isEmployee(stated.resolve('a')!), false);
  });

  it('expertise words: split on spaces, hyphens, underscores, slashes, commas and ampersands, any case', () => {
    assert.equal(hasFinanceOrAuditExpertise({ expertise: ['Risk & Audit'] }), true);
    assert.equal(hasFinanceOrAuditExpertise({ expertise: ['public_finance'] }), true);
    assert.equal(hasFinanceOrAuditExpertise({ expertise: ['governance/accounting'] }), true);
    assert.equal(hasFinanceOrAuditExpertise({ expertise: ['law,auditor'] }), true);
    assert.equal(hasFinanceOrAuditExpertise({ expertise: ['non-financial'] }), true);
    assert.equal(hasFinanceOrAuditExpertise({ expertise: ['FINANCE'] }), true);
    assert.equal(hasFinanceOrAuditExpertise({ expertise: ['refinance', 'auditing-free-text'] }), true);
    assert.equal(hasFinanceOrAuditExpertise({ expertise: ['refinance', 'law'] }), false);
    assert.equal(hasExpertise({ expertise: ['Quality improvement'] }, 'quality'), true);
    assert.equal(hasExpertise({ expertise: ['qualityimprovement'] }, 'quality'), false);
  });

  it('independent non-executives: non-executives unless stated not independent', () => {
    assert.deepEqual(['pat', 'dep', 'jo', 'sam'].map((id) => isIndependentNonExecutive(e(id))), [true, false, false, false]);
  });

  it('who chairs: the board chair\'s ids, the chairs of a type, the entity a chair id names', () => {
    assert.deepEqual([...boardChairIds(icb)], ['jo']);
    assert.deepEqual([...boardChairIds(icbOf(`${head}board:\n  seats:\n    - {id: chair-seat, role: chair}\n  members:\n    - {id: jo, seat: chair-seat}\n`))].sort(), ['chair-seat', 'jo']);
    assert.deepEqual([...chairIdsOfType(icb, 'audit')], ['al']);
    assert.equal(chairOf(icb, items(icb.committees)[1])?.label, 'Sue Hall (sue)');
    assert.equal(chairOf(icb, items(icb.committees)[2]), undefined);
  });

  it('offers as audit chair the independent non-executives with finance or audit expertise, not the deputy chair nor the senior non-executive', () => {
    assert.deepEqual(auditChairCandidates(icb).map((m) => m.id), ['al']);
  });

  it('offers as remuneration chair any non-executive who does not chair audit; as quality chair those with quality expertise first', () => {
    assert.deepEqual(remunerationChairCandidates(icb).map((m) => m.id), ['pat', 'sue', 'dep']);
    assert.deepEqual(qualityChairCandidates(icb).map((m) => m.id), ['pat'], 'no independent one has quality expertise: those who chair neither audit nor remuneration');
    const q = icbOf(`${head}board:\n  members:\n    - {id: a, role: non_executive, expertise: [quality]}\n    - {id: b, role: non_executive}\n    - {id: d, role: non_executive, independent: false, expertise: [quality]}\ncommittees:\n  - {type: audit, chair: a}\n`);
    assert.deepEqual(qualityChairCandidates(q).map((m) => m.id), ['a'], 'those with quality expertise, even if busy');
    const plain = icbOf(`${head}board:\n  members:\n    - {id: a, role: non_executive}\n    - {id: b, role: non_executive}\n    - {id: c, role: non_executive}\n    - {id: d, role: non_executive, independent: false}\ncommittees:\n  - {type: audit, chair: a}\n  - {type: remuneration, chair: b}\n`);
    assert.deepEqual(qualityChairCandidates(plain).map((m) => m.id), ['c'], 'else the independent non-executives who chair neither audit nor remuneration');
  });

  it('a seat is offered only when none of its named holders is', () => {
    const seated = icbOf(`${head}board:\n  seats:\n    - {id: ned, role: non_executive, min: 2, max: 2}\n    - {id: ned2, role: non_executive}\n    - {role: non_executive}\n  members:\n    - {id: pat, seat: ned}\n`);
    assert.deepEqual(remunerationChairCandidates(seated).map((m) => m.id), ['pat', 'ned2'], 'a seat with no id cannot be named');
  });

  it('where a committee is in the YAML list, counting items the model skipped', () => {
    const k = icbOf(`${head}committees:\n  - just text\n  - {id: b}\n`);
    assert.deepEqual(committeePath(k, items(k.committees)[0]), ['committees', 1]);
    assert.equal(committeePath(icbOf(head), items(k.committees)[0]), undefined);
    assert.equal(committeePath(icbOf(`${head}committees:\n  - {id: x}\n`), items(k.committees)[0]), undefined, 'another document\'s committee');
  });

  it('a new committee id: the base, else base-committee, else the first base-N free; ids of members, seats, participants and the board are taken', () => {
    const k = icbOf(`${head}board:\n  seats:\n    - {id: quality, role: other}\n  members:\n    - {id: audit-committee}\n  participants:\n    - {id: audit-2}\ncommittees:\n  - {id: audit}\n`);
    assert.equal(unusedCommitteeId(k, 'remuneration'), 'remuneration');
    assert.equal(unusedCommitteeId(k, 'quality'), 'quality-committee');
    assert.equal(unusedCommitteeId(k, 'audit'), 'audit-3');
    assert.equal(unusedCommitteeId(k, 'icb-board'), 'icb-board-committee');
  });

  it('counts the board\'s quorum: voting positions at their minimum, at most their maximum, those not stated as assumed', () => {
    const k = icbOf(`${head}board:\n  seats:\n    - {id: a, role: non_executive, min: 2, max: 3, voting: true}\n    - {id: b, role: other, min: 1, voting: false}\n    - {id: d, role: partner, count: 2}\n`);
    const seats = boardQuorumSeats(k);
    assert.deepEqual(seats.map((s) => [s.entity?.id, s.count, s.most, s.assumed]), [['a', 2, 3, false], ['d', 2, 2, true]]);
    assert.deepEqual([headCount(seats), mostCount(seats), assumedCount(seats)], [4, 5, 2]);
    const open = boardQuorumSeats(icbOf(`${head}board:\n  seats:\n    - {id: a, role: non_executive, min: 2}\n`));
    assert.equal(mostCount(open), Infinity);
  });

  it('counts a committee\'s quorum: its chair and members once each, seats at their size, a chair by rule or independent, voting others', () => {
    const k = icbOf(`${head}board:
  seats:
    - {id: ned, role: non_executive, min: 2, max: 4}
    - {id: open, role: other, min: 1}
  members:
    - {id: pat, name: Pat Lee, seat: ned}
    - {id: cfo, role: executive, function: finance}
committees:
  - {id: a, chair: pat, members: [pat, ned, cfo, nobody, open], other_members: [{name: Ann, voting: true}, {voting: false, name: Bo}, {title: Adviser}]}
  - {id: b, chair_rule: {role: non_executive}, members: [cfo]}
  - {id: c, chair_rule: {role: non_executive}, members: [pat]}
  - {id: d, chair_rule: {seat: ned}, members: [ned]}
  - {id: e, chair_rule: {seat: ned}, members: [cfo]}
  - {id: f, independent_chair: {name: Ann Bell}}
  - {id: g, independent_chair: {title: Chair}}
  - {id: h, chair_rule: {role: executive}, members: [ned]}
`);
    const q = items(k.committees).map((x) => committeeQuorumSeats(k, x).map((s) => `${s.entity?.id ?? s.otherName}:${s.count}-${s.most}`));
    assert.deepEqual(q, [
      ['pat:1-1', 'ned:2-4', 'cfo:1-1', 'open:1-Infinity', 'Ann:1-1', 'a member who is not on the board:1-1'],
      ['cfo:1-1', 'the chair (by rule):1-1'],
      ['pat:1-1'],
      ['ned:2-4'],
      ['cfo:1-1', 'ned:1-1'],
      ['Ann Bell:1-1'],
      ['the independent chair:1-1'],
      ['ned:2-4', 'the chair (by rule):1-1'],
    ]);
    assert.deepEqual(items(k.committees).map((x) => hasUnresolvedMembers(k, x)), [true, false, false, false, false, false, false, false]);
    assert.equal(hasUnresolvedMembers(k, icbOf(`${head}committees:\n  - {chair: nobody}\n`).committees!.items[0]), true);
  });

  it('who is clinically qualified: registered with a health regulator, a clinical profession, or the medical or nursing portfolio', () => {
    assert.deepEqual(['doc', 'pharm', 'sw', 'nurse', 'cfo', 'pat'].map((id) => isClinical(e(id))), [true, true, false, true, false, false]);
    const seated = compositionOf(icbOf(`${head}board:\n  seats:\n    - {id: cmo, role: executive, function: medical}\n    - {id: x, role: other, profession: nursing}\n    - {id: y, role: other}\n  members:\n    - {id: r, seat: y, registration: {regulator: NMC, number: "12A3456E"}}\n`));
    assert.deepEqual(['cmo', 'x', 'y', 'r'].map((id) => isClinical(seated.resolve(id)!)), [true, true, false, true]);
    const unseated = compositionOf(icbOf(`${head}board:\n  members:\n    - {id: r, role: other, registration: {regulator: NMC, number: "12A3456E"}}\n`));
    assert.equal(isClinical(unseated.positions[0]), true, 'a member as a position of their own');
  });

  it('which quorum requirement the counted members meet', () => {
    const k = icbOf(`${head}board:
  deputy_chair: dep
  seats:
    - {id: dep-seat, role: non_executive, min: 1}
    - {id: cl-seat, role: other}
  members:
    - {id: dep, seat: dep-seat}
    - {id: cl, seat: cl-seat, profession: medicine}
    - {id: ceo, role: chief_executive}
    - {id: cfo, role: executive, function: finance}
    - {id: cmo, role: executive, function: medical}
    - {id: pm, role: partner}
committees:
  - {id: a, chair: dep}
  - {id: b, chair: nobody}
  - {id: c}
`);
    const comp = compositionOf(k);
    const seat = (...ids: string[]) => ids.map((id) => ({ entity: comp.resolve(id)!, count: 1, most: 1 }));
    const met = (req: string, ...ids: string[]) => requirementMet(k, req, seat(...ids));
    assert.equal(met('chair_or_deputy', 'dep'), true, 'the deputy by member id');
    assert.equal(met('chair_or_deputy', 'dep-seat'), true, 'a seat the deputy holds');
    assert.equal(met('chair_or_deputy', 'cl-seat'), false);
    assert.equal(met('chair_or_deputy', 'ceo'), false);
    assert.equal(requirementMet(icbOf(`${head}board:\n  members:\n    - {id: a, role: chair}\n    - {id: b, role: other}\n`), 'chair_or_deputy', seat()), false);
    const noDeputy = icbOf(`${head}board:\n  members:\n    - {id: a, role: chair}\n    - {id: b, role: other}\n`);
    const nc = compositionOf(noDeputy);
    assert.equal(requirementMet(noDeputy, 'chair_or_deputy', [{ entity: nc.resolve('a')!, count: 1, most: 1 }]), true, 'the chair');
    assert.equal(requirementMet(noDeputy, 'chair_or_deputy', [{ entity: nc.resolve('b')!, count: 1, most: 1 }]), false);
    const [a, b, cc] = items(k.committees);
    assert.deepEqual([a, b, cc].map((x) => requirementMet(k, 'chair_or_deputy', [], x)), [true, false, false], 'a committee\'s own chair');
    assert.deepEqual([met('non_executive', 'dep'), met('non_executive', 'ceo')], [true, false]);
    assert.deepEqual([met('executive', 'ceo'), met('executive', 'cfo'), met('executive', 'pm')], [true, true, false]);
    assert.deepEqual([met('clinical', 'cl-seat'), met('clinical', 'cmo'), met('clinical', 'cfo')], [true, true, false], 'a seat whose holder is clinical');
    assert.deepEqual([met('partner', 'pm'), met('partner', 'cfo')], [true, false]);
    assert.deepEqual([met('finance', 'cfo'), met('finance', 'cmo'), met('finance', 'ceo')], [true, false, false]);
    assert.equal(met('something_else'), true, 'not the vocabulary: left to the schema');
    assert.equal(requirementMet(k, 'finance', [{ count: 1, most: 1, otherName: 'Ann' }]), false, 'someone not on the board meets nothing');
  });

  it('a majority and a stated minimum', () => {
    assert.deepEqual([1, 2, 3, 4, 9].map(majorityOf), [1, 2, 2, 3, 5]);
    const k = icbOf(`${head}board:\n  quorum: {minimum_members: 5}\ncommittees:\n  - {id: a, quorum: {minimum_members: many}}\n`);
    assert.equal(minimumMembers(k.board?.quorum), 5);
    assert.equal(minimumMembers(items(k.committees)[0].quorum), undefined);
    assert.equal(minimumMembers(undefined), undefined);
  });

  it('ICS-COMM-002: an audit chair id that names nothing, in a constitution of seats, names no member or seat', () => {
    const text = `${head}board:\n  seats:\n    - {id: ned, role: non_executive, expertise: [audit]}\ncommittees:\n  - {id: audit, name: Audit Committee, type: audit, chair: zzz-unknown}\n`;
    const f = checkText('file:///w/c.yaml', text, { profile: 'strict', today: '2026-11-23' }).filter((x) => x.ruleId === 'ICS-COMM-002');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /is `zzz-unknown`, which names no board member or seat in this constitution, so it does not show who holds the role/);
  });

  it('labels an id by the member or seat it names, else as code', () => {
    assert.equal(labelFor(icb, 'pat'), 'Pat Lee (pat)');
    assert.equal(labelFor(icb, 'nobody'), '`nobody`');
  });

  describe('removing a member from a list (removeSeqItem)', () => {
    const remove = (yaml: string, index: number) => {
      const { icb: k, lines } = parsed(yaml);
      const c0 = items(k.committees)[0];
      const seq = c0.members!.loc.node;
      const edit = removeSeqItem(yaml, lines, seq, c0.members!.items[index].loc.node);
      if (!edit) return undefined;
      return yaml.slice(0, lines.offsetAt(edit.range.start)) + edit.newText + yaml.slice(lines.offsetAt(edit.range.end));
    };
    const flow = (list: string) => `${head}committees:\n  - {id: rem, members: ${list}}\n`;
    it('in flow style, the item and one comma: first, middle, last, only', () => {
      assert.equal(remove(flow('[a, b, c]'), 0), flow('[b, c]'));
      assert.equal(remove(flow('[a, b, c]'), 1), flow('[a, c]'));
      assert.equal(remove(flow('[a, b, c]'), 2), flow('[a, b]'));
      assert.equal(remove(flow('[a]'), 0), flow('[]'));
    });
    const block = (...lines: string[]) => `${head}committees:\n  - id: rem\n    members:\n${lines.map((l) => `      ${l}\n`).join('')}`;
    it('in block style, the item\'s lines; never the only item, nor an item that shares its line', () => {
      assert.equal(remove(block('- a', '- b', '- c'), 1), block('- a', '- c'));
      assert.equal(remove(block('- a', '- b', '- c'), 0), block('- b', '- c'));
      assert.equal(remove(block('- a', '- b'), 1), block('- a'));
      assert.equal(remove(`${head}committees:\n  - id: rem\n    members:\n      - a\n      - b`, 1), `${head}committees:\n  - id: rem\n    members:\n      - a\n`, 'the last line with no line break');
      assert.equal(remove(block('- a'), 0), undefined);
      assert.equal(remove(block('- a', '- b  # the chair', '- c'), 1), block('- a', '- c'), 'its comment goes with it');
      assert.equal(remove(block('- a', '-   b', '- c'), 1), block('- a', '- c'), 'spaces after the dash');
    });
    it('not an item of that list: no edit', () => {
      const { icb: k, lines } = parsed(flow('[a, b]'));
      const c0 = items(k.committees)[0];
      assert.equal(removeSeqItem(flow('[a, b]'), lines, c0.members!.loc.node, c0.id!.loc.node), undefined);
      assert.equal(removeSeqItem(flow('[a, b]'), lines, c0.loc.node, c0.members!.items[0].loc.node), undefined, 'not a list');
    });
  });

  describe('who chairs a committee, as the rules judge them (chairView)', () => {
    const k = icbOf(`${head}board:
  seats:
    - {id: ned, role: non_executive, min: 2, expertise: [audit], independent: true}
  members:
    - {id: pat, name: Pat Lee, seat: ned, expertise: [finance]}
    - {id: cfo, role: executive, function: finance}
committees:
  - {id: a, chair: ned}
  - {id: b, chair: pat}
  - {id: c, chair_rule: {role: non_executive, excluding: [board_chair], expertise: [Audit], description: a NED with audit expertise}}
  - {id: d, chair_rule: {seat: ned}}
  - {id: e, chair_rule: {role: partner}}
  - {id: f, chair_rule: {independent: false}}
  - {id: g, independent_chair: {name: Ann Bell, expertise: [Audit]}}
  - {id: h, independent_chair: {title: Professor of Audit, organisation: Example University}}
  - {id: i, independent_chair: {title: Professor}}
  - {id: j, independent_chair: {organisation: X}}
  - {id: k, chair: nobody}
  - {id: l}
  - {id: m, chair_rule: {role: mystery}}
`);
    const all = () => items(k.committees).map((x) => chairView(k, x));
    it('a member or a seat: their role, independence and expertise (a seat\'s holders\' too)', () => {
      const views = all();
      const [a, b] = views;
      assert.ok(a.kind === 'entity' && b.kind === 'entity');
      assert.deepEqual([a.role, a.independent, a.expertise, a.label], ['non_executive', true, ['audit', 'finance', 'audit'], 'the non-executive member seat (ned)']);
      assert.deepEqual([b.expertise, b.label, b.excluding.size], [['finance', 'audit'], 'Pat Lee (pat)', 0]);
    });
    it('a chair rule: the role it picks, its words, what it excludes, and whether anyone on the board has that role', () => {
      const views = all();
      const [, , c, d, e, f] = views;
      assert.ok(c.kind === 'rule' && d.kind === 'rule' && e.kind === 'rule' && f.kind === 'rule');
      assert.deepEqual([c.role, c.expertise, c.label, [...c.excluding], c.description, c.nobody, c.entity], ['non_executive', ['audit'], 'a non-executive member under its chair rule ("a NED with audit expertise")', ['board_chair'], 'a NED with audit expertise', false, undefined]);
      assert.deepEqual([d.role, d.independent, d.expertise, d.label, d.entity?.id, d.nobody], ['non_executive', true, ['audit'], 'a non-executive member under its chair rule', 'ned', false]);
      assert.deepEqual([e.label, e.nobody], ['a partner member under its chair rule', true]);
      assert.deepEqual([f.role, f.independent, f.label, f.nobody], [undefined, false, 'a member under its chair rule', false]);
      const m = views[12];
      assert.ok(m.kind === 'rule');
      assert.equal(m.label, 'a member with `role: mystery` under its chair rule');
    });
    it('an independent chair: by name, else by post and organisation, else "an independent chair"; never on the board', () => {
      const views = all();
      const [g, h, i, j] = views.slice(6, 10);
      assert.ok(g.kind === 'independent' && h.kind === 'independent' && i.kind === 'independent' && j.kind === 'independent');
      assert.deepEqual([g.label, g.expertise, g.independent], ['Ann Bell, who is not a member of the board', ['audit'], true]);
      assert.equal(h.label, 'the Professor of Audit (Example University), who is not a member of the board');
      assert.equal(i.label, 'the Professor, who is not a member of the board');
      assert.equal(j.label, 'an independent chair, who is not a member of the board');
    });
    it('an unknown id, or nobody', () => {
      const views = all();
      assert.deepEqual([views[10].kind, views[11].kind], ['unknown', 'none']);
    });
  });
});
