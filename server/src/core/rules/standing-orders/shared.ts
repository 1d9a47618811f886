import type { IcbConstitution } from '../../model/kinds';
import { firstLoc, linkGiven } from '../../model/query';

import type { RuleContext } from '../framework';
import { HWE_5, NHSE_MODEL_STANDING_ORDERS } from '../committees/citations';
import { LINC_GOV } from '../delegation/citations';

/** Shared by the §13 rules (standing orders content). */

export const SECTION_13 = '13. Standing orders';

/** The sources every §13 rule cites: what standing orders are for (read), and the model standing orders (not read). */
export const SO_SOURCES = [
  { ...HWE_5, provision: 'section 5.1: the standing orders set out the procedures for meetings and apply to committees' },
  { ...LINC_GOV, provision: 'standing orders appended to the constitution and part of it' },
  { ...NHSE_MODEL_STANDING_ORDERS, provision: 'standing orders: notice, urgent decisions, suspension, voting and declarations (clauses not read)' },
];

/** A sentence every §13 page carries: why the rules are information. */
export const SO_WHY_INFORMATION =
  'NHS England\'s model standing orders were not read, so this is information, not a warning; it becomes a warning when the model clause is read and checked against it.';

/**
 * The standing orders block, and whether its details are held elsewhere (`recorded_in`). The §13
 * rules are silent without the block: a constitution that links its standing orders (or does not,
 * which ICS-GOV-001 reports) is not asked to restate them.
 */
export function standingOrders(icb: IcbConstitution): { so: NonNullable<IcbConstitution['standing_orders']>; byReference: boolean } | undefined {
  const so = icb.standing_orders;
  if (!so) return undefined;
  return { so, byReference: linkGiven(so.recorded_in) };
}

export function soAnchor(ctx: RuleContext) {
  return firstLoc(ctx.icb!.standing_orders) ?? ctx.documentAnchor;
}
