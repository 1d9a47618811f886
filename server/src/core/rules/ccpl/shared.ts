import type { YAMLSeq } from 'yaml';
import type { BoardMember, IcbConstitution } from '../../model/kinds';
import type { Loc } from '../../model/spec';
import { boardMembers, executivesWithFunction, items, memberById, memberLabel, text, values } from '../../model/query';
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

/** A doctor: profession medicine or general practice, or a GMC registration. */
export function isDoctor(m: BoardMember): boolean {
  const p = text(m.profession);
  if (p === 'medicine' || p === 'general_practice') return true;
  return regulatorById(text(m.registration?.regulator))?.id === 'GMC';
}

/** A registered nurse: profession nursing, or an NMC registration that is not a midwife's or nursing associate's. */
export function isNurse(m: BoardMember): boolean {
  const p = text(m.profession);
  if (p === 'nursing') return true;
  if (p === 'midwifery' || p === 'nursing_associate') return false;
  return regulatorById(text(m.registration?.regulator))?.id === 'NMC';
}

export const medicalDirectors = (icb: IcbConstitution) => executivesWithFunction(icb, 'medical');
export const nursingDirectors = (icb: IcbConstitution) => executivesWithFunction(icb, 'nursing');

/** The board members named in `board_leads` (unknown ids left out). */
export function boardLeads(icb: IcbConstitution): BoardMember[] {
  return values(ccplOf(icb)?.board_leads)
    .map((id) => memberById(icb, id))
    .filter((m): m is BoardMember => m !== undefined);
}

/**
 * Who a fix proposes as the owner of a design principle: the medical director, else the director
 * of nursing, else the first board lead, else nobody (a fix must not invent an id).
 */
export function proposedOwner(icb: IcbConstitution): string | undefined {
  const candidates = [...medicalDirectors(icb), ...nursingDirectors(icb), ...boardLeads(icb)];
  for (const m of candidates) {
    const id = text(m.id);
    if (isSlug(id)) return id;
  }
  return undefined;
}

/** The board member id nearest to a mistyped one (at most two edits away), for "did you mean". */
export function nearestMemberId(icb: IcbConstitution, id: string): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const m of boardMembers(icb)) {
    const candidate = text(m.id);
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

