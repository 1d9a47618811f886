import type { NotImplemented, Rule } from '../framework';

/** §8: the integrated care partnership */
export const icpRules: Rule[] = [];

/** Rules of this section the format cannot express yet, and why. */
export const icpNotImplemented: NotImplemented[] = [];
