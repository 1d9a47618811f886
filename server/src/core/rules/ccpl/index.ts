import type { NotImplemented, Rule } from '../framework';

import icsCcpl001 from './ics-ccpl-001';
import icsCcpl002 from './ics-ccpl-002';
import icsCcpl010 from './ics-ccpl-010';
import icsCcpl011 from './ics-ccpl-011';
import icsCcpl012 from './ics-ccpl-012';
import icsCcpl013 from './ics-ccpl-013';
import icsCcpl014 from './ics-ccpl-014';
import icsCcpl015 from './ics-ccpl-015';
import icsCcpl016 from './ics-ccpl-016';
import icsCcpl017 from './ics-ccpl-017';
import icsCcpl018 from './ics-ccpl-018';
import icsCcpl019 from './ics-ccpl-019';

/** §6: clinical and care professional leadership */
export const ccplRules: Rule[] = [
  icsCcpl001,
  icsCcpl002,
  icsCcpl010,
  icsCcpl011,
  icsCcpl012,
  icsCcpl013,
  icsCcpl014,
  icsCcpl015,
  icsCcpl016,
  icsCcpl017,
  icsCcpl018,
  icsCcpl019,
];

/** Rules of this section the format cannot express yet, and why. */
export const ccplNotImplemented: NotImplemented[] = [];
