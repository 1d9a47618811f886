import * as sources from '../citations';
import { cite, HWE_CONSTITUTION, NHSE_CONST24 } from '../citations';
import type { Citation } from '../../types';

/**
 * Sources of catalogue §2 (board composition and roles) and §3 (eligibility) that the shared
 * `rules/citations.ts` does not hold. Keys follow the catalogue's §12; a rule spreads one and may
 * set its own `provision`. Confidence marks are the catalogue's.
 */

/** HWE 2.1.5: "NHS England Policy requires" finance, medical and nursing executives and two non-executives. */
export const HWE_2_1_5: Citation = { ...HWE_CONSTITUTION, provision: 'paragraph 2.1.5 ("NHS England Policy requires")' };
/** HWE 2.1.6: partner members bring their sector's perspective but are not its delegates. */
export const HWE_2_1_6: Citation = { ...HWE_CONSTITUTION, provision: 'paragraph 2.1.6' };
/** HWE section 3: eligibility and disqualification (3.1.1 and 3.2.1–3.2.6). */
export const HWE_3 = cite(
  'NHS Hertfordshire and West Essex ICB constitution (derived from the NHS England model)',
  'section 3',
  'https://hertsandwestessex.icb.nhs.uk/us/constitution/3',
  'V',
);

export const HF = cite(
  'The Health Foundation, "Integrated care boards: what do they look like?"',
  'board membership',
  'https://www.health.org.uk/news-and-comment/blogs/integrated-care-boards-what-do-they-look-like',
  'V',
);
export const GGI_CONST = cite(
  'Good Governance Institute, "Integrated care boards: why a whole-system governance approach is key"',
  'the model constitution minimum',
  'https://www.good-governance.org.uk/publications/insights/integrated-care-boards-why-a-whole-system-governance-approach-is-key',
  'V',
);
export const HSJ_DF = cite(
  'HSJ, "NHS England reveals who will sit on ICS boards" (the ICS design framework)',
  'board membership',
  'https://www.hsj.co.uk/policy-and-regulation/nhs-england-reveals-who-will-sit-on-ics-boards/7030317.article',
  'V',
);
export const HSJ_2025: Citation = { ...sources.HSJ_2025, provision: 'model ICB blueprint' };
export const PQ_HL6183: Citation = { ...sources.PQ_HL6183, provision: 'eligibility of the independent chair' };
export const PQ_HL9462: Citation = { ...sources.PQ_HL9462, provision: 'securing the mental health seat', confidence: 'V' as const };
export const NHSE_CONST24_DEPUTY: Citation = { ...NHSE_CONST24, provision: 'Action required: deputy chair' };
export const NHSE_CONST24_SENIOR: Citation = { ...NHSE_CONST24, provision: 'Action required: senior non-executive member' };
export const CAP_ICB = cite(
  'Capsticks, "Establishment of integrated care boards: understanding their composition" (April 2022), summarising the interim ICB guidance',
  'partner members',
  'https://capsticks.com/insights/establishment-of-integrated-care-boards-understanding-their-composition-avoiding-conflicts-of-interest-and-nominating-board-members',
  'V',
);
export const NHSP_PM: Citation = { ...sources.NHSP_PM, provision: 'the role of partner members', confidence: 'V' as const };
export const NOTTS: Citation = { ...sources.NOTTS, provision: 'eligible primary medical services providers' };
export const LSC_BOARD = cite(
  'NHS Lancashire and South Cumbria ICB, board members page',
  'participants',
  'https://www.lancashireandsouthcumbria.icb.nhs.uk/about-us/board/board-members',
  'V',
);
export const CM_ENG = cite(
  'NHS Cheshire and Merseyside, establishing the new integrated care board (engagement)',
  'a board "larger than national guidelines"',
  'https://southportandformbyccg.nhs.uk/get-involved/current-exercises/establishing-the-new-integrated-care-board-for-cheshire-and-merseyside/',
  'V',
);
/** The model constitution's eligibility clauses for the medical director and director of nursing: not read. */
export const MODEL_CONSTITUTION_MD = cite(
  'NHS England model ICB constitution',
  'eligibility clause for the Medical Director (not read; expected)',
  'https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance/',
  'U',
);
export const MODEL_CONSTITUTION_DON = cite(
  'NHS England model ICB constitution',
  'eligibility clause for the Director of Nursing (not read; expected)',
  'https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance/',
  'U',
);
export const MODEL_CONSTITUTION_EXEC_EMPLOYMENT = cite(
  'NHS England model ICB constitution',
  'executive members (not read; by analogy with Schedule 1B paragraph 7(2) for the chief executive)',
  'https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance/',
  'U',
);
export const MODEL_CONSTITUTION_TERMS = cite(
  'NHS England model ICB constitution',
  'terms of appointment (section heading known; content not read)',
  'https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance/',
  'U',
);
