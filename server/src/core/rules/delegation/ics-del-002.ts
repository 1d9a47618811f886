import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { arrangementLabel, governanceOf } from '../../model/governance';
import { addUnder } from '../statutory/helpers';
import { capitalise } from '../committees/helpers';
import { CAPSTICKS_DELEGATION, NHSE_DELEGATION, NOTTS_SORD, SECTION_11, SWL_ACCOUNTABLE } from './citations';
import { arrangementAnchor, detailsByReference } from './shared';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

/** Arrangement types whose functions are delegated or exercised jointly (not `other`). */
const TYPES = new Set(['delegation_to_icb', 'delegation_by_icb', 'joint_committee', 'committees_in_common', 'section_75']);

export default defineRule({
  meta: {
    id: 'ICS-DEL-002',
    slug: 'delegated-function-has-reporting-line',
    title: 'Every delegated or jointly exercised function has a body that exercises it and a reporting line back to the ICB.',
    section: SECTION_11,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [CAPSTICKS_DELEGATION, SWL_ACCOUNTABLE, NOTTS_SORD, NHSE_DELEGATION],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks every joint working arrangement (`joint_working.arrangements[]` of type `delegation_to_icb`, `delegation_by_icb`, `joint_committee`, `committees_in_common` or `section_75`): a delegation by the ICB names the body that exercises its functions (`to`); and every arrangement has a reporting line into the ICB — `reports_to` (icb-board or a committee), `overseen_by`, or, for a delegation to the ICB or committees in common, an ICB committee that exercises it (which reports to the board itself). Who exercises NHS England\'s delegated functions is ICS-DEL-001\'s, and the ICB committee of committees in common is ICS-DEL-005\'s. An arrangement that links its `agreement`, `terms_of_reference` or `recorded_in` is not reported for details it leaves out. Places keep their own delegations (ICS-PLACE-004, ICS-PLACE-006).',
      rationale:
        'NHS England\'s readiness-to-operate statement for ICBs, as Capsticks reports it, asked each ICB to "ensure that there is clear responsibility for each function", with a functions and decision map showing delegations. The scheme of reservation and delegation records functions delegated to other bodies and to joint committees under sections 65Z5 and 65Z6 (Nottingham and Nottinghamshire ICB), and "the Board remains accountable for all of its functions including those that it has delegated" (South West London ICB). A board can only stay accountable for what reaches it: an arrangement with no reporting line leaves the board unsighted. A warning (NHS England policy).',
      incorrect: `${HEAD}joint_working:
  arrangements:
    - {id: mh-lead, type: delegation_by_icb, basis: s65Z5, functions: [adult secure services]}
`,
      correct: `${HEAD}board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
committees:
  - {id: quality, name: Quality Committee, type: quality, chair: jane-smith, reports_to: icb-board}
joint_working:
  arrangements:
    - {id: mh-lead, type: delegation_by_icb, basis: s65Z5, to: {name: Example Mental Health NHS FT, org_type: foundation_trust}, functions: [adult secure services], overseen_by: quality, reports_to: [quality], accountable_body: icb}
`,
      howToFix:
        'Name who exercises the functions (`to` for a delegation by the ICB) and where the arrangement reports (`reports_to: [icb-board]` or the overseeing committee), or link the agreement or terms of reference that say so.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const g = governanceOf(icb);
    for (const a of items(icb.joint_working?.arrangements)) {
      const type = text(a.type);
      if (!type || !TYPES.has(type) || detailsByReference(icb, a)) continue;
      const what = capitalise(arrangementLabel(a));
      if (type === 'delegation_by_icb' && !text(a.to?.name) && !text(a.to?.org_type)) {
        ctx.report({
          message: `${what} delegates the ICB's functions but does not say to whom (\`to\`). Each function needs a clear holder (NHS England's readiness-to-operate statement, as reported by Capsticks): name the provider, collaborative or ICB that exercises it, or link the delegation \`agreement\`.`,
          at: arrangementAnchor(a),
        });
      }
      const exercisedInIcb = [g.resolve(a.exercised_by), g.resolve(a.icb_committee)].some((r) => r?.kind === 'committee' || r?.kind === 'board');
      const reports = items(a.reports_to).some((r) => text(r)) || g.resolve(a.overseen_by) !== undefined;
      if (reports || ((type === 'delegation_to_icb' || type === 'committees_in_common') && exercisedInIcb)) continue;
      const edit = addUnder(ctx, a.loc, ['reports_to'], ['icb-board']);
      ctx.report({
        message: `${what} has no reporting line into the ICB (\`reports_to\` or \`overseen_by\`). The board remains accountable for the functions it delegates or exercises jointly (South West London ICB; each function needs clear responsibility, NHS England's readiness-to-operate statement): say which committee, or the board, it reports to.`,
        at: arrangementAnchor(a),
        fixes: edit ? [{ title: 'Report to the board (`reports_to: [icb-board]`; check first)', safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
