import { defineRule } from '../framework';
import { text } from '../../model/query';
import { positionsWithRole } from '../../model/composition';
import { board, roleAnchor } from '../positions';
import { ACT_SCH1B_P1, ACT_SCH1B_P2, ACT_SCH1B_ENACTED } from '../citations';
import { SECTION_1, addUnder } from './helpers';

/**
 * Schedule 1B paragraph 19(4): the secondees who count as employees of the ICB for paragraph 7(2).
 * (a) is read on legislation.gov.uk; the list in (b) in the Act as enacted.
 */
export const PARA_19_4_EMPLOYERS: Record<string, string> = {
  civil_service: 'the civil service of the State',
  nhs_england: 'NHS England',
  nhs_trust: 'an NHS trust',
  nhs_foundation_trust: 'an NHS foundation trust',
  special_health_authority: 'a Special Health Authority for England',
  care_quality_commission: 'the Care Quality Commission',
  health_and_social_care_information_centre: 'the Health and Social Care Information Centre',
  health_services_safety_investigations_body: 'the Health Services Safety Investigations Body',
  human_tissue_authority: 'the Human Tissue Authority',
  human_fertilisation_and_embryology_authority: 'the Human Fertilisation and Embryology Authority',
  nice: 'NICE',
};

const LISTED =
  'a secondee counts only if a civil servant or employed by NHS England, an NHS trust or foundation trust, a Special Health Authority for England, the Care Quality Commission, the Health and Social Care Information Centre, the Health Services Safety Investigations Body, the Human Tissue Authority, the Human Fertilisation and Embryology Authority or NICE (paragraph 19(4))';

export default defineRule({
  meta: {
    id: 'ICS-APPT-004',
    slug: 'chief-executive-is-employee',
    title: 'The chief executive is an employee of the ICB; a secondee counts only if seconded from the civil service or a body paragraph 19(4) lists.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [
      { ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 7(2)' },
      { ...ACT_SCH1B_P2, provision: 'Schedule 1B paragraph 19(3) and 19(4)(a)' },
      { ...ACT_SCH1B_ENACTED, provision: 'Schedule 1B paragraph 19(4)(b) (the bodies whose secondees count)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        "Checks the chief executive's `employment`: `employee` passes; `secondee` passes when `seconded_from` names the civil service or a body paragraph 19(4) lists, and fails when it is `other`. A secondee whose employer is not stated is assumed to come from a listed body (the constitution rarely says), and is not reported.",
      rationale:
        'Schedule 1B paragraph 7(2) to the NHS Act 2006 (read on legislation.gov.uk): "The constitution must provide that a person is eligible to become or remain the chief executive only if the person is an employee of the integrated care board." Paragraph 19(3) counts every secondee as an employee for paragraphs 11 and 18, but paragraph 19(4) is narrower for the chief executive: the reference in 7(2) "includes any of the following seconded to the board— (a) a person employed in the civil service of the State, or (b) a person employed by—" NHS England, an NHS trust, an NHS foundation trust, a Special Health Authority performing functions only or mainly in respect of England, the Care Quality Commission, the Health and Social Care Information Centre, the Health Services Safety Investigations Body, the Human Tissue Authority, the Human Fertilisation and Embryology Authority or NICE (list read in the Act as enacted; later amendments not checked). Another ICB and a local authority are not on the list. The Health Bill 2026 would abolish NHS England; how it amends this list was not read, so the same list is applied under both frameworks.',
      changes: [
        'Issue 10: a secondee no longer passes on that word alone. Paragraph 19(4) counts a seconded chief executive as an employee only if a civil servant or employed by one of the bodies it lists; `seconded_from: other` (e.g. another ICB or a council) now fails. The new optional key `seconded_from` records the employer.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: amir-khan, name: Amir Khan, role: chief_executive, employment: secondee, seconded_from: other}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: amir-khan, name: Amir Khan, role: chief_executive, employment: secondee, seconded_from: nhs_foundation_trust}
`,
      howToFix:
        "Set the chief executive's `employment` to `employee`, or `secondee` with `seconded_from` naming the civil service or a body paragraph 19(4) lists. A chief executive seconded from anywhere else must become an employee of the ICB.",
    },
  },
  check(ctx) {
    const ceo = positionsWithRole(board(ctx), 'chief_executive')[0];
    if (!ceo) return;
    const declared = ceo.declared('employment');
    const employment = text(declared);
    if (employment === 'employee') return;
    if (employment === 'secondee') {
      // Who seconds is a fact about the person: the member's own, or (format 1.1) the seat's holder's.
      const secondedFrom = ceo.kind === 'seat' ? ceo.holders[0]?.member.seconded_from : ceo.member?.seconded_from;
      const from = text(secondedFrom);
      // An unstated employer is assumed to be a listed one: the constitution rarely says, and guessing would be a false error.
      if (!from || PARA_19_4_EMPLOYERS[from]) return;
      ctx.report({
        message: `The chief executive, ${ceo.kind === 'seat' ? ceo.holders[0].label : ceo.label}, is seconded from an employer that Schedule 1B paragraph 19(4) of the NHS Act 2006 does not list (\`seconded_from: ${from}\`). The chief executive must be an employee of the ICB (paragraph 7(2)), and ${LISTED}.`,
        at: secondedFrom!.loc,
        fixes: [{ title: 'Make the chief executive an employee of the ICB', safe: false, edits: [ctx.editor.replaceScalar(declared!.loc.node, 'employee')] }],
      });
      return;
    }
    if (!employment) {
      const edit = addUnder(ctx, ceo.loc, ['employment'], 'employee');
      ctx.report({
        message: `The constitution does not say that the chief executive, ${ceo.label}, is employed by the ICB. Schedule 1B paragraph 7(2) of the NHS Act 2006 requires the chief executive to be an employee of the ICB (${LISTED}): add \`employment: employee\`, or \`employment: secondee\` with \`seconded_from\`.`,
        at: roleAnchor(ceo),
        fixes: edit ? [{ title: 'Say the chief executive is an employee of the ICB', safe: false, edits: [edit] }] : undefined,
      });
      return;
    }
    ctx.report({
      message: `The chief executive, ${ceo.label}, has \`employment: ${employment}\`. Schedule 1B paragraph 7(2) of the NHS Act 2006 requires the chief executive to be, and remain, an employee of the ICB (${LISTED}).`,
      at: declared!.loc,
      fixes: [{ title: 'Change to employee', safe: false, edits: [ctx.editor.replaceScalar(declared!.loc.node, 'employee')] }],
    });
  },
});
