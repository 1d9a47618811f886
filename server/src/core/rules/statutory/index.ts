import type { NotImplemented, Rule } from '../framework';

import icsBoard001 from './ics-board-001';

/** §1 of the catalogue: what Schedule 1B of the NHS Act 2006 requires of a constitution. */
export const statutoryRules: Rule[] = [icsBoard001];

/** Rules of this section the format cannot express yet, and why. */
export const statutoryNotImplemented: NotImplemented[] = [];
