import type { Arrangement, IcbConstitution } from '../model/kinds';
import type { List, Loc, Scalar } from '../model/spec';
import type { Composition } from '../model/composition';
import { isPlaceholder, items, text, values } from '../model/query';
import { boardLevel, governanceOf, officerEntries, PRIMARY_CARE_KEYS, type GovernanceIndex, type Ref } from '../model/governance';
import { Builder, has, holderName, midSentence, positionTitle, run, val, where } from './prose';
import type { Block, Inline, Section, Table } from './tree';
import { capitalise, dateText, joinAnd, onDate, poundsText, word } from './words';

/**
 * The parts of the constitution beyond the board (issue 13), in the order of NHS England's model
 * constitution: delegation and joint working, reserved matters and the functions and decisions map
 * (with the committees, under "arrangements for exercising functions"); standing orders (with the
 * procedures); statutory duties and reporting; named officers; health and wellbeing boards; and
 * what conflicts of interest, appointments and clinical leadership gained. Every reference (a
 * committee, an arrangement, a board member or seat, a post) is read through the governance index
 * (model/governance.ts), never resolved here. Content kept "by reference" (`recorded_in`) is shown
 * as a reference to where it is; a block the constitution does not write is left out, not marked
 * as missing (the rules say when it should be there).
 */

type Link = { url?: Scalar<string>; path?: Scalar<string>; relation?: Scalar<string> } | undefined;
type At = Loc | { loc: Loc } | undefined;

/** The earliest of several locations (a paragraph about several keys traces to the first of them). */
function earliest(...locs: At[]): Loc | undefined {
  let best: Loc | undefined;
  for (const l of locs) {
    if (!l) continue;
    const loc = 'loc' in l ? l.loc : l;
    if (!best || loc.range.start.line < best.range.start.line) best = loc;
  }
  return best;
}

/** Running text that starts a sentence: its first letter in capitals. */
function sentence(content: Inline[]): Inline[] {
  const parts = content.filter((x) => x !== '');
  const [first, ...rest] = parts;
  return typeof first === 'string' ? [capitalise(first), ...rest] : parts;
}

/** "… is published at URL" / "… is in the governance handbook": the subject comes with its verb. */
function byReference(b: Builder, subjectAndVerb: string, link: Link, at?: At): Block | undefined {
  if (!link) return undefined;
  return b.p(run(subjectAndVerb, ' ', where(link, 'not stated where'), '.'), at ?? (link as { loc?: Loc }).loc);
}

/** A function (a function key or plain words) in words. */
function functionWords(f: string): string {
  return word('functionKey', f);
}

/** The functions of an arrangement, briefly: "primary care functions" when they are NHS England's four primary care functions. */
export function functionsBrief(fns: string[]): string {
  if (fns.length > 1 && fns.every((f) => (PRIMARY_CARE_KEYS as readonly string[]).includes(f))) return 'primary care functions';
  return joinAnd(fns.map(functionWords));
}

/** Professions in a list: the allied health professions are many. */
export function professionsText(list: string[]): string {
  return joinAnd(list.map((p) => (p === 'allied_health' ? 'the allied health professions' : word('profession', p))));
}

/** The parties of an arrangement other than the ICB itself (all of them when none is marked as the ICB). */
function otherParties(a: Arrangement): string[] {
  const parties = items(a.parties);
  const others = parties.filter((p) => text(p.org_type) !== 'icb');
  return (others.length > 0 ? others : parties).map((p) => text(p.name) ?? 'a body not named');
}

/** Every party in words, the ICB as "the ICB". */
function partiesText(a: Arrangement): string[] {
  const parties = items(a.parties);
  const icb = parties.filter((p) => text(p.org_type) === 'icb');
  return [...(icb.length > 0 ? ['the ICB'] : []), ...parties.filter((p) => text(p.org_type) !== 'icb').map((p) => text(p.name) ?? 'a body not named')];
}

/** An arrangement named as people read it: "the joint committee with …", "the delegation from NHS England of specialised services". */
export function arrangementName(a: Arrangement): string {
  const type = text(a.type);
  const fns = values(a.functions);
  switch (type) {
    case 'delegation_to_icb':
      return `the delegation from ${text(a.from?.name) ?? 'another body'}${fns.length > 0 ? ` of ${functionsBrief(fns)}` : ''}`;
    case 'delegation_by_icb':
      return `the delegation to ${text(a.to?.name) ?? 'another body'}`;
    case 'joint_committee':
      return `the joint committee with ${joinAnd(otherParties(a)) || 'other bodies'}`;
    case 'committees_in_common':
      return `the committees in common with ${joinAnd(otherParties(a)) || 'other bodies'}`;
    case 'section_75':
      return `the section 75 agreement with ${joinAnd(otherParties(a)) || 'other bodies'}`;
    default: {
      const d = text(a.description);
      return d ? `the arrangement for ${d}` : `the arrangement ${text(a.id) ?? 'not named'}`;
    }
  }
}

/** A post in running text: "Jo Bloggs (Director of Place, Example Council)", "the Director of Place, Example Council". */
function postText(r: Extract<Ref, { kind: 'post' }>): Inline[] {
  const parts = [r.name, r.title, r.organisation].filter((x): x is string => x !== undefined);
  const label = r.name ? `${r.name}${r.title || r.organisation ? ` (${[r.title, r.organisation].filter(Boolean).join(', ')})` : ''}` : parts.join(', ');
  if (parts.some((x) => isPlaceholder(x))) return [{ kind: 'placeholder', text: label }];
  return [r.name || /^(the|a|an) /i.test(label) ? label : `the ${label}`];
}

/** What a reference names, in running text (lower case: "the board", "the Audit Committee", "Jane Smith"). */
export function refText(r: Ref | undefined, missing = 'not stated'): Inline[] {
  if (!r) return [{ kind: 'missing', text: missing }];
  switch (r.kind) {
    case 'board':
      return ['the board'];
    case 'committee': {
      const name = text(r.committee.name);
      return name ? [isPlaceholder(name) ? { kind: 'placeholder', text: name } : `the ${name}`] : ['the committee ', { kind: 'code', text: r.id }];
    }
    case 'arrangement':
      return [arrangementName(r.arrangement)];
    case 'entity':
      return r.entity.kind === 'holder' ? holderName(r.entity, true) : [`the ${positionTitle(r.entity)}`];
    case 'unknown':
      return isPlaceholder(r.id) ? [{ kind: 'placeholder', text: r.id }] : [{ kind: 'missing', text: `${r.id} (not a board member, seat, committee or arrangement of this constitution)` }];
    case 'post':
      return postText(r);
  }
}

/** Several references joined with commas and "and". */
function refsText(g: GovernanceIndex, list: List<Scalar<unknown>> | List<Scalar<string>> | undefined): Inline[] {
  const parts = items(list as List<Scalar<unknown>> | undefined).map((s) => refText(g.resolve(s)));
  const out: Inline[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(i === parts.length - 1 ? ' and ' : ', ');
    out.push(...p);
  });
  return out;
}

/** A coded yes/no fact in words, or nothing when it is not stated. */
function yesNo(s: Scalar<boolean> | undefined, yes: string, no: string): string | undefined {
  return s?.value === true ? yes : s?.value === false ? no : undefined;
}

// ------------------------------------------------------------------ delegation and joint working

/** What an arrangement is called as the subject of its own sentences: "The delegation", "The committees in common" (plural). */
function subjectOf(a: Arrangement): { noun: string; plural: boolean } {
  switch (text(a.type)) {
    case 'delegation_to_icb':
    case 'delegation_by_icb':
      return { noun: 'The delegation', plural: false };
    case 'joint_committee':
      return { noun: 'The joint committee', plural: false };
    case 'committees_in_common':
      return { noun: 'The committees in common', plural: true };
    case 'section_75':
      return { noun: 'The partnership arrangement', plural: false };
    default:
      return { noun: 'The arrangement', plural: false };
  }
}

function statusText(a: Arrangement): string[] {
  const { noun, plural } = subjectOf(a);
  const [has_, is_] = plural ? ['have', 'are'] : ['has', 'is'];
  const status = text(a.status);
  const from = text(a.effective_from);
  const out: string[] = [];
  if (status === 'in_force') out.push(from ? `${noun} ${has_} been in force since ${dateText(from)}.` : `${noun} ${is_} in force.`);
  else if (status === 'agreed') out.push(from ? `${noun} ${has_} been agreed and ${plural ? 'take' : 'takes'} effect from ${dateText(from)}.` : `${noun} ${has_} been agreed.`);
  else if (status === 'planned') out.push(from ? `${noun} ${is_} planned to take effect from ${dateText(from)}.` : `${noun} ${is_} planned.`);
  else if (from) out.push(`${noun} ${plural ? 'take' : 'takes'} effect from ${dateText(from)}.`);
  if (has(a.review_by)) out.push(`${out.length > 0 ? (plural ? 'They' : 'It') : noun} ${is_} to be reviewed by ${dateText(text(a.review_by)!)}.`);
  return out;
}

/** "The joint committee reports to the board quarterly." — or, with the body that oversees it, one sentence for both. */
function reportingText(g: GovernanceIndex, a: Arrangement): Inline[] {
  const { noun, plural } = subjectOf(a);
  const reports = items(a.reports_to);
  const freq = text(a.reporting_frequency);
  const when = freq ? [' ', word('frequency', freq)] : [];
  const verb = plural ? ' report to ' : ' reports to ';
  const overseer = g.resolve(a.overseen_by);
  if (overseer) {
    const same = reports.length === 1 && text(reports[0]) === (overseer.kind === 'post' ? undefined : overseer.id);
    const overseen = `${noun} ${plural ? 'are' : 'is'} overseen by `;
    if (same) return run(overseen, refText(overseer), ' and', verb, 'it', when, '.');
    if (reports.length > 0) return run(overseen, refText(overseer), ' and', verb, refsText(g, a.reports_to), when, '.');
    return run(overseen, refText(overseer), '.');
  }
  return reports.length > 0 ? run(noun, verb.trimEnd(), ' ', refsText(g, a.reports_to), when, '.') : [];
}

function under(a: Arrangement): string {
  const basis = text(a.basis);
  return basis && basis !== 'other' ? `Under ${word('basis', basis)} of the NHS Act 2006, ` : '';
}

function agreementText(a: Arrangement): Inline[] {
  return a.agreement ? run(', under an agreement ', where(a.agreement, 'not stated where')) : [];
}

function arrangementBlocks(b: Builder, g: GovernanceIndex, a: Arrangement): Block[] {
  const blocks: Block[] = [];
  const type = text(a.type);
  const fns = values(a.functions);
  const fnText: Inline[] = fns.length > 0 ? [joinAnd(fns.map(functionWords))] : [{ kind: 'missing', text: 'functions not stated' }];
  const desc: Inline[] = has(a.description) ? [' (', ...val(a.description), ')'] : [];
  const lead = under(a);
  const byRef = !!a.recorded_in;
  switch (type) {
    case 'delegation_to_icb': {
      blocks.push(b.p(sentence(run(lead, val(a.from?.name, 'the body that delegates is not stated'), ' has delegated to the ICB ', fnText, desc, agreementText(a), '.')), a));
      const by = g.resolve(a.exercised_by);
      const reports = items(a.reports_to);
      const freq = text(a.reporting_frequency);
      const exercise = by
        ? run('These functions are exercised for the ICB by ', refText(by), reports.length > 0 ? [', which reports on them to ', ...refsText(g, a.reports_to), freq ? ` ${word('frequency', freq)}` : ''] : [], '.')
        : byRef
          ? reportingText(g, a)
          : run({ kind: 'missing', text: 'Who exercises these functions for the ICB is not stated.' }, reports.length > 0 ? [' ', ...reportingText(g, a)] : []);
      if (exercise.length > 0) blocks.push(b.p(exercise, earliest(a.exercised_by, a.reports_to, a.reporting_frequency)));
      break;
    }
    case 'delegation_by_icb': {
      blocks.push(b.p(sentence(run(lead, 'the ICB has delegated ', fnText, ' to ', val(a.to?.name, 'a body not stated'), desc, agreementText(a), '.')), a));
      const reporting = reportingText(g, a);
      if (reporting.length > 0) blocks.push(b.p(reporting, earliest(a.overseen_by, a.reports_to, a.reporting_frequency)));
      break;
    }
    case 'joint_committee': {
      const parties = partiesText(a);
      blocks.push(
        b.p(sentence(run(lead, parties.length > 0 ? joinAnd(parties) : [{ kind: 'missing', text: 'the parties (not stated)' }], ' exercise ', fnText, ' jointly through a joint committee', desc, '.')), a),
      );
      const members = items(a.icb_members);
      const parts = run(
        a.terms_of_reference ? ['Its terms of reference are ', ...where(a.terms_of_reference, 'not stated where'), '.'] : [],
        members.length > 0 ? [a.terms_of_reference ? ' ' : '', ...sentence(refsText(g, a.icb_members)), members.length === 1 ? ' sits on it for the ICB.' : ' sit on it for the ICB.'] : [],
      );
      const reporting = reportingText(g, a);
      if (parts.length > 0 || reporting.length > 0) blocks.push(b.p(run(parts, parts.length > 0 && reporting.length > 0 ? ' ' : '', reporting), earliest(a.terms_of_reference, a.icb_members, a.reports_to)));
      break;
    }
    case 'committees_in_common': {
      const mine = g.resolve(a.icb_committee);
      blocks.push(
        b.p(
          run(
            mine ? sentence(run(refText(mine), ' of the ICB')) : byRef ? ['A committee of the ICB'] : [{ kind: 'missing', text: 'The ICB’s committee (not stated)' }],
            ' meets in common with committees of ',
            joinAnd(otherParties(a)) || 'other bodies',
            fns.length > 0 ? [' on ', ...fnText] : [],
            desc,
            '; each body decides for itself.',
          ),
          a,
        ),
      );
      const tor: Inline[] = a.terms_of_reference ? ['Their terms of reference are ', ...where(a.terms_of_reference, 'not stated where'), '.'] : [];
      const reporting = reportingText(g, a);
      if (tor.length > 0 || reporting.length > 0) blocks.push(b.p(run(tor, tor.length > 0 && reporting.length > 0 ? ' ' : '', reporting), earliest(a.terms_of_reference, a.reports_to)));
      break;
    }
    case 'section_75': {
      const parties = partiesText(a);
      blocks.push(
        b.p(
          sentence(
            run(
              lead,
              parties.length > 0 ? joinAnd(parties) : [{ kind: 'missing', text: 'the parties (not stated)' }],
              ' have a partnership agreement',
              fns.length > 0 ? [' for ', ...fnText] : [],
              desc,
              '.',
              a.agreement ? [' The agreement is ', ...where(a.agreement, 'not stated where'), '.'] : [],
            ),
          ),
          a,
        ),
      );
      const fund = a.pooled_fund;
      if (fund) {
        const manager = g.resolve(fund.manager);
        blocks.push(
          b.p(
            run(
              'The agreement has a pooled fund',
              fund.total_gbp ? [' of ', poundsText(fund.total_gbp.value)] : [],
              fund.icb_contribution_gbp ? [fund.total_gbp ? ', to which the ICB contributes ' : ' to which the ICB contributes ', poundsText(fund.icb_contribution_gbp.value)] : [],
              has(fund.host) ? ['. The fund is hosted by ', ...val(fund.host)] : [],
              manager ? [has(fund.host) ? ' and managed by ' : '. The fund is managed by ', ...refText(manager)] : [],
              '.',
            ),
            fund,
          ),
        );
      }
      const reporting = reportingText(g, a);
      if (reporting.length > 0) blocks.push(b.p(reporting, earliest(a.overseen_by, a.reports_to)));
      break;
    }
    default: {
      const parties = partiesText(a);
      blocks.push(
        b.p(
          sentence(run(lead, has(a.description) ? [arrangementName(a)] : ['the arrangement'], parties.length > 0 ? [' is made between ', joinAnd(parties)] : [' is made by the ICB'], fns.length > 0 ? [' for ', ...fnText] : [], agreementText(a), '.')),
          a,
        ),
      );
      const reporting = reportingText(g, a);
      if (reporting.length > 0) blocks.push(b.p(reporting, earliest(a.overseen_by, a.reports_to)));
    }
  }
  const status = statusText(a);
  const accountable = text(a.accountable_body);
  const accountableText = accountable && accountable !== 'other' ? word('accountable', accountable) : undefined;
  const closing = [...status, ...(accountableText ? [accountableText] : [])];
  if (closing.length > 0) blocks.push(b.p([closing.join(' ')], earliest(a.accountable_body, a.effective_from, a.status, a.review_by)));
  const ref = byReference(b, 'The details of this arrangement are', a.recorded_in);
  if (ref) blocks.push(ref);
  return blocks;
}

type Delegated = NonNullable<NonNullable<IcbConstitution['reservation_and_delegation']>['delegated']>['items'][number];

/** A decision the board delegates, in words: the matter, with the constitution's description. */
function decisionWords(d: Delegated): Inline[] {
  const matter = text(d.decision);
  if (matter === 'other' || !matter) return val(d.description, 'a decision not described');
  return has(d.description) ? [word('matter', matter), ' (', ...val(d.description), ')'] : [word('matter', matter)];
}

/** The functions and decisions map as a table: where each function is decided, its executive lead, the delegation it comes under. */
function functionsMapTable(b: Builder, g: GovernanceIndex, m: IcbConstitution): Table | undefined {
  const fm = m.functions_map;
  const fns = items(fm?.functions);
  if (fns.length === 0) return undefined;
  return b.table(
    'Functions and decisions map',
    ['Function', 'Decided by', 'Executive lead', 'Delegated under'],
    fns.map((f) => {
      const key = text(f.function);
      const fn: Inline[] = key === 'other' || !key ? sentence(val(f.description, 'a function not described')) : [capitalise(functionWords(key))];
      const shared = items(f.shared_with);
      return {
        cells: [fn, run(refText(g.resolve(f.decided_by)), shared.length > 0 ? [' (shared with ', ...refsText(g, f.shared_with), ')'] : []), f.executive_lead ? refText(g.resolve(f.executive_lead)) : ['—'], f.delegated_from ? refText(g.resolve(f.delegated_from)) : ['—']],
        at: f,
      };
    }),
    fm!.functions,
    [3, 4, 3, 4],
  );
}

/** "Delegation and joint working", "Matters reserved to the board", "Functions and decisions map": level-2 sections of the arrangements for exercising functions. */
export function exercisingFunctionsSections(b: Builder, m: IcbConstitution): Section[] {
  const g = governanceOf(m);
  const out: Section[] = [];
  const jw = m.joint_working;
  if (jw) {
    const list = items(jw.arrangements);
    const blocks: Block[] = [];
    if (list.length > 0) {
      const toIcb = list.filter((a) => text(a.type) === 'delegation_to_icb').length;
      blocks.push(
        b.p(
          run(
            `The ICB takes part in ${list.length} ${list.length === 1 ? 'arrangement' : 'arrangements'} for delegation and joint working`,
            toIcb > 0 ? `, ${toIcb === 1 ? 'one of them a delegation' : `${toIcb} of them delegations`} of another body’s functions to the ICB` : '',
            ', each set out below with who exercises the functions and to whom the arrangement reports.',
          ),
          jw.arrangements,
        ),
      );
    }
    const ref = byReference(b, list.length > 0 ? 'The details of these arrangements are' : 'The ICB’s arrangements for delegation and joint working are', jw.recorded_in);
    if (ref) blocks.push(ref);
    for (const a of list) blocks.push(b.section(3, capitalise(arrangementName(a).replace(/^the /, '')), a, arrangementBlocks(b, g, a)));
    out.push(b.section(2, 'Delegation and joint working', jw, blocks));
  }
  const rd = m.reservation_and_delegation;
  if (rd) {
    const blocks: Block[] = [];
    const reserved = items(rd.reserved_to_board);
    const also = items(rd.also_reserved);
    if (reserved.length > 0 || also.length > 0) {
      blocks.push(b.p(['These matters are reserved to the board: only the board decides them.'], rd.reserved_to_board ?? rd.also_reserved));
      blocks.push(b.list([...reserved.map((r) => ({ content: val(r, undefined, 'matter'), at: r })), ...also.map((r) => ({ content: val(r), at: r }))]));
    }
    const delegated = items(rd.delegated);
    if (delegated.length > 0) {
      blocks.push(b.p(['The board delegates these decisions:'], rd.delegated));
      blocks.push(
        b.list(
          delegated.map((d) => {
            return { content: run(decisionWords(d), ' — to ', refText(g.resolve(d.to)), d.limit_gbp ? [', with a limit of ', poundsText(d.limit_gbp.value)] : []), at: d };
          }),
        ),
      );
    }
    const ref = byReference(b, 'The full scheme of reservation and delegation is', rd.recorded_in);
    if (ref) blocks.push(ref);
    out.push(b.section(2, 'Matters reserved to the board and decisions delegated', rd, blocks));
  }
  const fm = m.functions_map;
  if (fm) {
    const blocks: Block[] = [];
    const table = functionsMapTable(b, g, m);
    if (table) {
      blocks.push(b.p(['The map below says where decisions on each of the ICB’s functions are taken and which executive leads the function; for a function delegated to the ICB, it names the delegation.'], fm.functions));
      blocks.push(table);
    }
    const ref = byReference(b, 'The full functions and decisions map is', fm.recorded_in);
    if (ref) blocks.push(ref);
    out.push(b.section(2, 'Functions and decisions map', fm, blocks));
  }
  return out;
}

// ----------------------------------------------------------------------------- standing orders

function quorumCell(q: { minimum_members?: Scalar<number>; must_include?: List<Scalar<string>> } | undefined): Inline[] {
  if (!q || !q.minimum_members) return ['—'];
  const must = values(q.must_include).map((x) => word('mustInclude', x));
  return [`at least ${q.minimum_members.value} members${must.length > 0 ? `, including ${joinAnd(must)}` : ''}`];
}

function days(n: Scalar<number> | undefined): Inline[] {
  return n ? [`${n.value} clear ${n.value === 1 ? 'day' : 'days'}`] : ['—'];
}

/** The standing orders as content: quorum and notice per meeting, urgent decisions, suspension, casting vote, declarations. */
export function standingOrderBlocks(b: Builder, m: IcbConstitution): Block[] {
  const so = m.standing_orders;
  if (!so) return [];
  const g = governanceOf(m);
  const blocks: Block[] = [];
  const ref = byReference(b, 'The standing orders in full are', so.recorded_in);
  if (ref) blocks.push(ref);
  const notice = so.notice;
  const committees = items(m.committees);
  blocks.push(b.p(['The quorum of each meeting, and the notice it is given, are:'], notice ?? so));
  blocks.push(
    b.table(
      'Quorum and notice of meetings',
      ['Meeting', 'Quorum', 'Notice'],
      [
        { cells: [['Meetings of the board'], quorumCell(m.board?.quorum), days(notice?.board_clear_days)], at: earliest(m.board?.quorum, notice?.board_clear_days) },
        ...(notice?.extraordinary_clear_days ? [{ cells: [['Extraordinary meetings of the board'], ['as for meetings of the board'], days(notice.extraordinary_clear_days)], at: notice.extraordinary_clear_days }] : []),
        ...committees.map((k) => ({ cells: [val(k.name, text(k.id) ?? 'a committee'), quorumCell(k.quorum), days(notice?.committee_clear_days)], at: earliest(k.quorum, k) })),
      ],
      notice ?? so,
      [4, 5, 2],
    ),
  );
  const u = so.urgent_decisions;
  if (u) {
    const takers = items(u.taken_by);
    const consult = items(u.consult);
    const reported = text(u.reported_to);
    const excluded = values(u.excluded);
    blocks.push(
      b.p(
        run(
          'A decision that cannot wait for a meeting may be taken by ',
          takers.length > 0 ? refsText(g, u.taken_by) : [{ kind: 'missing', text: 'someone not stated' }],
          consult.length > 0 ? [' after consulting ', ...refsText(g, u.consult)] : [],
          '.',
          reported ? [` It is reported ${word('urgentReport', reported)}.`] : so.recorded_in ? [] : [' ', { kind: 'missing', text: 'How it is reported afterwards is not stated.' }],
          excluded.length > 0 ? [` No urgent decision may be taken on ${joinAnd(excluded.map((x) => word('matter', x)), 'or')}.`] : [],
        ),
        u,
        'Urgent decisions.',
      ),
    );
  }
  const s = so.suspension;
  if (s) {
    const requires = text(s.requires);
    const never = values(s.never_suspends);
    const reported = g.resolve(s.reported_to);
    const parts: Inline[] =
      s.allowed?.value === false
        ? ['The standing orders may not be suspended.']
        : run(
            s.allowed?.value === true ? ['The standing orders may be suspended', requires ? ` with the agreement of ${word('suspension', requires)}` : '', '.'] : requires ? [`A suspension of the standing orders needs the agreement of ${word('suspension', requires)}.`] : [],
            never.length > 0 ? [` These are never suspended: ${joinAnd(never)}.`] : [],
            reported ? [' Each suspension is reported to ', ...refText(reported), '.'] : [],
          );
    if (parts.length > 0) blocks.push(b.p(sentence(run(parts.map((x, i) => (i === 0 && typeof x === 'string' ? x.trimStart() : x)))), s, 'Suspension.'));
  }
  const cv = text(so.casting_vote?.holder);
  if (cv) blocks.push(b.p([cv === 'chair_of_meeting' ? 'If the votes on a question are equal, the person chairing the meeting has a second, casting vote.' : cv === 'none' ? 'No one has a casting vote: a question on which the votes are equal is not carried.' : cv.replace(/_/g, ' ')], so.casting_vote, 'Casting vote.'));
  const d = so.declarations_of_interest;
  if (d) {
    const conflicted = text(d.conflicted_member);
    const parts = [
      yesNo(d.asked_at_each_meeting, 'At the start of each meeting, members are asked to declare any interest in its business.', 'Members are not asked at each meeting to declare their interests.'),
      yesNo(d.recorded_in_minutes, 'Declarations, and how each was managed, are recorded in the minutes.', 'Declarations are not recorded in the minutes.'),
      conflicted ? word('conflicted', conflicted) : undefined,
    ].filter((x): x is string => x !== undefined);
    if (parts.length > 0) blocks.push(b.p([parts.join(' ')], d, 'Declarations of interest at meetings.'));
  }
  return blocks;
}

// ------------------------------------------------------------ statutory duties and reporting

export function dutiesSection(b: Builder, m: IcbConstitution): Section | undefined {
  const sd = m.statutory_duties;
  const plans = m.plans;
  if (!sd && !plans) return undefined;
  const g = governanceOf(m);
  const blocks: Block[] = [];
  const duties = items(sd?.duties);
  if (duties.length > 0) {
    blocks.push(b.p(['The table sets out how the ICB secures its statutory duties: who leads each, the body that assures it and how it is met.'], sd?.duties));
    blocks.push(
      b.table(
        'Statutory duties',
        ['Duty', 'Lead', 'Assured by', 'How it is secured'],
        duties.map((d) => ({
          cells: [[capitalise(word('duty', text(d.duty) ?? 'a duty not named'))], d.lead ? refText(g.resolve(d.lead)) : ['—'], d.committee ? refText(g.resolve(d.committee)) : ['—'], has(d.how) ? val(d.how) : ['—']],
          at: d,
        })),
        sd?.duties,
        [4, 3, 3, 5],
      ),
    );
  }
  const ref = byReference(b, 'The full account of how the ICB secures its duties is', sd?.recorded_in);
  if (ref) blocks.push(ref);
  const jfp = plans?.joint_forward_plan;
  if (jfp) {
    if (has(jfp.commitment)) blocks.push(b.p(val(jfp.commitment), jfp.commitment, 'Joint forward plan.'));
    if (has(jfp.url) || has(jfp.path)) blocks.push(b.p(run('The joint forward plan is ', where({ url: jfp.url, path: jfp.path }), has(jfp.published_on) ? ['; the current plan was published ', onDate(text(jfp.published_on)!)] : [], '.'), earliest(jfp.url, jfp.path)));
    if (has(jfp.consultation)) blocks.push(b.p(val(jfp.consultation), jfp.consultation, 'Consultation on the plan.'));
  }
  const cap = plans?.joint_capital_resource_use_plan;
  if (cap) {
    const shared = values(cap.shared_with).map((x) => word('sharedWith', x));
    const approver = g.resolve(cap.approved_by);
    blocks.push(
      b.p(
        run(
          'The joint capital resource use plan is ',
          where({ url: cap.url, path: cap.path, relation: cap.relation }),
          has(cap.published_on) ? ['; the current plan was published ', onDate(text(cap.published_on)!)] : [],
          '.',
          approver ? [' It is approved by ', ...refText(approver), shared.length > 0 ? ` and shared with ${joinAnd(shared)}` : '', '.'] : shared.length > 0 ? [` It is shared with ${joinAnd(shared)}.`] : [],
        ),
        cap,
      ),
    );
  }
  const ar = plans?.annual_report;
  if (ar) {
    const parts = run(
      ar.recorded_in ? ['The annual report is ', ...where(ar.recorded_in, 'not stated where'), '.'] : [],
      yesNo(ar.explains_general_duties, ' It explains how the ICB has discharged its general duties.', ' It does not explain how the ICB has discharged its general duties.') ?? '',
      yesNo(ar.hwb_consulted, ' Each relevant health and wellbeing board is consulted on its review of the steps the ICB has taken to implement the board’s joint local health and wellbeing strategy.', ' The health and wellbeing boards are not consulted on it.') ?? '',
    );
    if (parts.length > 0) blocks.push(b.p(sentence(run(parts.map((x, i) => (i === 0 && typeof x === 'string' ? x.trimStart() : x)))), ar, 'Annual report.'));
  }
  return b.section(1, 'Statutory duties and reporting', sd ?? plans, blocks);
}

// ------------------------------------------------------------------------------ named officers

export function officersSection(b: Builder, m: IcbConstitution): Section | undefined {
  const o = m.officers;
  if (!o) return undefined;
  const g = governanceOf(m);
  const blocks: Block[] = [];
  const entries = officerEntries(m).filter((e) => e.officer);
  if (entries.length > 0) {
    blocks.push(b.p(['The ICB names these officers for the roles the law and NHS England ask it to fill:'], o));
    blocks.push(
      b.table(
        'Named officers',
        ['Role', 'Held by', 'At board level'],
        entries.map(({ officer, words }) => {
          const holder = g.resolve(officer!.holder);
          const level = boardLevel(holder, officer!.board_level);
          return { cells: [[capitalise(words)], run(refText(holder, 'not named'), has(officer!.description) ? [' — ', ...val(officer!.description)] : []), [level === true ? 'yes' : level === false ? 'no' : '—']], at: officer };
        }),
        o,
        [4, 6, 2],
      ),
    );
  }
  const ref = byReference(b, 'The details of the named officers are', o.recorded_in);
  if (ref) blocks.push(ref);
  return b.section(1, 'Named officers', o, blocks);
}

// ------------------------------------------------------------------ health and wellbeing boards

export function hwbSection(b: Builder, m: IcbConstitution): Section | undefined {
  const list = items(m.health_and_wellbeing_boards);
  const opinions = items(m.plans?.joint_forward_plan?.hwb_opinions);
  if (list.length === 0 && opinions.length === 0) return undefined;
  const g = governanceOf(m);
  const blocks: Block[] = [];
  if (list.length > 0) {
    blocks.push(b.p(['The ICB is represented on these health and wellbeing boards:'], m.health_and_wellbeing_boards));
    blocks.push(
      b.table(
        'Health and wellbeing boards',
        ['Health and wellbeing board of', 'The ICB’s representative'],
        list.map((h) => ({ cells: [val(h.local_authority, 'a council not named'), refText(g.resolve(h.icb_representative), 'not named')], at: h })),
        m.health_and_wellbeing_boards,
        [4, 6],
      ),
    );
  }
  if (opinions.length > 0) {
    blocks.push(b.p(['The ICB received the opinion of each of these health and wellbeing boards on its draft joint forward plan:'], m.plans?.joint_forward_plan?.hwb_opinions));
    blocks.push(b.list(opinions.map((x) => ({ content: run('the health and wellbeing board of ', val(x.health_and_wellbeing_board, 'a council not named'), has(x.received_on) ? [', received ', onDate(text(x.received_on)!)] : []), at: x }))));
  }
  return b.section(1, 'Health and wellbeing boards', m.health_and_wellbeing_boards ?? m.plans?.joint_forward_plan?.hwb_opinions, blocks);
}

// ----------------------------------------------- conflicts, appointments, clinical leadership

/** The national conflicts of interest guidance the policy follows (said after the policy). */
export function coiGuidanceBlocks(b: Builder, m: IcbConstitution): Block[] {
  const k = m.conflicts_of_interest;
  const guidance = text(k?.national_guidance);
  if (!guidance) return [];
  return [b.p(run('The policy follows ', isPlaceholder(guidance) ? [{ kind: 'placeholder', text: guidance }] : [word('nationalGuidance', guidance)], '.'), k!.national_guidance)];
}

/** What conflicts of interest gained besides the guidance: the breaches register and Provider Selection Regime decisions. */
export function conflictsBlocks(b: Builder, m: IcbConstitution): Block[] {
  const k = m.conflicts_of_interest;
  if (!k) return [];
  const g = governanceOf(m);
  const blocks: Block[] = [];
  const breaches = byReference(b, 'The register of breaches of the policy is', k.breaches_register);
  if (breaches) blocks.push(breaches);
  const psr = k.procurement;
  if (psr) {
    const pb: Block[] = [];
    const deciders = items(psr.decided_by);
    pb.push(
      b.p(
        run(
          'Decisions under the Provider Selection Regime (the Health Care Services (Provider Selection Regime) Regulations 2023) are taken by ',
          deciders.length > 0 ? refsText(g, psr.decided_by) : [{ kind: 'missing', text: 'a body not stated' }],
          '.',
        ),
        psr.decided_by ?? psr,
      ),
    );
    const record = byReference(b, 'The record of each decision is', psr.decision_record);
    if (record) pb.push(record);
    const notices = yesNo(psr.conflicts_in_notices, 'Each notice of intention to award a contract states the conflicts of interest declared and how they were managed.', 'Notices of intention to award a contract do not state the conflicts of interest declared.');
    if (notices) pb.push(b.p([notices], psr.conflicts_in_notices));
    if (has(psr.conflict_management)) pb.push(b.p(val(psr.conflict_management), psr.conflict_management, 'Conflicts in these decisions.'));
    const summary = byReference(b, 'The annual summary of contracting activity is', psr.annual_summary);
    if (summary) pb.push(summary);
    blocks.push(b.section(2, 'Decisions under the Provider Selection Regime', psr, pb));
  }
  return blocks;
}

/** The fit and proper person test: the policy and the annual assessment. */
export function fpptBlocks(b: Builder, m: IcbConstitution): Block[] {
  const f = m.appointments?.fit_and_proper_person_test;
  if (!f) return [];
  const blocks: Block[] = [];
  const policy = byReference(b, 'The ICB’s fit and proper person policy is', f.policy);
  if (policy) blocks.push(policy);
  const a = f.annual_assessment;
  if (a) {
    const by = text(a.by);
    const to = text(a.reported_to);
    const knownBy = by && by !== 'other' && !isPlaceholder(by);
    const knownTo = to && to !== 'other' && !isPlaceholder(to);
    blocks.push(
      b.p(
        run(
          knownBy ? `Each year ${word('fpptBy', by)} assesses every board member against the test` : 'Every board member is assessed against the test each year',
          knownTo ? ` and the result is submitted to ${word('fpptReportedTo', to)}` : '',
          '.',
          has(a.last_on) ? [` The latest assessment was completed ${onDate(text(a.last_on)!)}.`] : [],
        ),
        a,
      ),
    );
  }
  return blocks;
}

/** Clinical and care professional leadership: its evaluation, and how the board obtains advice. */
export function leadershipBlocks(b: Builder, m: IcbConstitution): Block[] {
  const l = m.clinical_and_care_professional_leadership;
  if (!l) return [];
  const g = governanceOf(m);
  const blocks: Block[] = [];
  const e = l.evaluation;
  if (e) {
    const sa = e.self_assessment;
    const against = text(sa?.against);
    if (sa) {
      blocks.push(
        b.p(
          run(
            'The ICB last assessed its clinical and care professional leadership',
            against && against !== 'other' ? ` against ${word('assessedAgainst', against)}` : '',
            has(sa.last_on) ? [' ', onDate(text(sa.last_on)!)] : [],
            has(sa.method) ? [', by ', ...midSentence(val(sa.method))] : [],
            '.',
          ),
          sa,
        ),
      );
    }
    const sighted = e.board_sighted;
    if (sighted) {
      const meeting = g.resolve(sighted.meeting);
      blocks.push(b.p(sentence(run(meeting ? refText(meeting) : ['the board'], ' considered the assessment', has(sighted.on) ? [' ', onDate(text(sighted.on)!)] : [], '.')), sighted));
    }
    const gaps = e.gaps;
    if (gaps) {
      const list = values(gaps);
      const owner = g.resolve(e.action_owner);
      blocks.push(
        b.p(
          run(list.length > 0 ? ['The gaps it found: ', joinAnd(list), '.'] : ['It found no gaps.'], owner ? [' The actions on them are owned by ', ...refText(owner), '.'] : []),
          earliest(gaps, e.action_owner),
        ),
      );
    } else if (e.action_owner) blocks.push(b.p(run('The actions from the assessment are owned by ', refText(g.resolve(e.action_owner)), '.'), e.action_owner));
    if (has(e.next_on)) blocks.push(b.p([`The next assessment is due ${onDate(text(e.next_on)!)}.`], e.next_on));
  }
  const routes = items(l.advice_to_board);
  if (routes.length > 0) {
    blocks.push(b.p(['The board obtains clinical and care professional advice through:'], l.advice_to_board));
    blocks.push(
      b.list(
        routes.map((r) => {
          const mechanism = text(r.mechanism);
          const profs = values(r.professions);
          return {
            content: run(
              val(r.name, 'a route not named'),
              // "(a senate)" only where the name does not say so already
              mechanism && mechanism !== 'other' && !(text(r.name) ?? '').toLowerCase().includes(word('adviceMechanism', mechanism).replace(/^an? /, '')) ? [` (${word('adviceMechanism', mechanism)})`] : [],
              r.reports_to ? [', reporting to ', ...refText(g.resolve(r.reports_to))] : [],
              profs.length > 0 ? [`${r.reports_to ? ' and' : ','} drawing on ${professionsText(profs)}`] : [],
            ),
            at: r,
          };
        }),
      ),
    );
  }
  return blocks;
}

/** A place governed by a joint committee arrangement of the constitution. */
export function placeJointCommittee(m: IcbConstitution | undefined, ref: Scalar<string> | undefined): Inline[] | undefined {
  if (!ref) return undefined;
  if (!m) return ['Its joint committee is the arrangement ', { kind: 'code', text: text(ref) ?? '' }, ' of the ICB’s constitution (not among the files).'];
  return run('Its joint committee is ', refText(governanceOf(m).resolve(ref)), '.');
}

// ------------------------------------------------------------------------ the reviewer's report

/** An arrangement's status, briefly: "in force since April 2023", "planned, from April 2026". */
function statusBrief(a: Arrangement): string | undefined {
  const status = text(a.status);
  const from = text(a.effective_from);
  const when = from ? dateText(from) : undefined;
  if (status === 'in_force') return when ? `in force since ${when}` : 'in force';
  if (status === 'agreed' || status === 'planned') return when ? `${status}, from ${when}` : status;
  return when ? `from ${when}` : undefined;
}

/** Who exercises an arrangement's functions, for the report's table (the document says it in sentences). */
function exercisedBrief(g: GovernanceIndex, a: Arrangement): Inline[] {
  const by = g.resolve(a.exercised_by);
  if (by) return refText(by);
  switch (text(a.type)) {
    case 'delegation_to_icb':
      return a.recorded_in ? ['—'] : [{ kind: 'missing', text: 'not stated' }];
    case 'delegation_by_icb':
      return val(a.to?.name, 'a body not stated');
    case 'joint_committee': {
      const members = items(a.icb_members);
      return run('the joint committee', members.length > 0 ? ['; for the ICB, ', ...refsText(g, a.icb_members)] : []);
    }
    case 'committees_in_common': {
      const mine = g.resolve(a.icb_committee);
      return mine ? run(refText(mine), ', meeting in common') : ['each body’s committee, meeting in common'];
    }
    case 'section_75': {
      const manager = g.resolve(a.pooled_fund?.manager);
      return manager ? run('the pooled fund is managed by ', refText(manager)) : ['the parties, under the agreement'];
    }
    default:
      return ['—'];
  }
}

/** To whom an arrangement reports, and how often; the body that oversees it. */
function reportsBrief(g: GovernanceIndex, a: Arrangement): Inline[] {
  const reports = items(a.reports_to);
  const freq = text(a.reporting_frequency);
  const overseer = g.resolve(a.overseen_by);
  const same = overseer && reports.length === 1 && text(reports[0]) === (overseer.kind === 'post' ? undefined : overseer.id);
  const parts = run(reports.length > 0 ? [...refsText(g, a.reports_to), freq ? `, ${word('frequency', freq)}` : ''] : [], overseer && !same ? [reports.length > 0 ? '; overseen by ' : 'overseen by ', ...refText(overseer)] : []);
  return parts.length > 0 ? parts : a.recorded_in ? ['—'] : [{ kind: 'missing', text: 'not stated' }];
}

/** The delegation and joint working arrangements as one table: a row each, with parties, functions, who exercises them, reporting and accountability. */
function arrangementsTable(b: Builder, g: GovernanceIndex, m: IcbConstitution): Table | undefined {
  const list = items(m.joint_working?.arrangements);
  if (list.length === 0) return undefined;
  return b.table(
    'Delegation and joint working',
    ['Arrangement', 'Functions', 'Exercised by', 'Reports to', 'Accountable'],
    list.map((a) => {
      const basis = text(a.basis);
      const status = statusBrief(a);
      const about = [basis && basis !== 'other' ? word('basis', basis) : undefined, status].filter((x): x is string => x !== undefined);
      const fns = values(a.functions);
      const accountable = text(a.accountable_body);
      return {
        cells: [
          run(capitalise(arrangementName(a).replace(/^the /, '')), about.length > 0 ? [{ kind: 'cite', text: capitalise(about.join('; ')) }] : []),
          fns.length > 0 ? [capitalise(joinAnd(fns.map(functionWords)))] : [{ kind: 'missing', text: 'not stated' }],
          exercisedBrief(g, a),
          reportsBrief(g, a),
          accountable && accountable !== 'other' ? [word('accountableBrief', accountable)] : ['—'],
        ],
        at: a,
      };
    }),
    m.joint_working!.arrangements,
    [4, 3.2, 3.2, 3.2, 2.2],
  );
}

/** The matters reserved to the board (one row) and the decisions it delegates (a row each), as one table. */
function decisionsTable(b: Builder, g: GovernanceIndex, m: IcbConstitution): Table | undefined {
  const rd = m.reservation_and_delegation;
  const reserved = [...items(rd?.reserved_to_board).map((r) => val(r, undefined, 'matter')), ...items(rd?.also_reserved).map((r) => val(r))];
  const delegated = items(rd?.delegated);
  if (reserved.length === 0 && delegated.length === 0) return undefined;
  return b.table(
    'Matters reserved to the board and decisions delegated',
    ['Matter', 'Decided by', 'Limit'],
    [
      ...(reserved.length > 0 ? [{ cells: [sentence(reserved.flatMap((r, i) => (i > 0 ? ['; ', ...r] : r))), ['the board: reserved to it'], ['—']], at: earliest(rd?.reserved_to_board, rd?.also_reserved) }] : []),
      ...delegated.map((d) => ({ cells: [sentence(decisionWords(d)), refText(g.resolve(d.to)), d.limit_gbp ? [poundsText(d.limit_gbp.value)] : ['—']], at: d })),
    ],
    rd,
    [7, 4, 1.6],
  );
}

/**
 * What the reviewer's report says of the constitution beyond the board, in the model
 * constitution's order: delegation and joint working, reserved matters and delegated decisions and
 * the functions and decisions map (as tables), standing orders, statutory duties and reporting,
 * named officers, health and wellbeing boards — the same sentences and tables as the document,
 * tables where the document has a paragraph per arrangement. Each block traces to its YAML; parts
 * the constitution does not write are left out. `about` is the YAML they are about, so that the
 * report marks beside them only the findings on those lines.
 */
export function beyondReportSections(b: Builder, m: IcbConstitution): { sections: Section[]; about: Loc[] } {
  const g = governanceOf(m);
  const out: Section[] = [];
  const withRef = (blocks: (Block | undefined)[]): Block[] => blocks.filter((x): x is Block => x !== undefined);
  const jw = m.joint_working;
  if (jw) out.push(b.section(3, 'Delegation and joint working', jw, withRef([arrangementsTable(b, g, m), byReference(b, 'The details of these arrangements are', jw.recorded_in)])));
  const rd = m.reservation_and_delegation;
  if (rd) out.push(b.section(3, 'Matters reserved to the board and decisions delegated', rd, withRef([decisionsTable(b, g, m), byReference(b, 'The full scheme of reservation and delegation is', rd.recorded_in)])));
  const fm = m.functions_map;
  if (fm) out.push(b.section(3, 'Functions and decisions map', fm, withRef([functionsMapTable(b, g, m), byReference(b, 'The full functions and decisions map is', fm.recorded_in)])));
  if (m.standing_orders) out.push(b.section(3, 'Standing orders', m.standing_orders, standingOrderBlocks(b, m)));
  for (const s of [dutiesSection(b, m), officersSection(b, m), hwbSection(b, m)]) if (s) out.push({ ...s, level: 3 });
  // a table's caption that only repeats its heading is left out
  for (const s of out) for (const x of s.blocks) if (x.type === 'table' && x.caption && s.title.startsWith(x.caption)) delete x.caption;
  // the YAML these parts are about (a quorum row is about the quorum, not its whole committee)
  const about = [jw, rd, fm, m.standing_orders, m.statutory_duties, m.officers, m.health_and_wellbeing_boards, m.plans, m.board?.quorum, ...items(m.committees).map((k) => k.quorum)].filter((x): x is { loc: Loc } => x !== undefined).map((x) => x.loc);
  return { sections: out.filter((s) => s.blocks.length > 0), about };
}
