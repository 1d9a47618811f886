import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { LGPIHA_116ZB } from '../citations';
import { ISO } from './ics-icp-007';

/** The date one year before an ISO date. */
export function yearBefore(iso: string): string {
  return `${String(Number(iso.slice(0, 4)) - 1).padStart(4, '0')}${iso.slice(4)}`;
}

export default defineRule({
  meta: {
    id: 'ICS-ICP-013',
    slug: 'icp-strategy-old-without-review',
    title: 'A strategy adopted more than a year ago records at least one needs assessment and its consideration (a heuristic).',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'heuristic',
    severity: 'hint',
    citations: [{ ...LGPIHA_116ZB, provision: 'section 116ZB(6) (consider revising the strategy on each new assessment of relevant needs)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    fixable: false,
    docs: {
      description:
        'Notes a `strategy` adopted more than a year before today (`adopted_on`) with no `strategy.reviews` recorded at all.',
      rationale:
        'Section 116ZB(6) of the Local Government and Public Involvement in Health Act 2007 requires the partnership to consider revising its strategy each time it receives a new assessment of relevant needs (ICS-ICP-007 checks each recorded receipt). The law sets no interval: a strategy with no review breaks no duty if no new assessment has arrived. But needs assessments are usually refreshed, so after a year with none recorded it is worth checking that receipts and considerations are being recorded. The one-year threshold is this tool\'s own rule of thumb, not a source\'s.',
      changes: [
        'Issue 10: new, split from ICS-ICP-007, which reported this as a statutory error. It is a heuristic: the duty is triggered by a new needs assessment, not by time.',
      ],
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
  reviews:
    - {needs_assessment_received: 2024-03-01, reviewed_on: 2024-06-01}
`,
      howToFix:
        'Record in `strategy.reviews` each needs assessment received since the strategy was adopted and when the partnership considered revising the strategy; if none has been received, the hint can be suppressed with that reason.',
    },
  },
  check(ctx) {
    const s = ctx.icp!.strategy;
    if (!s || items(s.reviews).length > 0) return;
    const adopted = text(s.adopted_on);
    const today = ctx.options.today ?? new Date().toISOString().slice(0, 10);
    if (!adopted || !ISO.test(adopted) || !ISO.test(today) || adopted > yearBefore(today)) return;
    ctx.report({
      message: `The strategy was adopted on ${adopted}, more than a year ago, and no needs assessment or review is recorded (\`strategy.reviews\`). Each time the partnership receives a new assessment of relevant needs it must consider revising the strategy (Local Government and Public Involvement in Health Act 2007 s.116ZB(6)): record each assessment received and when it was considered. This is a hint: no law sets an interval.`,
      at: s.reviews?.loc ?? s.adopted_on?.loc ?? s.loc,
    });
  },
});
