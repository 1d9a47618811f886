import { defineRule } from '../framework';
import { firstLoc, text } from '../../model/query';
import { ACT_SCH1B_P1 } from '../citations';
import { SECTION_1 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-CONST-002',
    slug: 'constitution-states-name',
    title: "The constitution states the ICB's name.",
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 2(a)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `icb.name` is given.',
      rationale: "Schedule 1B paragraph 2(a) to the NHS Act 2006 says an ICB's constitution must specify the name of the board.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`,
      howToFix: 'Add `name:` under `icb:` with the legal name of the board, e.g. "NHS Example Integrated Care Board".',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    if (text(icb.icb?.name)) return;
    const legal = text(icb.icb?.legal_name);
    const edit = icb.icb ? ctx.editor.addAtPath(['icb', 'name'], legal ?? 'TODO') : ctx.editor.addAtPath(['icb'], { id: 'todo', name: 'TODO' });
    ctx.report({
      message: `The constitution does not state the ICB's name. Schedule 1B paragraph 2(a) of the NHS Act 2006 requires the constitution to specify the board's name: add \`name:\` under \`icb:\`${legal ? ` (the legal name given is "${legal}")` : ''}.`,
      at: firstLoc(icb.icb?.name, icb.icb, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: legal ? `Use the legal name "${legal}"` : "Add the ICB's name (to fill in)", safe: legal !== undefined, edits: [edit] }] : undefined,
    });
  },
});
