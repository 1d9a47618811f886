import type { NotImplemented, Rule } from '../framework';

/** §7: place-based partnerships */
export const placeRules: Rule[] = [];

/** Rules of this section the format cannot express yet, and why. */
export const placeNotImplemented: NotImplemented[] = [];
