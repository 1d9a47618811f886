import type { BoardMember, Committee, IcbConstitution } from './kinds';
import type { List, Loc, Scalar } from './spec';
import { editDistance } from '../yaml/parse';

/** Small, shared questions rules ask of the model. */

/** "the chair seat" → "The chair seat". */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function text(s: Scalar<unknown> | undefined): string | undefined {
  if (!s || s.value === null || s.value === undefined) return undefined;
  const t = String(s.value).trim();
  return t === '' ? undefined : t;
}

/**
 * A value someone still has to fill in: quick fixes insert `TODO` (sometimes `TODO: reason`, and
 * `https://TODO` where a web address is wanted), and drafts often say TBC. The engine flags these; rules treat them as not yet given.
 */
export function isPlaceholder(value: string | undefined): boolean {
  return value !== undefined && /^(https:\/\/)?(todo|tbc|tbd|xxx+)\b/i.test(value.trim());
}

export function values(list: List<Scalar<string>> | undefined): string[] {
  return list ? list.items.map((s) => s.value) : [];
}

export function items<T>(list: List<T> | undefined): T[] {
  return list ? list.items : [];
}

export function boardMembers(icb: IcbConstitution): BoardMember[] {
  return items(icb.board?.members);
}

export function membersWithRole(icb: IcbConstitution, role: string): BoardMember[] {
  return boardMembers(icb).filter((m) => text(m.role) === role);
}

export function memberById(icb: IcbConstitution, id: string | undefined): BoardMember | undefined {
  if (!id) return undefined;
  return boardMembers(icb).find((m) => text(m.id) === id);
}

/** Executive members with a given function (finance, medical, nursing, …). */
export function executivesWithFunction(icb: IcbConstitution, fn: string): BoardMember[] {
  return membersWithRole(icb, 'executive').filter((m) => text(m.function) === fn);
}

/** Ordinary members: everyone on the board but the chair and the chief executive (Sch 1B para 3(2)). */
export function ordinaryMembers(icb: IcbConstitution): BoardMember[] {
  return boardMembers(icb).filter((m) => {
    const role = text(m.role);
    return role !== 'chair' && role !== 'chief_executive';
  });
}

export function isVoting(m: BoardMember): boolean {
  return m.voting?.value !== false;
}

export function committeesOfType(icb: IcbConstitution, type: string): Committee[] {
  return items(icb.committees).filter((c) => text(c.type) === type);
}

export function hasRegistration(m: { registration?: BoardMember['registration'] }): boolean {
  return text(m.registration?.regulator) !== undefined && text(m.registration?.number) !== undefined;
}

/**
 * A human label for a member in messages: "Ruth Ode (ruth-ode)"; for a member identified by post,
 * "Chief Executive, Example Hospitals NHS FT (pm-trusts)"; "(…, acting)" for an acting post-holder.
 */
export function memberLabel(m: BoardMember): string {
  const title = text(m.title);
  const organisation = text(m.organisation);
  const name = text(m.name) ?? (title && organisation ? `${title}, ${organisation}` : undefined);
  const id = text(m.id);
  const acting = m.acting?.value === true;
  if (name && id) return `${name} (${id}${acting ? ', acting' : ''})`;
  if (name) return acting ? `${name} (acting)` : name;
  return id ?? 'this member';
}

/** The one declared id that is a near miss for `id` (a typo), if there is exactly one best. */
export function nearMiss(id: string, declared: Iterable<string>): string | undefined {
  // `lay-3` is not a typo for `lay-1`: ids that differ only in their numbers name different seats.
  const letters = (s: string) => s.replace(/\d+/g, '#');
  const near = [...declared].filter((k) => k !== id && letters(k) !== letters(id) && editDistance(k, id) <= 2).sort((a, b) => editDistance(a, id) - editDistance(b, id));
  if (near.length === 0) return undefined;
  if (near.length > 1 && editDistance(near[0], id) === editDistance(near[1], id)) return undefined;
  return near[0];
}

/**
 * Whether a document is given: by address (`url`, `path`) or, in format 1.1, by how it is held
 * (`relation`: appended to the constitution, in the governance handbook, to be published).
 */
export function linkGiven(link: { url?: Scalar<string>; path?: Scalar<string>; relation?: Scalar<string> } | undefined): boolean {
  return text(link?.url) !== undefined || text(link?.path) !== undefined || text(link?.relation) !== undefined;
}

/** The first of several locations that exists: where to point when something is missing. */
export function firstLoc(...locs: (Loc | { loc: Loc } | undefined)[]): Loc | undefined {
  for (const l of locs) {
    if (!l) continue;
    return 'loc' in l ? l.loc : l;
  }
  return undefined;
}

/**
 * Who makes and approves an appointment or removal under a legal framework: a transitional
 * provision for that framework if the constitution has one, else its main arrangement.
 */
export function arrangementUnder(
  arrangement: BoardMember['appointment'],
  framework: string,
): { by?: string; approved_by?: string; procedure?: string; loc?: Loc } {
  if (!arrangement) return {};
  const t = items(arrangement.transitional).find((x) => text(x.framework) === framework);
  const source = t ?? arrangement;
  return { by: text(source.by), approved_by: text(source.approved_by), procedure: text(source.procedure), loc: source.loc };
}
