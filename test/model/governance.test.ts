import { strict as assert } from 'node:assert';
import { analyzeFile } from '../../server/src/core';
import {
  allocationBases,
  arrangementLabel,
  arrangementsOfType,
  boardLevel,
  boardRole,
  functionKeys,
  governanceOf,
  governanceReferences,
  officerEntries,
  officerHolder,
  refLabel,
  sameRef,
  type Ref,
} from '../../server/src/core/model/governance';
import type { IcbConstitution } from '../../server/src/core/model/kinds';
import { items } from '../../server/src/core/model/query';
import type { Scalar } from '../../server/src/core/model/spec';

/**
 * What the governance index (model/governance.ts) says a reference beyond the board names, and the
 * words ICS-REF-001's messages and the editor's find-references use for each reference.
 */
function icbOf(yaml: string): IcbConstitution {
  const d = analyzeFile('file:///w/c.yaml', yaml).documents[0];
  assert.equal(d.typed?.kind, 'icb-constitution');
  return d.typed!.model as IcbConstitution;
}
const head = 'kind: icb-constitution\nversion: 1.1\nicb: {id: nhs-example}\n';
const scalar = (value: unknown): Scalar<unknown> => ({ value, loc: undefined as never });

const ICB_TEXT = `${head}board:
  seats:
    - {id: ned, role: non_executive, min: 2}
    - {id: cfo-seat, role: executive, function: finance}
  members:
    - {id: pat, name: Pat Lee, seat: ned}
    - {id: cfo, name: Chris Day, seat: cfo-seat}
committees:
  - {id: quality, name: Quality Committee}
  - {id: audit}
  - {id: quality, name: Second Quality}
joint_working:
  arrangements:
    - {id: nhse-pc, type: delegation_to_icb, description: primary care}
    - {id: jc, type: joint_committee}
    - {id: nhse-pc, type: joint_committee, description: second}
    - {type: lead_provider, description: community services}
    - {type: lead_provider}
`;

describe('governance index (model/governance.ts)', () => {
  // Built in each test, not while the file loads: mutation testing sees only what runs in a test.
  let ICB: IcbConstitution;
  beforeEach(() => {
    ICB = icbOf(ICB_TEXT);
  });
  const r = (value: unknown) => governanceOf(ICB).resolve(scalar(value));

  it('resolves the board, a committee, an arrangement, a member, a seat, an unknown id, trimmed; the first of an id used twice', () => {
    assert.deepEqual([r('icb-board')?.kind, r(' quality ')?.kind, r('nhse-pc')?.kind, r('pat')?.kind, r('ned')?.kind, r('nobody')?.kind], ['board', 'committee', 'arrangement', 'entity', 'entity', 'unknown']);
    const q = r('quality');
    assert.ok(q?.kind === 'committee');
    assert.equal(q.committee.name?.value, 'Quality Committee');
    const a = r('nhse-pc');
    assert.ok(a?.kind === 'arrangement');
    assert.equal(a.arrangement.description?.value, 'primary care');
    const trimmed = r(' quality ');
    assert.equal(trimmed?.kind === 'committee' ? trimmed.id : undefined, 'quality');
    assert.deepEqual([...governanceOf(ICB).committees.keys()], ['quality', 'audit']);
    assert.deepEqual([...governanceOf(ICB).arrangements.keys()], ['nhse-pc', 'jc']);
  });

  it('resolves a post, trimmed; nothing, a blank, a list or an empty post name nobody', () => {
    assert.deepEqual(r({ name: ' Ann Bell ', title: 'Director', organisation: ' Example Council ' }), {
      kind: 'post',
      name: 'Ann Bell',
      title: 'Director',
      organisation: 'Example Council',
      loc: undefined,
      scalar: scalar({ name: ' Ann Bell ', title: 'Director', organisation: ' Example Council ' }),
    });
    const titleOnly = r({ title: 'Director', name: ' ', organisation: 7 });
    assert.ok(titleOnly?.kind === 'post');
    assert.deepEqual([titleOnly.name, titleOnly.title, titleOnly.organisation], [undefined, 'Director', undefined]);
    assert.equal(r({ organisation: 'Example Council' })?.kind, 'post');
    assert.equal(r({ name: 'Ann' })?.kind, 'post');
    for (const none of [undefined, null, '', '  ', ['pat'], {}, { name: '' }]) assert.equal(r(none), undefined, JSON.stringify(none));
    assert.equal(governanceOf(ICB).resolve(undefined), undefined);
  });

  it('words a reference for messages', () => {
    const label = (value: unknown) => refLabel(r(value)!);
    assert.deepEqual(
      ['icb-board', 'quality', 'audit', 'nhse-pc', 'jc', 'pat', 'ned', 'nobody'].map(label),
      ['the board', 'the Quality Committee (quality)', 'committee `audit`', 'the arrangement nhse-pc (primary care)', 'the arrangement `jc`', 'Pat Lee (pat)', 'the non-executive member seat (ned)', '`nobody`'],
    );
    assert.deepEqual(
      [{ name: 'Ann Bell', title: 'Director', organisation: 'Example Council' }, { title: 'Director', organisation: 'Example Council' }, { name: 'Ann Bell' }, { organisation: 'Example Council' }].map(label),
      ['Ann Bell, Director, Example Council', 'Director, Example Council', 'Ann Bell', 'Example Council'],
    );
  });

  it('the same person or body: one id; a seat of one holder and its holder; posts by name, else by post and organisation', () => {
    const same = (a: unknown, b: unknown) => sameRef(r(a)!, r(b)!);
    assert.equal(same('quality', 'quality'), true);
    assert.equal(same('quality', 'audit'), false);
    assert.equal(same('cfo', 'cfo-seat'), true, 'a seat and its one holder');
    assert.equal(same('cfo-seat', 'cfo'), true);
    assert.equal(same('pat', 'ned'), true, 'the seat has one holder named');
    assert.equal(same('pat', 'cfo-seat'), false, 'another seat');
    assert.equal(same('pat', 'cfo'), false);
    assert.equal(same('ned', 'cfo-seat'), false, 'two seats');
    assert.equal(same('quality', { title: 'Quality Committee' }), false);
    assert.equal(same({ title: 'Quality Committee' }, 'quality'), false);
    assert.equal(same({ name: 'Ann Bell', title: 'A' }, { name: ' ann bell ', title: 'B' }), true, 'by name, case and spaces aside');
    assert.equal(same({ name: 'Ann Bell' }, { name: 'Bo Bell' }), false);
    assert.equal(same({ name: 'Ann Bell', title: 'Director', organisation: 'X' }, { title: 'director', organisation: 'x' }), true, 'by post when one has no name');
    assert.equal(same({ title: 'Director', organisation: 'X' }, { title: 'Director', organisation: 'Y' }), false);
    assert.equal(same({ title: 'Director', organisation: 'X' }, { title: 'Deputy', organisation: 'X' }), false);
    assert.equal(same({ organisation: 'X' }, { organisation: 'X' }), false, 'an organisation alone is not a person');
    const two = governanceOf(icbOf(`${head}board:\n  seats:\n    - {id: ned, role: non_executive, min: 2}\n  members:\n    - {id: a, seat: ned}\n    - {id: b, seat: ned}\n`));
    assert.equal(sameRef(two.resolve(scalar('a'))!, two.resolve(scalar('ned'))!), false, 'a seat of two is not one of its holders');
  });

  it('board level and board role: known for members and seats, stated for posts, unknown otherwise', () => {
    const yes = scalar(true) as Scalar<boolean>;
    assert.equal(boardLevel(undefined), undefined);
    assert.equal(boardLevel(r('pat')), true);
    assert.equal(boardLevel(r({ title: 'X' }), yes), true);
    assert.equal(boardLevel(r({ title: 'X' })), undefined);
    assert.equal(boardLevel(r('quality'), yes), undefined);
    assert.equal(boardRole(r('cfo')), 'executive');
    assert.equal(boardRole(r('quality')), undefined);
    assert.equal(boardRole(undefined), undefined);
  });

  it('names arrangements by id and description, and finds them by type', () => {
    const labels = items(ICB.joint_working?.arrangements).map(arrangementLabel);
    assert.deepEqual(labels, ['the arrangement nhse-pc (primary care)', 'the arrangement jc', 'the arrangement nhse-pc (second)', 'the arrangement "community services"', 'an arrangement']);
    assert.deepEqual(arrangementsOfType(ICB, 'joint_committee').map((a) => a.id?.value), ['jc', 'nhse-pc']);
    assert.deepEqual(arrangementsOfType(icbOf(head), 'joint_committee'), []);
  });

  it('reads a place budget\'s allocation basis as one value or a list', () => {
    assert.equal(allocationBases(undefined), undefined);
    assert.equal(allocationBases(scalar(null)), undefined);
    assert.deepEqual(allocationBases(scalar(' population ')), ['population']);
    assert.deepEqual(allocationBases(scalar([' need ', 3, '', true, { a: 1 }])), ['need', '3']);
    assert.equal(allocationBases(scalar(['  '])), undefined);
  });

  it('knows the function keys of the format, and the holders of the officer roles', () => {
    assert.ok(functionKeys().includes('primary_medical_services'));
    const icb = icbOf(`${head}board:\n  members:\n    - {id: pat, name: Pat Lee, role: non_executive}\nofficers:\n  caldicott_guardian: {holder: pat}\n  freedom_to_speak_up:\n    guardian: {holder: {title: Guardian}}\n`);
    assert.equal(officerHolder(icb, icb.officers?.caldicott_guardian)?.kind, 'entity');
    assert.equal(officerHolder(icb, undefined), undefined);
    assert.deepEqual(
      officerEntries(icb).map((e) => [e.words, e.officer ? 'given' : '-']),
      [
        ['accountable emergency officer', '-'],
        ['safeguarding executive lead', '-'],
        ['senior information risk owner', '-'],
        ['Caldicott guardian', 'given'],
        ['Freedom to Speak Up guardian', 'given'],
        ['Freedom to Speak Up executive lead', '-'],
        ['Freedom to Speak Up non-executive lead', '-'],
        ['net zero lead', '-'],
      ],
    );
  });
});

describe('every reference beyond the board, with its words (governanceReferences)', () => {
  const icb = icbOf(`${head}joint_working:
  arrangements:
    - id: pc
      description: primary care
      exercised_by: a1
      icb_committee: a2
      overseen_by: a3
      icb_members: [a4]
      reports_to: [a5]
      pooled_fund: {manager: a6}
    - {exercised_by: b1}
reservation_and_delegation:
  delegated:
    - {decision: contracts_above_limit, to: c1}
    - {to: c2}
functions_map:
  functions:
    - {function: continuing_healthcare, decided_by: d1, executive_lead: d2, delegated_from: d3, shared_with: [d4]}
    - {function: other, description: Estates, decided_by: d5}
    - {function: other, decided_by: d6}
    - {decided_by: d7}
standing_orders:
  urgent_decisions: {taken_by: [e1], consult: [e2]}
  suspension: {reported_to: e3}
statutory_duties:
  duties:
    - {duty: reduce_inequalities, lead: f1, committee: f2}
    - {lead: f3}
officers:
  net_zero_lead: {holder: g1}
health_and_wellbeing_boards:
  - {local_authority: Example Council, icb_representative: h1}
  - {icb_representative: h2}
plans:
  joint_capital_resource_use_plan: {approved_by: i1}
clinical_and_care_professional_leadership:
  evaluation: {board_sighted: {meeting: j1}, action_owner: j2}
  advice_to_board:
    - {name: Clinical Senate, reports_to: j3}
    - {reports_to: j4}
conflicts_of_interest:
  procurement: {decided_by: [k1]}
places:
  - {id: city, name: Example City, joint_committee: {arrangement: l1}}
  - {id: town, joint_committee: {arrangement: l2}}
  - {joint_committee: {arrangement: l3}}
`);
  it('lists each with what it may name, the sentence a message uses and what it says of what it names', () => {
    assert.deepEqual(
      governanceReferences(icb).map((x) => [x.scalar?.value, x.target, x.where, x.role]),
      [
        ['a1', 'deciders', 'The body that exercises the functions of the arrangement pc (primary care) (`exercised_by`)', 'exercises pc'],
        ['a2', 'committee', 'The ICB committee that meets in common in the arrangement pc (primary care) (`icb_committee`)', 'the ICB committee in pc'],
        ['a3', 'deciders', 'The body that oversees the arrangement pc (primary care) (`overseen_by`)', 'oversees pc'],
        ['a4', 'people', 'A member of the arrangement pc (primary care) for the ICB (`icb_members`)', 'sits on pc for the ICB'],
        ['a5', 'bodies', 'A body the arrangement pc (primary care) reports to (`reports_to`)', 'pc reports to it'],
        ['a6', 'people', 'The manager of the pooled fund of the arrangement pc (primary care)', 'manages the pooled fund of pc'],
        ['b1', 'deciders', 'The body that exercises the functions of an arrangement (`exercised_by`)', 'exercises an arrangement'],
        ['c1', 'deciders', 'A body a decision is delegated to (`delegated[].to`)', 'decides contracts above limit'],
        ['c2', 'deciders', 'A body a decision is delegated to (`delegated[].to`)', 'decides a delegated matter'],
        ['d1', 'deciders', 'Where continuing healthcare is decided (`decided_by`)', 'decides continuing healthcare'],
        ['d2', 'people', 'The executive lead for continuing healthcare', 'leads continuing healthcare'],
        ['d3', 'arrangement', 'The arrangement that continuing healthcare is delegated from (`delegated_from`)', 'continuing healthcare is delegated from it'],
        ['d4', 'deciders', 'A decision-maker continuing healthcare is shared with', 'shares continuing healthcare'],
        ['d5', 'deciders', 'Where Estates is decided (`decided_by`)', 'decides Estates'],
        ['d6', 'deciders', 'Where another function is decided (`decided_by`)', 'decides another function'],
        ['d7', 'deciders', 'Where a function is decided (`decided_by`)', 'decides a function'],
        ['e1', 'people', 'Someone who may take urgent decisions (`taken_by`)', 'takes urgent decisions'],
        ['e2', 'people', 'Someone consulted on urgent decisions (`consult`)', 'consulted on urgent decisions'],
        ['e3', 'bodies', 'The body a suspension of standing orders is reported to', 'suspensions of standing orders are reported to it'],
        ['f1', 'people', 'The lead for the reduce inequalities duty', 'leads the reduce inequalities duty'],
        ['f2', 'bodies', 'The committee that assures the reduce inequalities duty', 'assures the reduce inequalities duty'],
        ['f3', 'people', 'The lead for a duty', 'leads a duty'],
        ['g1', 'people', 'The net zero lead', 'net zero lead'],
        ['h1', 'people', "The ICB's representative on the health and wellbeing board of Example Council", 'represents the ICB on the health and wellbeing board of Example Council'],
        ['h2', 'people', "The ICB's representative on the health and wellbeing board of a council", 'represents the ICB on the health and wellbeing board of a council'],
        ['i1', 'bodies', 'The body that approves the joint capital resource use plan', 'approves the joint capital resource use plan'],
        ['j1', 'bodies', 'The meeting that was sighted on the leadership self-assessment', 'sighted on the leadership self-assessment'],
        ['j2', 'people', 'The owner of the actions on the leadership gaps', 'owns the leadership actions'],
        ['j3', 'bodies', 'The body Clinical Senate reports to', 'Clinical Senate reports to it'],
        ['j4', 'bodies', 'The body an advice route reports to', 'an advice route reports to it'],
        ['k1', 'deciders', 'A body that takes Provider Selection Regime decisions', 'takes Provider Selection Regime decisions'],
        ['l1', 'jointCommittee', 'The joint committee of the place Example City', 'governs Example City'],
        ['l2', 'jointCommittee', 'The joint committee of the place town', 'governs town'],
        ['l3', 'jointCommittee', 'The joint committee of a place', 'governs a place'],
      ],
    );
  });
});
