import { icbNames, slug, type Council, type InitAnswers } from './answers';

/**
 * A new constitution from a few answers: the ICB constitution in format 1.1 — every seat and
 * section the law and NHS England expect, described as seats (the people change every year; the
 * constitution does not) — and, if asked, its integrated care partnership and one file per place.
 * Where only the ICB knows the answer (the names of councils, places and people, web addresses,
 * dates) it writes `TODO`, which the checker reports until someone fills it in; everything else
 * follows NHS England's model constitution, in the project's own words, and the checker's rules.
 * A pure function: answers in, files (relative paths and text) out. `ics-check init` and the
 * editor's "New constitution" command both call it.
 */
export interface GeneratedFile {
  /** Relative to the folder the files go in, `/`-separated. */
  path: string;
  text: string;
}

/** The constitution's file name (matched by the editor's YAML schema association). */
export const CONSTITUTION_FILE = 'constitution.yaml';
export const PARTNERSHIP_FILE = 'partnership.yaml';
export const PLACES_FOLDER = 'places';

const TODO = 'TODO';
const TODO_URL = 'https://TODO';

/**
 * A scalar as YAML reads it back unchanged: plain when nothing in it means something to YAML, else
 * in double quotes (JSON's quoting is valid YAML). Written here rather than with the yaml library so
 * that the editor's extension, which runs this generator, does not bundle a YAML library for it.
 */
const s = (v: string | number | boolean): string => (typeof v !== 'string' || isPlain(v) ? String(v) : JSON.stringify(v));
const isPlain = (v: string): boolean => /^[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F .,;()'&/-]*$/.test(v) && !/\s$/.test(v) && !/^(true|false|yes|no|on|off|y|n|null)$/i.test(v);
/** A scalar inside `[ ]` or `{ }`, where commas and brackets need quotes too. */
const f = (v: string | number): string => (typeof v === 'string' && /[,[\]{}#:"']/.test(v) ? JSON.stringify(v) : s(v));
/** A list written inline: `[a, b]`. */
const inline = (vs: (string | number)[]): string => `[${vs.map(f).join(', ')}]`;

const UPPER_TIER = new Set<Council['type']>(['county', 'unitary', 'metropolitan_borough', 'london_borough', 'sui_generis']);

export function generateConstitution(answers: InitAnswers): GeneratedFile[] {
  const names = icbNames(answers.icbName);
  const icbId = names.id ?? 'todo';
  const places = answers.places.map((name) => ({ id: slug(name), name }));
  const files: GeneratedFile[] = [{ path: CONSTITUTION_FILE, text: constitution(answers, names.name, icbId, places) }];
  if (answers.partnership) files.push({ path: PARTNERSHIP_FILE, text: partnership(answers, icbId, names.core) });
  if (answers.placeFiles) {
    for (const p of places) files.push({ path: `${PLACES_FOLDER}/${p.id}.yaml`, text: placeFile(p, icbId) });
  }
  return files;
}

function constitution(a: InitAnswers, name: string | undefined, icbId: string, places: { id: string; name: string }[]): string {
  const councils = a.councils.length > 0 ? a.councils.map((c) => `      - {name: ${f(c.name)}, type: ${c.type}}`) : ['      - {name: TODO}    # and its type: county, unitary, metropolitan_borough, london_borough, district or sui_generis'];
  const nominators = a.councils.filter((c) => UPPER_TIER.has(c.type)).map((c) => c.name);
  const lines = [
    `# Constitution of ${name ?? 'the integrated care board'}: a first draft written by \`ics-check init\`.`,
    '# It has every seat and section that the law and NHS England expect, in the order of NHS England\'s',
    '# model constitution. Replace each TODO — only the ICB knows those answers — and check what is left',
    '# with `ics-check` (in the editor, the Problems panel lists it). docs/format.md explains every key.',
    'kind: icb-constitution',
    'version: 1.1',
    '',
    'icb:',
    `  id: ${icbId}`,
    `  name: ${name ? s(name) : TODO}                      # the legal name, as in the ICBs (Establishment) Order 2022`,
    '  area:',
    '    local_authorities:',
    ...councils,
    `  legal_framework: ${a.framework ?? 'hca-2022'}`,
    '  purposes: [improve_population_health, tackle_inequalities, productivity_and_value, social_and_economic_development]',
    '',
    'board:',
    '  # The board as the constitution describes it: seats, each with how it is filled. Name the people',
    '  # who hold them, if the constitution names anyone, under `members:` with `seat:` (docs/format.md).',
    '  seats:',
    '    - id: chair',
    '      title: Chair',
    '      role: chair',
    '      independent: true',
    '      term: {length_years: 3, max_terms: 2}',
    '      appointment:',
    '        by: nhs_england',
    '        approved_by: secretary_of_state',
    '        # If the Health Bill 2026 is enacted, NHS England\'s role passes to the Secretary of State.',
    '        transitional:',
    '          - {framework: health-bill-2026, by: secretary_of_state}',
    '      removal:',
    '        by: nhs_england',
    '        approved_by: secretary_of_state',
    '        transitional:',
    '          - {framework: health-bill-2026, by: secretary_of_state}',
    '',
    '    - id: chief-executive',
    '      title: Chief Executive',
    '      role: chief_executive',
    '      employment: employee',
    '      appointment:',
    '        by: chair',
    '        approved_by: nhs_england',
    '        transitional:',
    '          - {framework: health-bill-2026, by: chair, approved_by: secretary_of_state}',
    '',
    ...executive('chief-finance-officer', 'Chief Finance Officer', 'finance'),
    ...executive('chief-medical-officer', 'Chief Medical Officer', 'medical', 'medicine', 'a registered medical practitioner with a licence to practise'),
    ...executive('chief-nursing-officer', 'Chief Nursing Officer', 'nursing', 'nursing', 'a registered nurse'),
    ...nonExecutive('non-executive-audit', 'Non-executive Member (audit)', ['finance', 'audit'], 'chairs the audit committee and is the conflicts of interest guardian'),
    ...nonExecutive('non-executive-quality', 'Non-executive Member (quality), Deputy Chair', ['quality', 'mental_health'], 'chairs the quality committee; deputy chair and senior non-executive member'),
    ...nonExecutive('non-executive-people', 'Non-executive Member (people)', ['workforce', 'remuneration'], 'chairs the remuneration committee'),
    ...partner('partner-nhs-trusts', 'Partner Member, NHS trusts and foundation trusts', 'nhs_trusts', 'the NHS trusts and foundation trusts that provide services in the area', [TODO], 'NHS providers'),
    ...partner('partner-primary-medical-services', 'Partner Member, primary medical services', 'primary_medical_services', 'the providers of primary medical services in the area', [TODO], 'general practice and wider primary care'),
    ...partner('partner-local-authorities', 'Partner Member, local authorities', 'local_authorities', 'the councils whose areas coincide with or include the ICB\'s area', nominators.length > 0 ? nominators : [TODO], 'local government and social care'),
    '  participants:                  # attend and speak; never vote; never count toward the quorum',
    '    - {id: healthwatch, name: TODO, represents: healthwatch}',
    '    - {id: vcse, name: TODO, represents: vcse}',
    '  deputy_chair: non-executive-quality          # a non-executive who does not chair the audit committee',
    '  senior_non_executive: non-executive-quality',
    '  quorum:',
    '    minimum_members: 7',
    '    must_include: [chair_or_deputy, non_executive, executive, clinical, partner]',
    '  decision_making: consensus',
    '',
    'committees:',
    '  - id: audit',
    '    name: Audit and Risk Committee',
    '    type: audit',
    '    chair: non-executive-audit',
    '    members: [non-executive-audit, non-executive-people]',
    '    quorum: {minimum_members: 2}',
    '    also_auditor_panel: true',
    '    reports_to: icb-board',
    '    terms_of_reference: {url: https://TODO}',
    '',
    '  - id: remuneration',
    '    name: Remuneration Committee',
    '    type: remuneration',
    '    chair: non-executive-people',
    '    members: [non-executive-people, non-executive-quality, non-executive-audit]',
    '    quorum: {minimum_members: 2}',
    '    functions: [pay_policy, executive_remuneration]',
    '    duties:',
    '      - ICB pay policy, staff pay and terms',
    '      - remuneration and allowances of board members',
    '      - allowances for committee members who are not board members',
    '    reports_to: icb-board',
    '    terms_of_reference: {url: https://TODO}',
    '',
    '  - id: quality',
    '    name: Quality and Safety Committee',
    '    type: quality',
    '    chair: non-executive-quality',
    '    members: [non-executive-quality, chief-nursing-officer, chief-medical-officer]',
    '    quorum: {minimum_members: 3}',
    '    reports_to: icb-board',
    '    terms_of_reference: {url: https://TODO}',
    '',
    '  # Exercises the primary care functions NHS England delegates to every ICB (see joint_working).',
    '  - id: primary-care',
    '    name: Primary Care Commissioning Committee',
    '    type: primary_care',
    '    chair: non-executive-people',
    '    members: [non-executive-people, chief-medical-officer, chief-finance-officer]',
    '    quorum: {minimum_members: 2}',
    '    reports_to: icb-board',
    '    terms_of_reference: {url: https://TODO}',
    '',
  ];
  if (places.length > 0 && !a.placeFiles) {
    lines.push('places:');
    for (const p of places) lines.push(...placeBody(p, '  - ', '    '), '');
  } else if (places.length > 0) {
    lines.push(`# The places are each in a file of their own, in ${PLACES_FOLDER}/.`, '');
  }
  lines.push(
    'clinical_and_care_professional_leadership:',
    '  framework:',
    '    url: https://TODO',
    '    agreed_on: TODO',
    '    agreed_with: [icp, trusts, local_authorities, primary_care]     # who agreed it with the ICB',
    '  board_leads: [chief-medical-officer, chief-nursing-officer]',
    '  # The professions that have leaders in the system (multi-professional, not only doctors and nurses).',
    '  professions_represented: [medicine, nursing, midwifery, allied_health, pharmacy, public_health, social_work, social_care, dentistry, optometry, healthcare_science, psychology]',
    '  principles:                    # NHS England\'s five design principles: the evidence, and who answers for it',
    '    - {number: 1, evidence: TODO, owner: chief-medical-officer}',
    '    - {number: 2, evidence: TODO, owner: chief-nursing-officer}',
    '    - {number: 3, evidence: TODO, owner: chief-medical-officer}',
    '    - {number: 4, evidence: TODO, owner: chief-nursing-officer}',
    '    - {number: 5, evidence: TODO, owner: chief-nursing-officer}',
    '  learning_mechanisms: TODO',
    '  resourcing: TODO',
    '  development_offer: TODO',
    '  talent_pipeline: TODO',
    '  evaluation:                    # self-assessed against the principles, the board sighted on the gaps',
    '    self_assessment: {last_on: TODO, against: design_principles, method: TODO}',
    '    board_sighted: {on: TODO, meeting: icb-board}',
    '    gaps: [TODO]',
    '    action_owner: chief-medical-officer',
    '  advice_to_board:               # how the board obtains clinical and care professional advice, not only who sits on it',
    '    - {mechanism: senate, name: TODO, reports_to: icb-board, professions: [medicine, nursing, allied_health, pharmacy, social_work, public_health]}',
    '',
    'people_and_communities:',
    '  strategy: {url: https://TODO, published_on: TODO}',
    '  principles_adopted: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]',
    '',
    'vcse:',
    '  agreement:',
    '    type: memorandum_of_understanding          # or partnership_agreement, charter',
    '    url: https://TODO',
    '    signed_on: TODO',
    '    alliance: TODO',
    '    scope: TODO',
    '',
    'conflicts_of_interest:',
    '  policy: {url: https://TODO}',
    '  register:',
    '    url: https://TODO',
    '    retention: {public_months: 6, private_years: 6}',
    '  applies_to: [board_members, committee_members, sub_committee_members, employees]',
    '  guardian: non-executive-audit',
    '  declaration_deadline_days: 28',
    '  annual_review: true',
    '  standards_of_business_conduct: {url: https://TODO}',
    '  national_guidance: nhse-managing-conflicts-current   # NHS England\'s current "Managing conflicts of interest in the NHS"',
    '',
    'appointments:',
    '  eligibility: [fit_and_proper_person_test, nolan_principles, role_specification]',
    '  disqualifications: [member_of_parliament, private_healthcare_independence, recent_conviction, bankruptcy_restrictions_order, dismissal_from_health_service_body, prior_termination_of_office]',
    '  fit_and_proper_person_test:     # NHS England\'s framework: every board member, assessed each year',
    '    policy: {url: https://TODO}',
    '    annual_assessment: {by: chair, reported_to: nhs_england_regional_director, last_on: TODO}',
    '',
    'transparency: {meetings_in_public: true, exclusion_by_resolution: true, papers_published: true, public_questions: true}',
    '',
    'public_involvement:',
    '  arrangements: TODO',
    '  statutory_basis: s.14Z45(2)',
    '  covers: [planning_commissioning, proposals_for_change, operational_decisions]',
    '',
    'documents:',
    '  standing_orders: {relation: appended}      # appended to the constitution and part of it',
    '  scheme_of_reservation_and_delegation: {url: https://TODO}',
    '  functions_and_decisions_map: {url: https://TODO}',
    '  standing_financial_instructions: {url: https://TODO}',
    '  governance_handbook: {url: https://TODO}',
    '  pms_eligible_providers: {url: https://TODO}',
    '',
    'publication:',
    `  constitution_url: ${TODO_URL}`,
    `  annual_accounts: ${TODO_URL}`,
    `  complaints_process: ${TODO_URL}`,
    `  registers_of_interests: ${TODO_URL}`,
    '',
    'version_control:',
    '  - {version: "0.1", date: TODO, nhse_approved_on: TODO, summary: First draft}',
    '',
    'plans:',
    '  joint_forward_plan:',
    '    commitment: Before each financial year the ICB and its partner NHS trusts and NHS foundation trusts prepare and publish a five-year joint forward plan, consulting the people of the area.',
    '  joint_capital_resource_use_plan: {approved_by: icb-board, shared_with: [icp, health_and_wellbeing_boards, nhs_england], relation: to_be_published}',
    '',
    'provider_collaboratives:',
    '  - {name: TODO, relationship: TODO}',
    '',
    ...beyondTheBoard(a),
  );
  return lines.join('\n') + '\n';
}

/**
 * What a reviewer checks besides the board and its committees: delegation and joint working, the
 * matters reserved to the board, the functions map, the standing orders, the statutory duties, the
 * named officers and the health and wellbeing boards. Where NHS England's model or the law gives
 * the answer it is written; where only the ICB knows (who holds a post), TODO.
 */
function beyondTheBoard(a: InitAnswers): string[] {
  const boards = a.councils.filter((c) => UPPER_TIER.has(c.type));
  return [
    'joint_working:',
    '  arrangements:',
    '    # The primary care functions NHS England has delegated to ICBs (NHS Act 2006 s.65Z5); NHS England stays accountable. Check against the delegation agreement.',
    '    - id: nhse-primary-care',
    '      type: delegation_to_icb',
    '      basis: s65Z5',
    '      from: {name: NHS England, org_type: nhs_england}',
    '      functions: [primary_medical_services, primary_dental_services, primary_ophthalmic_services, pharmaceutical_services]',
    '      agreement: {url: https://TODO}',
    '      exercised_by: primary-care',
    '      reports_to: [icb-board]',
    '      accountable_body: nhs_england',
    '',
    'reservation_and_delegation:',
    '  # Decided by the board alone: the matters ICS-SORD-001 looks for, and others ICBs commonly reserve.',
    '  reserved_to_board: [constitution, standing_orders, scheme_of_reservation_and_delegation, standing_financial_instructions, joint_forward_plan, joint_capital_resource_use_plan, annual_report_and_accounts, strategy_and_vision, committee_terms_of_reference, risk_appetite]',
    '',
    'functions_map:',
    '  functions:',
    '    - {function: quality_assurance, decided_by: quality, executive_lead: chief-nursing-officer}',
    '    - {function: safeguarding, decided_by: quality, executive_lead: chief-nursing-officer}',
    '    - {function: medicines_optimisation, decided_by: quality, executive_lead: chief-medical-officer}',
    '    - {function: continuing_healthcare, decided_by: quality, executive_lead: chief-nursing-officer}',
    '    - {function: primary_medical_services, decided_by: primary-care, executive_lead: chief-medical-officer, delegated_from: nhse-primary-care}',
    '    - {function: primary_dental_services, decided_by: primary-care, delegated_from: nhse-primary-care}',
    '    - {function: primary_ophthalmic_services, decided_by: primary-care, delegated_from: nhse-primary-care}',
    '    - {function: pharmaceutical_services, decided_by: primary-care, delegated_from: nhse-primary-care}',
    '    - {function: emergency_preparedness, decided_by: icb-board, executive_lead: {title: TODO}}',
    '',
    'standing_orders:',
    '  # Values to start from, as many ICBs have them: check each against the ICB\'s own standing orders.',
    '  notice: {board_clear_days: 5, committee_clear_days: 5, extraordinary_clear_days: 2}',
    '  urgent_decisions:',
    '    taken_by: [chair, chief-executive]',
    '    consult: [non-executive-quality]',
    '    reported_to: next_meeting',
    '    excluded: [constitution, joint_forward_plan, annual_report_and_accounts]',
    '  suspension:',
    '    allowed: true',
    '    requires: two_thirds_present',
    '    never_suspends: [statutory provisions, conflicts of interest]',
    '    reported_to: audit',
    '  casting_vote: {holder: chair_of_meeting}',
    '  declarations_of_interest: {asked_at_each_meeting: true, recorded_in_minutes: true, conflicted_member: withdraws}',
    '',
    'statutory_duties:',
    '  # The general duties of NHS Act 2006 ss.14Z34 to 14Z45, the public sector equality duty and the financial duties: who leads each.',
    '  duties:',
    '    - {duty: quality, lead: chief-nursing-officer, committee: quality}',
    '    - {duty: inequalities, lead: {title: TODO}, committee: icb-board}',
    '    - {duty: patient_involvement, lead: {title: TODO}}',
    '    - {duty: patient_choice, lead: {title: TODO}}',
    '    - {duty: obtaining_advice, lead: chief-medical-officer}',
    '    - {duty: innovation, lead: chief-medical-officer}',
    '    - {duty: research, lead: chief-medical-officer}',
    '    - {duty: education_and_training, lead: {title: TODO}}',
    '    - {duty: integration, lead: chief-executive}',
    '    - {duty: effect_of_decisions, committee: icb-board}',
    '    - {duty: climate, lead: chief-finance-officer}',
    '    - {duty: public_involvement, lead: {title: TODO}}',
    '    - {duty: public_sector_equality_duty, lead: {title: TODO}}',
    '    - {duty: financial_duties, lead: chief-finance-officer, committee: audit}',
    '',
    'officers:',
    '  accountable_emergency_officer: {holder: {title: TODO}, board_level: true}   # a board-level director, often the chief operating officer',
    '  safeguarding_executive_lead: {holder: chief-nursing-officer}',
    '  senior_information_risk_owner: {holder: chief-finance-officer}',
    '  caldicott_guardian: {holder: chief-medical-officer}',
    '  freedom_to_speak_up:',
    '    guardian: {holder: {title: TODO}}',
    '    executive_lead: {holder: chief-executive}',
    '    non_executive_lead: {holder: non-executive-people}',
    '  net_zero_lead: {holder: chief-finance-officer}',
    '',
    'health_and_wellbeing_boards:                 # the ICB is represented on the board of each upper-tier council of its area',
    ...(boards.length > 0 ? boards.map((c) => `  - {local_authority: ${f(c.name)}, icb_representative: {title: TODO}}`) : ['  - {local_authority: TODO, icb_representative: {title: TODO}}']),
  ];
}

function executive(id: string, title: string, fn: string, profession?: string, eligibility?: string): string[] {
  return [
    `    - id: ${id}`,
    `      title: ${title}`,
    '      role: executive',
    `      function: ${fn}`,
    ...(profession ? [`      profession: ${profession}`] : []),
    '      employment: employee',
    ...(eligibility ? [`      eligibility: [${s(eligibility)}]`] : []),
    '      appointment: {by: chief_executive, approved_by: chair, procedure: "open competition, then appointment by the chief executive with the chair\'s approval"}',
    '',
  ];
}

function nonExecutive(id: string, title: string, expertise: string[], note: string): string[] {
  return [
    `    - id: ${id}                   # ${note}`,
    `      title: ${s(title)}`,
    '      role: non_executive',
    '      count: 1',
    '      independent: true',
    `      expertise: ${inline(expertise)}`,
    '      appointment: {by: chair, procedure: "open competition, then appointment by the chair"}',
    '      term: {length_years: 3, max_terms: 2}',
    '',
  ];
}

function partner(id: string, title: string, sector: string, who: string, nominatedBy: string[], perspective: string): string[] {
  return [
    `    - id: ${id}`,
    `      title: ${s(title)}`,
    '      role: partner',
    `      sector: ${sector}`,
    '      count: 1',
    `      nominated_by: ${inline(nominatedBy)}      # ${who}`,
    `      role_statement: ${s(`Brings the knowledge and perspective of ${perspective}; acts for the system, not as a delegate.`)}`,
    '      background: TODO',
    '      conflict_management: TODO',
    `      appointment: {by: chair, approved_by: chair, procedure: ${f(`joint nomination by ${who}, then the chair's approval`)}}`,
    '      term: {length_years: 3, max_terms: 2}',
    '',
  ];
}

/** A place's keys, the first line led by `first` (`  - ` in a list, nothing in a file), the rest by `rest`. */
function placeBody(p: { id: string; name: string }, first: string, rest: string): string[] {
  const body = [
    `id: ${p.id}`,
    `name: ${s(p.name)}`,
    'footprint: TODO',
    'local_authorities: [TODO]',
    'functions: [TODO]',
    'agreed_by: [icb, TODO]',
    '# Still to be chosen: list the models under consideration, or the one agreed (and say so).',
    'governance_model: [consultative_forum, icb_committee]',
    'arrangement: {status: options_under_consideration, description: TODO}',
    'leadership:',
    '  convenor: {name: TODO, organisation: TODO}',
    '  delegated_function_holders:',
    '    - {name: TODO, function: TODO}',
    '  clinical_and_care_professional_leads:',
    '    - {name: TODO, profession: general_practice}',
    '    - {name: TODO, profession: nursing}',
    'members:',
    '  - {name: TODO, sector: icb}',
    '  - {name: TODO, sector: local_authority}',
    '  - {name: TODO, sector: primary_care}',
    '  - {name: TODO, sector: nhs_provider}',
    '  - {name: TODO, sector: healthwatch}',
    '  - {name: TODO, sector: vcse}',
    '  - {name: TODO, sector: social_care_provider}',
    'lay_members: [{name: TODO, role: lay member for patient and public involvement}]',
    'reports_to: [icb-board]',
    'icp_representation: TODO',
  ];
  return body.map((l, i) => (i === 0 ? first : rest) + l);
}

function placeFile(p: { id: string; name: string }, icbId: string): string {
  return [
    `# The place-based partnership of ${p.name}: a first draft written by \`ics-check init\`. Replace each TODO.`,
    'kind: place-partnership',
    'version: 1.1',
    `icb: ${icbId}`,
    ...placeBody(p, '', ''),
  ].join('\n') + '\n';
}

function partnership(a: InitAnswers, icbId: string, core: string | undefined): string {
  const upper = a.councils.filter((c) => UPPER_TIER.has(c.type));
  const councils = upper.length > 0 ? upper.map((c) => c.name) : [TODO];
  return [
    '# The integrated care partnership: a joint committee of the ICB and the upper-tier councils of its',
    '# area. A first draft written by `ics-check init`; replace each TODO.',
    'kind: integrated-care-partnership',
    'version: 1.1',
    `icb: ${icbId}`,
    `name: ${core ? s(`${core} Integrated Care Partnership`) : TODO}`,
    `established_by: ${inline(['icb', ...councils])}`,
    'members:',
    ...councils.map((c) => `  - {name: TODO, appointed_by: ${f(c)}, sector: local_authority}`),
    '  - {name: TODO, appointed_by: icb, sector: icb}',
    '  - {name: TODO, appointed_by: partnership, sector: healthwatch}',
    '  - {name: TODO, appointed_by: partnership, sector: vcse}',
    '  - {name: TODO, appointed_by: partnership, lay: true}          # a lay or independent member',
    'chairs: [TODO]',
    `quorum: {minimum_members: ${Math.max(2, Math.ceil((councils.length + 3) / 2))}}`,
    'procedure: TODO',
    'strategy:',
    '  url: https://TODO',
    '  adopted_on: TODO',
    '  considered_s75_arrangements: true          # confirm: the strategy considered arrangements under section 75 of the NHS Act 2006',
    '  guidance_regarded: [nhs_mandate, secretary_of_state_guidance]',
    '  involvement:',
    '    healthwatch: [TODO]',
    '    public: true',
    '    # Who was involved in preparing it (DHSC guidance names these; add the others).',
    '    groups: [VCSE organisations, inclusion health groups, seldom-heard communities, place-based partnerships]',
  ].join('\n') + '\n';
}
