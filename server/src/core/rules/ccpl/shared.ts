import type { YAMLSeq } from 'yaml';
import type { IcbConstitution } from '../../model/kinds';
import type { Loc } from '../../model/spec';
import { items, memberLabel, text, values } from '../../model/query';
import { compositionOf, executivePositions, type Holder, type BoardPosition } from '../../model/composition';
import { regulatorById } from '../../regulators';
import type { RuleContext } from '../framework';

/** Helpers shared by the §6 rules (clinical and care professional leadership). */

export const SECTION = '6. Clinical and care professional leadership';
export const CCPL_KEY = 'clinical_and_care_professional_leadership';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether a value may go where the schema wants an id (a lower-case slug). */
export function isSlug(s: string | undefined): s is string {
  return s !== undefined && SLUG.test(s);
}

export function ccplOf(icb: IcbConstitution) {
  return icb.clinical_and_care_professional_leadership;
}

/** Where to point about something missing from the leadership section. */
export function ccplAnchor(ctx: RuleContext, ...locs: (Loc | undefined)[]) {
  for (const l of locs) if (l) return l;
  return ccplOf(ctx.icb!)?.loc ?? ctx.documentAnchor;
}

/** A board member or (format 1.1) a seat, as the leadership rules see them. */
export type Lead = Holder | BoardPosition;

/** The regulator a member is registered with (a seat has none: registration is a person's). */
function regulatorOf(m: Lead): string | undefined {
  const member = m.kind === 'seat' ? undefined : m.member;
  return regulatorById(text(member?.registration?.regulator))?.id;
}

/** A doctor: profession medicine or general practice, or a GMC registration; a seat for the medical director. */
export function isDoctor(m: Lead): boolean {
  const p = m.profession;
  if (p === 'medicine' || p === 'general_practice') return true;
  if (m.kind === 'seat' && m.function === 'medical') return true;
  return regulatorOf(m) === 'GMC';
}

/** A registered nurse: profession nursing, or an NMC registration that is not a midwife's or nursing associate's; a seat for the director of nursing. */
export function isNurse(m: Lead): boolean {
  const p = m.profession;
  if (p === 'nursing') return true;
  if (p === 'midwifery' || p === 'nursing_associate') return false;
  if (m.kind === 'seat' && m.function === 'nursing') return true;
  return regulatorOf(m) === 'NMC';
}

export const medicalDirectors = (icb: IcbConstitution) => executivePositions(compositionOf(icb), 'medical');
export const nursingDirectors = (icb: IcbConstitution) => executivePositions(compositionOf(icb), 'nursing');

/** The id to name a director by: the member who holds the seat, else the seat (format 1.1). */
export function directorId(p: BoardPosition | undefined): string | undefined {
  return p?.holders[0]?.id ?? p?.id;
}

/** Whether a lead is the director (the member in that position, or the seat itself). */
export function leadsInclude(leads: Lead[], director: BoardPosition): boolean {
  return leads.some((l) => l === director || (l.kind === 'holder' && l.position === director));
}

/** The board members (or seats) named in `board_leads` (unknown ids left out). */
export function boardLeads(icb: IcbConstitution): Lead[] {
  const c = compositionOf(icb);
  return values(ccplOf(icb)?.board_leads)
    .map((id) => c.resolve(id))
    .filter((m): m is Lead => m !== undefined);
}

/**
 * Who a fix proposes as the owner of a design principle: the medical director, else the director
 * of nursing, else the first board lead, else nobody (a fix must not invent an id).
 */
export function proposedOwner(icb: IcbConstitution): string | undefined {
  const candidates = [...medicalDirectors(icb).map(directorId), ...nursingDirectors(icb).map(directorId), ...boardLeads(icb).map((m) => m.id)];
  for (const id of candidates) {
    if (isSlug(id)) return id;
  }
  return undefined;
}

/** The board member (or seat) id nearest to a mistyped one (at most two edits away), for "did you mean". */
export function nearestMemberId(icb: IcbConstitution, id: string): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const candidate of compositionOf(icb).ids()) {
    if (!isSlug(candidate) || candidate === id) continue;
    const d = editDistance(id.toLowerCase(), candidate);
    if (d <= 2 && (!best || d < best.d)) best = { id: candidate, d };
  }
  return best?.id;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The index of a model item in its YAML list (the model skips items it cannot read). */
export function indexInList(list: { loc: Loc } | undefined, item: { loc: Loc }): number {
  if (!list) return -1;
  return (list.loc.node as YAMLSeq).items.indexOf(item.loc.node as never);
}

export { memberLabel, items, text, values };

