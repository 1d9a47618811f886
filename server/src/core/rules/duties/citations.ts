import { cite } from '../citations';
import { ACT_14Z52 as SHARED_14Z52 } from '../citations';
import type { Citation } from '../../types';

/**
 * Sources of §14 (statutory duties and reporting) and §15 (named officers and bodies), from issue
 * 13's research (`research-13.md` §1), confidence as read there.
 */

export const SECTION_14 = '14. Statutory duties and reporting';
export const SECTION_15 = '15. Named officers and bodies';

/** L6: the titles of the general duties, as s.14Z59(3) lists them (read). */
export const ACT_14Z59 = cite('NHS Act 2006 (as amended by the Health and Care Act 2022)', 'section 14Z59(3) (titles of ss.14Z34, 14Z35, 14Z38, 14Z40, 14Z43 and 14Z45)', 'https://legislation.gov.uk/ukpga/2006/41/chapter/A3/crossheading/performance-assessment-of-integrated-care-boards/2022-07-01?view=plain+extent', 'V');
/** L10: the joint forward plan explains how the ICB will discharge its general duties. */
export const ACT_14Z52_2B: Citation = { ...SHARED_14Z52, provision: 'section 14Z52(2)(b) (the plan explains how the ICB proposes to discharge its duties under ss.14Z34 to 14Z45)' };
/** L13: the annual report. */
export const ACT_14Z58 = cite('NHS Act 2006 (as amended by the Health and Care Act 2022)', 'section 14Z58(1), (2)(a) and (3) (annual report; general duties explained; health and wellbeing boards consulted)', 'https://legislation.gov.uk/ukpga/2006/41/section/14Z58/2024-02-28/data.html', 'V');
/** E5: the HWE constitution on the joint forward plan and the general duties. */
export const HWE_738 = cite('NHS Hertfordshire and West Essex ICB constitution (derived from the NHS England model)', 'section 7.3.8 (the plan explains the general duties, ss.14Z34 to 14Z45)', 'https://hertsandwestessex.icb.nhs.uk/us/constitution/7', 'V');
/** L23: s.149 quoted by a barrister's paper (legislation.gov.uk page not stored). */
export const EQUALITY_149 = cite('Equality Act 2010 (quoted in a barristers\' chambers paper)', 'section 149(1) (the public sector equality duty)', 'https://www.murraystable.com/news-articles/articles/public-sector-equality-duty-and-key-implications-of-the-equality-act-2010-for-public-authorities', 'I');
export const SEL_PSED = cite('NHS South East London ICB, Public sector equality duty', '"All public bodies, which includes NHS Integrated Care Boards, have a general equality duty"', 'https://selondonics.org/icb/about-us/equality-diversity-and-inclusion/public-sector-equality-duty', 'V');
export const NOTTS_PSED = cite('NHS Nottingham and Nottinghamshire ICB, Equality, inclusion and human rights', 'publish equality information annually and equality objectives at least every four years', 'https://notts.icb.nhs.uk/about-us/safeguarding/equality-inclusion-and-human-rights', 'V');
/** G16: Greener NHS. */
export const GREENER_NHS = cite('NHS England, Greener NHS: organisations', '"every Trust and ICB in the country now having a board-level lead"; green plans "approved by the organisation\'s board"', 'https://www.england.nhs.uk/greenernhs/get-involved/organisations/', 'V');
/** L11: the health and wellbeing boards' opinion on the draft joint forward plan (section text not read). */
export const GLOS_HWB = cite('Gloucestershire Health and Wellbeing Board, minutes (on NHS Act 2006 s.14Z54)', '"the ICB must consult with the HWB on whether the plan has taken proper account of the relevant JLHWS … the ICB must include a statement from the HWB"', 'https://glostext.gloucestershire.gov.uk/mgAi.aspx?ID=43307', 'I');
export const VCSE_ICS_JFP = cite('VCSE-ICS, Joint forward plans', 'the plan "must, by law, include a written opinion from each HWB Board"', 'https://vcse-ics.co.uk/joint-forward-plans', 'I');
export const NHSE_JFP = cite('NHS England, Guidance on developing the joint forward plan', 'opening: the ICB and its partner trusts prepare the plan before each financial year', 'https://www.england.nhs.uk/long-read/guidance-on-developing-the-joint-forward-plan/', 'V');
/** L21: the Health and Social Care Act 2012 s.194 (read). */
export const HSCA_194 = cite('Health and Social Care Act 2012', 'section 194(2)(f), (6) and (7) (a representative of each relevant ICB on the health and wellbeing board, appointed by the ICB; one person may represent several)', 'https://www.legislation.gov.uk/ukpga/2012/7/part/5/chapter/2/crossheading/health-and-wellbeing-boards-establishment', 'V');

// §15: named officers.
/** G10: the EPRR framework applies to ICBs (read); its accountable emergency officer clause was not read: West Yorkshire ICB's page (read) describes the role. */
export const NHSE_EPRR = cite('NHS England, EPRR guidance and framework', 'a framework for NHS-funded organisations "including … integrated care boards"', 'https://www.england.nhs.uk/ourwork/eprr/gf/', 'V');
export const WY_EPRR = cite('NHS West Yorkshire ICB, Emergency preparedness, resilience and response', '"The ICB has an Accountable Emergency Officer (AEO) for EPRR … responsible for discharging the ICBs responsibilities around EPRR and providing assurance to the board"; ICBs designated Category 1 responders', 'https://www.westyorkshire.icb.nhs.uk/about-west-yorkshire-integrated-care-board/emergency-preparedness-resilience-and-response', 'V');
/** L19: s.252A (read): the ICB's duty to be prepared; (9) puts the duty to appoint an individual on providers. */
export const ACT_252A = cite('NHS Act 2006 (as amended)', 'section 252A(1) (each ICB must take appropriate steps to be properly prepared for an emergency) and (9) (relevant service providers appoint an individual)', 'https://legislation.gov.uk/ukpga/2006/41/section/252A/2024-02-28/data.xht', 'V');
/** L22. */
export const CHILDREN_ACT_16E = cite('Children Act 2004', 'section 16E (the ICB is a safeguarding partner)', 'https://www.legislation.gov.uk/ukpga/2004/31/section/16E/data.html', 'V');
export const NHS_SAFEGUARDING_GUIDE = cite('NHS England, Safeguarding guide (commissioning assurance)', '"ICB Executive Chief Nurses will be taking executive accountability for statutory safeguarding"', 'https://safeguarding-guide.nhs.uk/safeguarding-commissioning-assurance/s5-02', 'V');
export const SAAF_2024 = cite('NHS England, Safeguarding children, young people and adults at risk in the NHS: safeguarding accountability and assurance framework (2024)', 'foreword (the 4th edition)', 'https://www.england.nhs.uk/long-read/safeguarding-children-young-people-and-adults-at-risk-in-the-nhs/', 'V');
export const SWL_SAFEGUARDING = cite('NHS South West London ICB, Safeguarding declaration', '"An accountable officer and an executive lead for safeguarding are in place"', 'https://www.southwestlondon.icb.nhs.uk/publications/safeguarding-declaration/', 'V');
/** G14, G15: the NDG guidance itself was not read. */
export const UKCGC_NDG = cite('UK Caldicott Guardian Council, on the National Data Guardian\'s guidance on the appointment of Caldicott Guardians (2021)', 'applies to all public bodies in the health service that handle confidential information', 'https://www.ukcgc.uk/news/blog-post-title-two-hxp8w', 'I');
export const LEXOLOGY_CALDICOTT = cite('Lexology, summary of the National Data Guardian\'s guidance on Caldicott Guardians', '"the guidance advises against Caldicott Guardians also being a Senior Information Risk Owner (SIRO)"', 'https://www.lexology.com/library/detail.aspx?g=f3f66549-b3ba-44ae-beb7-efe9008215a7', 'I');
export const DIGITALHEALTH_SIRO = cite('Digital Health (May 2016), on a CQC and National Data Guardian letter', 'appointing a SIRO and Caldicott Guardian "at board or equivalent level"', 'https://www.digitalhealth.net/2016/05/nhs-urged-to-take-security-steps-ahead-of-caldicott-report/', 'I');
/** G12. */
export const NHSE_FTSU = cite('NHS England, Integrated care boards, integrated care systems and Freedom to Speak Up', '"ICBs must ensure their own ICB staff have access to routes for speaking up including Freedom to Speak Up guardian(s)"; "Appointing an executive and non-executive lead for Freedom to Speak Up"', 'https://www.england.nhs.uk/ourwork/freedom-to-speak-up/integrated-care-boards-integrated-care-systems-and-freedom-to-speak-up/', 'V');
/** G13. */
export const NHSE_FPPT = cite('NHS England, Fit and proper person test framework for board members (August 2023, updated June 2024)', 'the framework applies to ICB board members', 'https://www.england.nhs.uk/long-read/nhs-england-fit-and-proper-person-test-framework-for-board-members/', 'V');
export const NHSE_FPPT_LETTER = cite('NHS England, Fit and proper person test for board members (letter)', '"The FPPT applies to executive and non-executive directors of integrated care boards … interim as well as permanent appointments"', 'https://www.england.nhs.uk/long-read/fit-and-proper-person-test-for-board-members-letter-1/', 'V');
export const NHSE_FPPT_FAQ = cite('NHS England, Fit and proper person test: frequently asked questions', '1.3: "The FPPT Framework is not statutory (other than CQC Regulation 5 Fit and Proper Persons: Board directors)"', 'https://www.england.nhs.uk/long-read/fit-and-proper-person-test-frequently-asked-questions/', 'V');
export const HWE_FPPT = cite('NHS Hertfordshire and West Essex ICB, Fit and proper persons policy', '"Integrated Care Boards are required to demonstrate compliance with the FPPR on an annual basis"', 'https://hertsandwestessex.ics.nhs.uk/?p=1699', 'V');
