import type { Arrangement, Committee, IcbConstitution, Officer } from './kinds';
import type { Loc, Scalar } from './spec';
import { compositionOf, type BoardPosition, type Holder } from './composition';
import { items, text } from './query';
import { SCHEMAS } from '../schema/validate';

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

const cache = new WeakMap<IcbConstitution, GovernanceIndex>();

export function governanceOf(icb: IcbConstitution): GovernanceIndex {
  let g = cache.get(icb);
  if (!g) {
    g = build(icb);
    cache.set(icb, g);
  }
  return g;
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
  if (!s || s.value === null || s.value === undefined) return undefined;
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

/** The enum values of a `$defs` entry of the constitution schema, with their descriptions. */
export function vocabulary(def: string): { value: string; description: string }[] {
  const d = ((SCHEMAS['icb-constitution'].$defs ?? {}) as Record<string, { enum?: string[]; enumDescriptions?: string[] }>)[def];
  return (d?.enum ?? []).map((value, i) => ({ value, description: d?.enumDescriptions?.[i] ?? value }));
}
