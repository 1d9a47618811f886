import type { NotImplemented, Rule } from '../framework';

/** §9: people and communities; the VCSE partnership */
export const peopleRules: Rule[] = [];

/** Rules of this section the format cannot express yet, and why. */
export const peopleNotImplemented: NotImplemented[] = [];
