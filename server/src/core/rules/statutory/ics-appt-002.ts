import { defineRule } from '../framework';
import { membersWithRole } from '../../model/query';
import { ACT_SCH1B_P1, HEALTH_BILL_2026 } from '../citations';
import { SECTION_1 } from './helpers';
import { checkArrangement, type ArrangementSpec } from './arrangement';

export const CHAIR_REMOVAL: ArrangementSpec = {
  field: 'removal',
  subject: 'the chair',
  noun: 'removal',
  participle: 'removed',
  verb: 'removes',
  law: {
    'hca-2022': {
      by: 'nhs_england',
      approvedBy: 'secretary_of_state',
      statement:
        'Schedule 1B paragraph 6 of the NHS Act 2006 says only NHS England may have power to remove the chair, and only with the approval of the Secretary of State',
    },
    'health-bill-2026': {
      by: 'secretary_of_state',
      approvedBy: 'secretary_of_state',
      approvalOptional: true,
      statement:
        'Under the Health Bill 2026 as introduced, NHS England would be abolished and its functions would pass to the Secretary of State, so only the Secretary of State would have power to remove the chair (Schedule 1B paragraph 6 as it would be amended)',
    },
  },
};

export default defineRule({
  meta: {
    id: 'ICS-APPT-002',
    slug: 'chair-removed-only-by-nhs-england',
    title: 'Only NHS England may remove the chair, with the approval of the Secretary of State (under the Health Bill 2026: the Secretary of State).',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 6' }, HEALTH_BILL_2026],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        "Checks the chair's `removal`: `by: nhs_england` and `approved_by: secretary_of_state` under the law in force. Under health-bill-2026 it expects `by: secretary_of_state`, read from a `transitional` entry if there is one.",
      rationale:
        'Schedule 1B paragraph 6 to the NHS Act 2006 says the constitution must give the power to remove the chair to NHS England only, subject to the approval of the Secretary of State. The Health Bill 2026 as introduced would pass NHS England\'s functions to the Secretary of State.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: jane-smith
      name: Jane Smith
      role: chair
      removal: {by: board, approved_by: nhs_england}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: jane-smith
      name: Jane Smith
      role: chair
      removal:
        by: nhs_england
        approved_by: secretary_of_state
        transitional:
          - {framework: health-bill-2026, by: secretary_of_state}
`,
      howToFix:
        "Set the chair's `removal` to `{by: nhs_england, approved_by: secretary_of_state}`; for the Health Bill 2026 add `transitional: [{framework: health-bill-2026, by: secretary_of_state}]`.",
    },
  },
  check(ctx) {
    const chair = membersWithRole(ctx.icb!, 'chair')[0];
    if (chair) checkArrangement(ctx, chair, CHAIR_REMOVAL);
  },
});
