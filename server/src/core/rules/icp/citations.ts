import * as sources from '../citations';
import { cite } from '../citations';
import type { Citation } from '../../types';

/**
 * Sources of §8 (the integrated care partnership) not shared with other sections, by their
 * catalogue keys (§12). LGPIHA_116ZA and LGPIHA_116ZB come from `../citations`.
 */

/** [ICS-STRAT-GUID] */
export const ICS_STRAT_GUID = cite(
  'Department of Health and Social Care, Guidance on the preparation of integrated care strategies (July 2022, updated February 2024)',
  'involvement in preparing the strategy',
  'https://www.gov.uk/government/publications/guidance-on-the-preparation-of-integrated-care-strategies/guidance-on-the-preparation-of-integrated-care-strategies',
  'V',
);
/** [GM-OLDHAM] */
export const GM_OLDHAM = cite('Oldham Council, Greater Manchester Integrated Care Partnership membership report', 'core membership of 10 local authority members and 1 ICB member', 'https://committees.oldham.gov.uk/ieIssueDetails.aspx?IId=54332&Opt=3&PlanId=0', 'V');
/** [GM-COCHAIR] */
export const GM_COCHAIR = cite('Greater Manchester Combined Authority, "Mayor of Greater Manchester set to co-chair the Greater Manchester Integrated Care Partnership"', 'co-chairs', 'https://greatermanchester-ca.gov.uk/news/mayor-of-greater-manchester-set-to-co-chair-the-greater-manchester-integrated-care-partnership', 'V');
/** [CM-ICS] */
export const CM_ICS = cite('Cheshire and Merseyside ICS, about the ICB and the partnership', 'partnership membership includes VCSE and independent providers', 'https://sthelensccg.nhs.uk/integrated-care/nhs-cheshire-and-merseyside-integrated-care-board/', 'V');
/** [SURREY-HWB-ICP] */
export const SURREY_HWB_ICP = cite('Surrey Health and Wellbeing Board and Integrated Care Partnership, combined meeting', 'combined meetings', 'https://opencouncil.network/meetings/58943', 'V');
/** [ICP-ENG]: membership details not read. */
export const ICP_ENG = cite('DHSC, NHS England and LGA, Integrated care partnership (ICP) engagement document (Sept 2021)', 'ICP membership expectations', 'https://www.gov.uk/government/publications/integrated-care-partnership-icp-engagement-document/integrated-care-partnership-icp-engagement-document-integrated-care-system-ics-implementation', 'U');
/** [PQ-HL6183] */
export const PQ_HL6183: Citation = { ...sources.PQ_HL6183, provision: '"responsible local authority"' };
