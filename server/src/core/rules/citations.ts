import type { Citation } from '../types';

/**
 * Sources of the rule catalogue, by their catalogue keys. A rule spreads one and sets its own
 * `provision`. URLs and confidence marks are the catalogue's (§12).
 */
/** Builds a citation; rules with a one-off source use it too. */
export const cite = (instrument: string, provision: string, url: string, confidence: Citation['confidence']): Citation => ({ instrument, provision, url, confidence });

export const ACT_SCH1B_P1 = cite('NHS Act 2006 (as amended by the Health and Care Act 2022)', 'Schedule 1B Part 1', 'https://www.legislation.gov.uk/ukpga/2006/41/schedule/1B/part/1', 'V');
export const ACT_SCH1B_P2 = cite('NHS Act 2006 (as amended by the Health and Care Act 2022)', 'Schedule 1B Part 2', 'https://www.legislation.gov.uk/ukpga/2006/41/schedule/1B/part/2', 'V');
export const ACT_14Z25 = cite('NHS Act 2006 (as amended by the Health and Care Act 2022)', 'section 14Z25', 'https://www.legislation.gov.uk/ukpga/2006/41/part/2/chapter/A3/crossheading/establishment-of-integrated-care-boards-including-by-repurposing-clinical-commissioning-groups', 'V');
export const LGPIHA_116ZA = cite('Local Government and Public Involvement in Health Act 2007', 'section 116ZA', 'https://www.legislation.gov.uk/ukpga/2007/28/section/116ZA', 'V');
export const LGPIHA_116ZB = cite('Local Government and Public Involvement in Health Act 2007', 'section 116ZB', 'https://www.legislation.gov.uk/ukpga/2007/28/section/116ZB', 'V');
/**
 * Schedule 1B in full, as inserted by the Health and Care Act 2022 (Schedule 2) and read in the Act
 * as enacted: paragraphs 8(1)(b) to 16 could not be read on the revised page (ACT_SCH1B_P1), which
 * stops at 8(1)(a). Later amendments to these paragraphs, if any, were not checked.
 */
export const ACT_SCH1B_ENACTED = cite('NHS Act 2006, as inserted by the Health and Care Act 2022 Schedule 2 (text as enacted)', 'Schedule 1B', 'https://www.legislation.gov.uk/ukpga/2022/31/schedule/2/enacted', 'V');
/** Sections 14Z29 and 14Z30, inserted by the Health and Care Act 2022 s.19 and read there as enacted. */
export const ACT_14Z30 = cite('NHS Act 2006, as inserted by the Health and Care Act 2022 section 19 (text as enacted)', 'section 14Z30', 'https://www.legislation.gov.uk/ukpga/2022/31/section/19/enacted', 'V');
/** Sections 14Z52 to 14Z54 (joint forward plans), inserted by the Health and Care Act 2022 s.25 and read there as enacted. */
export const ACT_14Z52 = cite('NHS Act 2006, as inserted by the Health and Care Act 2022 section 25 (text as enacted)', 'section 14Z52', 'https://www.legislation.gov.uk/ukpga/2022/31/section/25/enacted', 'V');
export const SI_2024_1205 = cite('Health and Care Act 2022 (Further Consequential Amendments) Regulations 2024 (SI 2024/1205)', 'regulation 2(3)', 'https://www.legislation.gov.uk/uksi/2024/1205/regulation/2', 'I');
export const NHSE_CONST24 = cite('NHS England, Guidance on ICB constitutions and governance (2023/24)', 'Action required', 'https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance/', 'V');
export const HWE_CONSTITUTION = cite('NHS Hertfordshire and West Essex ICB constitution (derived from the NHS England model)', 'section 2', 'https://hertsandwestessex.icb.nhs.uk/us/constitution/2', 'V');
export const CCPL_GUIDANCE = cite('NHS England and NHS Improvement, ICS implementation guidance on effective clinical and care professional leadership (Sept 2021)', 'design principles', 'https://www.nhsconfed.org/articles/clinical-and-care-professional-leadership-practice-0', 'V');
export const CONFED_CCPL_REPORT = cite('NHS Confederation, Clinical and care professional leadership in integrated care systems (July 2021)', 'Appendix 2', 'https://vdocuments.site/clinical-and-care-professional-leadership-in-integrated-.html', 'V');
export const NHSCC_LETTER_2021 = cite('NHS Clinical Commissioners and NHS Confederation, letter to the Minister of State (25 May 2021), "Embedding clinical leadership in integrated care systems"', 'clinical leadership – not just advice', 'https://www.nhsconfed.org/publications/embedding-clinical-leadership-integrated-care-systems', 'V');
export const THRIVING_PLACES = cite('NHS England and NHS Improvement with the LGA, Thriving places (Sept 2021)', 'place-based partnerships', 'https://local.gov.uk/node/8266842', 'V');
export const REGULATOR_FORMATS = cite('UK Core and NHS England practitioner identifier tables', 'registration number formats', 'https://nw-gmsa.github.io/R4/StructureDefinition-PractitionerIdentifier.html', 'V');


// §1 sources beyond the Act itself.
export const NHSE_ICBLIST = cite('NHS England, Integrated care boards in England (the ICBs (Establishment) Order 2022 statutory list)', 'column 1: legal names; area definitions', 'https://www.england.nhs.uk/publication/integrated-care-boards-in-england/', 'V');
export const NHSE_AREA = cite('NHS England, Integrated care in your area', 'constitution variations need NHS England approval', 'https://www.england.nhs.uk/integratedcare/integrated-care-in-your-area/', 'V');
export const NHSE_AREA_2025 = cite('NHS England, Integrated care in your area (2025 clustering version)', 'clustered ICBs', 'https://www.england.nhs.uk/integratedcare/integrated-care-in-your-area/', 'V');
export const CAP_BILL = cite('Capsticks, What does the Health and Care Bill mean for the establishment and governance of ICSs', 'constitution and publication', 'https://www.capsticks.com/insights/what-does-the-health-and-care-bill-mean-for-the-establishment-and-governance-of-integrated-care-systems', 'I');
export const MR_SCH2 = cite('Mills & Reeve, Schedule 2 independence amendment (Nov 2021)', 'private healthcare independence', 'https://www.mills-reeve.com/insights/blogs/health-and-care/november-2021/achilles-heel-schedule-2-integrated-care-boards', 'V');
export const MR_ATLEAST = cite('Mills & Reeve, Update on integrated care boards (Nov 2021)', '"at least" one partner member per sector', 'https://staging-mr.mills-reeve.com/insights/blogs/health-and-care/november-2021/update-on-integrated-care-boards', 'V');
export const PQ_HL9462 = cite('Department of Health and Social Care, written answer HL9462 (22 July 2025), quoting NHS England guidance', 'mental health member of ICB boards', 'https://parallelparliament.co.uk/question/HL9462/integrated-care-boards-directors', 'I');
export const CMH = cite('Centre for Mental Health, changes to the Health and Care Bill (2022)', 'mental health member amendment', 'https://centreformentalhealth.org.uk/news/changes-health-and-care-bill-bring-mental-health-parity-step-closer-integrated-care-systems', 'I');
export const PQ_HL6183 = cite('Department of Health and Social Care, written answer HL6183 (23 February 2022)', 'ICB chairs and the local authority member', 'https://questions-statements.parliament.uk/written-questions/detail/2022-02-10/HL6183/', 'V');
export const PQ_80412 = cite('Department of Health and Social Care, written answer 80412 (1 December 2021)', 'conflicts of interest in ICBs', 'https://parallelparliament.co.uk/question/80412/integrated-care-boards-conflict-of-interests', 'I');
export const HANSARD_AM9 = cite('House of Lords, Health and Care Bill amendment 9 (1 March 2022)', 'conflicts of interest of committee and sub-committee members', 'https://search-prototype.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fhansard.intranet.data.parliament.uk%2FLords%2F2022-03-01%2F22030181000105', 'U');
export const HNY_COI = cite('NHS Humber and North Yorkshire ICB, conflicts of interest', 'policy scope', 'https://humberandnorthyorkshire.icb.nhs.uk/governance/conflicts-of-interest', 'V');
export const SNEE_COI = cite('NHS Suffolk and North East Essex ICB, Standards of business conduct and conflicts of interest policy', 'policy scope', 'https://suffolkandnortheastessex.icb.nhs.uk/about-us/our-policies/standards-of-business-conduct-and-conflicts-of-interest-policy/', 'V');
export const STAFFS_CONST = cite('NHS Staffordshire and Stoke-on-Trent ICB, the ICB constitution', 'status note on NHS England approval of variations', 'https://staffsstoke.icb.nhs.uk/your-nhs-integrated-care-board/governance/the-icb-constitution/', 'V');
export const NHSP_PM = cite('NHS Providers, Trust partner members: navigating the complexities of system working', 'the ICB chair decides on partner nominations', 'https://nhsproviders.org/resources/long-reads/trust-partner-members-navigating-the-complexities-of-system-working', 'I');
export const BLMK_ICB = cite('Bedfordshire, Luton and Milton Keynes ICB, Your NHS integrated care board', 'the chair makes appointments to the board', 'https://blmkhealthandcarepartnership.org/about/your-nhs-integrated-care-board', 'I');
export const HWE_7 = cite('NHS Hertfordshire and West Essex ICB constitution (derived from the NHS England model)', 'section 7 (transparency; joint forward plan)', 'https://hertsandwestessex.icb.nhs.uk/us/constitution/7', 'V');
export const HWE_8 = cite('NHS Hertfordshire and West Essex ICB constitution (derived from the NHS England model)', 'section 8 (employees and the remuneration committee)', 'https://hertsandwestessex.icb.nhs.uk/us/constitution/8', 'V');
export const HWE_9 = cite('NHS Hertfordshire and West Essex ICB constitution (derived from the NHS England model)', 'section 9 (public involvement)', 'https://hertsandwestessex.icb.nhs.uk/us/constitution/9', 'I');
export const HWE_TOC = cite('NHS Hertfordshire and West Essex ICB constitution (derived from the NHS England model)', 'section 1 and appendix 3', 'https://hertsandwestessex.ics.nhs.uk/about/icb/our-constitution/constitution', 'V');
export const CONFED_JFP = cite('NHS Confederation, Integrated care strategy and health and wellbeing board guidance', 'joint forward plans', 'https://www.nhsconfed.org/publications/integrated-care-strategy-and-health-and-wellbeing-board-guidance', 'I');
export const HEALTH_FOUNDATION = cite('The Health Foundation, Integrated care boards: what do they look like?', 'provider collaboratives on boards', 'https://www.health.org.uk/news-and-comment/blogs/integrated-care-boards-what-do-they-look-like', 'V');
export const WY_NEWS = cite('West Yorkshire Health and Care Partnership, ICB board meeting in public (Sept 2025)', 'provider collaboratives', 'https://www.wypartnership.co.uk/news-and-blog/news/nhs-west-yorkshire-integrated-care-board-hold-board-meeting-public-tuesday-23-september', 'V');
export const STAFFS_GH = cite('NHS Staffordshire and Stoke-on-Trent ICB, Governance handbook', 'the four core purposes', 'https://staffsstoke.icb.nhs.uk/your-nhs-integrated-care-board/governance/governance-handbook/', 'V');
export const BLMK_MEET = cite('NHS Bedfordshire, Luton and Milton Keynes ICB, Board meetings', 'meetings in public and public questions', 'https://bedfordshirelutonandmiltonkeynes.icb.nhs.uk/about-us/board-meetings/', 'V');

// §11: professional regulators and registration number formats.
export const UKCORE_ID = cite('HL7 UK Core implementation guide, Practitioner identifier', 'identifier systems and formats', 'https://simplifier.net/guide/uk-core-implementation-guide-stu3-sequence/Home/ProfilesandExtensions/Profile-UKCore-Practitioner/identifier-duplicate-2?version=1.6.0', 'V');
export const NWGMSA_ID = cite('NHS North West Genomic Medicine Service Alliance, England practitioner identifier table', 'registration number formats', 'https://nw-gmsa.github.io/R4/StructureDefinition-PractitionerIdentifier.html', 'V');
export const NMC_CODES = cite('Nursing and Midwifery Council, Registration and qualification codes', 'parts of the register', 'https://www.nmc.org.uk/registration/staying-on-the-register/your-statement-of-entry/registration-and-qualification-codes/', 'V');
export const HCPC_CHECK = cite('Health and Care Professions Council, How to check the register', 'registration numbers and profession codes', 'https://prod.hcpc-uk.org/check-the-register/how-to-check', 'V');
export const HCPC_SNAP = cite('Health and Care Professions Council, Registrant snapshot (January 2025)', 'profession codes', 'https://www.hcpc-uk.co.uk/resources/data/2025/registrant-snapshot-january-2025', 'V');
export const DD_PHTECH = cite('NHS Data Dictionary, Pharmacy technician', 'GPhC registration number', 'https://v3.datadictionary.nhs.uk/data_dictionary/nhs_business_definitions/p/pharmacy_technician_de.asp?shownav=1', 'V');
export const GDC_TYPES = cite('General Dental Council, Types of registrant', 'dental professions', 'https://www.gdc-uk.org/about-us/what-we-do/the-registers/types-of-registrants', 'U');
export const GOC_LEAFLET = cite('General Optical Council, Check your optician is registered (leaflet)', 'optical professions', 'https://docslib.org/doc/859971/check-your-optician-is-registered-gocpatientsbooklet1qx-5-8-10-11-30-page-2', 'U');
export const GOSC_INFO = cite('Third-party listing of an osteopath registration (weak evidence)', 'osteopath registration', 'https://realpeoplemedia.co.uk/businesses/wisteria-house-osteopathic-clinic/42534', 'U');
export const GCC_RULES = cite('General Chiropractic Council (Registration) Rules 1999 (SI 1999/1856)', 'rule 3 (certificate of registration number)', 'https://www.legislation.gov.uk/uksi/1999/1856/article/3/made', 'U');
export const SWE_EMP = cite('Social Work England, Information for employers', 'the register of social workers in England', 'https://www.socialworkengland.org.uk/registration/information-for-employers/', 'U');
export const PSNI_REGISTER = cite('Pharmaceutical Society of Northern Ireland', 'register of pharmacists (format not researched)', 'https://www.psni.org.uk/', 'U');
export const UKPHR_REGISTER = cite('UK Public Health Register', 'accredited register of public health professionals (format not researched)', 'https://www.ukphr.org/', 'U');
export const GMC_CHECK = cite('General Medical Council, What to check when employing a doctor', 'check the register, not the number supplied', 'https://www.gmc-uk.org/registration-and-licensing/employers-medical-schools-and-colleges/employing-a-doctor/what-to-check', 'V');
export const NMC_EMP = cite('Nursing and Midwifery Council, Checking our register (employers)', 'check the register', 'http://www.nmc-uk.org/Employers-and-managers/Your-responsibilities/Checking-our-register/', 'V');
export const SWR_2018 = cite('Social Workers Regulations 2018 (SI 2018/893)', 'regulation 28 (protected title "social worker")', 'https://www.legislation.gov.uk/uksi/2018/893/regulation/28', 'V');
export const MEDICAL_ACT_1983 = cite('Medical Act 1983', 'the GMC register of medical practitioners', 'https://www.legislation.gov.uk/ukpga/1983/54', 'I');
export const NMO_2001 = cite('Nursing and Midwifery Order 2001 (SI 2002/253)', 'the NMC register of nurses, midwives and nursing associates', 'https://www.legislation.gov.uk/uksi/2002/253', 'I');
export const HSWPO_2001 = cite('Health Professions Order 2001 (SI 2002/254)', 'the HCPC register and its professions', 'https://www.legislation.gov.uk/uksi/2002/254', 'I');
export const PHARMACY_ORDER_2010 = cite('Pharmacy Order 2010 (SI 2010/231)', 'the GPhC register of pharmacists and pharmacy technicians', 'https://www.legislation.gov.uk/uksi/2010/231', 'I');
export const DENTISTS_ACT_1984 = cite('Dentists Act 1984', 'the GDC registers', 'https://www.legislation.gov.uk/ukpga/1984/24', 'I');
export const OPTICIANS_ACT_1989 = cite('Opticians Act 1989', 'the GOC registers', 'https://www.legislation.gov.uk/ukpga/1989/44', 'I');
/**
 * The Health Bill 2026 as introduced (14 May 2026). Its text could not be read: what it does is taken
 * from briefings that name its clauses (confidence I), each linked to the briefing itself.
 */
export const HEALTH_BILL_2026 = cite('Health Bill 2026 as introduced in the House of Commons on 14 May 2026, as summarised by Browne Jacobson, "Key changes introduced by the Health Bill to the National Health Service Act 2006" (18 May 2026); the Bill\'s text was not read', 'clause 1 and Schedule 11: NHS England abolished, its functions transferred to the Secretary of State', 'https://www.brownejacobson.com/insights/briefing-note-key-changes-introduced-by-the-health-bill-to-the-national-health-service-act-2006', 'I');
/** Clause 21 of the Bill, as the County Councils Network's evidence to the Public Bill Committee describes it. */
export const HEALTH_BILL_2026_CL21 = cite('Health Bill 2026 as introduced, as described in the County Councils Network\'s written evidence to the Public Bill Committee (June 2026); the Bill\'s text was not read', 'clause 21: the member jointly nominated by the local authorities replaced by a member nominated by the mayor of each mayoral strategic authority', 'https://www.countycouncilsnetwork.org.uk/publications/public-bill-committee-health-bill---ccn-submission', 'I');
/** The NHS mandate falls with NHS England, per the same briefing. */
export const HEALTH_BILL_2026_MANDATE: Citation = { ...HEALTH_BILL_2026, provision: 'clause 1 and Schedule 11: "the mandate regime" abolished alongside NHS England' };
export const HSJ_2025 = cite('HSJ, "ICBs can scrap chief nurse and medic, says NHSE" (2025)', 'model ICB blueprint', 'https://www.hsj.co.uk/london/icbs-can-scrap-chief-nurse-and-medic-says-nhse/7039765.article', 'V');
export const NOTTS = cite('NHS Nottingham and Nottinghamshire ICB, organisational information', 'eligible primary medical services providers', 'https://notts.icb.nhs.uk/organisational-information', 'V');
export const SWL_BOARD = cite('NHS South West London ICB, About our board', 'delegation and accountability', 'https://southwestlondon.icb.nhs.uk/about/board/about-our-board', 'V');
