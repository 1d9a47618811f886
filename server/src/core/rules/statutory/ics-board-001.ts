import { defineRule } from '../framework';
import { ACT_SCH1B_P1 } from '../citations';
import { SECTION_1 } from './helpers';
import { checkSinglePosition } from './single-position';

export default defineRule({
  meta: {
    id: 'ICS-BOARD-001',
    slug: 'board-has-one-chair',
    title: 'The board includes a chair — exactly one.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 3(1)(a)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that exactly one board member has `role: chair`.',
      rationale:
        'Schedule 1B to the NHS Act 2006 (inserted by the Health and Care Act 2022) says an integrated care board consists of a chair, a chief executive and at least three ordinary members. A constitution without a chair does not set up a lawful board.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
`,
      howToFix: 'Add one board member with `role: chair` (appointed by NHS England with the approval of the Secretary of State), or correct the role of the member who chairs the board.',
    },
  },
  check(ctx) {
    // The law in force, plus a transitional provision when checking against the Health Bill 2026.
    const arrangement = (): Record<string, unknown> =>
      ctx.framework === 'health-bill-2026'
        ? { by: 'nhs_england', approved_by: 'secretary_of_state', transitional: [{ framework: 'health-bill-2026', by: 'secretary_of_state' }] }
        : { by: 'nhs_england', approved_by: 'secretary_of_state' };
    checkSinglePosition(ctx, {
      role: 'chair',
      words: 'chair',
      provision: 'paragraph 3(1)(a)',
      idBase: 'chair',
      entry: { role: 'chair', independent: true, appointment: arrangement(), removal: arrangement() },
      extra: 'Schedule 1B paragraph 3(1)(a) provides for one chair; give the other members their own role (a deputy chair is a non-executive named in `board.deputy_chair`).',
    });
  },
});
