import type { AnalyzedFile } from '../analyze';
import { buildSystem } from '../engine';
import type { SystemDoc, SystemView } from '../rules/framework';
import type { Committee, IcbConstitution, IntegratedCarePartnership, Place, PlacePartnership } from '../model/kinds';
import type { Loc, Scalar } from '../model/spec';
import { committeeChair, compositionOf, maximumCount, minimumCount, personOrPost, type Composition, type Holder, type BoardPosition as Position } from '../model/composition';
import { isPlaceholder, items, text, values } from '../model/query';
import { allocationBases } from '../model/governance';
import type { Finding } from '../types';
import { governanceDiagram } from './diagram';
import { coiGuidanceBlocks, conflictsBlocks, dutiesSection, exercisingFunctionsSections, fpptBlocks, hwbSection, leadershipBlocks, officersSection, placeJointCommittee, professionsText, standingOrderBlocks } from './beyond';
import { Builder, has, holderName, linkTo, listOf, midSentence, named, positionTitle, run, stop, val, where, who, type S } from './prose';
import { attachFindings, numberTree, source, type Block, type DocumentTree, type Inline, type Section, type Table } from './tree';
import { capitalise, dateText, joinAnd, numberText, onDate, poundsText, word } from './words';

/**
 * The constitution as people read it: a pure function of the checked files (and their findings)
 * to document trees, in the order of NHS England's model constitution — introduction and area;
 * the board's composition; appointments, terms, eligibility and removal; committees and
 * delegation; places; clinical and care professional leadership; procedures and standing orders;
 * conflicts of interest; transparency; public involvement; the partnership. Sentences are the
 * project's own, built from the facts; a placeholder is marked, a missing fact is marked as not
 * stated, and every paragraph keeps the YAML lines it comes from.
 *
 * An ICB constitution takes in the place-partnership and integrated-care-partnership files of the
 * same ICB; a partnership or place file whose ICB is not among the files is a document of its own.
 */
export function renderConstitutions(files: readonly AnalyzedFile[], findings: readonly Finding[] = []): DocumentTree[] {
  const system = buildSystem([...files]);
  const trees: DocumentTree[] = [];
  const used = new Set<object>();
  for (const icb of system.icbs) {
    const id = text(icb.model.icb?.id);
    const places = id ? system.places.filter((p) => text(p.model.icb) === id) : [];
    const icps = id ? system.icps.filter((p) => text(p.model.icb) === id) : [];
    for (const d of [...places, ...icps]) used.add(d);
    trees.push(icbTree(icb, places, icps, system));
  }
  for (const icp of system.icps) if (!used.has(icp)) trees.push(icpTree(icp));
  for (const place of system.places) if (!used.has(place)) trees.push(placeTree(place));
  for (const t of trees) {
    numberTree(t);
    attachFindings(t, findings);
  }
  return trees;
}

// ------------------------------------------------------------------------------- the ICB

function icbTree(doc: SystemDoc<IcbConstitution>, places: SystemDoc<PlacePartnership>[], icps: SystemDoc<IntegratedCarePartnership>[], system: SystemView): DocumentTree {
  const m = doc.model;
  const b = new Builder(doc.uri);
  const c = compositionOf(m);
  const name = text(m.icb?.name) ?? text(m.icb?.id) ?? 'Integrated care board';
  const latest = items(m.version_control).at(-1);
  const subtitle: Inline[][] = [['Constitution']];
  if (latest) {
    subtitle.push(
      run(
        'Version ',
        val(latest.version, '(not stated)'),
        has(latest.date) ? [', ', dateText(text(latest.date)!)] : [],
        has(latest.nhse_approved_on) ? ['; approved by NHS England ', onDate(text(latest.nhse_approved_on)!)] : [],
      ),
    );
  }
  const sections: Section[] = [
    introduction(b, m, name),
    area(b, m),
    composition(b, m, c),
    appointments(b, m, c),
    committees(b, m, c, places, icps, system),
    placesSection(b, m, places, c),
    leadership(b, m, c),
    procedures(b, m),
    dutiesSection(b, m),
    officersSection(b, m),
    hwbSection(b, m),
    conflicts(b, m, c),
    transparency(b, m),
    involvement(b, m),
    partnership(icps, b),
  ].filter((s): s is Section => s !== undefined);
  const history = versionHistory(b, m);
  if (history) sections.push(history);
  return { title: name, subtitle, sections };
}

function introduction(b: Builder, m: IcbConstitution, name: string): Section {
  const icb = m.icb;
  const blocks: Block[] = [];
  blocks.push(b.p(run(val(icb?.name, 'The name of the ICB is not stated'), ' (“the ICB”) is an integrated care board, a statutory NHS body. This constitution sets out how it is composed and how it makes decisions.'), icb?.name ?? icb));
  if (has(icb?.legal_name) && text(icb?.legal_name) !== text(icb?.name)) blocks.push(b.p(run('Its legal name, as in its establishment order, is ', val(icb?.legal_name), '.'), icb?.legal_name));
  if (has(icb?.id)) blocks.push(b.note(run('Identifier in these files: ', { kind: 'code', text: text(icb?.id)! }, '.'), icb?.id));
  const framework = text(icb?.legal_framework);
  blocks.push(b.p(run('It is drafted under ', framework ? word('framework', framework) : word('framework', 'hca-2022'), '.'), icb?.legal_framework));
  const purposes = values(icb?.purposes);
  if (purposes.length > 0) blocks.push(b.p(run('The ICB’s purposes are to ', joinAnd(purposes.map((p) => word('purpose', p))), '.'), icb?.purposes));
  if (has(icb?.cluster)) blocks.push(b.p(run('The ICB works in a cluster with other integrated care boards: ', val(icb?.cluster), '.'), icb?.cluster));
  if (has(icb?.successor)) blocks.push(b.p(run('It is to be succeeded by ', val(icb?.successor), '.'), icb?.successor));
  const pubUrl = text(m.publication?.constitution_url);
  if (pubUrl) blocks.push(b.p(run('The constitution is published at ', linkTo({ url: m.publication?.constitution_url }), '.'), m.publication?.constitution_url));
  void name;
  return b.section(1, 'Introduction', icb, blocks);
}

function area(b: Builder, m: IcbConstitution): Section {
  const a = m.icb?.area;
  const blocks: Block[] = [];
  const las = items(a?.local_authorities);
  const partly = las.filter((la) => la.part?.value === true).length;
  blocks.push(
    b.p(
      las.length > 0
        ? run(
            'The ICB’s area is the area of the ',
            las.length === 1 ? 'local authority' : `${las.length} local authorities`,
            ' below',
            partly > 0 ? (las.length === 1 ? ', only in part' : [' (', partly === 1 ? 'one of them' : `${partly} of them`, ' only in part)']) : [],
            has(a?.population) ? [', with a population of about ', numberText(a!.population!.value)] : [],
            '.',
          )
        : run({ kind: 'missing', text: 'The local authorities whose areas make up the ICB’s area are not stated.' }),
      a?.local_authorities ?? a,
    ),
  );
  if (las.length > 0) {
    blocks.push(
      b.list(
        las.map((la) => ({
          content: run(val(la.name, 'a council whose name is not stated'), has(la.type) ? [' (', word('laType', text(la.type)!), ')'] : [], la.part?.value ? [' — only part of its area: ', ...val(la.description, 'which part is not stated')] : []),
          at: la,
        })),
      ),
    );
  }
  const inc = values(a?.lsoas_included);
  const exc = values(a?.lsoas_excluded);
  if (inc.length > 0) blocks.push(b.p(run('The area also includes these lower layer super output areas: ', inc.join(', '), '.'), a?.lsoas_included));
  if (exc.length > 0) blocks.push(b.p(run('It excludes these lower layer super output areas: ', exc.join(', '), '.'), a?.lsoas_excluded));
  return b.section(1, 'The area', a, blocks);
}

// -------------------------------------------------------------------------- the board


function sizeText(p: Position): string {
  const { min, max } = p.size;
  if (max === min) return String(min);
  if (max === undefined) return `at least ${min}`;
  if (min === 0) return `up to ${max}`;
  return `${min} to ${max}`;
}


/**
 * Who holds a position. A seat nobody holds is a gap to fill (marked) when the seat must be
 * filled; an optional seat (`min: 0`) that nobody holds is simply not filled.
 */
function holdersOf(p: Position): Inline[] {
  if (p.holders.length === 0) return p.size.min === 0 ? ['none named'] : [{ kind: 'missing', text: 'no holder named' }];
  const out: Inline[] = [];
  p.holders.forEach((h, i) => {
    if (i > 0) out.push(i === p.holders.length - 1 ? ' and ' : ', ');
    out.push(...holderName(h));
  });
  return out;
}

function roleText(p: Position): string {
  const role = p.role ? word('role', p.role) : 'member';
  if (p.role === 'executive' && p.function) return `${role} (${word('function', p.function)})`;
  if (p.role === 'partner' && p.sector) return `${role} (${word('partnerSector', p.sector)})`;
  if (p.represents) return `${role} (${word('sector', p.represents)})`;
  return role;
}

function votingText(v: boolean | undefined): Inline[] {
  return v === undefined ? [{ kind: 'em', text: 'not stated' }] : [v ? 'yes' : 'no'];
}

/** "appointed by NHS England with the approval of the Secretary of State"; without a verb, "NHS England, with the approval of …". */
function arrangement(a: { by?: Scalar<string>; approved_by?: Scalar<string> } | undefined, verb?: string): Inline[] {
  if (!a) return [];
  const by = has(a.by);
  // the chair appointing "with the approval of the chair" is said once
  const approved = has(a.approved_by) && text(a.approved_by) !== text(a.by);
  if (!by && !approved) return [];
  const lead = verb ? [verb, ' by '] : [];
  return run(by ? [...lead, ...val(a.by, undefined, 'appointer')] : [], approved ? [by ? (verb ? ' with the approval of ' : ', with the approval of ') : verb ? `${verb} with the approval of ` : 'with the approval of ', ...val(a.approved_by, undefined, 'appointer')] : []);
}


/** Whether the board table has a "Held by" column: not for a constitution that sets out seats and names no one. */
function namesHolders(c: Composition): boolean {
  return !c.seated || c.holders.length > 0;
}

function compositionTable(b: Builder, m: IcbConstitution, c: Composition): Table {
  const board = m.board;
  const held = namesHolders(c);
  return b.table(
    'Composition of the board',
    [c.seated ? 'Seat' : 'Position', 'Role', 'Number', ...(held ? ['Held by'] : []), 'Votes', 'Appointed by'],
    c.allPositions.map((p) => ({
      cells: [[positionTitle(p)], [roleText(p)], [sizeText(p)], ...(held ? [holdersOf(p)] : []), votingText(p.voting), arrangement(p.declarer.appointment).length > 0 ? arrangement(p.declarer.appointment) : [{ kind: 'missing', text: 'not stated' }]],
      at: p.declarer,
    })),
    board?.seats ?? board?.members,
    held ? [3, 3, 1.4, 3, 1.4, 3] : [3, 3, 1.4, 1.4, 3],
  );
}

/** The board's composition as a table (seats, holders, voting, who appoints), for the reviewer's report. */
export function boardCompositionTable(uri: string, m: IcbConstitution): Table | undefined {
  const c = compositionOf(m);
  return c.allPositions.length > 0 ? compositionTable(new Builder(uri), m, c) : undefined;
}

function composition(b: Builder, m: IcbConstitution, c: Composition): Section {
  const board = m.board;
  const blocks: Block[] = [];
  const positions = c.allPositions;
  if (positions.length === 0) {
    blocks.push(b.p(run({ kind: 'missing', text: 'The board’s members are not stated.' }), board));
  } else {
    // seats of a range ("3 to 4", "up to 1") make a board of a range of sizes
    const counted = positions.filter((p) => p.countsHere);
    const min = minimumCount(counted);
    const max = maximumCount(counted);
    blocks.push(
      b.p(
        run(
          'The board has ',
          max === undefined ? `at least ${min}` : max === min ? String(min) : `${min} to ${max}`,
          max === 1 ? ' member' : ' members',
          c.seated ? `, in ${positions.length} ${positions.length === 1 ? 'seat' : 'seats'}` : '',
          namesHolders(c) ? '. The table sets out each place on the board, who holds it, whether its holder votes and who appoints to it.' : '. The table sets out each place on the board, how many members it has, whether they vote and who appoints to it.',
        ),
        board?.seats ?? board?.members ?? board,
      ),
    );
    blocks.push(compositionTable(b, m, c));
  }
  const shared = values(board?.shared_with);
  if (shared.length > 0) blocks.push(b.p(run('The board is shared with ', joinAnd(shared), ', integrated care boards of the same cluster; each keeps its own constitution.'), board?.shared_with));
  const participants = items(board?.participants);
  if (participants.length > 0) {
    blocks.push(b.p(run('The following attend meetings of the board and may speak, but do not vote and do not count towards the quorum:'), board?.participants));
    blocks.push(b.list(participants.map((x) => ({ content: run(val(x.name ?? x.title, x.id ? text(x.id) : 'not named'), has(x.represents) ? [' (', word('sector', text(x.represents)!), ')'] : []), at: x }))));
  }
  if (board?.deputy_chair) blocks.push(b.p(run('The deputy chair is ', who(c, text(board.deputy_chair)), '.'), board.deputy_chair));
  if (board?.senior_non_executive) blocks.push(b.p(run('The senior non-executive member is ', who(c, text(board.senior_non_executive)), '.'), board.senior_non_executive));
  const q = board?.quorum;
  if (q) {
    const must = values(q.must_include).map((x) => word('mustInclude', x));
    blocks.push(
      b.p(
        run('A meeting of the board is quorate when ', has(q.minimum_members) ? ['at least ', String(q.minimum_members!.value), ' members are present'] : [{ kind: 'missing', text: 'the number of members present is not stated' }], must.length > 0 ? [', including ', joinAnd(must)] : [], '.'),
        q,
      ),
    );
  } else {
    blocks.push(b.p(run({ kind: 'missing', text: 'The quorum of the board is not stated.' }), board));
  }
  if (has(board?.decision_making)) blocks.push(b.p(run('The board makes its decisions ', word('decision', text(board!.decision_making)!), '.'), board!.decision_making));
  return b.section(1, 'Composition of the board', board, blocks);
}

function appointments(b: Builder, m: IcbConstitution, c: Composition): Section {
  const blocks: Block[] = [];
  for (const p of c.allPositions) {
    const d = p.declarer;
    const parts: Inline[] = [];
    const add = (...x: Inline[]) => {
      if (parts.length > 0) parts.push(' ');
      parts.push(...x);
    };
    const appt = arrangement(d.appointment, 'Appointed');
    add(...(appt.length > 0 ? [...appt, '.'] : [{ kind: 'missing', text: 'Who appoints is not stated.' } as Inline]));
    if (has(d.appointment?.procedure)) add('Procedure: ', ...val(d.appointment!.procedure), '.');
    const nominated = values(d.nominated_by);
    if (nominated.length > 0) add('Nominated by ', joinAnd(nominated), '.');
    for (const t of items(d.appointment?.transitional)) {
      const under = text(t.framework);
      const x = arrangement(t, 'appointed');
      if (under && x.length > 0) add(`Under ${word('framework', under).replace(/ \(.*\)$/, '')}: `, ...x, '.');
    }
    if (d.term) {
      const years = d.term.length_years?.value;
      const max = d.term.max_terms?.value;
      add('Term: ', years !== undefined ? `${years} ${years === 1 ? 'year' : 'years'}` : 'length not stated', max !== undefined ? `, at most ${max} ${max === 1 ? 'term' : 'terms'}` : '', '.');
    }
    const removal = arrangement(d.removal, 'Removed');
    if (removal.length > 0) add(...removal, '.');
    if (has(d.employment)) add('The holder is ', word('employment', text(d.employment)!), '.');
    const elig = p.eligibility;
    if (elig.length > 0) add('Eligibility: ', elig.join('; '), '.');
    blocks.push(b.p(parts, d, positionTitle(p) + (p.kind === 'member' && p.holders[0] ? ` (${text(p.holders[0].member.name) ?? p.id ?? ''})`.replace(' ()', '') : '') + '.'));
  }
  const ap = m.appointments;
  const eligibility = values(ap?.eligibility);
  if (eligibility.length > 0) blocks.push(b.p(run('Every member of the board must ', joinAnd(eligibility.map((e) => word('eligibility', e))), '.'), ap?.eligibility));
  const disq = values(ap?.disqualifications);
  if (disq.length > 0) {
    blocks.push(b.p(run('No one may be appointed, or continue, as a member of the board who:'), ap?.disqualifications));
    blocks.push(b.list(items(ap?.disqualifications).map((d) => ({ content: [word('disqualification', d.value)], at: d }))));
  }
  blocks.push(...fpptBlocks(b, m));
  if (blocks.length === 0) blocks.push(b.p(run({ kind: 'missing', text: 'No appointment arrangements are stated.' })));
  return b.section(1, 'Appointments, terms, eligibility and removal', ap ?? m.board, blocks);
}

// ----------------------------------------------------------------- committees and delegation

function chairText(c: Composition, committee: Committee): Inline[] {
  const chair = committeeChair(c, committee);
  switch (chair.kind) {
    case 'entity':
    case 'unknown':
      return run('It is chaired by ', who(c, text(chair.ref)), '.');
    case 'rule': {
      const r = chair.rule;
      if (has(r.description)) return run('Its chair is ', midSentence(val(r.description)), stop(r.description));
      const seat = text(r.seat);
      const role = text(r.role);
      const excluding = values(r.excluding).map((x) => word('excluding', x));
      return run('Its chair is ', seat ? who(c, seat) : role ? `a ${word('role', role)}` : 'chosen by a rule', excluding.length > 0 ? [' other than ', joinAnd(excluding)] : [], '.');
    }
    case 'independent':
      return run('It has an independent chair who is not a member of the board: ', val(chair.chair.name ?? chair.chair.title, 'not named'), has(chair.chair.organisation) ? [', ', ...val(chair.chair.organisation)] : [], '.');
    case 'none':
      return run({ kind: 'missing', text: 'Its chair is not stated.' });
  }
}

function committeeBlocks(b: Builder, c: Composition, k: Committee, byId: Map<string, Committee>): Block[] {
  const blocks: Block[] = [];
  const type = text(k.type);
  const parentId = text(k.reports_to);
  const parent = parentId && parentId !== 'icb-board' ? byId.get(parentId) : undefined;
  blocks.push(
    b.p(
      run(
        'The ',
        val(k.name, text(k.id) ?? 'committee'),
        parent ? [' is a sub-committee of the ', ...val(parent.name, parentId)] : [' is a committee of the board'],
        type && type !== 'other' ? [' (its ', word('committeeType', type), ')'] : [],
        parentId && !parent && parentId !== 'icb-board' ? [' and reports to ', { kind: 'missing', text: `${parentId} (not a committee of this constitution)` }] : parent ? [' and reports to it'] : ['; it reports to the board'],
        '.',
      ),
      k.name ?? k,
    ),
  );
  blocks.push(b.p(chairText(c, k), k.chair ?? k.chair_rule ?? k.independent_chair ?? k));
  const members = items(k.members);
  const others = items(k.other_members);
  if (members.length > 0 || others.length > 0) {
    const parts: Inline[] = ['Its members are '];
    const names: Inline[][] = members.map((x) => who(c, text(x)));
    for (const o of others) names.push(run(named(o, 'a member who is not named'), ' (not a board member)'));
    names.forEach((n, i) => {
      if (i > 0) parts.push(i === names.length - 1 ? ' and ' : ', ');
      parts.push(...n);
    });
    parts.push('.');
    blocks.push(b.p(parts, k.members ?? k.other_members));
  } else {
    blocks.push(b.p(run({ kind: 'missing', text: 'Its members are not stated.' }), k));
  }
  const participants = items(k.participants);
  if (participants.length > 0) {
    const names = participants.map((x) => (has(x.member) ? who(c, text(x.member)) : named(x)));
    const parts: Inline[] = ['It is regularly attended, without a vote, by '];
    names.forEach((n, i) => {
      if (i > 0) parts.push(i === names.length - 1 ? ' and ' : ', ');
      parts.push(...n);
    });
    parts.push('.');
    blocks.push(b.p(parts, k.participants));
  }
  if (k.quorum) {
    const must = values(k.quorum.must_include).map((x) => word('mustInclude', x));
    blocks.push(b.p(run('It is quorate when ', has(k.quorum.minimum_members) ? ['at least ', String(k.quorum.minimum_members!.value), ' members are present'] : [{ kind: 'missing', text: 'the number present is not stated' }], must.length > 0 ? [', including ', joinAnd(must)] : [], '.'), k.quorum));
  }
  if (k.meets_in_public) blocks.push(b.p([k.meets_in_public.value ? 'It meets in public.' : 'It does not meet in public.'], k.meets_in_public));
  if (k.also_auditor_panel?.value) blocks.push(b.p(['It also acts as the ICB’s auditor panel.'], k.also_auditor_panel));
  const duties = [...items(k.functions).map((d) => ({ content: val(d, undefined, 'functionKey'), at: d })), ...items(k.duties).map((d) => ({ content: val(d), at: d }))];
  if (duties.length > 0) {
    blocks.push(b.note(['Its functions and duties:'], k.functions ?? k.duties));
    blocks.push(b.list(duties));
  }
  blocks.push(b.p(run('Its terms of reference: ', linkTo(k.terms_of_reference, 'not stated'), '.'), k.terms_of_reference ?? k));
  return blocks;
}

function committees(b: Builder, m: IcbConstitution, c: Composition, places: SystemDoc<PlacePartnership>[], icps: SystemDoc<IntegratedCarePartnership>[], system: SystemView): Section {
  const list = items(m.committees);
  const byId = new Map<string, Committee>();
  for (const k of list) {
    const id = text(k.id);
    if (id && !byId.has(id)) byId.set(id, k);
  }
  const blocks: Block[] = [];
  blocks.push(
    b.p(
      list.length > 0
        ? run('The board exercises its functions itself and through ', `${list.length} ${list.length === 1 ? 'committee' : 'committees'}`, ', each set out below. Each committee acts within the terms of reference the board approves and reports to the board or to the committee that set it up.')
        : run({ kind: 'missing', text: 'No committees of the board are stated.' }),
      m.committees ?? m,
    ),
  );
  blocks.push(governanceDiagram(m, places, icps, b.uri, system));
  for (const k of list) blocks.push(b.section(2, text(k.name) ?? text(k.id) ?? 'Committee', k, committeeBlocks(b, c, k, byId)));
  blocks.push(...exercisingFunctionsSections(b, m));
  const collabs = items(m.provider_collaboratives);
  if (collabs.length > 0) {
    const blocksPc: Block[] = [b.note(['The ICB works with these provider collaboratives:'], m.provider_collaboratives)];
    blocksPc.push(b.list(collabs.map((x) => ({ content: run(val(x.name, 'not named'), has(x.relationship) ? [': ', ...val(x.relationship)] : []), at: x }))));
    blocks.push(b.section(2, 'Provider collaboratives', m.provider_collaboratives, blocksPc));
  }
  return b.section(1, 'Arrangements for exercising functions', m.committees, blocks);
}

// --------------------------------------------------------------------------------- places

function placeBlocks(b: Builder, p: Place | PlacePartnership, c: Composition | undefined, committeesById: Map<string, Committee>, icb?: IcbConstitution): Block[] {
  const blocks: Block[] = [];
  blocks.push(
    b.p(
      run(
        val(p.name, text(p.id) ?? 'The place'),
        has(p.footprint) ? [' covers ', ...midSentence(val(p.footprint))] : [' is a place of the ICB'],
        items(p.local_authorities).length > 0 ? [items(p.local_authorities).length === 1 ? '; its local authority is ' : '; its local authorities are ', ...listOf(p.local_authorities)] : [],
        has(p.population) ? [', with a population of about ', numberText(p.population!.value)] : [],
        '.',
      ),
      p.footprint ?? p.name ?? p,
    ),
  );
  const models = values(p.governance_model).map((x) => word('governanceModel', x));
  blocks.push(b.p(models.length > 0 ? run('Its arrangements are governed through ', joinAnd(models), '.') : run({ kind: 'missing', text: 'Its governance arrangements are not stated.' }), p.governance_model ?? p));
  const arr = p.arrangement;
  if (arr) {
    blocks.push(b.p(run('Where the arrangements stand: ', val(arr.status, 'not stated', 'arrangementStatus'), has(arr.description) ? ['. ', ...val(arr.description), stop(arr.description)] : '.'), arr));
    const stages = items(arr.stages);
    if (stages.length > 0) {
      blocks.push(
        b.list(
          stages.map((s) => ({
            content: run('From ', has(s.from) ? dateText(text(s.from)!) : { kind: 'missing', text: 'a date not stated' }, ': ', values(s.governance_model).length > 0 ? joinAnd(values(s.governance_model).map((x) => word('governanceModel', x))) : '', has(s.description) ? [' — ', ...val(s.description)] : []),
            at: s,
          })),
        ),
      );
    }
  }
  if (has(p.icb_committee)) {
    const k = committeesById.get(text(p.icb_committee)!);
    blocks.push(b.p(run('It is governed by the ICB’s ', k ? val(k.name, text(p.icb_committee)) : [{ kind: 'missing', text: `${text(p.icb_committee)} (not a committee of the constitution)` }], ', which is its reporting line to the ICB.'), p.icb_committee));
  }
  const functions = values(p.functions);
  if (functions.length > 0) blocks.push(b.p(run('Its functions: ', joinAnd(functions), '.'), p.functions));
  const agreed = values(p.agreed_by);
  if (agreed.length > 0) blocks.push(b.p(run('The arrangements were agreed by ', joinAnd(agreed.map((a) => (a === 'icb' ? 'the ICB' : a))), '.'), p.agreed_by));
  const lead = p.leadership;
  if (lead) {
    blocks.push(b.p(run('Its convenor is ', named(lead.convenor), '.'), lead.convenor ?? lead));
    if (lead.deputy_convenor) blocks.push(b.p(run('The deputy convenor is ', named(lead.deputy_convenor), '.'), lead.deputy_convenor));
    const leads = items(lead.clinical_and_care_professional_leads);
    if (leads.length > 0) {
      blocks.push(
        b.table(
          'Clinical and care professional leads',
          ['Name', 'Profession', 'Registration'],
          leads.map((l) => ({
            cells: [val(l.name ?? l.title, 'not named'), run(val(l.profession, 'not stated', 'profession'), has(l.allied_health_profession) ? [' (', text(l.allied_health_profession)!.replace(/_/g, ' '), ')'] : []), l.registration ? run(val(l.registration.regulator), ' ', val(l.registration.number)) : [{ kind: 'missing', text: 'not stated' }]],
            at: l,
          })),
          lead.clinical_and_care_professional_leads,
          [3, 3, 2],
        ),
      );
    }
    const holders = items(lead.delegated_function_holders);
    if (holders.length > 0) {
      blocks.push(b.note(['Delegated functions are held by:'], lead.delegated_function_holders));
      blocks.push(b.list(holders.map((h) => ({ content: run(personOrPost(h) ?? { kind: 'missing', text: 'not named' }, has(h.function) ? [' — ', ...val(h.function)] : []), at: h }))));
    }
  }
  const members = items(p.members);
  if (members.length > 0) {
    blocks.push(
      b.table(
        'Members of the place partnership',
        ['Member', 'Sector', 'Substitute'],
        members.map((x) => ({ cells: [val(x.name, 'not named'), val(x.sector, 'not stated', 'sector'), x.substitute ? [personOrPost(x.substitute) ?? ''] : ['—']], at: x })),
        p.members,
        [4, 3, 3],
      ),
    );
  }
  const lay = items(p.lay_members);
  // a lay member identified by post whose post says their role is not named twice
  const sameAs = (x: S, y: S) => text(x as Scalar<unknown> | undefined)?.trim().toLowerCase() === text(y as Scalar<unknown> | undefined)?.trim().toLowerCase();
  // a lay member named by post alone is "the post of …"
  if (lay.length > 0) blocks.push(b.p(run(...lay.flatMap((l, i) => run(i > 0 ? '; ' : '', !has(l.name) && has(l.title) ? (i === 0 ? 'The post of ' : 'the post of ') : '', val(l.name ?? l.title, 'not named'), has(l.role) && !sameAs(l.role, l.name ?? l.title) ? [', ', ...val(l.role)] : [])), '.'), p.lay_members, lay.length === 1 ? 'Lay member.' : 'Lay members.'));
  const delegations = items(p.delegations);
  if (delegations.length > 0) {
    blocks.push(
      b.table(
        'Delegations',
        ['Function', 'Delegated by', 'Accountable body', 'Budget', 'Basis', 'From', 'Status'],
        delegations.map((d) => ({
          cells: [
            val(d.function, 'not stated'),
            val(d.delegated_by, 'not stated', 'appointer'),
            val(d.accountable_body, 'not stated', 'appointer'),
            d.budget_gbp ? [poundsText(d.budget_gbp.value)] : ['—'],
            // One basis or a list of them (issue 13).
            allocationBases(d.allocation_basis) ? [joinAnd(allocationBases(d.allocation_basis)!.map((basis) => word('allocation', basis)))] : ['—'],
            has(d.effective_from) ? [dateText(text(d.effective_from)!)] : ['—'],
            d.status ? val(d.status, undefined, 'delegationStatus') : ['—'],
          ],
          at: d,
        })),
        p.delegations,
        [4, 2, 2, 2, 2, 2, 2],
      ),
    );
  }
  const reports = values(p.reports_to);
  if (reports.length > 0) blocks.push(b.p(run('It reports to ', joinAnd(reports.map((r) => (r === 'icb-board' ? 'the board of the ICB' : r === 'icp' ? 'the integrated care partnership' : text(committeesById.get(r)?.name) ?? r))), '.'), p.reports_to));
  if (has(p.icp_representation)) blocks.push(b.p(run(val(p.icp_representation), stop(p.icp_representation)), p.icp_representation, 'Representation on the integrated care partnership.'));
  const jc = items(p.joint_committee?.members);
  if (jc.length > 0) blocks.push(b.p(run('Its joint committee is made up of ', joinAnd(jc.map((x) => `${text(x.name) ?? 'a body not named'}${has(x.org_type) ? ` (${word('orgType', text(x.org_type)!)})` : ''}`)), '.'), p.joint_committee));
  const jcArrangement = placeJointCommittee(icb, p.joint_committee?.arrangement);
  if (jcArrangement) blocks.push(b.p(jcArrangement, p.joint_committee?.arrangement));
  const nbh = items(p.neighbourhoods);
  if (nbh.length > 0) blocks.push(b.p(run('Neighbourhoods: ', joinAnd(nbh.map((n) => `${text(n.name) ?? 'not named'}${n.population ? ` (population ${numberText(n.population.value)})` : ''}`)), '.'), p.neighbourhoods));
  void c;
  return blocks;
}

function placesSection(b: Builder, m: IcbConstitution, files: SystemDoc<PlacePartnership>[], c: Composition): Section {
  const inline = items(m.places);
  const byId = new Map<string, Committee>();
  for (const k of items(m.committees)) if (text(k.id)) byId.set(text(k.id)!, k);
  const total = inline.length + files.length;
  const blocks: Block[] = [
    b.p(
      total > 0
        ? run('The ICB works with its partners in ', `${total} ${total === 1 ? 'place' : 'places'}`, ': ', joinAnd([...inline.map((p) => text(p.name) ?? text(p.id) ?? 'a place'), ...files.map((f) => text(f.model.name) ?? text(f.model.id) ?? 'a place')]), '.')
        : run({ kind: 'missing', text: 'No places are stated.' }),
      m.places ?? m,
    ),
  ];
  for (const p of inline) blocks.push(b.section(2, text(p.name) ?? text(p.id) ?? 'Place', p, placeBlocks(b, p, c, byId, m)));
  for (const f of files) {
    const fb = new Builder(f.uri);
    const sec = fb.section(2, text(f.model.name) ?? text(f.model.id) ?? 'Place', f.model, placeBlocks(fb, f.model, c, byId, m));
    sec.id = b.slug(sec.title);
    blocks.push(sec);
  }
  return b.section(1, 'Places', m.places, blocks);
}

// ------------------------------------------------------ leadership, procedures, policies

function leadership(b: Builder, m: IcbConstitution, c: Composition): Section | undefined {
  const l = m.clinical_and_care_professional_leadership;
  if (!l) return b.section(1, 'Clinical and care professional leadership', undefined, [b.p(run({ kind: 'missing', text: 'The arrangements for clinical and care professional leadership are not stated.' }))]);
  const blocks: Block[] = [];
  const f = l.framework;
  if (f) {
    blocks.push(
      b.p(
        run(
          'The ICB’s framework for clinical and care professional leadership is ',
          where({ url: f.url, path: f.path }),
          has(f.agreed_on) ? [', agreed ', onDate(text(f.agreed_on)!)] : [],
          values(f.agreed_with).length > 0 ? [' with ', joinAnd(values(f.agreed_with).map((x) => word('agreedWith', x)))] : [],
          '.',
        ),
        f,
      ),
    );
    if (has(f.plan_url)) blocks.push(b.p(run('Its development plan: ', linkTo({ url: f.plan_url }), '.'), f.plan_url));
  }
  const leads = values(l.board_leads);
  if (leads.length > 0) {
    const parts: Inline[] = ['The board’s leads for clinical and care professional leadership are '];
    leads.forEach((id, i) => {
      if (i > 0) parts.push(i === leads.length - 1 ? ' and ' : ', ');
      parts.push(...who(c, id));
    });
    parts.push('.');
    blocks.push(b.p(parts, l.board_leads));
  }
  const prof = values(l.professions_represented);
  if (prof.length > 0) blocks.push(b.p(run('The professions represented are ', professionsText(prof), '.'), l.professions_represented));
  const principles = items(l.principles);
  if (principles.length > 0) {
    blocks.push(
      b.table(
        'How the ICB meets the design principles',
        ['Principle', 'Evidence', 'Owner'],
        principles.map((x) => ({ cells: [[x.number ? String(x.number.value) : '—'], val(x.evidence, 'not stated'), x.owner ? who(c, text(x.owner)) : ['—']], at: x })),
        l.principles,
        [1, 6, 2],
      ),
    );
  }
  const facts: [string, S, Loc | undefined][] = [
    ['How it learns', l.learning_mechanisms, l.learning_mechanisms?.loc],
    ['Resourcing', l.resourcing, l.resourcing?.loc],
    ['Development offer', l.development_offer, l.development_offer?.loc],
    ['Talent pipeline', l.talent_pipeline, l.talent_pipeline?.loc],
  ];
  for (const [label, s, loc] of facts) if (has(s)) blocks.push(b.p(val(s), loc, `${label}.`));
  const forums = items(l.forums);
  if (forums.length > 0) blocks.push(b.p(run('Its forums: ', joinAnd(forums.map((x) => `${text(x.name) ?? 'not named'}${has(x.level) ? ` (${word('forumLevel', text(x.level)!)} level)` : ''}`)), '.'), l.forums));
  blocks.push(...leadershipBlocks(b, m));
  return b.section(1, 'Clinical and care professional leadership', l, blocks);
}

const DOCUMENTS: [keyof NonNullable<IcbConstitution['documents']>, string][] = [
  ['standing_orders', 'Standing orders'],
  ['scheme_of_reservation_and_delegation', 'Scheme of reservation and delegation'],
  ['functions_and_decisions_map', 'Functions and decisions map'],
  ['standing_financial_instructions', 'Standing financial instructions'],
  ['governance_handbook', 'Governance handbook'],
  ['pms_eligible_providers', 'Providers of primary medical services eligible to nominate'],
];

function procedures(b: Builder, m: IcbConstitution): Section {
  const d = m.documents;
  const blocks: Block[] = [
    b.p(['The board’s procedures are set out in its standing orders, and the ICB’s governance in the documents listed below, which form part of, or go with, this constitution.'], d ?? m),
    b.table(
      'Governance documents',
      ['Document', 'Where it is'],
      DOCUMENTS.map(([key, label]) => ({ cells: [[label], linkTo(d?.[key] as never, 'not stated')], at: d?.[key] as never })),
      d,
      [2, 3],
    ),
  ];
  blocks.push(...standingOrderBlocks(b, m));
  return b.section(1, 'Procedures and standing orders', d ?? m.standing_orders, blocks);
}

function conflicts(b: Builder, m: IcbConstitution, c: Composition): Section {
  const k = m.conflicts_of_interest;
  const blocks: Block[] = [];
  if (!k) {
    blocks.push(b.p(run({ kind: 'missing', text: 'The arrangements for managing conflicts of interest are not stated.' })));
    return b.section(1, 'Conflicts of interest', undefined, blocks);
  }
  blocks.push(b.p(run('The ICB’s policy on conflicts of interest is ', where(k.policy), '.'), k.policy ?? k));
  const applies = values(k.applies_to).map((x) => word('coiAppliesTo', x));
  if (applies.length > 0) blocks.push(b.p(run('It applies to ', joinAnd(applies), '.'), k.applies_to));
  blocks.push(...coiGuidanceBlocks(b, m));
  if (k.register) {
    const ret = k.register.retention;
    blocks.push(
      b.p(
        run(
          'The register of interests is ',
          where(k.register),
          '.',
          ret ? [' Entries stay on the public register for ', ret.public_months ? `${ret.public_months.value} months` : 'a period not stated', ' after they end, and are kept for ', ret.private_years ? `${ret.private_years.value} years` : 'a period not stated', '.'] : [],
        ),
        k.register,
      ),
    );
  }
  if (k.declaration_deadline_days) blocks.push(b.p(run('Interests are declared within ', String(k.declaration_deadline_days.value), ' days.'), k.declaration_deadline_days));
  if (k.annual_review) blocks.push(b.p([k.annual_review.value ? 'Declarations are reviewed every year.' : 'Declarations are not reviewed every year.'], k.annual_review));
  if (has(k.guardian)) blocks.push(b.p(run('The conflicts of interest guardian is ', who(c, text(k.guardian)), '.'), k.guardian));
  if (k.standards_of_business_conduct) blocks.push(b.p(run('Standards of business conduct: ', linkTo(k.standards_of_business_conduct), '.'), k.standards_of_business_conduct));
  blocks.push(...conflictsBlocks(b, m));
  return b.section(1, 'Conflicts of interest', k, blocks);
}

function transparency(b: Builder, m: IcbConstitution): Section {
  const t = m.transparency;
  const blocks: Block[] = [];
  const yesNo = (s: Scalar<boolean> | undefined, yes: string, no: string, missing: string): Inline[] => (s ? [s.value ? yes : no] : [{ kind: 'missing', text: missing }]);
  blocks.push(b.p(yesNo(t?.meetings_in_public, 'The board meets in public.', 'The board does not meet in public.', 'Whether the board meets in public is not stated.'), t?.meetings_in_public ?? t));
  if (t?.exclusion_by_resolution) blocks.push(b.p([t.exclusion_by_resolution.value ? 'The public may be excluded from a meeting, or part of one, only by a resolution of the board, for the reasons the resolution gives.' : 'The constitution does not require a resolution to exclude the public.'], t.exclusion_by_resolution));
  if (t?.papers_published) blocks.push(b.p([t.papers_published.value ? 'Papers for meetings held in public are published.' : 'Papers for meetings are not published.'], t.papers_published));
  if (t?.public_questions) blocks.push(b.p([t.public_questions.value ? 'Members of the public may ask questions of the board.' : 'There is no arrangement for the public to ask questions.'], t.public_questions));
  const pub = m.publication;
  if (pub) {
    const rows: { cells: Inline[][]; at?: Loc }[] = [];
    const add = (label: string, s: Scalar<string> | undefined) => rows.push({ cells: [[label], s ? linkTo({ url: s }) : [{ kind: 'missing', text: 'not stated' }]], at: s?.loc });
    add('The constitution', pub.constitution_url);
    add('Annual accounts', pub.annual_accounts);
    add('How to complain', pub.complaints_process);
    add('Registers of interests', pub.registers_of_interests);
    blocks.push(b.table('What the ICB publishes', ['What', 'Where'], rows, pub, [2, 3]));
  }
  return b.section(1, 'Transparency', t ?? pub, blocks);
}

function involvement(b: Builder, m: IcbConstitution): Section {
  const pi = m.public_involvement;
  const blocks: Block[] = [];
  if (pi) {
    if (has(pi.arrangements)) blocks.push(b.p(val(pi.arrangements), pi.arrangements));
    const covers = values(pi.covers).map((x) => word('covers', x));
    if (covers.length > 0) blocks.push(b.p(run('People are involved in ', joinAnd(covers), has(pi.statutory_basis) ? [', as section ', text(pi.statutory_basis)!.replace(/^s\.?\s*/, ''), ' of the NHS Act 2006 requires'] : [], '.'), pi.covers));
  } else {
    blocks.push(b.p(run({ kind: 'missing', text: 'The arrangements for involving the public are not stated.' }), m));
  }
  const pc = m.people_and_communities;
  if (pc?.strategy) blocks.push(b.p(run('The ICB’s strategy for working with people and communities is ', where(pc.strategy), has(pc.strategy.published_on) ? ['; the current strategy was published ', onDate(text(pc.strategy.published_on)!)] : [], '.'), pc.strategy));
  const principles = items(pc?.principles_adopted).map((x) => String(x.value));
  if (principles.length > 0) blocks.push(b.p(run('It adopts principles ', joinAnd(principles), ' of NHS England’s ten principles for working with people and communities.'), pc?.principles_adopted));
  const v = m.vcse?.agreement;
  if (v) {
    blocks.push(
      b.p(
        run(
          'The ICB has a ',
          val(v.type, 'an agreement', 'agreementType'),
          ' with the voluntary, community and social enterprise sector',
          has(v.alliance) ? [' (', ...val(v.alliance), ')'] : [],
          has(v.signed_on) ? [', signed ', onDate(text(v.signed_on)!)] : [],
          ', ',
          where({ url: v.url, path: v.path }),
          '.',
        ),
        v,
      ),
    );
    if (has(v.scope)) blocks.push(b.p(run(val(v.scope), stop(v.scope)), v.scope, 'Scope of the agreement.'));
  }
  return b.section(1, 'Public involvement', pi ?? pc, blocks);
}

function icpBlocks(b: Builder, m: IntegratedCarePartnership): Block[] {
  const blocks: Block[] = [];
  const est = values(m.established_by);
  blocks.push(
    b.p(
      run(
        'The ',
        val(m.name, 'integrated care partnership'),
        ' is a joint committee',
        est.length > 0 ? [' established by ', joinAnd(est.map((x) => (x === 'icb' ? 'the ICB' : x)))] : [{ kind: 'missing', text: ' (who established it is not stated)' }],
        '.',
      ),
      m.name ?? m,
    ),
  );
  const members = items(m.members);
  if (members.length > 0) {
    blocks.push(
      b.table(
        'Members of the partnership',
        ['Member', 'Appointed by', 'Sector', 'Substitute'],
        members.map((x) => ({
          // a lay or independent member is one for their own experience: no sector
          cells: [run(personOrPost(x) ?? { kind: 'missing', text: 'not named' }, has(x.name) && has(x.organisation) ? [', ', ...val(x.organisation)] : []), val(x.appointed_by, 'not stated', 'appointedBy'), has(x.sector) ? val(x.sector, undefined, 'sector') : [x.lay?.value ? 'lay or independent member' : '—'], x.substitute ? [personOrPost(x.substitute) ?? ''] : ['—']],
          at: x,
        })),
        m.members,
        [3, 3, 2, 2],
      ),
    );
  }
  const chairs = values(m.chairs);
  if (chairs.length > 0) blocks.push(b.p(run(chairs.length > 1 ? 'It is chaired jointly by ' : 'It is chaired by ', joinAnd(chairs), '.'), m.chairs));
  if (m.quorum) blocks.push(b.p(run('It is quorate when ', m.quorum.minimum_members ? ['at least ', String(m.quorum.minimum_members.value), ' members are present'] : [{ kind: 'missing', text: 'the number present is not stated' }], '.'), m.quorum));
  if (has(m.procedure)) blocks.push(b.p(run(val(m.procedure), stop(m.procedure)), m.procedure, 'Procedure.'));
  const s = m.strategy;
  if (s) {
    blocks.push(b.p(run('Its integrated care strategy is ', where({ url: s.url, path: s.path }), has(s.adopted_on) ? [' (adopted ', onDate(text(s.adopted_on)!), ')'] : [], '.'), s));
    if (s.considered_s75_arrangements) blocks.push(b.p([s.considered_s75_arrangements.value ? 'In preparing it, the partnership considered whether arrangements under section 75 of the NHS Act 2006 could be used.' : 'It does not record whether section 75 arrangements were considered.'], s.considered_s75_arrangements));
    const regarded = values(s.guidance_regarded);
    if (regarded.length > 0) blocks.push(b.p(run('It had regard to ', joinAnd(regarded.map((x) => word('guidance', x))), '.'), s.guidance_regarded));
    const inv = s.involvement;
    if (inv) {
      const groups = values(inv.groups);
      const hw = values(inv.healthwatch);
      blocks.push(b.p(run('The partnership involved ', joinAnd([...hw, ...(inv.public?.value ? ['people who live and work in the area'] : []), ...groups]) || 'no one named', ' in preparing it.'), inv));
    }
    const reviews = items(s.reviews);
    if (reviews.length > 0) blocks.push(b.list(reviews.map((r) => ({ content: run('Joint strategic needs assessment received ', has(r.needs_assessment_received) ? dateText(text(r.needs_assessment_received)!) : { kind: 'missing', text: 'date not stated' }, '; strategy reviewed ', has(r.reviewed_on) ? dateText(text(r.reviewed_on)!) : { kind: 'missing', text: 'date not stated' }, '.'), at: r }))));
  }
  return blocks;
}

function partnership(icps: SystemDoc<IntegratedCarePartnership>[], b: Builder): Section {
  if (icps.length === 0) return b.section(1, 'The integrated care partnership', undefined, [b.p(run({ kind: 'missing', text: 'The integrated care partnership is not among the files checked.' }))]);
  const blocks: Block[] = [];
  for (const icp of icps) {
    const ib = new Builder(icp.uri);
    blocks.push(...icpBlocks(ib, icp.model));
  }
  const first = icps[0];
  return { type: 'section', level: 1, title: 'The integrated care partnership', id: b.slug('The integrated care partnership'), source: source(first.uri, first.model.loc), blocks };
}

function versionHistory(b: Builder, m: IcbConstitution): Section | undefined {
  const versions = items(m.version_control);
  if (versions.length === 0) return undefined;
  return b.section(1, 'Version history', m.version_control, [
    b.table(
      'Versions of the constitution',
      ['Version', 'Date', 'Approved by NHS England', 'Changes'],
      versions.map((v) => ({ cells: [val(v.version, '—'), has(v.date) ? [dateText(text(v.date)!)] : ['—'], has(v.nhse_approved_on) ? [dateText(text(v.nhse_approved_on)!)] : ['—'], val(v.summary, '—')], at: v })),
      m.version_control,
      [1, 2, 2, 5],
    ),
  ]);
}

// ------------------------------------------------------------- documents of their own

function icpTree(doc: SystemDoc<IntegratedCarePartnership>): DocumentTree {
  const b = new Builder(doc.uri);
  const m = doc.model;
  const title = text(m.name) ?? 'Integrated care partnership';
  const icb = text(m.icb);
  return {
    title,
    subtitle: [run('Integrated care partnership', icb ? [' of ', { kind: 'code', text: icb }, ' (whose constitution is not among the files)'] : [])],
    sections: [b.section(1, 'The integrated care partnership', m, icpBlocks(b, m))],
  };
}

function placeTree(doc: SystemDoc<PlacePartnership>): DocumentTree {
  const b = new Builder(doc.uri);
  const m = doc.model;
  const title = text(m.name) ?? text(m.id) ?? 'Place partnership';
  const icb = text(m.icb);
  return {
    title,
    subtitle: [run('Place partnership', icb ? [' of ', { kind: 'code', text: icb }, ' (whose constitution is not among the files)'] : [])],
    sections: [b.section(1, 'The place partnership', m, placeBlocks(b, m, undefined, new Map()))],
  };
}
