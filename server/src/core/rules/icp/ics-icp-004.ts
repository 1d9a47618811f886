import { defineRule } from '../framework';
import { text } from '../../model/query';
import { LGPIHA_116ZB } from '../citations';

export default defineRule({
  meta: {
    id: 'ICS-ICP-004',
    slug: 'icp-prepares-strategy',
    title: 'The partnership prepares an integrated care strategy.',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...LGPIHA_116ZB, provision: 'section 116ZB(1)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    fixable: false,
    docs: {
      description:
        'Checks that the partnership file has a `strategy` that shows one was prepared: where it is (`url` or `path`) or when it was adopted (`adopted_on`). The other strategy rules (ICS-ICP-005 to 008) look inside the `strategy` block once it exists.',
      rationale:
        'Section 116ZB(1) of the Local Government and Public Involvement in Health Act 2007 requires the integrated care partnership to prepare an integrated care strategy: how the assessed needs of its area are to be met by the ICB, NHS England and the responsible local authorities.',
      incorrect: `kind: integrated-care-partnership
version: 1
icb: nhs-example
name: Exampleshire Integrated Care Partnership
`,
      correct: `kind: integrated-care-partnership
version: 1
icb: nhs-example
name: Exampleshire Integrated Care Partnership
strategy:
  url: https://example.nhs.uk/integrated-care-strategy
  adopted_on: 2022-12-14
`,
      howToFix: 'Add `strategy` with the strategy\'s `url` and the date the partnership adopted it (`adopted_on`). No automatic fix: the checker cannot know where or when.',
    },
  },
  check(ctx) {
    const icp = ctx.icp!;
    const s = icp.strategy;
    if (s && (text(s.url) || text(s.path) || text(s.adopted_on))) return;
    ctx.report({
      message: s
        ? 'The integrated care strategy is not identified: `strategy` gives neither where it is (`url` or `path`) nor when it was adopted (`adopted_on`). The partnership must prepare an integrated care strategy (Local Government and Public Involvement in Health Act 2007 s.116ZB(1)).'
        : 'The partnership records no integrated care strategy (`strategy`). It must prepare one, setting out how the assessed needs of its area are to be met by the ICB, NHS England and the responsible local authorities (Local Government and Public Involvement in Health Act 2007 s.116ZB(1)).',
      at: s?.loc ?? icp.name?.loc ?? ctx.documentAnchor,
    });
  },
});
