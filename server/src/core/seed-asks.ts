/**
 * What the documents this product was created from (the five "seeds") ask for, and the rules that
 * check each ask — or why none can. Written from issue 13's reading of the seeds (each read whole);
 * `docs/rules/README.md` shows it, and a test checks that every rule named exists.
 */

export interface SeedDocument {
  id: string;
  /** How the rule pages cite it. */
  title: string;
}

export const SEEDS: readonly SeedDocument[] = [
  { id: '000', title: 'NHS Clinical Commissioners and NHS Confederation, letter to the Minister of State, "Embedding clinical leadership in integrated care systems" (25 May 2021)' },
  { id: '001', title: 'News report of the same letter (27 May 2021)' },
  { id: '002', title: 'NHS Clinical Commissioners, "Our action for you on the proposals outlined in the Integration and Innovation white paper" (2021)' },
  { id: '003', title: 'Croner-i, "How clinical and care professionals will influence statutory integrated care" (reviewed 20 October 2021)' },
  { id: '004', title: 'NHS Confederation, "Clinical and care professional leadership in integrated care systems" (July 2021)' },
];

export interface SeedAsk {
  /** The seeds that make the ask. */
  seeds: string[];
  ask: string;
  /** The rules that check it; empty when no rule can. */
  rules: string[];
  /** Why no rule can check it, or what a rule cannot judge. Required when `rules` is empty. */
  note?: string;
}

export const SEED_ASKS: readonly SeedAsk[] = [
  { seeds: ['000', '001'], ask: 'Guarantee clinical leadership on the ICB board, "not just advice": at least one executive a registered clinician', rules: ['ICS-CCPL-016', 'ICS-EXEC-002', 'ICS-EXEC-003', 'ICS-REG-001', 'ICS-REG-003'], note: 'The legislative ask was not enacted, so ICS-CCPL-016 is a hint, never an error.' },
  { seeds: ['000'], ask: 'Clinical skillsets at board level for quality assurance and safeguarding', rules: ['ICS-FUNC-002', 'ICS-OFF-003', 'ICS-QUAL-001'] },
  { seeds: ['000', '002'], ask: 'Distributed, multidisciplinary clinical leadership, heard at the highest levels and linked to all clinicians', rules: ['ICS-CCPL-010', 'ICS-CCPL-015', 'ICS-CCPL-019'] },
  { seeds: ['000', '002'], ask: 'Board composition (medical, nursing, allied health, lay) by national guidance and local determination', rules: ['ICS-CCPL-015', 'ICS-EXEC-002', 'ICS-EXEC-003', 'ICS-NED-001'] },
  { seeds: ['001'], ask: '"Appropriate clinical advice" when the ICB makes decisions', rules: ['ICS-CCPL-019', 'ICS-DUTY-001'], note: 'The duty to obtain appropriate advice is s.14Z38 of the NHS Act 2006.' },
  { seeds: ['001'], ask: 'Avoid tokenistic GP representation', rules: ['ICS-PARTNER-002'], note: 'Only the statutory primary medical services seat can be checked; whether it is tokenistic cannot.' },
  { seeds: ['002'], ask: 'Employment transition: an HR framework, a definition of "board level", letters of continuing employment, staff transfer', rules: [], note: 'Transitional (2021–22) human resources matters, not content of a constitution.' },
  { seeds: ['002'], ask: 'Clinical leadership with local flexibility', rules: ['ICS-CCPL-001', 'ICS-CCPL-002', 'ICS-CCPL-010', 'ICS-CCPL-011', 'ICS-CCPL-012', 'ICS-CCPL-013', 'ICS-CCPL-014', 'ICS-CCPL-015'] },
  { seeds: ['002'], ask: 'Financial allocation at place on population need and health inequalities', rules: ['ICS-PLACE-011', 'ICS-PLACE-012'] },
  { seeds: ['002'], ask: 'Transition capacity and change-management resource', rules: [], note: 'Resourcing, not content of a constitution.' },
  { seeds: ['002'], ask: 'Lay and non-executive presence at the ICB, the partnership and place', rules: ['ICS-NED-001', 'ICS-ICP-014', 'ICS-PLACE-010'] },
  { seeds: ['002'], ask: 'No orphan functions in the transfer from CCGs: map the functions, medicines optimisation and NHS continuing healthcare among them', rules: ['ICS-FUNC-001', 'ICS-FUNC-002', 'ICS-GOV-003'] },
  { seeds: ['002'], ask: 'Phased transfer of primary care and specialised commissioning, "only when ready"', rules: ['ICS-DEL-001'], note: 'Delegations record when they take effect (`effective_from`) and where they stand (`status`); readiness itself cannot be judged.' },
  { seeds: ['002'], ask: 'Commissioning shared across ICSs; delegation of primary care to place and neighbourhood', rules: ['ICS-DEL-002', 'ICS-DEL-004', 'ICS-PLACE-006'] },
  { seeds: ['002'], ask: 'National negotiation of primary dental contracts', rules: [], note: 'A national matter, outside any constitution.' },
  { seeds: ['002'], ask: 'Align with health and wellbeing boards and existing place structures', rules: ['ICS-HWB-001', 'ICS-RPT-003', 'ICS-PLACE-004'] },
  { seeds: ['002'], ask: 'Independent, lay-led quality assurance with executive accountability (ideally a nurse)', rules: ['ICS-QUAL-001', 'ICS-EXEC-003', 'ICS-FUNC-002'] },
  { seeds: ['002'], ask: 'Flexibility on boundaries', rules: ['ICS-AREA-001', 'ICS-AREA-002'], note: 'A council only partly in the area is recorded with `part: true` (format 1.1).' },
  { seeds: ['002'], ask: 'The relationship with the Care Quality Commission; ICSs as quality assurance partners', rules: ['ICS-FUNC-002'], note: 'The CQC relationship is external to the constitution; the rule maps quality assurance within the ICB.' },
  { seeds: ['002'], ask: 'Checks on the Secretary of State\'s power of direction', rules: [], note: 'National legislation, outside any constitution.' },
  { seeds: ['002'], ask: 'A model constitution with clinical leadership, patient voice, lay representation and wider sectors on partnerships', rules: ['ICS-PART-002', 'ICS-PEOPLE-003', 'ICS-ICP-011', 'ICS-PLACE-005', 'ICS-ICP-014'] },
  { seeds: ['002'], ask: 'Flexible relationships between the ICB, the partnership, health and wellbeing boards and places', rules: ['ICS-PLACE-004', 'ICS-HWB-001'] },
  { seeds: ['002'], ask: 'Strong place arrangements; delegation of funds and responsibilities to place', rules: ['ICS-PLACE-001', 'ICS-PLACE-002', 'ICS-PLACE-003', 'ICS-PLACE-004', 'ICS-PLACE-006', 'ICS-DEL-002'] },
  { seeds: ['002'], ask: 'Chair appointments by September 2021, with continuity', rules: ['ICS-APPT-001'], note: 'Who appoints the chair is checked; the timetable of 2021 cannot be.' },
  { seeds: ['002'], ask: 'Procurement: views on the provider selection regime to follow', rules: ['ICS-COI-008', 'ICS-COI-009'] },
  { seeds: ['003'], ask: 'A local framework and development plan for clinical and care professional leadership', rules: ['ICS-CCPL-001'] },
  { seeds: ['003'], ask: 'The board\'s medical and nursing directors involve leaders of all professions', rules: ['ICS-CCPL-002'] },
  { seeds: ['003'], ask: 'The five design principles', rules: ['ICS-CCPL-010', 'ICS-CCPL-011', 'ICS-CCPL-012', 'ICS-CCPL-013', 'ICS-CCPL-014'] },
  { seeds: ['003'], ask: 'Targeted improvement funding', rules: [], note: 'Funding, not content of a constitution.' },
  { seeds: ['003'], ask: 'Avoid duplicating clinical and care professional networks', rules: ['ICS-CCPL-017'] },
  { seeds: ['003'], ask: 'Places with a shared vision, a footprint and governance (forums, joint committees, lead provider)', rules: ['ICS-PLACE-001', 'ICS-PLACE-002', 'ICS-PLACE-003', 'ICS-DEL-004'] },
  { seeds: ['003'], ask: 'Delegation to place keeps accountability with the body that delegates', rules: ['ICS-PLACE-006', 'ICS-DEL-003'] },
  { seeds: ['003'], ask: 'Clarity on what place partnerships are accountable for, and to whom', rules: ['ICS-PLACE-004', 'ICS-PLACE-006', 'ICS-DEL-002'] },
  { seeds: ['003'], ask: 'A system-wide people and communities strategy; arrangements in the constitution; representation at the partnership and place; the ten principles', rules: ['ICS-PEOPLE-001', 'ICS-PEOPLE-002', 'ICS-PEOPLE-003', 'ICS-PEOPLE-004', 'ICS-PUBINV-001'] },
  { seeds: ['003'], ask: 'A formal agreement or alliance with the VCSE sector', rules: ['ICS-VCSE-001', 'ICS-VCSE-002'] },
  { seeds: ['003'], ask: 'VCSE funding', rules: [], note: 'Funding, not content of a constitution.' },
  { seeds: ['004'], ask: 'Draft principles 1 to 6', rules: ['ICS-CCPL-010', 'ICS-CCPL-011', 'ICS-CCPL-012', 'ICS-CCPL-013', 'ICS-CCPL-014'], note: 'Checked as the five principles of NHS England\'s final guidance.' },
  { seeds: ['004'], ask: 'Draft principle 7: a learning system that measures its effectiveness and adapts', rules: ['ICS-CCPL-018'] },
  { seeds: ['004'], ask: 'Self-assess against the principles, sighting the board on the gaps', rules: ['ICS-CCPL-018'] },
  { seeds: ['004'], ask: 'Include experts by experience; equality, diversity and inclusion as a golden thread', rules: ['ICS-PEOPLE-002', 'ICS-PEOPLE-003', 'ICS-CCPL-014', 'ICS-ICP-014'] },
  { seeds: ['004'], ask: 'Purpose over professional representation; mechanisms to tap broader clinical and care knowledge', rules: ['ICS-CCPL-019'], note: 'No rule sets quotas of professions: seed 004 argues against mandating professional representation.' },
  { seeds: ['004'], ask: 'The primacy of place: clinical and care professional mechanisms at place', rules: ['ICS-CCPL-010'] },
  { seeds: ['004'], ask: 'Resourcing: time, data and support for leaders', rules: ['ICS-CCPL-012'] },
  { seeds: ['004'], ask: 'A definition of clinical and care professionals', rules: ['ICS-CCPL-015'] },
  { seeds: ['004'], ask: 'Clear roles, lines of accountability, defined governance and reporting', rules: ['ICS-FUNC-001', 'ICS-DEL-002'] },
  { seeds: ['004'], ask: 'Agreed subsidiarity principles', rules: [], note: 'The functions map shows where decisions sit (ICS-FUNC-001), but whether that is subsidiarity cannot be judged.' },
  { seeds: ['004'], ask: 'A named system-wide pharmacy and medicines lead', rules: ['ICS-FUNC-002'], note: 'Medicines optimisation is mapped with its `executive_lead`.' },
  { seeds: ['004'], ask: 'ICSs to take on NHS England roles: commissioning accountability, quality assurance, provider performance', rules: ['ICS-DEL-001', 'ICS-FUNC-002'] },
  { seeds: ['004'], ask: 'Ongoing dialogue with clinical and care professionals about leadership arrangements', rules: ['ICS-CCPL-018'], note: 'The evaluation records its method; the dialogue itself cannot be checked.' },
];

/** Requirements considered for issue 13 and not made rules, with why (shown in the rules index). */
export const CONSIDERED: readonly { requirement: string; why: string }[] = [
  { requirement: 'A statement of principles on public involvement in the constitution (s.14Z45)', why: 'The wording of such a requirement was not found in the text read; ICS-PEOPLE-002, ICS-PEOPLE-004 and ICS-PUBINV-001 already check the principles and the arrangements.' },
  { requirement: 'Quorum per meeting type', why: 'ICS-QUORUM-001 checks the board and every committee, ICS-ICP-003 the partnership.' },
  { requirement: 'The reserved matters of NHS England\'s model scheme as a warning', why: 'NHS England\'s guide to developing a scheme of reservation and delegation was not read; ICS-SORD-001 is information until it is.' },
  { requirement: 'An accountable emergency officer as a statutory error', why: 'Section 252A(9) of the NHS Act 2006 (read) puts the duty to appoint one on providers, not ICBs; ICS-OFF-002 rests on NHS England\'s EPRR framework.' },
  { requirement: 'Professions the board must include', why: 'Seed 004 argues against mandating professional representation; ICS-CCPL-015 (information) is as far as the sources go.' },
  { requirement: 'A statement of the ICB\'s general duties whenever the joint forward plan is not referred to', why: 'ICS-PLAN-001 already reports a constitution silent about the plan, which is where s.14Z52(2)(b) requires the explanation; ICS-DUTY-001 checks a `statutory_duties` block when one is written.' },
];
