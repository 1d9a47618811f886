import type { NotImplemented, Rule } from '../framework';

import icsExec001 from './ics-exec-001';
import icsExec002 from './ics-exec-002';
import icsExec003 from './ics-exec-003';
import icsExec004 from './ics-exec-004';
import icsExec005 from './ics-exec-005';
import icsExec006 from './ics-exec-006';
import icsExec007 from './ics-exec-007';
import icsNed001 from './ics-ned-001';
import icsNed002 from './ics-ned-002';
import icsNed003 from './ics-ned-003';
import icsNed004 from './ics-ned-004';
import icsNed005 from './ics-ned-005';
import icsPm001 from './ics-pm-001';
import icsPm002 from './ics-pm-002';
import icsPm003 from './ics-pm-003';
import icsMh002 from './ics-mh-002';
import icsPart001 from './ics-part-001';
import icsPart002 from './ics-part-002';
import icsPart003 from './ics-part-003';
import icsSize001 from './ics-size-001';
import icsDec001 from './ics-dec-001';
import icsElig001 from './ics-elig-001';
import icsElig002 from './ics-elig-002';
import icsElig003 from './ics-elig-003';
import icsSeat001 from './ics-seat-001';
import icsSeat002 from './ics-seat-002';

/** §2–3: board composition, roles, eligibility (NHS England policy), in catalogue order. */
export const boardRules: Rule[] = [
  icsExec001,
  icsExec002,
  icsExec003,
  icsExec004,
  icsExec005,
  icsExec006,
  icsExec007,
  icsNed001,
  icsNed002,
  icsNed003,
  icsNed004,
  icsNed005,
  icsPm001,
  icsPm002,
  icsPm003,
  icsMh002,
  icsPart001,
  icsPart002,
  icsPart003,
  icsSize001,
  icsDec001,
  icsElig001,
  icsElig002,
  icsElig003,
  icsSeat001,
  icsSeat002,
];

/** Rules of this section the format cannot express yet, and why. */
export const boardNotImplemented: NotImplemented[] = [];
