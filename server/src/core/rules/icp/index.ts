import type { NotImplemented, Rule } from '../framework';

import icsIcp001 from './ics-icp-001';
import icsIcp002 from './ics-icp-002';
import icsIcp003 from './ics-icp-003';
import icsIcp004 from './ics-icp-004';
import icsIcp005 from './ics-icp-005';
import icsIcp006 from './ics-icp-006';
import icsIcp007 from './ics-icp-007';
import icsIcp008 from './ics-icp-008';
import icsIcp010 from './ics-icp-010';
import icsIcp011 from './ics-icp-011';
import icsIcp012 from './ics-icp-012';
import icsIcp013 from './ics-icp-013';
import icsIcp014 from './ics-icp-014';

/** §8: the integrated care partnership, in catalogue order. */
export const icpRules: Rule[] = [icsIcp001, icsIcp002, icsIcp003, icsIcp004, icsIcp005, icsIcp006, icsIcp007, icsIcp008, icsIcp010, icsIcp011, icsIcp012, icsIcp013, icsIcp014];

/** Rules of this section the format cannot express yet, and why. */
export const icpNotImplemented: NotImplemented[] = [
  {
    id: 'ICS-ICP-009',
    title: 'The strategy may include views on integrating health-related services with health and social care.',
    reason: 'Section 116ZB(5) is a permission, not a duty, and the strategy\'s content is not part of the format, so there is nothing to check.',
  },
];
