import { defineRule } from '../framework';
import { positionsWithRole } from '../../model/composition';
import { board } from '../positions';
import { ACT_SCH1B_P1, HEALTH_BILL_2026 } from '../citations';
import { SECTION_1 } from './helpers';
import { checkArrangement, type ArrangementSpec } from './arrangement';

export const CEO_APPOINTMENT: ArrangementSpec = {
  field: 'appointment',
  subject: 'the chief executive',
  noun: 'appointment',
  participle: 'appointed',
  verb: 'appoints',
  law: {
    'hca-2022': {
      by: 'chair',
      approvedBy: 'nhs_england',
      statement: "Schedule 1B paragraph 7(1) of the NHS Act 2006 says the chief executive is appointed by the chair with NHS England's approval",
    },
    'health-bill-2026': {
      by: 'chair',
      approvedBy: 'secretary_of_state',
      statement:
        "Under the Health Bill 2026 as introduced, NHS England would be abolished and its functions would pass to the Secretary of State, so the chief executive would be appointed by the chair with the Secretary of State's approval (Schedule 1B paragraph 7(1) as it would be amended)",
    },
  },
};

export default defineRule({
  meta: {
    id: 'ICS-APPT-003',
    slug: 'chief-executive-appointed-by-chair',
    title: "The chief executive is appointed by the chair with NHS England's approval (under the Health Bill 2026: the Secretary of State's).",
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 7(1)' }, HEALTH_BILL_2026],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        "Checks the chief executive's `appointment`: `by: chair` and `approved_by: nhs_england` under the law in force; under health-bill-2026, `approved_by: secretary_of_state` (from a `transitional` entry if there is one).",
      rationale:
        "Schedule 1B paragraph 7(1) to the NHS Act 2006 says the chief executive is appointed by the chair, with NHS England's approval. The Health Bill 2026 as introduced would pass NHS England's functions to the Secretary of State.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: amir-khan
      name: Amir Khan
      role: chief_executive
      appointment: {by: board, approved_by: nhs_england}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: amir-khan
      name: Amir Khan
      role: chief_executive
      appointment:
        by: chair
        approved_by: nhs_england
        transitional:
          - {framework: health-bill-2026, by: chair, approved_by: secretary_of_state}
`,
      howToFix:
        "Set the chief executive's `appointment` to `{by: chair, approved_by: nhs_england}`; for the Health Bill 2026 add `transitional: [{framework: health-bill-2026, by: chair, approved_by: secretary_of_state}]`.",
    },
  },
  check(ctx) {
    const ceo = positionsWithRole(board(ctx), 'chief_executive')[0];
    if (ceo) checkArrangement(ctx, ceo, CEO_APPOINTMENT);
  },
});
