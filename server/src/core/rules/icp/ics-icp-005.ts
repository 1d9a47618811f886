import { defineRule } from '../framework';
import { HEALTH_BILL_2026_MANDATE, LGPIHA_116ZB } from '../citations';
import type { FrameworkId } from '../../types';
import { present, prose } from '../place/system';

const MANDATE = { value: 'nhs_mandate', label: 'the NHS mandate (`nhs_mandate`)' };
const GUIDANCE = { value: 'secretary_of_state_guidance', label: "the Secretary of State's guidance on integrated care strategies (`secretary_of_state_guidance`)" };

/** What s.116ZB(3) asks the partnership to have regard to. The mandate falls with NHS England under the Health Bill 2026. */
export function requiredRegard(framework: FrameworkId): { value: string; label: string }[] {
  return framework === 'health-bill-2026' ? [GUIDANCE] : [MANDATE, GUIDANCE];
}

export default defineRule({
  meta: {
    id: 'ICS-ICP-005',
    slug: 'icp-strategy-s75-and-guidance',
    title: 'In preparing the strategy, the partnership considers section 75 arrangements and has regard to the NHS mandate (not under the Health Bill 2026, which abolishes it) and the Secretary of State\'s guidance.',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...LGPIHA_116ZB, provision: 'section 116ZB(2) and (3)' }, HEALTH_BILL_2026_MANDATE],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    fixable: true,
    docs: {
      description:
        'When the partnership records a `strategy`, checks that `considered_s75_arrangements` is `true` and that `guidance_regarded` includes `nhs_mandate` and `secretary_of_state_guidance`. (A missing strategy is ICS-ICP-004\'s finding.) Under health-bill-2026 the NHS mandate is not required: the Bill abolishes it with NHS England.',
      rationale:
        'Section 116ZB of the Local Government and Public Involvement in Health Act 2007 (read in the Health and Care Act 2022, section 26, as enacted): "(2) In preparing a strategy under this section, an integrated care partnership must, in particular, consider the extent to which the needs could be met more effectively by the making of arrangements under section 75 of the National Health Service Act 2006 (rather than in any other way). (3) In preparing a strategy under this section, an integrated care partnership must have regard to— (a) the mandate published by the Secretary of State under section 13A of the National Health Service Act 2006, and (b) any guidance issued by the Secretary of State." The mandate of section 13A is the Secretary of State\'s mandate to NHS England. The Health Bill 2026 as introduced abolishes NHS England and, with it, "the mandate regime" (Browne Jacobson\'s summary of clause 1 and Schedule 11; the Bill\'s text, including any amendment of s.116ZB(3)(a), was not read), so under health-bill-2026 only the Secretary of State\'s guidance is required.',
      changes: [
        'Issue 10: under `--framework health-bill-2026` a strategy with no regard to the NHS mandate now passes: the Bill abolishes the mandate with NHS England (clause 1 and Schedule 11, cited from Browne Jacobson\'s briefing). Regard to the Secretary of State\'s guidance is still required.',
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
  considered_s75_arrangements: true
  guidance_regarded: [nhs_mandate, secretary_of_state_guidance]
`,
      howToFix:
        'Once the partnership has done so, record `considered_s75_arrangements: true` and list in `guidance_regarded` the NHS mandate (not needed under the Health Bill 2026) and the Secretary of State\'s guidance. The fixes only record; they are never applied unattended.',
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
    const missing = requiredRegard(ctx.framework).filter((g) => !regarded.includes(g.value));
    if (missing.length > 0) {
      const edit = ctx.editor.addAtPath(['strategy', 'guidance_regarded'], missing.map((g) => g.value));
      ctx.report({
        message: `The strategy does not record that the partnership had regard to ${prose(missing.map((g) => g.label))} (\`guidance_regarded\`). ${
          ctx.framework === 'health-bill-2026'
            ? "It must have regard to the Secretary of State's guidance in preparing the strategy (Local Government and Public Involvement in Health Act 2007 s.116ZB(3)(b); under the Health Bill 2026 the NHS mandate of s.116ZB(3)(a) falls with NHS England)."
            : "It must have regard to the mandate and to the Secretary of State's guidance in preparing the strategy (Local Government and Public Involvement in Health Act 2007 s.116ZB(3))."
        }`,
        at: s.guidance_regarded?.loc ?? s.loc,
        fixes: edit ? [{ title: 'Record the guidance the partnership had regard to (check first)', safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
