import type { Arrangement, Committee, IcbConstitution, Officer } from './kinds';
import type { Loc, Scalar } from './spec';
import { compositionOf, type BoardPosition, type Holder } from './composition';
import { items, text } from './query';
import { SCHEMAS } from '../schema/validate';
import { noteRead, tracking } from './reads';

/**
 * What a constitution says beyond the board (issue 13): delegation and joint working, the scheme of
 * reservation and delegation, the functions map, standing orders, statutory duties, named officers.
 * Wherever it names who does something, it gives a *reference*: `icb-board`, a committee id, a joint
 * working arrangement id, a board seat or member id, or a post (`{name, title, organisation}`) that
 * need not be on the board. This module reads references once for every consumer (the rules, the
 * report, the renderers), so that nothing decides twice what an id names.
 */

/** The id committees and arrangements use for the board itself. */
export const BOARD_REF = 'icb-board';

export type Ref =
  /** The board itself (`icb-board`). */
  | { kind: 'board'; id: string; loc: Loc; scalar: Scalar<unknown> }
  | { kind: 'committee'; id: string; committee: Committee; loc: Loc; scalar: Scalar<unknown> }
  | { kind: 'arrangement'; id: string; arrangement: Arrangement; loc: Loc; scalar: Scalar<unknown> }
  /** A board member or seat (format 1.1). */
  | { kind: 'entity'; id: string; entity: Holder | BoardPosition; loc: Loc; scalar: Scalar<unknown> }
  /** An id that names nothing the document declares (ICS-REF-001 reports it; other rules skip it). */
  | { kind: 'unknown'; id: string; loc: Loc; scalar: Scalar<unknown> }
  /** A post, possibly with a name: someone who need not be a board member. */
  | { kind: 'post'; name?: string; title?: string; organisation?: string; loc: Loc; scalar: Scalar<unknown> };

/** The things a reference may name in one constitution, read once per model. */
export interface GovernanceIndex {
  committees: Map<string, Committee>;
  arrangements: Map<string, Arrangement>;
  /** Resolves a reference (an id or a post). Undefined when there is none or it is empty. */
  resolve(s: Scalar<unknown> | undefined): Ref | undefined;
}

const cache = new WeakMap<IcbConstitution, { index: GovernanceIndex; reads: Set<string> }>();

/**
 * The references of a constitution (built once per model). Like `compositionOf`, each call counts
 * as reading the sections the index was built from, so the rule cache (rules/cache.ts) never re-uses
 * the findings of a rule that saw an index built before an edit.
 */
export function governanceOf(icb: IcbConstitution): GovernanceIndex {
  let g = cache.get(icb);
  if (!g) {
    const { result, reads } = tracking(() => build(icb));
    g = { index: result, reads };
    cache.set(icb, g);
  }
  for (const key of g.reads) noteRead(key);
  return g.index;
}

function build(icb: IcbConstitution): GovernanceIndex {
  const committees = new Map<string, Committee>();
  for (const c of items(icb.committees)) {
    const id = text(c.id);
    if (id && !committees.has(id)) committees.set(id, c);
  }
  const arrangements = new Map<string, Arrangement>();
  for (const a of items(icb.joint_working?.arrangements)) {
    const id = text(a.id);
    if (id && !arrangements.has(id)) arrangements.set(id, a);
  }
  const composition = compositionOf(icb);
  return {
    committees,
    arrangements,
    resolve(s) {
      if (!s || s.value === null || s.value === undefined) return undefined;
      const loc = s.loc;
      if (typeof s.value === 'object') {
        if (Array.isArray(s.value)) return undefined;
        const v = s.value as Record<string, unknown>;
        const str = (x: unknown) => (typeof x === 'string' && x.trim() !== '' ? x.trim() : undefined);
        const name = str(v.name);
        const title = str(v.title);
        const organisation = str(v.organisation);
        if (!name && !title && !organisation) return undefined;
        return { kind: 'post', name, title, organisation, loc, scalar: s };
      }
      const id = String(s.value).trim();
      if (id === '') return undefined;
      if (id === BOARD_REF) return { kind: 'board', id, loc, scalar: s };
      const committee = committees.get(id);
      if (committee) return { kind: 'committee', id, committee, loc, scalar: s };
      const arrangement = arrangements.get(id);
      if (arrangement) return { kind: 'arrangement', id, arrangement, loc, scalar: s };
      const entity = composition.resolve(id);
      if (entity) return { kind: 'entity', id, entity, loc, scalar: s };
      return { kind: 'unknown', id, loc, scalar: s };
    },
  };
}

/** A reference in words, for messages: "the Quality and Safety Committee (quality)", "Director of Place, Example Council". */
export function refLabel(r: Ref): string {
  switch (r.kind) {
    case 'board':
      return 'the board';
    case 'committee': {
      const name = text(r.committee.name);
      return name ? `the ${name} (${r.id})` : `committee \`${r.id}\``;
    }
    case 'arrangement': {
      const d = text(r.arrangement.description);
      return d ? `the arrangement ${r.id} (${d})` : `the arrangement \`${r.id}\``;
    }
    case 'entity':
      return r.entity.label;
    case 'unknown':
      return `\`${r.id}\``;
    case 'post':
      return [r.name, [r.title, r.organisation].filter(Boolean).join(', ')].filter((x) => x).join(', ') || 'a post';
  }
}

/** The same person or body: the same id, or the same post. */
export function sameRef(a: Ref, b: Ref): boolean {
  if (a.kind === 'post' || b.kind === 'post') {
    if (a.kind !== 'post' || b.kind !== 'post') return false;
    const norm = (x?: string) => (x ?? '').trim().toLowerCase();
    if (a.name && b.name) return norm(a.name) === norm(b.name);
    return norm(a.title) === norm(b.title) && norm(a.organisation) === norm(b.organisation) && !!(a.title || b.title);
  }
  if (a.id === b.id) return true;
  if (a.kind === 'entity' && b.kind === 'entity') {
    // A seat with one holder and that holder are the same person.
    const [seat, holder] = a.entity.kind === 'holder' ? [b.entity, a.entity] : [a.entity, b.entity];
    return holder.kind === 'holder' && seat.kind === 'seat' && holder.position === seat && seat.holders.length === 1;
  }
  return false;
}

/**
 * What is known about whether someone is at board level: a board member or seat is; a post is when
 * the constitution says so (`board_level`); otherwise it is not known (`undefined`).
 */
export function boardLevel(r: Ref | undefined, stated?: Scalar<boolean>): boolean | undefined {
  if (!r) return undefined;
  if (r.kind === 'entity') return true;
  if (r.kind === 'post') return stated?.value;
  return undefined;
}

/** The board role of a reference (a board member's or seat's `role`), if it names one. */
export function boardRole(r: Ref | undefined): string | undefined {
  return r?.kind === 'entity' ? r.entity.role : undefined;
}

/** The named officer roles, in words, in the order reviewers list them. */
export const OFFICER_ROLES = {
  accountable_emergency_officer: 'an accountable emergency officer',
  safeguarding_executive_lead: 'a safeguarding executive lead',
  senior_information_risk_owner: 'a senior information risk owner (SIRO)',
  caldicott_guardian: 'a Caldicott guardian',
  freedom_to_speak_up: 'a Freedom to Speak Up guardian with an executive and a non-executive lead',
  net_zero_lead: 'a board-level net zero lead',
} as const;

/** The officer entry's holder, resolved. */
export function officerHolder(icb: IcbConstitution, o: Officer | undefined): Ref | undefined {
  return o ? governanceOf(icb).resolve(o.holder) : undefined;
}


/** The function keys the rules recognise in `functions` lists (the rest is free text). */
export const PRIMARY_CARE_KEYS = ['primary_medical_services', 'primary_dental_services', 'primary_ophthalmic_services', 'pharmaceutical_services'] as const;
export const NHSE_DELEGATED_KEYS: readonly string[] = [...PRIMARY_CARE_KEYS, 'specialised_services'];

/** The arrangements of a given type. */
export function arrangementsOfType(icb: IcbConstitution, type: string): Arrangement[] {
  return items(icb.joint_working?.arrangements).filter((a) => text(a.type) === type);
}

/** "the arrangement nhse-primary-care" — an arrangement in words. */
export function arrangementLabel(a: Arrangement): string {
  const id = text(a.id);
  const d = text(a.description);
  if (id && d) return `the arrangement ${id} (${d})`;
  if (id) return `the arrangement ${id}`;
  return d ? `the arrangement "${d}"` : 'an arrangement';
}

/** Budgets allocated to a place: `allocation_basis` as one value or a list (issue 13), as strings. */
export function allocationBases(s: Scalar<unknown> | undefined): string[] | undefined {
  if (!s) return undefined;
  const v = s.value;
  const list = Array.isArray(v) ? v : [v];
  const out = list.filter((x) => typeof x === 'string' || typeof x === 'number').map((x) => String(x).trim()).filter((x) => x !== '');
  return out.length > 0 ? out : undefined;
}

/** The function keys of the format (`$defs.functionKey`), read from the schema so they are written once. */
export function functionKeys(): readonly string[] {
  const defs = (SCHEMAS['icb-constitution'].$defs ?? {}) as Record<string, { enum?: string[] }>;
  return defs.functionKey?.enum ?? [];
}

/** What a reference beyond the board may name. */
export type ReferenceTarget =
  /** A board member or seat (or a post). */
  | 'people'
  /** `icb-board` or a committee. */
  | 'bodies'
  | 'committee'
  | 'arrangement'
  /** An arrangement of `type: joint_committee`. */
  | 'jointCommittee'
  /** The board, a committee, an arrangement, a member or a seat (or a post). */
  | 'deciders';

export interface GovernanceReference {
  scalar: Scalar<unknown> | undefined;
  target: ReferenceTarget;
  /** The reference in a sentence, for messages: "The body that exercises the functions of …". */
  where: string;
  /** What the reference says of what it names, for lists of references: "exercises nhse-pc". */
  role: string;
}

/**
 * Every reference a constitution makes beyond the board (issue 13), once: ICS-REF-001 checks them,
 * and the editor's find-references and rename follow them.
 */
export function governanceReferences(icb: IcbConstitution): GovernanceReference[] {
  const out: GovernanceReference[] = [];
  const add = (scalar: Scalar<unknown> | undefined, target: ReferenceTarget, where: string, role: string) => {
    if (scalar) out.push({ scalar, target, where, role });
  };
  for (const a of items(icb.joint_working?.arrangements)) {
    const what = arrangementLabel(a);
    const id = text(a.id) ?? 'an arrangement';
    add(a.exercised_by, 'deciders', `The body that exercises the functions of ${what} (\`exercised_by\`)`, `exercises ${id}`);
    add(a.icb_committee, 'committee', `The ICB committee that meets in common in ${what} (\`icb_committee\`)`, `the ICB committee in ${id}`);
    add(a.overseen_by, 'deciders', `The body that oversees ${what} (\`overseen_by\`)`, `oversees ${id}`);
    for (const m of items(a.icb_members)) add(m, 'people', `A member of ${what} for the ICB (\`icb_members\`)`, `sits on ${id} for the ICB`);
    for (const r of items(a.reports_to)) add(r, 'bodies', `A body ${what} reports to (\`reports_to\`)`, `${id} reports to it`);
    add(a.pooled_fund?.manager, 'people', `The manager of the pooled fund of ${what}`, `manages the pooled fund of ${id}`);
  }
  for (const d of items(icb.reservation_and_delegation?.delegated)) add(d.to, 'deciders', 'A body a decision is delegated to (`delegated[].to`)', `decides ${text(d.decision)?.replace(/_/g, ' ') ?? 'a delegated matter'}`);
  for (const f of items(icb.functions_map?.functions)) {
    const fn = text(f.function) === 'other' ? (text(f.description) ?? 'another function') : (text(f.function)?.replace(/_/g, ' ') ?? 'a function');
    add(f.decided_by, 'deciders', `Where ${fn} is decided (\`decided_by\`)`, `decides ${fn}`);
    add(f.executive_lead, 'people', `The executive lead for ${fn}`, `leads ${fn}`);
    add(f.delegated_from, 'arrangement', `The arrangement that ${fn} is delegated from (\`delegated_from\`)`, `${fn} is delegated from it`);
    for (const s of items(f.shared_with)) add(s, 'deciders', `A decision-maker ${fn} is shared with`, `shares ${fn}`);
  }
  const so = icb.standing_orders;
  for (const h of items(so?.urgent_decisions?.taken_by)) add(h, 'people', 'Someone who may take urgent decisions (`taken_by`)', 'takes urgent decisions');
  for (const h of items(so?.urgent_decisions?.consult)) add(h, 'people', 'Someone consulted on urgent decisions (`consult`)', 'consulted on urgent decisions');
  add(so?.suspension?.reported_to, 'bodies', 'The body a suspension of standing orders is reported to', 'suspensions of standing orders are reported to it');
  for (const d of items(icb.statutory_duties?.duties)) {
    const key = text(d.duty)?.replace(/_/g, ' ');
    const duty = key ? `the ${key} duty` : 'a duty';
    add(d.lead, 'people', `The lead for ${duty}`, `leads ${duty}`);
    add(d.committee, 'bodies', `The committee that assures ${duty}`, `assures ${duty}`);
  }
  for (const { officer, words } of officerEntries(icb)) add(officer?.holder, 'people', `The ${words}`, words);
  for (const h of items(icb.health_and_wellbeing_boards)) {
    const council = text(h.local_authority) ?? 'a council';
    add(h.icb_representative, 'people', `The ICB's representative on the health and wellbeing board of ${council}`, `represents the ICB on the health and wellbeing board of ${council}`);
  }
  add(icb.plans?.joint_capital_resource_use_plan?.approved_by, 'bodies', 'The body that approves the joint capital resource use plan', 'approves the joint capital resource use plan');
  const ccpl = icb.clinical_and_care_professional_leadership;
  add(ccpl?.evaluation?.board_sighted?.meeting, 'bodies', 'The meeting that was sighted on the leadership self-assessment', 'sighted on the leadership self-assessment');
  add(ccpl?.evaluation?.action_owner, 'people', 'The owner of the actions on the leadership gaps', 'owns the leadership actions');
  for (const r of items(ccpl?.advice_to_board)) add(r.reports_to, 'bodies', `The body ${text(r.name) ?? 'an advice route'} reports to`, `${text(r.name) ?? 'an advice route'} reports to it`);
  for (const d of items(icb.conflicts_of_interest?.procurement?.decided_by)) add(d, 'deciders', 'A body that takes Provider Selection Regime decisions', 'takes Provider Selection Regime decisions');
  for (const p of items(icb.places)) {
    const name = text(p.name) ?? text(p.id);
    const place = name ? `the place ${name}` : 'a place';
    add(p.joint_committee?.arrangement, 'jointCommittee', `The joint committee of ${place}`, `governs ${name ?? 'a place'}`);
  }
  return out;
}

/** The named officer roles of `officers`, with their words, in the order reviewers list them. */
export function officerEntries(icb: IcbConstitution): { officer: Officer | undefined; words: string }[] {
  const o = icb.officers;
  const f = o?.freedom_to_speak_up;
  return [
    { officer: o?.accountable_emergency_officer, words: 'accountable emergency officer' },
    { officer: o?.safeguarding_executive_lead, words: 'safeguarding executive lead' },
    { officer: o?.senior_information_risk_owner, words: 'senior information risk owner' },
    { officer: o?.caldicott_guardian, words: 'Caldicott guardian' },
    { officer: f?.guardian, words: 'Freedom to Speak Up guardian' },
    { officer: f?.executive_lead, words: 'Freedom to Speak Up executive lead' },
    { officer: f?.non_executive_lead, words: 'Freedom to Speak Up non-executive lead' },
    { officer: o?.net_zero_lead, words: 'net zero lead' },
  ];
}
