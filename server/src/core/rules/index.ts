import type { NotImplemented, Rule } from './framework';
import { statutoryRules, statutoryNotImplemented } from './statutory';
import { boardRules, boardNotImplemented } from './board';
import { committeeRules, committeeNotImplemented } from './committees';
import { ccplRules, ccplNotImplemented } from './ccpl';
import { placeRules, placeNotImplemented } from './place';
import { icpRules, icpNotImplemented } from './icp';
import { peopleRules, peopleNotImplemented } from './people';
import { reviewRules, reviewNotImplemented } from './review';
import { delegationRules, delegationNotImplemented } from './delegation';
import { reservationRules, reservationNotImplemented } from './reservation';
import { standingOrderRules, standingOrderNotImplemented } from './standing-orders';
import { dutyRules, dutyNotImplemented } from './duties';
import { officerRules, officerNotImplemented } from './officers';

/** Every rule, in catalogue order. Each section's index lists its rule modules. */
export const ALL_RULES: readonly Rule[] = [
  ...statutoryRules,
  ...boardRules,
  ...committeeRules,
  ...ccplRules,
  ...placeRules,
  ...icpRules,
  ...peopleRules,
  ...reviewRules,
  ...delegationRules,
  ...reservationRules,
  ...standingOrderRules,
  ...dutyRules,
  ...officerRules,
];

const byId = new Map(ALL_RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(byId.keys());

/** Catalogue rules that are not implemented, with the reason (shown in the rules index and `--list-rules`). */
export const NOT_IMPLEMENTED: readonly NotImplemented[] = [
  ...statutoryNotImplemented,
  ...boardNotImplemented,
  ...committeeNotImplemented,
  ...ccplNotImplemented,
  ...placeNotImplemented,
  ...icpNotImplemented,
  ...peopleNotImplemented,
  ...reviewNotImplemented,
  ...delegationNotImplemented,
  ...reservationNotImplemented,
  ...standingOrderNotImplemented,
  ...dutyNotImplemented,
  ...officerNotImplemented,
];
