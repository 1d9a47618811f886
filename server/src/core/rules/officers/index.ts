import type { NotImplemented, Rule } from '../framework';

import icsOff001 from './ics-off-001';
import icsOff002 from './ics-off-002';
import icsOff003 from './ics-off-003';
import icsOff004 from './ics-off-004';
import icsOff005 from './ics-off-005';
import icsOff006 from './ics-off-006';

/** §15 (issue 13): named officers and bodies, in catalogue order. ICS-HWB-001 is in §14 with the plans. */
export const officerRules: Rule[] = [icsOff001, icsOff002, icsOff003, icsOff004, icsOff005, icsOff006];

export const officerNotImplemented: NotImplemented[] = [];
