import { defineRule } from '../framework';
import { positionsWithRole } from '../../model/composition';
import { board } from '../positions';
import { ACT_SCH1B_P1, HEALTH_BILL_2026 } from '../citations';

/** Schedule 1B paragraph 6 (read on legislation.gov.uk). */
const PARA_6 =
  '"The constitution may not confer power to remove the chair from office on any person other than NHS England, and any such power must be expressed to be subject to the approval of the Secretary of State"';
import { SECTION_1 } from './helpers';
import { checkArrangement, type ArrangementSpec } from './arrangement';

export const CHAIR_REMOVAL: ArrangementSpec = {
  field: 'removal',
  subject: 'the chair',
  noun: 'removal',
  participle: 'removed',
  verb: 'removes',
  optional: true,
  law: {
    'hca-2022': {
      by: 'nhs_england',
      approvedBy: 'secretary_of_state',
      statement:
        'Schedule 1B paragraph 6 of the NHS Act 2006 allows a power to remove the chair to be given to NHS England only, and requires it to be expressed as subject to the approval of the Secretary of State (a constitution need not give the power at all)',
    },
    'health-bill-2026': {
      by: 'secretary_of_state',
      approvedBy: 'secretary_of_state',
      approvalOptional: true,
      statement:
        'Under the Health Bill 2026 as introduced, NHS England would be abolished and its functions would pass to the Secretary of State, so a power to remove the chair could be given only to the Secretary of State (Schedule 1B paragraph 6 as it would be amended; the Bill\'s text was not read)',
    },
  },
};

export default defineRule({
  meta: {
    id: 'ICS-APPT-002',
    slug: 'chair-removed-only-by-nhs-england',
    title: 'A power to remove the chair, if the constitution gives one, is given only to NHS England and only subject to the approval of the Secretary of State (under the Health Bill 2026: the Secretary of State).',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 6' }, HEALTH_BILL_2026],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        "When the chair has a `removal`, checks that it is `by: nhs_england` and `approved_by: secretary_of_state` under the law in force. Under health-bill-2026 it expects `by: secretary_of_state`, read from a `transitional` entry if there is one. A chair with no `removal` passes: the constitution need not provide for removal.",
      rationale:
        `Schedule 1B paragraph 6 to the NHS Act 2006 (read on legislation.gov.uk): ${PARA_6}. The paragraph forbids; it does not require. A constitution that gives no power to remove the chair complies; one that gives it to anyone but NHS England (the board, the ICB, the Secretary of State alone) does not, nor does one that gives it to NHS England without making it subject to the Secretary of State's approval. The Health Bill 2026 as introduced would pass NHS England's functions to the Secretary of State (Browne Jacobson's summary of clause 1; the Bill's text was not read).`,
      changes: [
        'Issue 10: a constitution with no removal clause no longer fails. Paragraph 6 limits who may hold a power of removal; it does not require the constitution to create one. The fix that added a removal clause is gone; the rule still fails a power given to anyone other than NHS England, or one not subject to the Secretary of State\'s approval.',
      ],
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
        "If the constitution gives a power to remove the chair, set it to `{by: nhs_england, approved_by: secretary_of_state}`; for the Health Bill 2026 add `transitional: [{framework: health-bill-2026, by: secretary_of_state}]`. Or remove the power: saying nothing about removal is lawful.",
    },
  },
  check(ctx) {
    const chair = positionsWithRole(board(ctx), 'chair')[0];
    if (chair) checkArrangement(ctx, chair, CHAIR_REMOVAL);
  },
});
