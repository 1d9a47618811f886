/**
 * Snippets for drafting: a board member by role, a committee, a place, a whole new document. Each
 * is written in the format's own words and, with its placeholders' defaults, is a valid entry (a
 * test inserts every one and checks it against the schema). `${n:default}` are tab stops.
 */
export interface Snippet {
  label: string;
  /** One line about what it adds. */
  detail: string;
  /** The snippet body, indented from column 0, without a leading `- ` for list items. */
  body: string;
}

const member = (role: string, extra: string, id: string, name: string) => `id: \${1:${id}}\nname: \${2:${name}}\nrole: ${role}${extra ? '\n' + extra : ''}`;

export const MEMBER_SNIPPETS: Snippet[] = [
  {
    label: 'Board member: chair',
    detail: 'The chair, appointed by NHS England with the Secretary of State’s approval (Sch 1B para 3(1)(a))',
    body: member('chair', 'title: Chair\nindependent: true\nappointment: {by: nhs_england, approved_by: secretary_of_state}\nremoval: {by: nhs_england, approved_by: secretary_of_state}', 'chair', 'Full name'),
  },
  {
    label: 'Board member: chief executive',
    detail: 'The chief executive, appointed by the chair with NHS England’s approval (Sch 1B para 3(1)(b))',
    body: member('chief_executive', 'title: Chief Executive\nemployment: employee\nappointment: {by: chair, approved_by: nhs_england}', 'chief-executive', 'Full name'),
  },
  {
    label: 'Board member: director of finance',
    detail: 'An executive member leading on finance',
    body: member('executive', 'function: finance\ntitle: Director of Finance\nemployment: employee\nappointment: {by: chief_executive}', 'director-of-finance', 'Full name'),
  },
  {
    label: 'Board member: medical director',
    detail: 'An executive member leading on medical matters, with GMC registration',
    body: member('executive', 'function: medical\ntitle: Medical Director\nprofession: medicine\nregistration: {regulator: GMC, number: "${3:0000000}"}\nemployment: employee\nappointment: {by: chief_executive}', 'medical-director', 'Full name'),
  },
  {
    label: 'Board member: director of nursing',
    detail: 'An executive member leading on nursing, with NMC registration',
    body: member('executive', 'function: nursing\ntitle: Director of Nursing\nprofession: nursing\nregistration: {regulator: NMC, number: "${3:00A0000A}"}\nemployment: employee\nappointment: {by: chief_executive}', 'director-of-nursing', 'Full name'),
  },
  {
    label: 'Board member: non-executive',
    detail: 'An independent non-executive member',
    body: member('non_executive', 'title: Non-executive Member\nindependent: true\nexpertise: [${3:audit}]\nappointment: {by: chair, approved_by: board}', 'non-executive', 'Full name'),
  },
  {
    label: 'Board member: partner (NHS trusts)',
    detail: 'A partner member nominated jointly by NHS trusts and foundation trusts (Sch 1B para 8(2))',
    body: member('partner', 'sector: nhs_trusts\nnominated_by: [${3:Example Hospitals NHS FT}]\nappointment: {by: chair, procedure: "joint nomination, then the chair’s approval"}', 'partner-trusts', 'Full name'),
  },
  {
    label: 'Board member: partner (primary medical services)',
    detail: 'A partner member nominated jointly by providers of primary medical services (Sch 1B para 8(2))',
    body: member('partner', 'sector: primary_medical_services\nnominated_by: [${3:Example GP practices}]\nappointment: {by: chair, procedure: "joint nomination, then the chair’s approval"}', 'partner-primary-care', 'Full name'),
  },
  {
    label: 'Board member: partner (local authorities)',
    detail: 'A partner member nominated jointly by the local authorities of the area (Sch 1B para 8(2))',
    body: member('partner', 'sector: local_authorities\nnominated_by: [${3:Example City Council}]\nappointment: {by: chair, procedure: "joint nomination, then the chair’s approval"}', 'partner-local-authorities', 'Full name'),
  },  {
    label: 'Board member: holder of a seat',
    detail: 'A named member of a seat declared in board.seats (format 1.1): the seat gives the role and the arrangements',
    body: 'id: ${1:member-id}\nname: ${2:Full name}\nseat: ${3:seat-id}',
  },
];

const seat = (id: string, title: string, rest: string) => `id: \${1:${id}}\ntitle: \${2:${title}}\n${rest}`;

/** Seats of the board as a constitution describes them (format 1.1), one per statutory or model seat. */
export const SEAT_SNIPPETS: Snippet[] = [
  {
    label: 'Seat: chair',
    detail: 'The chair: appointed by NHS England with the Secretary of State’s approval (Sch 1B paras 3(1)(a), 5 and 6)',
    body: seat('chair', 'Chair', 'role: chair\nindependent: true\nappointment: {by: nhs_england, approved_by: secretary_of_state}\nremoval: {by: nhs_england, approved_by: secretary_of_state}\nterm: {length_years: ${3:3}, max_terms: ${4:2}}'),
  },
  {
    label: 'Seat: chief executive',
    detail: 'The chief executive: appointed by the chair with NHS England’s approval, an employee of the ICB (Sch 1B paras 3(1)(b) and 7)',
    body: seat('chief-executive', 'Chief Executive', 'role: chief_executive\nemployment: employee\nappointment: {by: chair, approved_by: nhs_england}'),
  },
  {
    label: 'Seat: executive director',
    detail: 'An executive seat: finance, medical or nursing (NHS England’s model constitution)',
    body: seat('director-of-finance', 'Director of Finance', 'role: executive\nfunction: ${3|finance,medical,nursing,people,strategy,mental_health,other|}\nemployment: employee\nappointment: {by: chief_executive, procedure: "${4:open recruitment, approved by the chair}"}'),
  },
  {
    label: 'Seat: non-executive members',
    detail: '“At least two” independent non-executive members (NHS England’s model constitution)',
    body: seat('non-executive', 'Non-executive Member', 'role: non_executive\nmin: ${3:2}\nindependent: true\nappointment: {by: chair, procedure: "${4:open competition, then the chair’s appointment}"}'),
  },
  {
    label: 'Seat: partner member',
    detail: 'A partner member jointly nominated by NHS trusts, primary medical services or local authorities (Sch 1B para 8(2))',
    body: seat('partner-nhs-trusts', 'Partner Member (NHS trusts)', 'role: partner\nsector: ${3|nhs_trusts,primary_medical_services,local_authorities|}\nappointment: {by: chair, procedure: "${4:joint nomination, then the chair’s approval}"}'),
  },
];

export const COMMITTEE_SNIPPET: Snippet = {
  label: 'Committee',
  detail: 'A board committee with its chair, members, quorum and terms of reference',
  body: 'id: ${1:audit}\nname: ${2:Audit and Risk Committee}\ntype: ${3|audit,remuneration,quality,finance,primary_care,people,place,other|}\nchair: ${4:member-id}\nmembers: [${5:member-id}]\nquorum: {minimum_members: ${6:2}}\nterms_of_reference: {url: ${7:https://example.nhs.uk/terms-of-reference}}',
};

/** A committee whose chair the constitution fixes by a rule rather than by name (format 1.1). */
export const COMMITTEE_CHAIR_RULE_SNIPPET: Snippet = {
  label: 'Committee with a chair rule',
  detail: 'A board committee chaired under a rule, e.g. a non-executive other than the board chair and the audit chair',
  body: 'id: ${1:remuneration}\nname: ${2:Remuneration Committee}\ntype: ${3|audit,remuneration,quality,finance,primary_care,people,place,other|}\nchair_rule:\n  role: non_executive\n  excluding: [board_chair, audit_chair]\n  description: "${4:A non-executive member other than the chair of the board and the chair of the audit committee}"\nmembers: [${5:seat-or-member-id}]\nquorum: {minimum_members: ${6:2}}',
};

export const PLACE_SNIPPET: Snippet = {
  label: 'Place',
  detail: 'A place-based partnership: its area, governance model, leadership and members',
  body: 'id: ${1:example-place}\nname: ${2:Example Place}\nlocal_authorities: [${3:Example Council}]\npopulation: ${4:300000}\ngovernance_model: [${5|consultative_forum,icb_committee,joint_committee,individual_delegation,lead_provider|}]\nleadership:\n  convenor: {name: ${6:Full name}, organisation: ${7:Example Council}}\nmembers:\n  - {name: ${8:Example Council}, sector: local_authority}\n  - {name: ${9:Example PCNs}, sector: primary_care}\nreports_to: [icb-board]',
};

export const NEW_DOCUMENT_SNIPPETS: Snippet[] = [
  {
    label: 'New ICB constitution',
    detail: 'kind: icb-constitution (format 1.1) — the ICB, its board as seats (chair, chief executive, three executives, at least two non-executives, three partner members), an audit committee',
    body: `kind: icb-constitution
version: 1.1
icb:
  id: \${1:nhs-example}
  name: \${2:NHS Example Integrated Care Board}
  legal_framework: hca-2022
board:
  seats:
    - id: chair
      title: Chair
      role: chair
      independent: true
      appointment: {by: nhs_england, approved_by: secretary_of_state}
      removal: {by: nhs_england, approved_by: secretary_of_state}
    - id: chief-executive
      title: Chief Executive
      role: chief_executive
      employment: employee
      appointment: {by: chair, approved_by: nhs_england}
    - id: director-of-finance
      title: Director of Finance
      role: executive
      function: finance
      employment: employee
      appointment: {by: chief_executive, approved_by: chair, procedure: "\${3:open competition}"}
    - id: medical-director
      title: Medical Director
      role: executive
      function: medical
      profession: medicine
      employment: employee
      appointment: {by: chief_executive, approved_by: chair, procedure: "\${3:open competition}"}
    - id: director-of-nursing
      title: Director of Nursing
      role: executive
      function: nursing
      profession: nursing
      employment: employee
      appointment: {by: chief_executive, approved_by: chair, procedure: "\${3:open competition}"}
    - id: non-executive
      title: Non-executive Member
      role: non_executive
      min: \${4:2}
      independent: true
      expertise: [audit, finance, mental_health]
      appointment: {by: chair, procedure: "open competition, then appointment by the chair"}
    - id: partner-nhs-trusts
      title: Partner Member (NHS trusts and foundation trusts)
      role: partner
      sector: nhs_trusts
      appointment: {by: chair, procedure: "joint nomination by the trusts, then the chair's approval"}
    - id: partner-primary-medical-services
      title: Partner Member (primary medical services)
      role: partner
      sector: primary_medical_services
      appointment: {by: chair, procedure: "joint nomination by the providers of primary medical services, then the chair's approval"}
    - id: partner-local-authorities
      title: Partner Member (local authorities)
      role: partner
      sector: local_authorities
      appointment: {by: chair, procedure: "joint nomination by the councils, then the chair's approval"}
  deputy_chair: non-executive
  quorum:
    minimum_members: \${5:6}
    must_include: [chair_or_deputy, executive, clinical]
committees:
  - id: audit
    name: Audit and Risk Committee
    type: audit
    chair_rule: {role: non_executive, excluding: [board_chair, deputy_chair], expertise: [finance, audit]}
    members: [non-executive]
$0`,
  },
  {
    label: 'New integrated care partnership',
    detail: 'kind: integrated-care-partnership — the ICP joint committee and its strategy',
    body: `kind: integrated-care-partnership
version: 1
icb: \${1:nhs-example}
name: \${2:Example Integrated Care Partnership}
established_by: [icb, \${3:Example County Council}]
members:
  - {name: \${4:Councillor's name}, appointed_by: \${3:Example County Council}}
  - {name: \${5:ICB chair's name}, appointed_by: icb}
quorum: {minimum_members: \${6:3}}
$0`,
  },
  {
    label: 'New place partnership',
    detail: 'kind: place-partnership — one place-based partnership in its own file',
    body: `kind: place-partnership
version: 1
icb: \${1:nhs-example}
id: \${2:example-place}
name: \${3:Example Place}
local_authorities: [\${4:Example Council}]
governance_model: [\${5|consultative_forum,icb_committee,joint_committee,individual_delegation,lead_provider|}]
members:
  - {name: \${4:Example Council}, sector: local_authority}
reports_to: [icb-board]
$0`,
  },
];

/** A snippet's text with every placeholder at its default: what the user gets by tabbing through. */
export function expandSnippet(body: string): string {
  let out = body;
  for (let i = 0; i < 5; i++) {
    out = out.replace(/\$\{\d+:([^{}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1');
  }
  return out.replace(/\$0/g, '').replace(/\$\d+/g, '');
}

/** Indents every line but the first by `column` spaces (the first goes where the cursor is). */
export function indentSnippet(body: string, column: number): string {
  const pad = ' '.repeat(column);
  return body
    .split('\n')
    .map((l, i) => (i === 0 || l === '' ? l : pad + l))
    .join('\n');
}
