import { defineRule } from '../framework';
import { LGPIHA_116ZB } from '../citations';
import { present, prose } from '../place/system';

const REQUIRED_REGARD: { value: string; label: string }[] = [
  { value: 'nhs_mandate', label: 'the NHS mandate (`nhs_mandate`)' },
  { value: 'secretary_of_state_guidance', label: "the Secretary of State's guidance on integrated care strategies (`secretary_of_state_guidance`)" },
];

export default defineRule({
  meta: {
    id: 'ICS-ICP-005',
    slug: 'icp-strategy-s75-and-guidance',
    title: 'In preparing the strategy, the partnership considers section 75 arrangements and has regard to the NHS mandate and the Secretary of State\'s guidance.',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...LGPIHA_116ZB, provision: 'section 116ZB(2) and (3)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    fixable: true,
    docs: {
      description:
        'When the partnership records a `strategy`, checks that `considered_s75_arrangements` is `true` and that `guidance_regarded` includes `nhs_mandate` and `secretary_of_state_guidance`. (A missing strategy is ICS-ICP-004\'s finding.) The Health Bill 2026 would abolish NHS England, the mandate\'s recipient; its text has not been read, so the same check applies under both frameworks.',
      rationale:
        'Section 116ZB(2) of the Local Government and Public Involvement in Health Act 2007 requires the partnership, in preparing the strategy, to consider whether needs could be met more effectively by arrangements under section 75 of the NHS Act 2006 (pooled budgets and delegated functions between NHS bodies and councils); s.116ZB(3) requires it to have regard to the mandate to NHS England and to guidance issued by the Secretary of State.',
      incorrect: `kind: integrated-care-partnership
version: 1
icb: nhs-example
strategy:
  url: https://example.nhs.uk/integrated-care-strategy
  adopted_on: 2022-12-14
`,
      correct: `kind: integrated-care-partnership
version: 1
icb: nhs-example
strategy:
  url: https://example.nhs.uk/integrated-care-strategy
  adopted_on: 2022-12-14
  considered_s75_arrangements: true
  guidance_regarded: [nhs_mandate, secretary_of_state_guidance]
`,
      howToFix:
        'Once the partnership has done so, record `considered_s75_arrangements: true` and list in `guidance_regarded` the NHS mandate and the Secretary of State\'s guidance. The fixes only record; they are never applied unattended.',
    },
  },
  check(ctx) {
    const s = ctx.icp!.strategy;
    if (!s) return;
    const s75 = s.considered_s75_arrangements;
    if (s75?.value !== true) {
      const edit = s75 ? undefined : ctx.editor.addAtPath(['strategy', 'considered_s75_arrangements'], true);
      ctx.report({
        message: s75
          ? 'The partnership records that it did not consider section 75 arrangements (`considered_s75_arrangements: false`). In preparing the strategy it must consider whether needs could be met more effectively through arrangements under s.75 of the NHS Act 2006 (Local Government and Public Involvement in Health Act 2007 s.116ZB(2)).'
          : 'The strategy does not record that the partnership considered section 75 arrangements (`considered_s75_arrangements`). In preparing it, the partnership must consider whether needs could be met more effectively through arrangements under s.75 of the NHS Act 2006 (Local Government and Public Involvement in Health Act 2007 s.116ZB(2)).',
        at: s75?.loc ?? s.loc,
        fixes: edit ? [{ title: 'Record that section 75 arrangements were considered (check first)', safe: false, edits: [edit] }] : undefined,
      });
    }
    const regarded = present(s.guidance_regarded);
    const missing = REQUIRED_REGARD.filter((g) => !regarded.includes(g.value));
    if (missing.length > 0) {
      const edit = ctx.editor.addAtPath(['strategy', 'guidance_regarded'], missing.map((g) => g.value));
      ctx.report({
        message: `The strategy does not record that the partnership had regard to ${prose(missing.map((g) => g.label))} (\`guidance_regarded\`). It must have regard to the mandate and to the Secretary of State's guidance in preparing the strategy (Local Government and Public Involvement in Health Act 2007 s.116ZB(3)).`,
        at: s.guidance_regarded?.loc ?? s.loc,
        fixes: edit ? [{ title: 'Record the guidance the partnership had regard to (check first)', safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
