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
export const CRONER_TP = cite('Croner-i, "How clinical and care professionals will influence statutory integrated care", summarising NHS England and NHS Improvement\'s September 2021 guidance including "Thriving places" (reviewed 20 Oct 2021)', 'place-based partnerships', 'https://app.croneri.co.uk/feature-articles/how-clinical-and-care-professionals-will-influence-statutory-integrated-care?topic=3931', 'V');
/** Seed 002: NHS Clinical Commissioners' briefing on the Integration and Innovation white paper (2021). */
export const NHSCC_WHITE_PAPER = cite('NHS Clinical Commissioners, "Our action for you on the proposals outlined in the Integration and Innovation white paper" (2021; read in a copy: its own web address was not found, the link is to the publisher)', 'policy positions', 'https://www.nhsconfed.org/', 'V');
/** [HWE-TOC] */
export const HWE_TOC: Citation = { ...sources.HWE_TOC, provision: 'section 1.1' };
/** [SWL-BOARD] */
export const SWL_BOARD: Citation = { ...sources.SWL_BOARD, provision: 'accountability for delegated functions' };
/** [NOTTS] */
export const NOTTS: Citation = { ...sources.NOTTS, provision: 'joint committees' };
/** NHS Act 2006 ss.65Z5/65Z6: joint working and delegation, read in the Health and Care Act 2022 s.71 as enacted. */
export const ACT_65Z5 = cite('NHS Act 2006, as inserted by the Health and Care Act 2022 section 71 (text as enacted)', 'sections 65Z5 and 65Z6', 'https://www.legislation.gov.uk/ukpga/2022/31/section/71/enacted', 'V');
/** [KF-PLACE] */
export const KF_PLACE = cite("The King's Fund, \"Place-based partnerships explained\"", 'what are place-based partnerships?', 'https://www.kingsfund.org.uk/insight-and-analysis/long-reads/place-based-partnerships-explained', 'V');
/** [NHSE-SE] */
export const NHSE_SE = cite('NHS England South East, legislative proposals summary', 'place', 'https://www.england.nhs.uk/south-east/legislative-proposals/', 'V');
/**
 * Primary care networks of 30,000 to 50,000 people: set by NHS England's Long Term Plan and the
 * 2019 GP contract, as two reliable summaries of them report (NHS England's own text was not read).
 * They replace the page "System, places and neighbourhood" (Neural), which could not be found again.
 */
export const KF_PCN = cite("The King's Fund, \"Primary care networks and the NHS long-term plan: the new player on the pitch\" (April 2019)", 'groups of GP practices covering populations of 30–50,000, in the NHS Long Term Plan', 'https://www.kingsfund.org.uk/blog/2019/04/primary-care-networks-nhs-long-term-plan', 'V');
export const DACB_PCN = cite('DAC Beachcroft, "The NHS Long Term Plan: Primary Care Networks" (24 January 2019)', 'networks based on GP registered lists, typically serving local communities of around 30,000 to 50,000', 'https://www.dacbeachcroft.com/en/What-we-think/The-NHS-Long-Term-Plan-Primary-Care-Networks', 'V');
/** [NHSP-SIZE] */
export const NHSP_SIZE = cite('NHS Providers, "Context: the new system architecture"', 'system size', 'https://nhsproviders.org/case-studies-of-local-collaboration/context-the-new-system-architecture', 'V');
/** [SUSSEX-SIZE] */
export const SUSSEX_SIZE = cite('Sussex Health and Care, recruitment of designate ICB chief executives (Sept 2021)', 'ICB populations of 500,000 to 3 million', 'https://www.sussexhealthandcare.uk/2021/09/recruitment-process-begins-to-appoint-designate-chief-executives-of-nhs-integrated-care-boards/', 'V');
