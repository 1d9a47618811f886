import * as sources from '../citations';
import { cite } from '../citations';
import type { Citation } from '../../types';

/**
 * Sources of §7 (place-based partnerships) not shared with other sections, by their catalogue keys
 * (§12). Each rule spreads one and sets its own `provision`. Shared ones (THRIVING_PLACES,
 * ACT_14Z25…) come from `../citations`.
 */

/** [MR-TP] */
export const MR_TP = cite('Mills & Reeve, "Thriving places: developing your place" (summary of NHS England and NHS Improvement guidance)', 'actions for places', 'https://www.mills-reeve.com/insights/publications/thriving-places-developing-your-place', 'V');
/** [STAFFS-GOV]: Thriving places as reproduced by an ICB. */
export const STAFFS_GOV = cite('NHS Staffordshire and Stoke-on-Trent ICB, governance page (reproducing Thriving places)', 'place-based partnerships', 'https://staffsstoke.icb.nhs.uk/your-nhs-integrated-care-board/governance/', 'V');
/** [MONDAQ-PLACE] */
export const MONDAQ_PLACE = cite('Mondaq, "What does the Health and Care Bill mean for place governance?"', 'the five governance models', 'https://www.mondaq.com/uk/healthcare/1099124/what-does-the-health-and-care-bill-mean-for-place-governance', 'V');
/** [LANCS-OPT] */
export const LANCS_OPT = cite('Lancashire County Council, place governance options appraisal', 'options 1 to 3', 'https://council.lancashire.gov.uk/mgAi.aspx?ID=97828', 'V');
/** Seed 003: Croner-i's summary of Thriving places (last reviewed 20 October 2021). */
export const CRONER_TP = cite('Croner-i, summary of NHS England and NHS Improvement "Thriving places" guidance (reviewed 20 Oct 2021)', 'place-based partnerships', 'https://app.croneri.co.uk/', 'V');
/** Seed 002: NHS Clinical Commissioners' briefing on the Integration and Innovation white paper (2021). */
export const NHSCC_WHITE_PAPER = cite('NHS Clinical Commissioners, "Our action for you on the proposals outlined in the Integration and Innovation white paper" (2021)', 'policy positions', 'https://www.nhsconfed.org/', 'V');
/** [HWE-TOC] */
export const HWE_TOC: Citation = { ...sources.HWE_TOC, provision: 'section 1.1' };
/** [SWL-BOARD] */
export const SWL_BOARD: Citation = { ...sources.SWL_BOARD, provision: 'accountability for delegated functions' };
/** [NOTTS] */
export const NOTTS: Citation = { ...sources.NOTTS, provision: 'joint committees' };
/** NHS Act 2006 ss.65Z5/65Z6: joint working and delegation. Not read (catalogue §13 item 3). */
export const ACT_65Z5 = cite('NHS Act 2006 (as amended by the Health and Care Act 2022)', 'sections 65Z5 and 65Z6', 'https://www.legislation.gov.uk/ukpga/2006/41/section/65Z5', 'U');
/** [KF-PLACE] */
export const KF_PLACE = cite("The King's Fund, \"Place-based partnerships explained\"", 'what are place-based partnerships?', 'https://www.kingsfund.org.uk/insight-and-analysis/long-reads/place-based-partnerships-explained', 'V');
/** [NHSE-SE] */
export const NHSE_SE = cite('NHS England South East, legislative proposals summary', 'place', 'https://www.england.nhs.uk/south-east/legislative-proposals/', 'V');
/** [NEURAL] */
export const NEURAL = cite('Neural, "System, places and neighbourhood"', 'typical population sizes', 'https://www.neural.org.uk/system-places-and-neighbourhood/', 'V');
/** [NHSP-SIZE] */
export const NHSP_SIZE = cite('NHS Providers, "Context: the new system architecture"', 'system size', 'https://nhsproviders.org/case-studies-of-local-collaboration/context-the-new-system-architecture', 'V');
/** [SUSSEX-SIZE] */
export const SUSSEX_SIZE = cite('Sussex Health and Care, recruitment of designate ICB chief executives (Sept 2021)', 'ICB populations of 500,000 to 3 million', 'https://www.sussexhealthandcare.uk/2021/09/recruitment-process-begins-to-appoint-designate-chief-executives-of-nhs-integrated-care-boards/', 'V');
