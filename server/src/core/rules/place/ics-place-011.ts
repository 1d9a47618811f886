import { defineRule } from '../framework';
import { text } from '../../model/query';
import { allocationBases } from '../../model/governance';
import { NHSCC_WHITE_PAPER } from './citations';
import { placeViews } from './system';

/** Bases that follow population need: a needs-weighted formula, or weighted capitation (the national needs-weighted formula). */
export const NEED_BASED: ReadonlySet<string> = new Set(['population_need', 'weighted_capitation']);

const BASIS_LABEL: Record<string, string> = {
  historical_spend: 'historical spend',
  activity_based: 'expected activity',
  other: 'another basis',
};

export default defineRule({
  meta: {
    id: 'ICS-PLACE-011',
    slug: 'place-budget-population-need',
    title: 'A budget delegated to a place is allocated on the basis of population need.',
    section: '7. Place-based partnerships',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      {
        ...NHSCC_WHITE_PAPER,
        provision: '"Support financial allocation at place": guidance on financial allocations for place "reflecting population need and health inequalities"',
      },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: true,
    docs: {
      description:
        'For every delegation to a place that carries a budget (`budget_gbp`), checks that `allocation_basis` is given and is, or (as a list) includes, `population_need` or `weighted_capitation` (the needs-weighted national formula). Not in the rule catalogue\'s numbered list: added as ICS-PLACE-011. ICS-PLACE-012 asks for health inequalities too.',
      rationale:
        'NHS Clinical Commissioners\' 2021 briefing on the Integration and Innovation white paper asked for financial allocation at place that focuses on population need and tackling health inequalities. A place budget set by historical spend or activity tends to carry past inequalities forward. This is good practice, not a legal requirement.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    delegations:
      - {function: community services commissioning, delegated_by: icb, accountable_body: icb, budget_gbp: 180000000, allocation_basis: historical_spend}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    delegations:
      - {function: community services commissioning, delegated_by: icb, accountable_body: icb, budget_gbp: 180000000, allocation_basis: population_need}
`,
      howToFix: 'Record how each place budget is worked out in `allocation_basis`, and move towards a needs-based allocation (`population_need` or `weighted_capitation`).',
    },
  },
  check(ctx) {
    for (const pv of placeViews(ctx)) {
      const list = pv.place.delegations;
      if (!list) continue;
      const seq = list.loc.node as { items: unknown[] };
      list.items.forEach((d, i) => {
        if (!d.budget_gbp) return;
        const fn = text(d.function);
        const what = fn ? `The ${fn} budget delegated to ${pv.label}` : `A budget delegated to ${pv.label}`;
        // One basis or a list (issue 13): need is met if any basis follows it.
        const bases = allocationBases(d.allocation_basis);
        if (bases === undefined) {
          const index = seq.items.indexOf(d.loc.node);
          const edit = ctx.editor.addAtPath([...pv.path, 'delegations', index >= 0 ? index : i, 'allocation_basis'], 'population_need');
          ctx.report({
            message: `${what} does not say how it is allocated (\`allocation_basis\`). NHS Clinical Commissioners (2021) asked that place budgets reflect population need and health inequalities.`,
            at: d.budget_gbp.loc,
            fixes: edit ? [{ title: 'Record the allocation basis as population need (check first)', safe: false, edits: [edit] }] : undefined,
          });
          return;
        }
        if (bases.some((b) => NEED_BASED.has(b))) return;
        const basis = bases.find((b) => b in BASIS_LABEL);
        if (basis === undefined) return; // values outside the list (or only health_inequalities, ICS-PLACE-012's): the schema or that rule reports them
        ctx.report({
          message: `${what} is allocated on ${BASIS_LABEL[basis]} (\`${basis}\`), not on population need. NHS Clinical Commissioners (2021) asked that place budgets reflect population need and health inequalities.`,
          at: d.allocation_basis?.loc ?? d.loc,
        });
      });
    }
  },
});
