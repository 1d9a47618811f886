import type { NotImplemented, Rule } from '../framework';

import icsDel001 from './ics-del-001';
import icsDel002 from './ics-del-002';
import icsDel003 from './ics-del-003';
import icsDel004 from './ics-del-004';
import icsDel005 from './ics-del-005';
import icsDel006 from './ics-del-006';

/** §11 (issue 13): delegation and joint working, in catalogue order. */
export const delegationRules: Rule[] = [icsDel001, icsDel002, icsDel003, icsDel004, icsDel005, icsDel006];

export const delegationNotImplemented: NotImplemented[] = [];
