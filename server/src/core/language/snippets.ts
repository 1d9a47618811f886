import { generateConstitution } from '../init/generate';

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

const member = (role: string, extra: string, id: string) => `id: \${1:${id}}\nname: \${2:TODO}\nrole: ${role}${extra ? '\n' + extra : ''}`;
const TERM = 'term: {length_years: ${8:3}, max_terms: ${9:2}}';
const BY_CHIEF_EXECUTIVE = 'appointment: {by: chief_executive, approved_by: chair, procedure: "${7:open competition, then appointment by the chief executive with the chair’s approval}"}';
const partnerMember = (sector: string, id: string, who: string, perspective: string) =>
  member(
    'partner',
    `sector: ${sector}\nnominated_by: [\${3:TODO}]\nrole_statement: Brings the knowledge and perspective of ${perspective}; acts for the system, not as a delegate.\nbackground: \${4:TODO}\nconflict_management: \${5:TODO}\nappointment: {by: chair, approved_by: chair, procedure: "joint nomination by ${who}, then the chair’s approval"}\n${TERM}`,
    id,
  );

/** A named holder of a seat (format 1.1); completion offers the document's seats to choose from. */
export const SEAT_HOLDER_SNIPPET: Snippet = {
  label: 'Board member: holder of a seat',
  detail: 'A named member of a seat declared in board.seats (format 1.1): the seat gives the role and the arrangements; the name to fill in (TODO)',
  body: 'id: ${1:member-id}\nname: ${2:TODO}\nseat: ${3:todo}',
};

/** Members by role, each complete: what the rules ask of the member, `TODO` where only the ICB knows. */
export const MEMBER_SNIPPETS: Snippet[] = [
  {
    label: 'Board member: chair',
    detail: 'The chair, appointed by NHS England with the Secretary of State’s approval (Sch 1B para 3(1)(a)); the name to fill in (TODO)',
    body: member('chair', `title: Chair\nindependent: true\nappointment: {by: nhs_england, approved_by: secretary_of_state}\nremoval: {by: nhs_england, approved_by: secretary_of_state}\n${TERM}`, 'chair'),
  },
  {
    label: 'Board member: chief executive',
    detail: 'The chief executive, appointed by the chair with NHS England’s approval (Sch 1B para 3(1)(b)); the name to fill in (TODO)',
    body: member('chief_executive', 'title: Chief Executive\nemployment: employee\nappointment: {by: chair, approved_by: nhs_england}', 'chief-executive'),
  },
  {
    label: 'Board member: director of finance',
    detail: 'An executive member leading on finance, appointed with the chair’s approval (Sch 1B para 8(1)(b)); the name to fill in (TODO)',
    body: member('executive', `function: finance\ntitle: Director of Finance\nemployment: employee\n${BY_CHIEF_EXECUTIVE}`, 'director-of-finance'),
  },
  {
    label: 'Board member: medical director',
    detail: 'An executive member leading on medical matters, with GMC registration; the name and number to fill in (TODO)',
    body: member('executive', `function: medical\ntitle: Medical Director\nprofession: medicine\nregistration: {regulator: GMC, number: "\${3:TODO}"}\nemployment: employee\n${BY_CHIEF_EXECUTIVE}`, 'medical-director'),
  },
  {
    label: 'Board member: director of nursing',
    detail: 'An executive member leading on nursing, with NMC registration; the name and number to fill in (TODO)',
    body: member('executive', `function: nursing\ntitle: Director of Nursing\nprofession: nursing\nregistration: {regulator: NMC, number: "\${3:TODO}"}\nemployment: employee\n${BY_CHIEF_EXECUTIVE}`, 'director-of-nursing'),
  },
  {
    label: 'Board member: non-executive',
    detail: 'An independent non-executive member; the name to fill in (TODO)',
    body: member('non_executive', `title: Non-executive Member\nindependent: true\nexpertise: [\${3:audit}]\nappointment: {by: chair, procedure: "\${7:open competition, then appointment by the chair}"}\n${TERM}`, 'non-executive'),
  },
  {
    label: 'Board member: partner (NHS trusts)',
    detail: 'A partner member nominated jointly by NHS trusts and foundation trusts (Sch 1B para 8(2)(a)); who nominates, who sits and how conflicts are handled to fill in (TODO)',
    body: partnerMember('nhs_trusts', 'partner-trusts', 'the NHS trusts and foundation trusts', 'NHS providers'),
  },
  {
    label: 'Board member: partner (primary medical services)',
    detail: 'A partner member nominated jointly by providers of primary medical services (Sch 1B para 8(2)(b)); who nominates, who sits and how conflicts are handled to fill in (TODO)',
    body: partnerMember('primary_medical_services', 'partner-primary-care', 'the providers of primary medical services', 'general practice and wider primary care'),
  },
  {
    label: 'Board member: partner (local authorities)',
    detail: 'A partner member nominated jointly by the local authorities of the area (Sch 1B para 8(2)(c)); who nominates, who sits and how conflicts are handled to fill in (TODO)',
    body: partnerMember('local_authorities', 'partner-local-authorities', 'the councils', 'local government and social care'),
  },
  SEAT_HOLDER_SNIPPET,
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
    detail: 'An executive seat: finance, medical or nursing (NHS England’s model constitution), appointed with the chair’s approval',
    body: seat('director-of-finance', 'Director of Finance', 'role: executive\nfunction: ${3|finance,medical,nursing,people,strategy,mental_health,other|}\nemployment: employee\nappointment: {by: chief_executive, approved_by: chair, procedure: "${4:open competition, then appointment by the chief executive with the chair’s approval}"}'),
  },
  {
    label: 'Seat: non-executive members',
    detail: '“At least two” independent non-executive members (NHS England’s model constitution)',
    body: seat('non-executive', 'Non-executive Member', 'role: non_executive\nmin: ${3:2}\nindependent: true\nappointment: {by: chair, procedure: "${4:open competition, then the chair’s appointment}"}\nterm: {length_years: ${5:3}, max_terms: ${6:2}}'),
  },
  {
    label: 'Seat: partner member',
    detail: 'A partner member jointly nominated by NHS trusts, primary medical services or local authorities (Sch 1B para 8(2)); who fills it and how conflicts are handled to fill in (TODO)',
    body: seat(
      'partner-nhs-trusts',
      'Partner Member (NHS trusts)',
      'role: partner\nsector: ${3|nhs_trusts,primary_medical_services,local_authorities|}\nrole_statement: Brings the knowledge and perspective of its sector; acts for the system, not as a delegate.\nbackground: ${5:TODO}\nconflict_management: ${6:TODO}\nappointment: {by: chair, approved_by: chair, procedure: "${4:joint nomination, then the chair’s approval}"}\nterm: {length_years: ${7:3}, max_terms: ${8:2}}',
    ),
  },
];

export const COMMITTEE_SNIPPET: Snippet = {
  label: 'Committee',
  detail: 'A board committee with its chair, members, quorum and terms of reference; chair and members (member or seat ids) to fill in (todo)',
  body: 'id: ${1:committee-id}\nname: ${2:TODO}\ntype: ${3|other,audit,remuneration,quality,finance,primary_care,people,place|}\nchair: ${4:todo}\nmembers: [${5:todo}]\nquorum: {minimum_members: ${6:2}}\nreports_to: icb-board\nterms_of_reference: {url: ${7:https://TODO}}',
};

/** A committee whose chair the constitution fixes by a rule rather than by name (format 1.1). */
export const COMMITTEE_CHAIR_RULE_SNIPPET: Snippet = {
  label: 'Committee with a chair rule',
  detail: 'A board committee chaired under a rule, e.g. a non-executive other than the board chair and the audit chair; members (member or seat ids) to fill in (todo)',
  body: 'id: ${1:remuneration}\nname: ${2:Remuneration Committee}\ntype: ${3|remuneration,audit,quality,finance,primary_care,people,place,other|}\nchair_rule:\n  role: non_executive\n  excluding: [board_chair, audit_chair]\n  description: "${4:A non-executive member other than the chair of the board and the chair of the audit committee}"\nmembers: [${5:todo}]\nquorum: {minimum_members: ${6:2}}\nfunctions: [pay_policy, executive_remuneration]\nduties: [ICB pay policy and staff pay, remuneration and allowances of board members, allowances for committee members who are not board members]\nreports_to: icb-board\nterms_of_reference: {url: ${7:https://TODO}}',
};

export const PLACE_SNIPPET: Snippet = {
  label: 'Place',
  detail: 'A place-based partnership: its area, functions, governance model, leadership and members; the names to fill in (TODO)',
  body: 'id: ${1:example-place}\nname: ${2:Example Place}\nfootprint: TODO\nlocal_authorities: [${3:TODO}]\nfunctions: [TODO]\nagreed_by: [icb, TODO]\ngovernance_model: [${4|consultative_forum,icb_committee,joint_committee,individual_delegation,lead_provider|}]\nleadership:\n  convenor: {name: ${5:TODO}, organisation: ${6:TODO}}\n  clinical_and_care_professional_leads:\n    - {name: TODO, profession: general_practice}\nmembers:\n  - {name: TODO, sector: icb}\n  - {name: TODO, sector: local_authority}\n  - {name: TODO, sector: primary_care}\n  - {name: TODO, sector: nhs_provider}\n  - {name: TODO, sector: healthwatch}\n  - {name: TODO, sector: vcse}\n  - {name: TODO, sector: social_care_provider}\nlay_members: [{name: TODO, role: lay member for patient and public involvement}]\nreports_to: [icb-board, icp]\nicp_representation: TODO',
};

/** Text as snippet text: `$` and `\` are literal (a `}` needs escaping only inside a placeholder). */
const literal = (text: string) => text.replace(/[\\$]/g, (c) => `\\${c}`);

/**
 * New documents are what `ics-check init` writes (./init/generate), so the editor and the command line
 * start a constitution the same way: every seat and section, TODO where only the ICB knows.
 */
const started = generateConstitution({ icbName: 'NHS Example ICB', councils: [], places: ['Example Place'], partnership: true, placeFiles: true });
const newDocument = (path: string) => {
  const text = started.find((f) => f.path === path)!.text;
  return literal(text).replace(/^(\s*name:\s*)NHS Example Integrated Care Board\b/m, '$1${1:NHS Example Integrated Care Board}') + '$0';
};

export const NEW_DOCUMENT_SNIPPETS: Snippet[] = [
  {
    label: 'New ICB constitution',
    detail: 'kind: icb-constitution (format 1.1) — what `ics-check init` writes: every seat and section the law and NHS England expect, TODO where only the ICB knows',
    body: newDocument('constitution.yaml'),
  },
  {
    label: 'New integrated care partnership',
    detail: 'kind: integrated-care-partnership — the ICP joint committee and its strategy, as `ics-check init --partnership` writes it; TODO where only the partnership knows',
    body: newDocument('partnership.yaml'),
  },
  {
    label: 'New place partnership',
    detail: 'kind: place-partnership — one place-based partnership in its own file, as `ics-check init --place-files` writes it; TODO where only the place knows',
    body: newDocument(`places/${'example-place'}.yaml`),
  },
];

/** A snippet's text with every placeholder at its default: what the user gets by tabbing through. */
export function expandSnippet(body: string): string {
  let out = body;
  for (let i = 0; i < 5; i++) {
    out = out.replace(/\$\{\d+:([^{}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1');
  }
  return out
    .replace(/\$0/g, '')
    .replace(/(^|[^\\])\$\d+/g, '$1')
    .replace(/\\([\\$}])/g, '$1');
}

/** Indents every line but the first by `column` spaces (the first goes where the cursor is). */
export function indentSnippet(body: string, column: number): string {
  const pad = ' '.repeat(column);
  return body
    .split('\n')
    .map((l, i) => (i === 0 || l === '' ? l : pad + l))
    .join('\n');
}
