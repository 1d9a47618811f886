import { defineRule } from '../framework';
import { ACT_SCH1B_P1 } from '../citations';
import { SECTION_1, nhsEnglandOrSuccessor } from './helpers';
import { checkSinglePosition } from './single-position';

export default defineRule({
  meta: {
    id: 'ICS-BOARD-002',
    slug: 'board-has-one-chief-executive',
    title: 'The board includes a chief executive — exactly one.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 3(1)(b)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that exactly one board member has `role: chief_executive`.',
      rationale:
        'Schedule 1B paragraph 3(1)(b) to the NHS Act 2006 (inserted by the Health and Care Act 2022) says an integrated care board consists of a chair, a chief executive and at least three ordinary members.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
`,
      howToFix:
        'Add one board member with `role: chief_executive` (appointed by the chair with NHS England\'s approval, and employed by the ICB), or correct the role of the member who is the chief executive.',
    },
  },
  check(ctx) {
    checkSinglePosition(ctx, {
      role: 'chief_executive',
      words: 'chief executive',
      provision: 'paragraph 3(1)(b)',
      idBase: 'chief-executive',
      entry: { role: 'chief_executive', employment: 'employee', appointment: { by: 'chair', approved_by: nhsEnglandOrSuccessor(ctx.framework) } },
      extra: 'Schedule 1B paragraph 3(1)(b) of the NHS Act 2006 provides for one chief executive; give the other member their own role (for example `executive`).',
    });
  },
});
