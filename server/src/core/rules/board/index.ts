import type { NotImplemented, Rule } from '../framework';

/** §2–3: board composition, roles, eligibility (NHS England policy) */
export const boardRules: Rule[] = [];

/** Rules of this section the format cannot express yet, and why. */
export const boardNotImplemented: NotImplemented[] = [];
