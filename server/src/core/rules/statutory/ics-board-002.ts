import { defineRule } from '../framework';
import { firstLoc, membersWithRole, memberLabel } from '../../model/query';
import { ACT_SCH1B_P1 } from '../citations';
import { SECTION_1, freshMemberId, nhsEnglandOrSuccessor } from './helpers';

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
    const icb = ctx.icb!;
    const ceos = membersWithRole(icb, 'chief_executive');
    if (ceos.length === 0) {
      const edit = ctx.editor.addAtPath(['board', 'members'], [
        {
          id: freshMemberId(icb, 'chief-executive'),
          name: 'TODO',
          role: 'chief_executive',
          employment: 'employee',
          appointment: { by: 'chair', approved_by: nhsEnglandOrSuccessor(ctx.framework) },
        },
      ]);
      ctx.report({
        message:
          'The board has no chief executive. Schedule 1B paragraph 3(1)(b) of the NHS Act 2006 requires an integrated care board to have a chief executive: add a member with `role: chief_executive`.',
        at: firstLoc(icb.board?.members, icb.board, icb.kind) ?? ctx.documentAnchor,
        fixes: edit ? [{ title: 'Add a chief executive to the board (name to fill in)', safe: true, edits: [edit] }] : undefined,
      });
      return;
    }
    for (const extra of ceos.slice(1)) {
      ctx.report({
        message: `The board has more than one chief executive: ${memberLabel(extra)} is a second \`role: chief_executive\`. Schedule 1B paragraph 3(1)(b) of the NHS Act 2006 provides for one chief executive; give the other member their own role (for example \`executive\`).`,
        at: extra.role?.loc ?? extra.loc,
        related: [{ message: 'first chief executive declared here', at: ceos[0].role?.loc ?? ceos[0].loc }],
      });
    }
  },
});
