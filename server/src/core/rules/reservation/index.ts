import type { NotImplemented, Rule } from '../framework';

import icsSord001 from './ics-sord-001';
import icsSord002 from './ics-sord-002';
import icsFunc001 from './ics-func-001';
import icsFunc002 from './ics-func-002';
import icsFunc003 from './ics-func-003';

/** §12 (issue 13): reservation, delegation and the functions map, in catalogue order. */
export const reservationRules: Rule[] = [icsSord001, icsSord002, icsFunc001, icsFunc002, icsFunc003];

export const reservationNotImplemented: NotImplemented[] = [];
