import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { LGPIHA_116ZB } from '../citations';

export const ISO = /^\d{4}-\d{2}-\d{2}$/;

export default defineRule({
  meta: {
    id: 'ICS-ICP-007',
    slug: 'icp-strategy-reviewed-on-new-jsna',
    title: 'Each time it receives a new joint strategic needs assessment, the partnership considers whether to revise the strategy.',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...LGPIHA_116ZB, provision: 'section 116ZB(6)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    fixable: false,
    docs: {
      description:
        'When the partnership records a `strategy`, checks `strategy.reviews`: every needs assessment received (`needs_assessment_received`) has the date the partnership considered revising the strategy (`reviewed_on`), on or after receipt. A strategy with no review recorded at all is not this rule\'s concern: the duty is triggered by receiving an assessment, and ICS-ICP-013 (a heuristic) notes an old strategy with no review.',
      rationale:
        'Section 116ZB(6) of the Local Government and Public Involvement in Health Act 2007 (read in the Health and Care Act 2022, section 26, as enacted): "Each time that an integrated care partnership receives an assessment of relevant needs under section 116(5A) it must— (a) consider whether the current integrated care strategy should be revised, and (b) if so, prepare a revised integrated care strategy". The duty is triggered by receipt of a new assessment (which each responsible local authority must give the partnership, s.116(5A)). Recording each receipt and each consideration shows the duty was met; a recorded receipt with no recorded consideration, or a consideration dated before the receipt, is reported.',
      changes: [
        'Issue 10: a strategy "adopted over a year ago with no review recorded" is no longer reported here as an error. The s.116ZB(6) duty is triggered by receiving a new needs assessment, not by time passing; that check is now the heuristic ICS-ICP-013 (a hint).',
      ],
      incorrect: `kind: integrated-care-partnership
version: 1
icb: nhs-example
strategy:
  url: https://example.nhs.uk/integrated-care-strategy
  adopted_on: 2022-12-14
  reviews:
    - {needs_assessment_received: 2024-03-01}
`,
      correct: `kind: integrated-care-partnership
version: 1
icb: nhs-example
strategy:
  url: https://example.nhs.uk/integrated-care-strategy
  adopted_on: 2022-12-14
  reviews:
    - {needs_assessment_received: 2024-03-01, reviewed_on: 2024-06-01}
`,
      howToFix:
        'For each needs assessment received, record in `strategy.reviews` the date it was received and the date the partnership considered whether to revise the strategy. No automatic fix: the dates are facts only the partnership knows.',
    },
  },
  check(ctx) {
    const s = ctx.icp!.strategy;
    if (!s) return;
    const source = 'Local Government and Public Involvement in Health Act 2007 s.116ZB(6)';
    const reviews = items(s.reviews);
    for (const r of reviews) {
      const received = text(r.needs_assessment_received);
      const reviewed = text(r.reviewed_on);
      if (received && !reviewed) {
        ctx.report({
          message: `A needs assessment was received on ${received}, but the strategy does not record when the partnership considered whether to revise it (\`reviewed_on\`). Each time it receives a new assessment of relevant needs, the partnership must consider revising the strategy (${source}).`,
          at: r.needs_assessment_received?.loc ?? r.loc,
        });
      } else if (received && reviewed && ISO.test(received) && ISO.test(reviewed) && reviewed < received) {
        ctx.report({
          message: `The review on ${reviewed} comes before the needs assessment it answers was received (${received}). Check the dates: the partnership must consider revising the strategy after each new assessment of relevant needs (${source}).`,
          at: r.reviewed_on?.loc ?? r.loc,
        });
      }
    }
  },
});
