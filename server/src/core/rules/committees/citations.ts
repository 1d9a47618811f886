import * as sources from '../citations';
import { cite } from '../citations';
import type { Citation } from '../../types';

/**
 * Sources of catalogue §4 (committees, standing orders, delegation documents, quorum,
 * transparency) and §5 (conflicts of interest, good practice). Keys follow the catalogue's §12;
 * a rule spreads one and may set its own `provision`. Confidence marks are the catalogue's: a
 * source nobody has read is marked `U`, which caps the rule at information.
 */

const NHSE_GUIDANCE_URL = 'https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance/';

/** [LINC] Lincolnshire ICB: two statutory committees (audit, remuneration); audit chaired by an independent member with finance/audit credibility. */
export const LINC = cite(
  'NHS Lincolnshire ICB, Our board and committees',
  'committees of the board',
  'https://lincolnshire.icb.nhs.uk/about-us/our-board-and-committees/committees/',
  'V',
);
/** [SNEE-GH] Suffolk and North East Essex ICB governance handbook. */
export const SNEE_GH = cite(
  'NHS Suffolk and North East Essex ICB, Governance handbook',
  'terms of reference of the statutory committees',
  'https://suffolkandnortheastessex.icb.nhs.uk/about-us/our-policies/nhs-suffolk-and-north-east-essex-integrated-care-board-governance-handbook/',
  'V',
);
/** [HWE-5] Hertfordshire and West Essex constitution, section 5 (standing orders, SFIs). */
export const HWE_5 = cite(
  'NHS Hertfordshire and West Essex ICB constitution (derived from the NHS England model)',
  'section 5',
  'https://hertsandwestessex.icb.nhs.uk/us/constitution/5',
  'V',
);
/** [HWE-7] Hertfordshire and West Essex constitution, section 7 (transparency; implements Sch 1B para 12(2), which it cites as 11(2)). */
export const HWE_7: Citation = { ...sources.HWE_7, provision: 'section 7', confidence: 'V' as const };
/** [HWE-8] Hertfordshire and West Essex constitution, section 8 (employees; remuneration committee). */
export const HWE_8: Citation = { ...sources.HWE_8, provision: 'section 8' };
/** [NOTTS] Nottingham and Nottinghamshire ICB organisational information (handbook, SoRD, SFIs). */
export const NOTTS: Citation = { ...sources.NOTTS, provision: 'governance handbook' };
/** [WY-GOV] West Yorkshire ICB governance page (handbook contents, functions and decisions map). */
export const WY_GOV = cite(
  'NHS West Yorkshire ICB, Governance',
  'governance handbook contents',
  'https://westyorkshire.icb.nhs.uk/about-west-yorkshire-integrated-care-board/governance',
  'V',
);
/** [SWL-BOARD] South West London ICB board page: the board remains accountable for delegated functions. */
export const SWL_BOARD: Citation = { ...sources.SWL_BOARD, provision: 'delegation and accountability' };
/** [BNSSG] Bristol, North Somerset and South Gloucestershire ICB governance handbook. */
export const BNSSG = cite(
  'NHS Bristol, North Somerset and South Gloucestershire ICB, Governance handbook',
  'standing orders',
  'https://bnssg.icb.nhs.uk/about-us/governance/governance-handbook/',
  'V',
);
/** [NHSE-AREA] NHS England, integrated care in your area (published constitutions and handbooks). */
export const NHSE_AREA: Citation = { ...sources.NHSE_AREA, provision: 'ICB constitutions and governance handbooks' };
/** [GLOS] NHS Gloucestershire: the audit committee also acts as the auditor panel. */
export const GLOS = cite(
  'NHS Gloucestershire ICB, Sub-committees of the board',
  'audit committee acting as auditor panel',
  'https://nhsglos.nhs.uk/about-us/how-we-work/the-icb-board/sub-committees',
  'V',
);
/** Local Audit and Accountability Act 2014: whether its auditor-panel duty reaches ICBs was not read. */
export const LAAA_2014 = cite(
  'Local Audit and Accountability Act 2014',
  'section 9 and Schedule 4 (auditor panels), as applied to ICBs (not read)',
  'https://www.legislation.gov.uk/ukpga/2014/2',
  'U',
);
/** [GGI-QUAL] Good Governance Institute, purposeful quality committees. */
export const GGI_QUAL = cite(
  'Good Governance Institute, Purposeful quality committees',
  'quality committee chair and membership',
  'https://www.good-governance.org.uk/publications/insights/purposeful-quality-committees',
  'V',
);
/** [LSC-QC] Lancashire and South Cumbria ICB quality committee terms of reference ("non-executive chaired"). */
export const LSC_QC = cite(
  'NHS Lancashire and South Cumbria ICB, Quality Committee terms of reference',
  'chair and membership',
  'https://lsc-icb.franktesting.co.uk/about-us/sub-committees/quality-committee/terms-reference',
  'V',
);
/** Seed 002: NHSCC briefing on the Integration and Innovation white paper (2021). */
export const NHSCC_WHITE_PAPER_2021 = cite(
  'NHS Clinical Commissioners, Our action for you on the proposals outlined in the Integration and Innovation white paper (2021; read in a copy: its own web address was not found, the link is to the publisher)',
  'Embed independent quality assurance: lay/non-executive led, with an executive director of quality (ideally a nurse)',
  'https://www.nhsconfed.org/',
  'V',
);
/** The NHS England model standing orders: their quorum clauses were not read (catalogue §0, §13). */
export const NHSE_MODEL_STANDING_ORDERS = cite(
  'NHS England, model ICB constitution and standing orders (2022, updated 2023/24)',
  'standing orders: quorum (clause not read)',
  NHSE_GUIDANCE_URL,
  'U',
);
/** NHS England 2023/24 guidance: the deputy chair presides when the chair is away; named non-executive roles. */
export const NHSE_CONST24: Citation = { ...sources.NHSE_CONST24, provision: 'Action required: deputy chair and senior non-executive member' };
/** The model constitution clause keeping the audit chair separate from the board chair: not read. */
export const NHSE_MODEL_AUDIT_CHAIR = cite(
  'NHS England, model ICB constitution (2022, updated 2023/24)',
  'audit committee chair (clause not read; consistent with Lincolnshire ICB and the 2023/24 guidance)',
  NHSE_GUIDANCE_URL,
  'U',
);
/** [BLMK-COI] BLMK publishes procurement decisions and spend over £25k. */
export const BLMK_COI = cite(
  'NHS Bedfordshire, Luton and Milton Keynes ICB, Conflicts of interest management and standards of business conduct',
  'publication of registers and decisions',
  'https://bedfordshirelutonandmiltonkeynes.icb.nhs.uk/about-us/governance/conflicts-of-interest-management-and-standards-of-business-conduct/',
  'V',
);
/** [BSOL] Birmingham and Solihull ICB register of interests (guardian; 28 days; retention). */
export const BSOL = cite(
  'NHS Birmingham and Solihull ICB, Register of interests',
  'conflicts of interest arrangements',
  'https://www.birminghamsolihull.icb.nhs.uk/about-us/meet-our-board/register-interests',
  'V',
);
/** [HNY] Humber and North Yorkshire ICB conflicts of interest page (guardian). */
export const HNY = cite(
  'NHS Humber and North Yorkshire ICB, Conflicts of interest',
  'conflicts of interest guardian',
  'https://humberandnorthyorkshire.icb.nhs.uk/governance/conflicts-of-interest',
  'V',
);
/** [MSE] Mid and South Essex ICB declarations (28 days; annual review; declarations at meetings). */
export const MSE = cite(
  'NHS Mid and South Essex ICB, Board declarations of interest',
  'declaring interests',
  'https://midandsouthessex-ics.mixd.co.uk/about/boards/integrated-care-board/declarations/',
  'V',
);
/** [SNEE-COI] SNEE standards of business conduct and conflicts of interest policy. */
export const SNEE_COI: Citation = { ...sources.SNEE_COI, provision: 'scope and content' };
/** [NHSP-PM] NHS Providers on trust partner members holding posts in their trust and on the ICB. */
export const NHSP_PM: Citation = { ...sources.NHSP_PM, provision: 'conflicts of interest of partner members', confidence: 'V' as const };
