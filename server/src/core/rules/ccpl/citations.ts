import * as sources from '../citations';
import { cite, CCPL_GUIDANCE } from '../citations';
import type { Citation } from '../../types';

/**
 * Sources for §6 (clinical and care professional leadership) that are not shared with other
 * sections. Keys and confidence marks follow the rule catalogue (§12).
 */

/** [STAFFS-CCPL] A real example of local CCPL structures: a senate at ICB level, assemblies at place. */
export const STAFFS_CCPL = cite(
  'NHS Staffordshire and Stoke-on-Trent ICB, Clinical and professional leadership',
  'health and care senate at system level; assemblies at place',
  'https://staffsstoke.icb.nhs.uk/our-work/clinical-professional-leadership/',
  'V',
);

/** [HSJ-2025] NHS England lets ICBs drop the chief nurse and medical director executive roles (2025). */
export const HSJ_2025: Citation = { ...sources.HSJ_2025, provision: 'model ICB blueprint: medical and nursing executive seats no longer prescribed' };

/** The Sept 2021 guidance, cited at one of its design principles or expectations. */
export const ccplGuidance = (provision: string): Citation => ({ ...CCPL_GUIDANCE, provision });
