import { defineRule } from '../framework';
import { positionsWithRole } from '../../model/composition';
import { board } from '../positions';
import { ACT_SCH1B_P1, HEALTH_BILL_2026 } from '../citations';
import { SECTION_1 } from './helpers';
import { checkArrangement, type ArrangementSpec } from './arrangement';

export const CHAIR_APPOINTMENT: ArrangementSpec = {
  field: 'appointment',
  subject: 'the chair',
  noun: 'appointment',
  participle: 'appointed',
  verb: 'appoints',
  law: {
    'hca-2022': {
      by: 'nhs_england',
      approvedBy: 'secretary_of_state',
      statement: 'Schedule 1B paragraph 5 of the NHS Act 2006 says the chair is appointed by NHS England with the approval of the Secretary of State',
    },
    'health-bill-2026': {
      by: 'secretary_of_state',
      approvedBy: 'secretary_of_state',
      approvalOptional: true,
      statement:
        'Under the Health Bill 2026 as introduced, NHS England would be abolished and its functions would pass to the Secretary of State, so the Secretary of State would appoint the chair (Schedule 1B paragraph 5 as it would be amended)',
    },
  },
};

export default defineRule({
  meta: {
    id: 'ICS-APPT-001',
    slug: 'chair-appointed-by-nhs-england',
    title: 'The chair is appointed by NHS England with the approval of the Secretary of State (under the Health Bill 2026: by the Secretary of State).',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 5' }, HEALTH_BILL_2026],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        "Checks the chair's `appointment`: `by: nhs_england` and `approved_by: secretary_of_state` under the law in force (hca-2022). Under health-bill-2026 it expects `by: secretary_of_state`, read from a `transitional` entry for that framework if the constitution has one.",
      rationale:
        'Schedule 1B paragraph 5 to the NHS Act 2006 says the chair of an integrated care board is appointed by NHS England with the approval of the Secretary of State. The Health Bill introduced in May 2026 would abolish NHS England and pass its functions to the Secretary of State; its text has not been read, so the health-bill-2026 variant follows the published briefings.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: jane-smith
      name: Jane Smith
      role: chair
      appointment: {by: board}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: jane-smith
      name: Jane Smith
      role: chair
      appointment:
        by: nhs_england
        approved_by: secretary_of_state
        transitional:
          - {framework: health-bill-2026, by: secretary_of_state}
`,
      howToFix:
        "Set the chair's `appointment` to `{by: nhs_england, approved_by: secretary_of_state}`. To be ready for the Health Bill 2026, add `transitional: [{framework: health-bill-2026, by: secretary_of_state}]`.",
    },
  },
  check(ctx) {
    const chair = positionsWithRole(board(ctx), 'chair')[0];
    if (chair) checkArrangement(ctx, chair, CHAIR_APPOINTMENT);
  },
});
