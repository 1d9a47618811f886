import type { NotImplemented, Rule } from '../framework';

/** §6: clinical and care professional leadership */
export const ccplRules: Rule[] = [];

/** Rules of this section the format cannot express yet, and why. */
export const ccplNotImplemented: NotImplemented[] = [];
