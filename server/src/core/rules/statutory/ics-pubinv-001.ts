import { defineRule } from '../framework';
import { firstLoc, text, values } from '../../model/query';
import { HWE_9, cite } from '../citations';
import { SECTION_1, listing } from './helpers';

const S14Z45 = cite('NHS Act 2006 (as amended by the Health and Care Act 2022)', 'section 14Z45(2)', 'https://www.legislation.gov.uk/ukpga/2006/41/section/14Z45', 'I');

const LIMBS = [
  { key: 'planning_commissioning', says: 'planning the commissioning arrangements' },
  { key: 'proposals_for_change', says: 'developing and considering proposals for changes that would affect services' },
  { key: 'operational_decisions', says: 'decisions that would affect how services operate' },
] as const;

export default defineRule({
  meta: {
    id: 'ICS-PUBINV-001',
    slug: 'public-involvement-arrangements',
    title: 'The constitution describes how the ICB involves the public in planning, in proposals for change and in decisions about how services operate.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [S14Z45, { ...HWE_9, provision: 'section 9.1.1' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `public_involvement.arrangements` describes the arrangements and that `public_involvement.covers` lists all three areas: planning_commissioning, proposals_for_change and operational_decisions.',
      rationale:
        'Section 14Z45(2) of the NHS Act 2006 requires an ICB to make arrangements to involve people who use services, their carers and representatives in planning its commissioning arrangements, in developing and considering proposals for changes, and in decisions affecting how services operate; model-based constitutions describe these arrangements (HWE 9.1.1).',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
public_involvement:
  arrangements: Through our engagement strategy.
  covers: [planning_commissioning]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
public_involvement:
  arrangements: Through our engagement strategy, place forums and Healthwatch.
  covers: [planning_commissioning, proposals_for_change, operational_decisions]
`,
      howToFix: 'Describe the arrangements in `public_involvement.arrangements` and list the areas they cover in `covers`.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const pi = icb.public_involvement;
    if (!text(pi?.arrangements)) {
      const edit = ctx.editor.addAtPath(['public_involvement', 'arrangements'], 'TODO');
      ctx.report({
        message:
          "The constitution does not describe the ICB's arrangements for involving the public. Section 14Z45(2) of the NHS Act 2006 requires arrangements to involve people who use services, their carers and representatives in planning commissioning, in proposals for change and in decisions about how services operate: describe them in `public_involvement.arrangements`.",
        at: firstLoc(pi, icb.kind) ?? ctx.documentAnchor,
        fixes: edit ? [{ title: 'Add the public involvement arrangements (to fill in)', safe: false, edits: [edit] }] : undefined,
      });
    }
    const covered = values(pi?.covers);
    const missing = LIMBS.filter((l) => !covered.includes(l.key));
    if (missing.length === 0) return;
    const edit = ctx.editor.addAtPath(['public_involvement', 'covers'], missing.map((l) => l.key));
    ctx.report({
      message: `The public involvement arrangements are not shown to cover ${listing(missing.map((l) => l.says))}. Section 14Z45(2) of the NHS Act 2006 requires the public to be involved in all three: make sure the arrangements do, and list ${listing(missing.map((l) => `\`${l.key}\``))} in \`public_involvement.covers\`.`,
      at: firstLoc(pi?.covers, pi, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: 'List the missing areas (check the arrangements cover them)', safe: false, edits: [edit] }] : undefined,
    });
  },
});
