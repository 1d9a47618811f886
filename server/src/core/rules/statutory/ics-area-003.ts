import { defineRule } from '../framework';
import { firstLoc, text } from '../../model/query';
import { ACT_14Z25, CAP_BILL } from '../citations';
import { SECTION_1 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-AREA-003',
    slug: 'constitution-is-published',
    title: 'The constitution is published, and says where.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [
      { ...ACT_14Z25, provision: 'section 14Z25(5)' },
      { ...CAP_BILL, provision: 'each ICB must publish its constitution' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `publication.constitution_url` gives the web address where the constitution is published.',
      rationale:
        'Under section 14Z25(5) of the NHS Act 2006 the order establishing an ICB gives its constitution legal effect, either by setting it out or by referring to a published document; and each ICB must publish its constitution. The constitution should therefore record where it is published.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
publication: {constitution_url: https://example.nhs.uk/constitution}
`,
      howToFix: 'Add `publication:` with `constitution_url:` set to the web address of the published constitution (starting https://).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    if (text(icb.publication?.constitution_url)) return;
    const edit = ctx.editor.addAtPath(['publication', 'constitution_url'], 'https://TODO');
    ctx.report({
      message:
        "The constitution does not say where it is published. Section 14Z25(5) of the NHS Act 2006 gives a constitution legal effect through the ICB's establishment order, which may refer to a published document, and each ICB must publish its constitution: add `publication.constitution_url`.",
      at: firstLoc(icb.publication, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: 'Add the address where the constitution is published (to fill in)', safe: false, edits: [edit] }] : undefined,
    });
  },
});
