import { defineRule } from '../framework';
import { ICS_STRAT_GUID } from './citations';
import { present, prose } from '../place/system';

/** The groups the statutory guidance expects to be involved, and words that show each. */
export const EXPECTED_GROUPS: { label: string; pattern: RegExp; example: string }[] = [
  { label: 'the VCSE sector', pattern: /vcse|voluntary|community sector|charit|social enterprise/i, example: 'VCSE alliance' },
  { label: 'inclusion health groups', pattern: /inclusion/i, example: 'inclusion health groups' },
  { label: 'seldom-heard communities', pattern: /seldom|hard[- ]to[- ]reach|under-?served|under-?represented|marginali/i, example: 'seldom-heard communities' },
  { label: 'place-based partnerships', pattern: /\bplaces?\b/i, example: 'place-based partnerships' },
];

export default defineRule({
  meta: {
    id: 'ICS-ICP-010',
    slug: 'icp-strategy-widespread-involvement',
    title: 'The strategy involves the VCSE sector, inclusion health groups, seldom-heard communities and place-based partnerships.',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [{ ...ICS_STRAT_GUID, provision: 'involvement in the preparation of the integrated care strategy (statutory guidance, 2022 and 2024)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    fixable: true,
    docs: {
      description:
        'When the partnership records a `strategy`, reads the free-text list `strategy.involvement.groups` and notes which of these the guidance expects are not evident: the VCSE sector, inclusion health groups, seldom-heard communities and place-based partnerships (their plans feeding the strategy).',
      rationale:
        'The Department of Health and Social Care\'s guidance on the preparation of integrated care strategies (July 2022, updated February 2024), to which the partnership must have regard, expects widespread involvement beyond the statutory minimum: the VCSE sector, people in inclusion health groups and other seldom-heard voices, people at life transitions, and place-based partnerships whose plans feed into the strategy.',
      incorrect: `kind: integrated-care-partnership
version: 1
icb: nhs-example
strategy:
  url: https://example.nhs.uk/integrated-care-strategy
  involvement: {groups: [carers]}
`,
      correct: `kind: integrated-care-partnership
version: 1
icb: nhs-example
strategy:
  url: https://example.nhs.uk/integrated-care-strategy
  involvement:
    groups: [Example VCSE Alliance, inclusion health groups, seldom-heard communities, place-based partnerships]
`,
      howToFix: 'List in `strategy.involvement.groups` the groups involved in preparing the strategy, including the VCSE sector, inclusion health groups, seldom-heard communities and the place-based partnerships.',
    },
  },
  check(ctx) {
    const s = ctx.icp!.strategy;
    if (!s) return;
    const groups = present(s.involvement?.groups);
    const missing = EXPECTED_GROUPS.filter((g) => !groups.some((x) => g.pattern.test(x)));
    if (missing.length === 0) return;
    const edit = ctx.editor.addAtPath(['strategy', 'involvement', 'groups'], missing.map((g) => g.example));
    ctx.report({
      message:
        groups.length === 0
          ? `The strategy does not record which groups were involved in preparing it (\`involvement.groups\`). DHSC's guidance on the preparation of integrated care strategies (2022, updated 2024) expects widespread involvement, including ${prose(missing.map((g) => g.label))}.`
          : `The groups involved in preparing the strategy (\`involvement.groups\`) do not include ${prose(missing.map((g) => g.label))}. DHSC's guidance on the preparation of integrated care strategies (2022, updated 2024) expects widespread involvement.`,
      at: s.involvement?.groups?.loc ?? s.involvement?.loc ?? s.loc,
      fixes: edit ? [{ title: 'Record the groups involved (check first)', safe: false, edits: [edit] }] : undefined,
    });
  },
});
