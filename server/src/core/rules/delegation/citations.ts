import * as sources from '../citations';
import { cite } from '../citations';
import type { Citation } from '../../types';
import { ACT_65Z5 as PLACE_ACT_65Z5 } from '../place/citations';

/**
 * Sources of §11 (delegation and joint working) and §12 (reservation, delegation and the functions
 * map), from issue 13's research (`research-13.md` §1). Confidence marks as read there; sections
 * 65Z5 and 65Z6 were read since (issue 10), so they are V here, not U as the research had them.
 */

export const SECTION_11 = '11. Delegation and joint working';
export const SECTION_12 = '12. Reservation, delegation and the functions map';

/** NHS Act 2006 ss.65Z5/65Z6, read in the Health and Care Act 2022 s.71 as enacted (issue 10). */
export const ACT_65Z5: Citation = PLACE_ACT_65Z5;
/** G5: NHS England's statutory guidance under s.65Z7 (opening paragraphs read). */
export const NHSE_DELEGATION = cite('NHS England, Arrangements for delegation and joint exercise of statutory functions (statutory guidance)', 'paragraphs 1–3 (the new arrangements are generally permissive)', 'https://www.england.nhs.uk/long-read/arrangements-for-delegation-and-joint-exercise-of-statutory-functions/', 'V');
/** G6: primary care delegation; NHS England keeps overall accountability. */
export const NHSE_PC_DELEGATION = cite('NHS England, Delegation of primary medical, pharmaceutical, ophthalmic and dental functions', 'ICBs assumed delegated responsibility; NHS England retains overall accountability', 'https://www.england.nhs.uk/commissioning/primary-care/primary-care-comm/delegation-of-primary-medical-pharmaceutical-ophthalmic-and-dental-functions', 'V');
/** G7: specialised services delegated through joint committees; NHS England stays the accountable commissioner. */
export const NHSE_SPECIALISED = cite('NHS England, Specialised commissioning 2024/25: next steps with delegation to integrated care boards', 'statutory joint committees; NHS England remains the accountable commissioner', 'https://www.england.nhs.uk/long-read/specialised-commissioning-2024-25-next-steps-with-delegation-to-integrated-care-boards/', 'V');
/** E6: Capsticks' account of NHS England's readiness-to-operate statement (functions and decision map; clear responsibility for each function). */
export const CAPSTICKS_DELEGATION = cite('Capsticks, Integrated care boards: delegation of functions and governance arrangements (2021), on NHS England\'s readiness to operate statement', 'a functions and decision map; "clear responsibility for each function"', 'https://www.capsticks.com/insights/integrated-care-boards-delegation-of-functions-and-governance-arrangements', 'V');
/** E2. */
export const NOTTS_SORD: Citation = { ...sources.NOTTS, provision: 'the scheme of reservation and delegation: functions reserved, delegated, and delegated to joint committees under ss.65Z5 and 65Z6' };
/** E3. */
export const SWL_ACCOUNTABLE: Citation = { ...sources.SWL_BOARD, provision: '"The Board remains accountable for all of its functions including those that it has delegated"' };
/** E7, E8: committees in common. */
export const MILLS_CIC = cite('Mills & Reeve, Operating effective committees in common', 'each organisation remains distinct and takes its own decisions', 'https://www.mills-reeve.com/insights/publications/operating-effective-committees-in-common', 'V');
export const NHSP_CIC = cite('NHS Providers, Provider collaboration: a practical guide — committees in common', 'each organisation establishes its own committee with delegated powers for itself only', 'https://nhsproviders.org/provider-collaboration-a-practical-guide-to-lawful-well-governed-collaboratives/what-are-the-options-for-collaborative-arrangements/committees', 'V');
/** L16: s.75 (2007 revised text, opening read). */
export const ACT_75 = cite('NHS Act 2006 (revised text of 2007)', 'section 75(1) (arrangements between prescribed NHS bodies and local authorities)', 'https://legislation.data.gov.uk/ukpga/2006/41/part/3/2007-03-01', 'V');
/** L17: the pooled fund regulations, as made (amended since: current text not read). */
export const SI_2000_617 = cite('NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000 (SI 2000/617), as made', 'regulation 7(3) (a written agreement specifying aims, contributions, functions, duration and review)', 'https://www.legislation.gov.uk/uksi/2000/617/regulation/7/made', 'V');
/** L18. */
export const DHSC_S75 = cite('Department of Health and Social Care, Review of section 75 arrangements (supporting document, 2024)', 'pooled budgets under ss.65Z5/65Z6 and s.75 (the Better Care Fund)', 'https://gov.uk/government/calls-for-evidence/improving-integrated-commissioning-in-health-and-social-care/review-of-section-75-arrangements-supporting-document', 'V');
/** G8: NHS England's SoRD guide itself was not read; NHS Providers' briefing opening was. */
export const NHSE_SORD_GUIDE = cite('NHS England and NHS Improvement, Integrated care board guide to developing a scheme of reservation and delegation (27 October 2021)', 'the matters an ICB board reserves (guide not read)', 'https://nhsproviders.org/resources/briefings/on-the-day-briefing-integrated-care-board-guide-to-developing-a-scheme-of-reservation-and-delegation', 'U');
export const NHSP_SORD = cite('NHS Providers, On the day briefing: ICB guide to developing a scheme of reservation and delegation (2021)', 'opening: the new delegation powers and the likely content of the ICB\'s scheme', 'https://nhsproviders.org/resources/briefings/on-the-day-briefing-integrated-care-board-guide-to-developing-a-scheme-of-reservation-and-delegation', 'V');
/** G1's model constitution annex: not read. */
export const NHSE_MODEL_CONSTITUTION = cite('NHS England, model ICB constitution (annex to the guidance on ICB constitutions and governance)', 'matters reserved to the board (annex not read)', 'https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance/', 'U');
/** L12: NHS England's joint capital resource use plan guidance (boards approve; publish and share). */
export const NHSE_JCRUP = cite('NHS England, Guidance on developing joint capital resource use plans 2025/26', 'approval by the boards; publication and copies to the ICP, health and wellbeing boards and NHS England', 'https://www.england.nhs.uk/long-read/guidance-on-developing-joint-capital-resource-use-plans-2025-26', 'V');
/** E1: Lincolnshire's functions and decision map and appended standing orders. */
export const LINC_GOV = cite('NHS Lincolnshire ICB, Governance', 'the functions and decision map (including decisions delegated to the ICB by NHS England); documents appended to the constitution', 'https://lincolnshire.icb.nhs.uk/about-us/governance/', 'V');
