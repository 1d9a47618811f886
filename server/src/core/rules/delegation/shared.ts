import type { Arrangement, IcbConstitution } from '../../model/kinds';

import type { FrameworkId } from '../../types';
import { linkGiven } from '../../model/query';

/** Shared by the §11 rules (delegation and joint working). */

/** Whether the arrangement's details are held elsewhere: its agreement, terms of reference or `recorded_in` (issue 13, "by reference"). */
export function detailsByReference(icb: IcbConstitution, a: Arrangement): boolean {
  return linkGiven(a.recorded_in) || linkGiven(a.agreement) || linkGiven(a.terms_of_reference) || linkGiven(icb.joint_working?.recorded_in);
}

/** The bodies that keep accountability for what NHS England delegates, under a framework. */
export function nhsEnglandAccountable(framework: FrameworkId): string[] {
  return framework === 'health-bill-2026' ? ['nhs_england', 'secretary_of_state'] : ['nhs_england'];
}

/** Where a finding about an arrangement points: its id, else its first line. */
export function arrangementAnchor(a: Arrangement) {
  return a.id?.loc ?? a.loc;
}
