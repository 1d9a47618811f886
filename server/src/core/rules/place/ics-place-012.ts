import { isSeq, type Node } from 'yaml';
import { defineRule } from '../framework';
import { text } from '../../model/query';
import { allocationBases } from '../../model/governance';
import { NHSCC_WHITE_PAPER } from './citations';
import { placeViews } from './system';

export default defineRule({
  meta: {
    id: 'ICS-PLACE-012',
    slug: 'place-budget-health-inequalities',
    title: 'A budget delegated to a place also reflects health inequalities, not only need.',
    section: '7. Place-based partnerships',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      {
        ...NHSCC_WHITE_PAPER,
        provision: '"Influence the guidance to support financial allocation at place – focusing on population need and tackling health inequalities"',
      },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: true,
    docs: {
      description:
        'For every delegation to a place that carries a budget (`budget_gbp`) and says how it is allocated (`allocation_basis`), checks that the basis includes health inequalities (`health_inequalities`); `allocation_basis` may be a list, e.g. `[population_need, health_inequalities]`. A delegation that does not say its basis is ICS-PLACE-011\'s; this rule adds the second half of the same ask. Issue 13.',
      rationale:
        'NHS Clinical Commissioners\' 2021 briefing on the Integration and Innovation white paper asked for financial allocation at place "focusing on population need and tackling health inequalities". ICS-PLACE-011 checks the first half (need); a budget set on need alone can still leave inequalities where they are, so this rule asks for the second. Good practice from the seeds of this tool: information.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    delegations:
      - {function: community services commissioning, delegated_by: icb, accountable_body: icb, budget_gbp: 180000000, allocation_basis: population_need}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    delegations:
      - {function: community services commissioning, delegated_by: icb, accountable_body: icb, budget_gbp: 180000000, allocation_basis: [population_need, health_inequalities]}
`,
      howToFix: 'If the place budget is adjusted for health inequalities (the national formula\'s inequalities adjustment, a local deprivation weighting), record it: `allocation_basis: [population_need, health_inequalities]`. The quick fix does that: check first that it is true.',
    },
  },
  check(ctx) {
    for (const pv of placeViews(ctx)) {
      for (const d of pv.place.delegations?.items ?? []) {
        if (!d.budget_gbp) continue;
        const bases = allocationBases(d.allocation_basis);
        if (!bases || bases.includes('health_inequalities')) continue;
        const fn = text(d.function);
        const what = fn ? `The ${fn} budget delegated to ${pv.label}` : `A budget delegated to ${pv.label}`;
        const node = d.allocation_basis!.loc.node as Node;
        const edit = isSeq(node) ? ctx.editor.appendToSeq(node, ['health_inequalities']) : ctx.editor.replaceScalar(node, [...bases, 'health_inequalities']);
        ctx.report({
          message: `${what} is allocated on ${bases.map((b) => b.replace(/_/g, ' ')).join(' and ')}, with nothing for health inequalities. NHS Clinical Commissioners (2021) asked that place allocations focus on population need "and tackling health inequalities": if the budget is adjusted for inequalities, record it (\`health_inequalities\`).`,
          at: d.allocation_basis!.loc,
          fixes: [{ title: 'Add health inequalities to the allocation basis (check first)', safe: false, edits: [edit] }],
        });
      }
    }
  },
});
