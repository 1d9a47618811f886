import { APPOINTER_LABEL } from '../rules/statutory/helpers';

/**
 * The format's coded values in words, for documents people read. A value the format does not
 * know (a draft's typo) is shown as written, with its underscores as spaces.
 */

const WORDS: Record<string, Record<string, string>> = {
  role: {
    chair: 'chair',
    chief_executive: 'chief executive',
    executive: 'executive member',
    non_executive: 'non-executive member',
    partner: 'partner member',
    other: 'member',
  },
  function: {
    finance: 'finance',
    medical: 'medical',
    nursing: 'nursing',
    people: 'people',
    strategy: 'strategy',
    mental_health: 'mental health',
    other: 'other',
  },
  partnerSector: {
    nhs_trusts: 'NHS trusts and foundation trusts',
    primary_medical_services: 'providers of primary medical services',
    local_authorities: 'local authorities',
  },
  appointer: APPOINTER_LABEL,
  employment: { employee: 'an employee of the ICB', secondee: 'seconded to the ICB', none: 'not employed by the ICB' },
  laType: {
    county: 'county council',
    unitary: 'unitary council',
    metropolitan_borough: 'metropolitan borough council',
    london_borough: 'London borough council',
    district: 'district council',
    sui_generis: 'local authority of its own kind',
  },
  purpose: {
    improve_population_health: 'improve outcomes in population health and healthcare',
    tackle_inequalities: 'tackle inequalities in outcomes, experience and access',
    productivity_and_value: 'enhance productivity and value for money',
    social_and_economic_development: 'help the NHS support broader social and economic development',
  },
  decision: { consensus: 'by consensus', majority_vote: 'by majority vote' },
  mustInclude: {
    chair_or_deputy: 'the chair or the deputy chair',
    non_executive: 'a non-executive member',
    executive: 'an executive member',
    clinical: 'a member with a clinical background',
    partner: 'a partner member',
    finance: 'the executive member for finance',
  },
  committeeType: {
    audit: 'audit committee',
    remuneration: 'remuneration committee',
    quality: 'quality committee',
    finance: 'finance committee',
    primary_care: 'primary care committee',
    people: 'people committee',
    place: 'place committee',
    other: 'committee',
  },
  excluding: {
    board_chair: 'the chair of the board',
    deputy_chair: 'the deputy chair',
    senior_non_executive: 'the senior non-executive member',
    audit_chair: 'the chair of the audit committee',
    remuneration_chair: 'the chair of the remuneration committee',
    quality_chair: 'the chair of the quality committee',
    chief_executive: 'the chief executive',
    executives: 'the executive members',
    employees: 'employees of the ICB',
  },
  governanceModel: {
    consultative_forum: 'a consultative forum',
    icb_committee: 'a committee of the ICB',
    joint_committee: 'a joint committee',
    individual_delegation: 'delegation to individuals',
    lead_provider: 'a lead provider',
  },
  arrangementStatus: { agreed: 'agreed', options_under_consideration: 'options under consideration', staged: 'introduced in stages' },
  delegationStatus: { planned: 'planned', agreed: 'agreed', in_force: 'in force' },
  allocation: {
    population_need: 'population need',
    weighted_capitation: 'weighted capitation',
    historical_spend: 'historical spend',
    activity_based: 'activity',
    health_inequalities: 'health inequalities',
    other: 'another basis',
  },
  sector: {
    icb: 'the ICB',
    local_authority: 'local authority',
    primary_care: 'primary care',
    nhs_provider: 'NHS provider',
    provider_collaborative: 'provider collaborative',
    independent_provider: 'independent provider',
    social_care_provider: 'social care provider',
    public_health: 'public health',
    healthwatch: 'Healthwatch',
    vcse: 'voluntary, community and social enterprise sector',
    lived_experience: 'people with lived experience',
    housing: 'housing',
    emergency_services: 'emergency services',
    education: 'education',
    criminal_justice: 'criminal justice',
    nhs_england: 'NHS England',
    other: 'other',
  },
  orgType: {
    icb: 'integrated care board',
    other_icb: 'another integrated care board',
    nhs_england: 'NHS England',
    nhs_trust: 'NHS trust',
    foundation_trust: 'NHS foundation trust',
    local_authority: 'local authority',
    combined_authority: 'combined authority',
    other_prescribed_body: 'other prescribed body',
    other: 'other body',
  },
  profession: {
    medicine: 'medicine',
    general_practice: 'general practice',
    nursing: 'nursing',
    midwifery: 'midwifery',
    nursing_associate: 'nursing associate',
    allied_health: 'allied health profession',
    pharmacy: 'pharmacy',
    pharmacy_technician: 'pharmacy technician',
    dentistry: 'dentistry',
    optometry: 'optometry',
    psychology: 'psychology',
    healthcare_science: 'healthcare science',
    public_health: 'public health',
    social_work: 'social work',
    social_care: 'social care',
    other: 'other profession',
  },
  eligibility: {
    fit_and_proper_person_test: 'meet the fit and proper person test',
    nolan_principles: 'uphold the seven principles of public life (the Nolan principles)',
    role_specification: 'meet the specification of the role',
  },
  disqualification: {
    member_of_parliament: 'is a Member of Parliament',
    private_healthcare_independence: 'has an interest in private healthcare that would compromise their independence',
    recent_conviction: 'has a recent criminal conviction of the kind the constitution sets out',
    bankruptcy_restrictions_order: 'is subject to a bankruptcy restrictions order',
    dismissal_from_health_service_body: 'has been dismissed by a health service body',
    prior_termination_of_office: 'has had an earlier appointment as a member of a health service body terminated',
  },
  coiAppliesTo: {
    board_members: 'board members',
    committee_members: 'committee members',
    sub_committee_members: 'sub-committee members',
    employees: 'employees',
    contractors: 'contractors',
  },
  covers: {
    planning_commissioning: 'the planning of commissioning arrangements',
    proposals_for_change: 'the development and consideration of proposals for changes',
    operational_decisions: 'decisions that would affect how services operate',
  },
  relation: { appended: 'appended to the constitution', governance_handbook: 'in the governance handbook', to_be_published: 'to be published' },
  agreementType: { memorandum_of_understanding: 'memorandum of understanding', partnership_agreement: 'partnership agreement', charter: 'charter', other: 'agreement' },
  agreedWith: { icp: 'the integrated care partnership', trusts: 'the NHS trusts', local_authorities: 'the local authorities', primary_care: 'primary care', icb: 'the ICB' },
  appointedBy: { icb: 'the ICB', partnership: 'the partnership' },
  forumLevel: { system: 'system', place: 'place', neighbourhood: 'neighbourhood', provider_collaborative: 'provider collaborative' },
  guidance: { nhs_mandate: 'the NHS mandate', secretary_of_state_guidance: "the Secretary of State's guidance", other: 'other guidance' },
  // Issue 13: beyond the board.
  functionKey: {
    quality_assurance: 'quality assurance',
    safeguarding: 'safeguarding',
    safeguarding_children: 'safeguarding children',
    safeguarding_adults: 'safeguarding adults',
    medicines_optimisation: 'medicines optimisation',
    continuing_healthcare: 'NHS continuing healthcare',
    primary_medical_services: 'primary medical services',
    primary_dental_services: 'primary dental services',
    primary_ophthalmic_services: 'primary ophthalmic services',
    pharmaceutical_services: 'pharmaceutical services',
    specialised_services: 'specialised services',
    mental_health_commissioning: 'commissioning of mental health services',
    emergency_preparedness: 'emergency preparedness, resilience and response',
    procurement_psr: 'decisions under the Provider Selection Regime',
    complaints: 'complaints',
    information_governance: 'information governance',
    research: 'research',
    workforce_education: 'workforce education and training',
  },
  /** A matter reserved to the board, delegated, or excluded from urgent decisions. */
  matter: {
    constitution: 'proposals to vary the constitution',
    standing_orders: 'the standing orders',
    scheme_of_reservation_and_delegation: 'the scheme of reservation and delegation',
    standing_financial_instructions: 'the standing financial instructions',
    joint_forward_plan: 'the joint forward plan',
    joint_capital_resource_use_plan: 'the joint capital resource use plan',
    annual_report_and_accounts: 'the annual report and accounts',
    strategy_and_vision: 'the ICB’s vision, values and strategic direction',
    committee_terms_of_reference: 'establishing committees and approving their terms of reference',
    risk_appetite: 'the ICB’s risk appetite and board assurance framework',
    contracts_above_limit: 'contracts above a financial limit',
    primary_care_contracting: 'primary care contracting decisions',
  },
  duty: {
    quality: 'improving the quality of services',
    inequalities: 'reducing inequalities',
    patient_involvement: 'promoting the involvement of each patient',
    patient_choice: 'enabling patient choice',
    obtaining_advice: 'obtaining appropriate advice',
    innovation: 'promoting innovation',
    research: 'promoting research',
    education_and_training: 'promoting education and training',
    integration: 'promoting integration',
    effect_of_decisions: 'the wider effect of decisions (the triple aim)',
    climate: 'climate change and the environment',
    public_involvement: 'public involvement and consultation',
    public_sector_equality_duty: 'the public sector equality duty (Equality Act 2010)',
    financial_duties: 'the financial duties',
  },
  basis: { s65Z5: 'section 65Z5', s65Z6: 'section 65Z6', s75: 'section 75' },
  accountable: {
    nhs_england: 'NHS England remains accountable for these functions.',
    secretary_of_state: 'The Secretary of State remains accountable for these functions.',
    icb: 'The ICB remains accountable for these functions.',
    each_party: 'Each party remains accountable for its own functions.',
    delegate: 'The body the functions are delegated to is accountable for them.',
  },
  accountableBrief: { nhs_england: 'NHS England', secretary_of_state: 'the Secretary of State', icb: 'the ICB', each_party: 'each party, for its own functions', delegate: 'the body delegated to' },
  frequency: { each_meeting: 'at each of its meetings', monthly: 'monthly', quarterly: 'quarterly', six_monthly: 'every six months', annually: 'every year' },
  urgentReport: { next_meeting: 'to the next meeting of the body that would otherwise have taken it', next_board_meeting: 'to the next meeting of the board', audit_committee: 'to the audit committee' },
  suspension: { majority_present: 'a majority of the members present', two_thirds_present: 'two thirds of the members present', unanimous_present: 'all the members present', chair: 'the chair' },
  conflicted: {
    withdraws: 'A member with a conflict of interest in an item withdraws from the discussion and the decision.',
    remains_without_vote: 'A member with a conflict of interest in an item may stay for the discussion but does not vote on it.',
    as_chair_decides: 'The person chairing the meeting decides how a member with a conflict of interest in an item takes part.',
  },
  adviceMechanism: { senate: 'a senate', professional_forum: 'a professional forum', clinical_executive_group: 'a clinical executive group', committee: 'a committee', network: 'a network' },
  assessedAgainst: { design_principles: 'the design principles', local_framework: 'its own framework' },
  nationalGuidance: {
    'nhse-managing-conflicts-current': 'NHS England’s current guidance, “Managing conflicts of interest in the NHS”',
    'nhs-wide-2017': 'the 2017 NHS-wide guidance “Managing conflicts of interest in the NHS”',
    'ccg-statutory-2017': 'the 2017 statutory guidance on managing conflicts of interest for clinical commissioning groups',
  },
  fpptBy: { chair: 'the chair', senior_non_executive: 'the senior non-executive member' },
  fpptReportedTo: { nhs_england_regional_director: 'NHS England’s regional director', board: 'the board' },
  sharedWith: { icp: 'the integrated care partnership', health_and_wellbeing_boards: 'the health and wellbeing boards', nhs_england: 'NHS England' },
  framework: {
    'hca-2022': 'the National Health Service Act 2006 as amended by the Health and Care Act 2022 (the law in force)',
    'health-bill-2026': 'the Health Bill introduced in May 2026 (not yet law)',
  },
};

export type Vocabulary = keyof typeof WORDS;

/** A coded value in words: `word('appointer', 'nhs_england')` → "NHS England". */
export function word(vocabulary: Vocabulary, value: string): string {
  return WORDS[vocabulary]?.[value] ?? value.replace(/_/g, ' ');
}

/** "a, b and c" */
export function joinAnd(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-04-01` → "1 April 2024"; `2024-08` → "August 2024"; anything else as written. */
export function dateText(value: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (!m) return value;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return value;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** A date after its preposition: "on 1 April 2024"; a month or a year, "in August 2024", "in 2024". */
export function onDate(value: string): string {
  return `${/^\d{4}(-\d{2})?$/.test(value.trim()) ? 'in' : 'on'} ${dateText(value)}`;
}

/** 1150000 → "1,150,000" */
export function numberText(n: number): string {
  return n.toLocaleString('en-GB');
}

/** 180000000 → "£180,000,000" */
export function poundsText(n: number): string {
  return `£${numberText(n)}`;
}
