import type { NotImplemented, Rule } from '../framework';

import icsPlace001 from './ics-place-001';
import icsPlace002 from './ics-place-002';
import icsPlace003 from './ics-place-003';
import icsPlace004 from './ics-place-004';
import icsPlace005 from './ics-place-005';
import icsPlace006 from './ics-place-006';
import icsPlace007 from './ics-place-007';
import icsPlace008 from './ics-place-008';
import icsPlace009 from './ics-place-009';
import icsPlace010 from './ics-place-010';
import icsPlace011 from './ics-place-011';
import icsPlace012 from './ics-place-012';
import icsNbh001 from './ics-nbh-001';
import icsSys001 from './ics-sys-001';
import icsSys002 from './ics-sys-002';
import icsSys003 from './ics-sys-003';

/**
 * §7: place-based partnerships, in catalogue order. ICS-PLACE-010 (lay member at place),
 * ICS-PLACE-011 (place budgets on population need) and ICS-SYS-002 (a place belongs to an ICB
 * among the documents and lies within its area) are additions to the catalogue, documented in
 * their modules.
 */
export const placeRules: Rule[] = [
  icsPlace001,
  icsPlace002,
  icsPlace003,
  icsPlace004,
  icsPlace005,
  icsPlace006,
  icsPlace007,
  icsPlace008,
  icsPlace009,
  icsPlace010,
  icsPlace011,
  icsPlace012,
  icsNbh001,
  icsSys001,
  icsSys002,
  icsSys003,
];

/** Rules of this section the format cannot express yet, and why. */
export const placeNotImplemented: NotImplemented[] = [];
