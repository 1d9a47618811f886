import type { NotImplemented, Rule } from '../framework';

import icsDuty001 from './ics-duty-001';
import icsDuty002 from './ics-duty-002';
import icsDuty003 from './ics-duty-003';
import icsRpt001 from './ics-rpt-001';
import icsRpt002 from './ics-rpt-002';
import icsRpt003 from './ics-rpt-003';
import icsHwb001 from './ics-hwb-001';

/** §14 (issue 13): statutory duties and reporting, in catalogue order. */
export const dutyRules: Rule[] = [icsDuty001, icsDuty002, icsDuty003, icsRpt001, icsRpt002, icsRpt003, icsHwb001];

/** Asked by issue 13 and considered, but not checkable from a constitution as the sources stand. */
export const dutyNotImplemented: NotImplemented[] = [];
