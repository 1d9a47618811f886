import { defineRule } from '../framework';
import { items, linkGiven } from '../../model/query';
import { governanceOf, refLabel, sameRef, type Ref } from '../../model/governance';
import { addUnder } from '../statutory/helpers';
import { NHSCC_WHITE_PAPER } from '../place/citations';
import { CAPSTICKS_DELEGATION, LINC_GOV, SECTION_12 } from '../delegation/citations';
import { functionName } from './shared';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-FUNC-001',
    slug: 'no-orphan-functions',
    title: 'No orphan functions: every function in the functions map has one decision-maker.',
    section: SECTION_12,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      CAPSTICKS_DELEGATION,
      { ...LINC_GOV, provision: '"Functions and Decision map- a high level structural chart that sets out which key decisions are delegated and taken by which part or parts of the system"' },
      { ...NHSCC_WHITE_PAPER, provision: '"Ensure due diligence in the transfer to ensure there are no orphan functions"' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks each entry of `functions_map.functions`: it says where the function is decided (`decided_by`: icb-board, a committee, a joint working arrangement or a post); and the same function does not appear twice with different decision-makers, unless an entry says it is shared (`shared_with`). When the map has `recorded_in`, a missing `decided_by` is left to the published map; two decision-makers for one function are still reported. Silent when the constitution has no `functions_map` (ICS-GOV-003 checks that the map is linked).',
      rationale:
        'NHS England\'s readiness-to-operate statement asked each new ICB for a functions and decision map and to "ensure that there is clear responsibility for each function" (as Capsticks reports it); Lincolnshire ICB\'s map "sets out which key decisions are delegated and taken by which part or parts of the system". NHS Clinical Commissioners asked in 2021 for "due diligence in the transfer to ensure there are no orphan functions". A function with no decision-maker is an orphan; one with two is a dispute waiting to happen. A warning (NHS England policy).',
      incorrect: `${HEAD}functions_map:
  functions:
    - {function: continuing_healthcare}
`,
      correct: `${HEAD}board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
committees:
  - {id: finance-committee, name: Finance Committee, type: finance, chair: jane-smith, reports_to: icb-board}
functions_map:
  functions:
    - {function: continuing_healthcare, decided_by: finance-committee}
`,
      howToFix: 'Give each function a `decided_by`; where two entries give one function to different bodies, keep one, or record that the function is shared (`shared_with`).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const map = icb.functions_map;
    if (!map) return;
    const g = governanceOf(icb);
    const byReference = linkGiven(map.recorded_in);
    const seen = new Map<string, { ref: Ref; shared: boolean; at: import('../../model/spec').Loc }>();
    for (const f of items(map.functions)) {
      const name = functionName(f);
      const decider = g.resolve(f.decided_by);
      if (!decider) {
        if (byReference) continue;
        const edit = addUnder(ctx, f.loc, ['decided_by'], { title: 'TODO' });
        ctx.report({
          message: `${name ? `The function ${name.replace(/_/g, ' ')}` : 'A function of the map'} has no decision-maker (\`decided_by\`): an orphan function. Each function needs clear responsibility (NHS England's readiness-to-operate statement; NHS Clinical Commissioners asked for "no orphan functions"): say whether it is decided by the board, a committee, a joint committee or a post.`,
          at: f.function?.loc ?? f.loc,
          fixes: edit ? [{ title: 'Add `decided_by` (to fill in: a committee id, icb-board or a post)', safe: false, edits: [edit] }] : undefined,
        });
        continue;
      }
      if (!name) continue;
      const shared = (f.shared_with?.items.length ?? 0) > 0;
      const key = name.toLowerCase();
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { ref: decider, shared, at: f.loc });
        continue;
      }
      if (sameRef(first.ref, decider) || first.shared || shared) continue;
      ctx.report({
        message: `The function ${name.replace(/_/g, ' ')} has two decision-makers in the map: ${refLabel(first.ref)} and ${refLabel(decider)}. Each function needs clear responsibility (NHS England's readiness-to-operate statement): keep one, or say the function is shared (\`shared_with\`).`,
        at: f.decided_by?.loc ?? f.loc,
        related: [{ message: `${name.replace(/_/g, ' ')} first mapped here`, at: first.at }],
      });
    }
  },
});
