import { defineRule } from '../framework';
import { WY_GOV } from './citations';
import { checkGovernanceDocument, SECTION_4 } from './helpers';
import { items, linkGiven } from '../../model/query';

export default defineRule({
  meta: {
    id: 'ICS-GOV-003',
    slug: 'functions-and-decisions-map',
    title: 'A functions and decisions map is published.',
    section: SECTION_4,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [{ ...WY_GOV, provision: 'functions and decisions map in the governance handbook' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `documents.functions_and_decisions_map` gives the `url` or `path` of the functions and decisions map, or (format 1.1) says how it is held without an address of its own (`relation`: `appended`, `governance_handbook` or `to_be_published`), unless the constitution writes the map out in `functions_map` (its functions, or `recorded_in`). ICS-FUNC-001 to 003 check what it writes out.',
      rationale:
        'ICB governance handbooks (e.g. West Yorkshire ICB) publish a functions and decisions map: a high-level picture of the ICB\'s functions and where each decision is taken — the board, a committee, a joint committee, a place or another body. It lets the public and partners see where a decision about them is made.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
documents:
  standing_orders: {path: governance/standing-orders.md}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
documents:
  functions_and_decisions_map: {url: https://example.nhs.uk/functions-map}
`,
      howToFix: 'Add `documents.functions_and_decisions_map` with the `url` where the map is published (or its `path` in this repository).',
    },
  },
  check(ctx) {
    // Issue 13: the map written out in the constitution (or its `recorded_in`) is the map.
    const map = ctx.icb!.functions_map;
    if (map && (linkGiven(map.recorded_in) || items(map.functions).length > 0)) return;
    checkGovernanceDocument(
      ctx,
      'functions_and_decisions_map',
      'The constitution does not say where its functions and decisions map is. ICBs publish a map of their functions and where each decision is taken (NHS England policy, as in West Yorkshire ICB\'s governance handbook): add `documents.functions_and_decisions_map` with a `url` or `path`.',
    );
  },
});
