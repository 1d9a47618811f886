import type { NotImplemented, Rule } from '../framework';

import icsRev001 from './ics-rev-001';
import icsRev002 from './ics-rev-002';
import icsRev003 from './ics-rev-003';
import icsRev004 from './ics-rev-004';
import icsReg001 from './ics-reg-001';
import icsReg003 from './ics-reg-003';

/** §10: reviewer checks and professional registration (ICS-REG-003 is ours: the §11 "Role → expected regulator" table as a rule). */
export const reviewRules: Rule[] = [icsRev001, icsRev002, icsRev003, icsRev004, icsReg001, icsReg003];

/** Rules of this section the format cannot express yet, and why. */
export const reviewNotImplemented: NotImplemented[] = [
  {
    id: 'ICS-REG-002',
    title: "A registration number's format is only a syntax check; live status must be checked on the regulator's register.",
    reason:
      "A reminder, not a check: no document can show a registration is live. ICS-REG-001's messages and documentation tell people to check the regulator's own register.",
  },
];
