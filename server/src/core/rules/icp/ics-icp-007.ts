import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { LGPIHA_116ZB } from '../citations';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The date one year before an ISO date. */
export function yearBefore(iso: string): string {
  return `${String(Number(iso.slice(0, 4)) - 1).padStart(4, '0')}${iso.slice(4)}`;
}

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
        'When the partnership records a `strategy`, checks `strategy.reviews`: every needs assessment received (`needs_assessment_received`) has the date the partnership considered revising the strategy (`reviewed_on`), on or after receipt. A strategy adopted more than a year before today with no review recorded at all is reported too, since needs assessments are refreshed in the meantime.',
      rationale:
        'Section 116ZB(6) of the Local Government and Public Involvement in Health Act 2007 requires the partnership, whenever it receives a new assessment of relevant needs (the joint strategic needs assessment prepared with the health and wellbeing boards of its area), to consider whether the strategy should be revised. Recording each receipt and each consideration shows the duty was met.',
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
    if (reviews.length > 0) return;
    const adopted = text(s.adopted_on);
    const today = ctx.options.today ?? new Date().toISOString().slice(0, 10);
    if (!adopted || !ISO.test(adopted) || !ISO.test(today) || adopted > yearBefore(today)) return;
    ctx.report({
      message: `The strategy was adopted on ${adopted}, more than a year ago, and no review is recorded (\`strategy.reviews\`). Each time the partnership receives a new joint strategic needs assessment it must consider whether to revise the strategy (${source}): record each assessment received and when it was considered.`,
      at: s.reviews?.loc ?? s.adopted_on?.loc ?? s.loc,
    });
  },
});
