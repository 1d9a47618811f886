import type { NotImplemented, Rule } from '../framework';

/** §10: reviewer checks and professional registration */
export const reviewRules: Rule[] = [];

/** Rules of this section the format cannot express yet, and why. */
export const reviewNotImplemented: NotImplemented[] = [];
