import { defineRule } from '../framework';
import { firstLoc, text } from '../../model/query';
import { ACT_14Z25, ACT_14Z30 } from '../citations';
import { SECTION_1 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-AREA-003',
    slug: 'constitution-is-published',
    title: 'The constitution records where it is published, so the duty to publish it can be checked (a heuristic).',
    section: SECTION_1,
    sourceKind: 'heuristic',
    severity: 'hint',
    citations: [
      { ...ACT_14Z30, provision: 'section 14Z29 (each ICB must publish its constitution)' },
      { ...ACT_14Z25, provision: 'section 14Z25(5) (the establishment order may refer to a published document)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Notes a constitution with no `publication.constitution_url`, the web address where it is published.',
      rationale:
        'Section 14Z29 of the NHS Act 2006 (read in the Health and Care Act 2022 as enacted) puts the duty on the ICB: "Each integrated care board must publish its constitution". Section 14Z25(5) (read on legislation.gov.uk) lets the establishment order give the constitution effect "by making provision by reference to a published document". Neither requires the constitution to state its own web address, so a constitution without one breaks no law; recording it only lets a reviewer confirm the duty to publish is met. Hence a hint.',
      changes: [
        'Issue 10: no longer an error. Section 14Z25(5) concerns the establishment order, and section 14Z29 (now read) is a duty on the ICB to publish, not a requirement that the constitution state where it is published. The rule is now a heuristic (hint) and cites section 14Z29 instead of a law firm\'s summary.',
      ],
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
        'The constitution does not say where it is published. Each ICB must publish its constitution (NHS Act 2006 s.14Z29); recording the address in `publication.constitution_url` lets a reviewer check it. This is a hint, not a legal requirement of the constitution itself.',
      at: firstLoc(icb.publication, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: 'Add the address where the constitution is published (to fill in)', safe: false, edits: [edit] }] : undefined,
    });
  },
});
