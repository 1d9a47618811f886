import type { NotImplemented, Rule } from '../framework';

import icsSo001 from './ics-so-001';
import icsSo002 from './ics-so-002';
import icsSo003 from './ics-so-003';
import icsSo004 from './ics-so-004';
import icsSo005 from './ics-so-005';

/** §13 (issue 13): standing orders content beyond the quorum, in catalogue order. */
export const standingOrderRules: Rule[] = [icsSo001, icsSo002, icsSo003, icsSo004, icsSo005];

export const standingOrderNotImplemented: NotImplemented[] = [];
