import type { NotImplemented, Rule } from '../framework';

/** §4–5: committees, standing orders, quorum, transparency, conflicts of interest */
export const committeeRules: Rule[] = [];

/** Rules of this section the format cannot express yet, and why. */
export const committeeNotImplemented: NotImplemented[] = [];
