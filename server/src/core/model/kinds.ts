import { list, map, type Model } from './spec';

/** Shapes of the three document kinds (format 1.1, see docs/format.md). Key names are the YAML's own. */

const str = 'string' as const;
const num = 'number' as const;
const bool = 'boolean' as const;
const strList = list(str);

/** A document by address (`url`, `path`) or, in format 1.1, by how it is held (`relation`). */
export const linkSpec = map({ url: str, path: str, relation: str });

export const registrationSpec = map({ regulator: str, number: str, register_part: str, licence_to_practise: bool });

export const appointmentSpec = map({
  by: str,
  approved_by: str,
  procedure: str,
  /** What applies once another legal framework is in force (e.g. the Health Bill 2026). */
  transitional: list(map({ framework: str, by: str, approved_by: str, procedure: str })),
});

/** What a board member and a board seat share: the seat's character and how it is filled. */
const seatFields = {
  role: str,
  title: str,
  function: str,
  sector: str,
  /** A partner-like seat outside the three statutory sectors (format 1.1). */
  represents: str,
  profession: str,
  independent: bool,
  voting: bool,
  employment: str,
  appointment: appointmentSpec,
  removal: appointmentSpec,
  term: map({ length_years: num, max_terms: num }),
  expertise: strList,
  nominated_by: strList,
  role_statement: str,
  conflict_management: str,
  background: str,
  /** On a board shared by clustered ICBs, the ICBs this seat counts for (format 1.1). */
  icbs: strList,
};

/** A seat of the board as the constitution describes it (format 1.1). */
export const seatSpec = map({
  id: str,
  ...seatFields,
  description: str,
  count: num,
  min: num,
  max: num,
  eligibility: strList,
});

export const memberSpec = map({
  id: str,
  /** The id of the seat the member holds (format 1.1). */
  seat: str,
  name: str,
  organisation: str,
  acting: bool,
  represents: str,
  icbs: strList,
  role: str,
  title: str,
  function: str,
  profession: str,
  allied_health_profession: str,
  registration: registrationSpec,
  independent: bool,
  voting: bool,
  employment: str,
  /** For a secondee: the employer, for Sch 1B para 19(4) (ICS-APPT-004). */
  seconded_from: str,
  appointment: appointmentSpec,
  removal: appointmentSpec,
  sector: str,
  nominated_by: strList,
  expertise: strList,
  other_positions: strList,
  role_statement: str,
  conflict_management: str,
  background: str,
  term: map({ length_years: num, max_terms: num }),
});

export const participantSpec = map({ id: str, name: str, title: str, represents: str, voting: bool });

export const quorumSpec = map({ minimum_members: num, must_include: strList });

export const committeeSpec = map({
  id: str,
  name: str,
  type: str,
  chair: str,
  members: strList,
  /** A chair fixed by a rule rather than a person (format 1.1). */
  chair_rule: map({ role: str, seat: str, excluding: strList, expertise: strList, independent: bool, description: str }),
  /** A chair who is not a board member (format 1.1). */
  independent_chair: map({ name: str, title: str, organisation: str, expertise: strList, description: str }),
  other_members: list(map({ name: str, title: str, organisation: str, role: str, employment: str, voting: bool })),
  /** Regular attendees who are not members (format 1.1); `member` names a board member or seat. */
  participants: list(map({ member: str, name: str, title: str, organisation: str, represents: str })),
  meets_in_public: bool,
  quorum: quorumSpec,
  terms_of_reference: linkSpec,
  functions: strList,
  duties: strList,
  also_auditor_panel: bool,
  /** One id (schema: a slug): icb-board, or the parent committee of a sub-committee. */
  reports_to: str,
});

/** Someone identified by name or by post (format 1.1 accepts the post alone). */
const personOrPost = { name: str, title: str, organisation: str };
const substituteSpec = map(personOrPost);

export const professionalLeadSpec = map({ name: str, title: str, profession: str, allied_health_profession: str, registration: registrationSpec });

export const placeFields = {
  id: str,
  name: str,
  local_authorities: strList,
  population: num,
  footprint: str,
  functions: strList,
  agreed_by: strList,
  governance_model: strList,
  /** How the place is governed when `governance_model` includes `other` (ICS-PLACE-002). */
  governance_model_description: str,
  /** Where the arrangements stand: agreed, options under consideration, or staged (format 1.1). */
  arrangement: map({
    status: str,
    description: str,
    stages: list(map({ from: str, governance_model: strList, description: str })),
  }),
  /** The ICB committee that governs the place: its reporting line to the ICB (format 1.1). */
  icb_committee: str,
  leadership: map({
    convenor: map(personOrPost),
    deputy_convenor: map(personOrPost),
    clinical_and_care_professional_leads: list(professionalLeadSpec),
    delegated_function_holders: list(map({ ...personOrPost, function: str })),
  }),
  members: list(map({ name: str, sector: str, substitute: substituteSpec })),
  lay_members: list(map({ name: str, title: str, role: str })),
  delegations: list(
    map({
      function: str,
      delegated_by: str,
      accountable_body: str,
      budget_gbp: num,
      /** One basis, or a list of them (issue 13): read with `allocationBases`. */
      allocation_basis: 'any',
      effective_from: str,
      status: str,
    }),
  ),
  reports_to: strList,
  icp_representation: str,
  /** Members listed here, or (constitutions) the joint committee arrangement that governs the place (issue 13). */
  joint_committee: map({ members: list(map({ name: str, org_type: str })), arrangement: str }),
  neighbourhoods: list(map({ name: str, population: num })),
};
export const placeSpec = map(placeFields);

/**
 * Issue 13. Wherever a person is named beyond the board, a *holder* is accepted: a board seat or
 * member id (a string), or a post (`{name, title, organisation}`); a *decision-maker* may also be
 * `icb-board`, a committee id or a joint working arrangement id. Both are read as `any` and
 * resolved by `model/governance.ts`.
 */
export const officerSpec = map({ holder: 'any', board_level: bool, description: str });

const partySpec = map({ name: str, org_type: str });

/** One delegation or joint working arrangement (`joint_working.arrangements[]`). */
export const arrangementSpec = map({
  id: str,
  type: str,
  basis: str,
  description: str,
  from: partySpec,
  to: partySpec,
  parties: list(partySpec),
  functions: strList,
  exercised_by: 'any',
  icb_committee: str,
  overseen_by: 'any',
  icb_members: strList,
  reports_to: strList,
  reporting_frequency: str,
  accountable_body: str,
  agreement: linkSpec,
  terms_of_reference: linkSpec,
  pooled_fund: map({ host: str, manager: 'any', icb_contribution_gbp: num, total_gbp: num }),
  review_by: str,
  effective_from: str,
  status: str,
  recorded_in: linkSpec,
});

export const icbConstitutionSpec = map({
  kind: str,
  version: num,
  icb: map({
    id: str,
    name: str,
    legal_name: str,
    area: map({
      /** `part: true` for a council only partly in the area, with `description` saying which part (format 1.1). */
      local_authorities: list(map({ name: str, type: str, part: bool, description: str })),
      population: num,
      lsoas_included: strList,
      lsoas_excluded: strList,
      /** Mayoral strategic authorities in the area: under the Health Bill 2026 each nominates a member (ICS-PARTNER-003). */
      mayoral_strategic_authorities: strList,
    }),
    legal_framework: str,
    purposes: strList,
    cluster: str,
    successor: str,
  }),
  board: map({
    members: list(memberSpec),
    seats: list(seatSpec),
    /** The other ICBs of a cluster that share this board (format 1.1). */
    shared_with: strList,
    participants: list(participantSpec),
    deputy_chair: str,
    senior_non_executive: str,
    quorum: quorumSpec,
    decision_making: str,
  }),
  committees: list(committeeSpec),
  places: list(placeSpec),
  clinical_and_care_professional_leadership: map({
    framework: map({ url: str, path: str, plan_url: str, agreed_on: str, agreed_with: strList }),
    board_leads: strList,
    professions_represented: strList,
    principles: list(map({ number: num, evidence: str, owner: str })),
    learning_mechanisms: str,
    resourcing: str,
    development_offer: str,
    talent_pipeline: str,
    forums: list(map({ name: str, level: str })),
    /** Issue 13: evaluated and self-assessed against the principles, the board sighted on the gaps. */
    evaluation: map({
      self_assessment: map({ last_on: str, against: str, method: str }),
      board_sighted: map({ on: str, meeting: str }),
      gaps: strList,
      action_owner: 'any',
      next_on: str,
    }),
    /** Issue 13: how the board obtains clinical and care professional advice. */
    advice_to_board: list(map({ mechanism: str, name: str, reports_to: str, professions: strList })),
  }),
  people_and_communities: map({
    strategy: map({ url: str, path: str, published_on: str }),
    principles_adopted: list(num),
  }),
  vcse: map({
    agreement: map({ type: str, url: str, path: str, signed_on: str, alliance: str, scope: str }),
  }),
  conflicts_of_interest: map({
    policy: linkSpec,
    register: map({ url: str, path: str, available_on_request: bool, retention: map({ public_months: num, private_years: num }) }),
    applies_to: strList,
    guardian: str,
    declaration_deadline_days: num,
    annual_review: bool,
    standards_of_business_conduct: linkSpec,
    /** Issue 13: the national guidance the policy follows, breaches, and Provider Selection Regime decisions. */
    national_guidance: str,
    breaches_register: linkSpec,
    procurement: map({
      regime: str,
      decided_by: list('any'),
      decision_record: linkSpec,
      conflicts_in_notices: bool,
      conflict_management: str,
      annual_summary: linkSpec,
    }),
  }),
  appointments: map({
    eligibility: strList,
    disqualifications: strList,
    /** Issue 13: how the fit and proper person test is applied and assessed each year. */
    fit_and_proper_person_test: map({ policy: linkSpec, annual_assessment: map({ by: str, reported_to: str, last_on: str }) }),
  }),
  transparency: map({ arrangements: str, meetings_in_public: bool, exclusion_by_resolution: bool, papers_published: bool, public_questions: bool }),
  public_involvement: map({ arrangements: str, statutory_basis: str, covers: strList }),
  documents: map({
    standing_orders: linkSpec,
    scheme_of_reservation_and_delegation: linkSpec,
    functions_and_decisions_map: linkSpec,
    standing_financial_instructions: linkSpec,
    governance_handbook: linkSpec,
    pms_eligible_providers: linkSpec,
  }),
  publication: map({ constitution_url: str, annual_accounts: str, complaints_process: str, registers_of_interests: str }),
  version_control: list(map({ version: str, date: str, nhse_approved_on: str, summary: str })),
  plans: map({
    joint_forward_plan: map({
      commitment: str,
      url: str,
      path: str,
      published_on: str,
      consultation: str,
      /** Issue 13: each health and wellbeing board's opinion on the draft plan. */
      hwb_opinions: list(map({ health_and_wellbeing_board: str, received_on: str })),
    }),
    /** Issue 13. */
    joint_capital_resource_use_plan: map({ url: str, path: str, relation: str, published_on: str, approved_by: 'any', shared_with: strList }),
    /** Issue 13. */
    annual_report: map({ recorded_in: linkSpec, explains_general_duties: bool, hwb_consulted: bool }),
  }),
  provider_collaboratives: list(map({ name: str, relationship: str })),
  // Issue 13: what a reviewer checks beyond the board (docs/format.md, "Beyond the board").
  joint_working: map({ recorded_in: linkSpec, arrangements: list(arrangementSpec) }),
  reservation_and_delegation: map({
    recorded_in: linkSpec,
    reserved_to_board: strList,
    also_reserved: strList,
    delegated: list(map({ decision: str, description: str, to: 'any', limit_gbp: num })),
  }),
  functions_map: map({
    recorded_in: linkSpec,
    functions: list(map({ function: str, description: str, decided_by: 'any', executive_lead: 'any', delegated_from: str, shared_with: strList })),
  }),
  standing_orders: map({
    recorded_in: linkSpec,
    notice: map({ board_clear_days: num, committee_clear_days: num, extraordinary_clear_days: num }),
    urgent_decisions: map({ taken_by: list('any'), consult: list('any'), reported_to: str, excluded: strList }),
    suspension: map({ allowed: bool, requires: str, never_suspends: strList, reported_to: 'any' }),
    casting_vote: map({ holder: str }),
    declarations_of_interest: map({ asked_at_each_meeting: bool, recorded_in_minutes: bool, conflicted_member: str }),
  }),
  statutory_duties: map({ recorded_in: linkSpec, duties: list(map({ duty: str, lead: 'any', committee: str, how: str })) }),
  officers: map({
    recorded_in: linkSpec,
    accountable_emergency_officer: officerSpec,
    safeguarding_executive_lead: officerSpec,
    senior_information_risk_owner: officerSpec,
    caldicott_guardian: officerSpec,
    freedom_to_speak_up: map({ guardian: officerSpec, executive_lead: officerSpec, non_executive_lead: officerSpec }),
    net_zero_lead: officerSpec,
  }),
  health_and_wellbeing_boards: list(map({ local_authority: str, icb_representative: 'any' })),
});

export const icpSpec = map({
  kind: str,
  version: num,
  icb: str,
  name: str,
  established_by: strList,
  members: list(map({ name: str, title: str, organisation: str, appointed_by: str, sector: str, lay: bool, substitute: substituteSpec })),
  chairs: strList,
  quorum: quorumSpec,
  procedure: str,
  strategy: map({
    url: str,
    path: str,
    adopted_on: str,
    considered_s75_arrangements: bool,
    guidance_regarded: strList,
    involvement: map({ healthwatch: strList, public: bool, groups: strList }),
    reviews: list(map({ needs_assessment_received: str, reviewed_on: str })),
  }),
});

export const placePartnershipSpec = map({ kind: str, version: num, icb: str, ...placeFields });

export type IcbConstitution = Model<typeof icbConstitutionSpec>;
export type IntegratedCarePartnership = Model<typeof icpSpec>;
export type PlacePartnership = Model<typeof placePartnershipSpec>;
export type BoardMember = Model<typeof memberSpec>;
export type BoardSeat = Model<typeof seatSpec>;
export type Participant = Model<typeof participantSpec>;
export type Committee = Model<typeof committeeSpec>;
export type Place = Model<typeof placeSpec>;
export type Registration = Model<typeof registrationSpec>;
export type Quorum = Model<typeof quorumSpec>;
export type Arrangement = Model<typeof arrangementSpec>;
export type Officer = Model<typeof officerSpec>;
