import { defineRule } from '../framework';
import { text } from '../../model/query';
import { LGPIHA_116ZB } from '../citations';

export default defineRule({
  meta: {
    id: 'ICS-ICP-008',
    slug: 'icp-strategy-published',
    title: 'The partnership publishes the integrated care strategy.',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...LGPIHA_116ZB, provision: 'section 116ZB(7) (partially read)', confidence: 'I' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    fixable: false,
    docs: {
      description:
        'When the partnership records a `strategy`, checks that it gives the web address where the strategy is published (`strategy.url`, https). A `path` inside the repository is not publication.',
      rationale:
        'Section 116ZB(7) of the Local Government and Public Involvement in Health Act 2007 requires the partnership to publish the integrated care strategy. (Only the start of subsection (7) was read; its remaining wording is inferred from ICB and council publications.)',
      incorrect: `kind: integrated-care-partnership
version: 1
icb: nhs-example
strategy:
  path: strategy/integrated-care-strategy.pdf
  adopted_on: 2022-12-14
`,
      correct: `kind: integrated-care-partnership
version: 1
icb: nhs-example
strategy:
  url: https://example.nhs.uk/integrated-care-strategy
  adopted_on: 2022-12-14
`,
      howToFix: 'Publish the strategy and give its web address in `strategy.url`. No automatic fix: the address is a fact only the partnership knows.',
    },
  },
  check(ctx) {
    const s = ctx.icp!.strategy;
    if (!s || text(s.url)) return;
    ctx.report({
      message: text(s.path)
        ? 'The strategy is only kept in the repository (`strategy.path`): the partnership must publish it (Local Government and Public Involvement in Health Act 2007 s.116ZB(7)). Give the web address where it is published in `strategy.url`.'
        : 'The strategy does not say where it is published (`strategy.url`). The partnership must publish the integrated care strategy (Local Government and Public Involvement in Health Act 2007 s.116ZB(7)).',
      at: s.path?.loc ?? s.loc,
    });
  },
});
