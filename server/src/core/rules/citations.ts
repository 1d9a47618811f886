import type { Citation } from '../types';

/**
 * Sources of the rule catalogue, by their catalogue keys. A rule spreads one and sets its own
 * `provision`. URLs and confidence marks are the catalogue's (§12).
 */
const cite = (instrument: string, provision: string, url: string, confidence: Citation['confidence']): Citation => ({ instrument, provision, url, confidence });

export const ACT_SCH1B_P1 = cite('NHS Act 2006 (as amended by the Health and Care Act 2022)', 'Schedule 1B Part 1', 'https://www.legislation.gov.uk/ukpga/2006/41/schedule/1B/part/1', 'V');
export const ACT_SCH1B_P2 = cite('NHS Act 2006 (as amended by the Health and Care Act 2022)', 'Schedule 1B Part 2', 'https://www.legislation.gov.uk/ukpga/2006/41/schedule/1B/part/2', 'V');
export const ACT_14Z25 = cite('NHS Act 2006 (as amended by the Health and Care Act 2022)', 'section 14Z25', 'https://www.legislation.gov.uk/ukpga/2006/41/part/2/chapter/A3/crossheading/establishment-of-integrated-care-boards-including-by-repurposing-clinical-commissioning-groups', 'V');
export const LGPIHA_116ZA = cite('Local Government and Public Involvement in Health Act 2007', 'section 116ZA', 'https://www.legislation.gov.uk/ukpga/2007/28/section/116ZA', 'V');
export const LGPIHA_116ZB = cite('Local Government and Public Involvement in Health Act 2007', 'section 116ZB', 'https://www.legislation.gov.uk/ukpga/2007/28/section/116ZB', 'V');
export const SI_2024_1205 = cite('Health and Care Act 2022 (Further Consequential Amendments) Regulations 2024 (SI 2024/1205)', 'regulation 2(3)', 'https://www.legislation.gov.uk/uksi/2024/1205/regulation/2', 'I');
export const NHSE_CONST24 = cite('NHS England, Guidance on ICB constitutions and governance (2023/24)', 'Action required', 'https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance/', 'V');
export const HWE_CONSTITUTION = cite('NHS Hertfordshire and West Essex ICB constitution (derived from the NHS England model)', 'section 2', 'https://hertsandwestessex.icb.nhs.uk/us/constitution/2', 'V');
export const CCPL_GUIDANCE = cite('NHS England and NHS Improvement, ICS implementation guidance on effective clinical and care professional leadership (Sept 2021)', 'design principles', 'https://www.nhsconfed.org/articles/clinical-and-care-professional-leadership-practice-0', 'V');
export const CONFED_CCPL_REPORT = cite('NHS Confederation, Clinical and care professional leadership in integrated care systems (July 2021)', 'Appendix 2', 'https://vdocuments.site/clinical-and-care-professional-leadership-in-integrated-.html', 'V');
export const NHSCC_LETTER_2021 = cite('NHS Clinical Commissioners and NHS Confederation, letter to the Minister of State (25 May 2021)', 'clinical leadership – not just advice', 'https://www.nhsconfed.org/', 'V');
export const THRIVING_PLACES = cite('NHS England and NHS Improvement with the LGA, Thriving places (Sept 2021)', 'place-based partnerships', 'https://local.gov.uk/node/8266842', 'V');
export const REGULATOR_FORMATS = cite('UK Core and NHS England practitioner identifier tables', 'registration number formats', 'https://nw-gmsa.github.io/R4/StructureDefinition-PractitionerIdentifier.html', 'V');
