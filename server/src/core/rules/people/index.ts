import type { NotImplemented, Rule } from '../framework';

import icsPeople001 from './ics-people-001';
import icsPeople002 from './ics-people-002';
import icsPeople003 from './ics-people-003';
import icsPeople004 from './ics-people-004';
import icsVcse001 from './ics-vcse-001';
import icsVcse002 from './ics-vcse-002';

/** §9: people and communities; the VCSE partnership */
export const peopleRules: Rule[] = [icsPeople001, icsPeople002, icsPeople003, icsPeople004, icsVcse001, icsVcse002];

/** Rules of this section the format cannot express yet, and why. */
export const peopleNotImplemented: NotImplemented[] = [];
