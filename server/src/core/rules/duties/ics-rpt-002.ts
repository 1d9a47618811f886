import { defineRule } from '../framework';
import { text, values } from '../../model/query';
import { governanceOf, refLabel } from '../../model/governance';
import { listText } from '../committees/helpers';
import { NHSE_JCRUP } from '../delegation/citations';
import { SECTION_14 } from './citations';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

const RECIPIENTS: Record<string, string> = {
  icp: 'the integrated care partnership',
  health_and_wellbeing_boards: 'the health and wellbeing boards',
  nhs_england: 'NHS England',
};

export default defineRule({
  meta: {
    id: 'ICS-RPT-002',
    slug: 'jcrup-approved-published-shared',
    title: 'The joint capital resource use plan is approved by the board, published, and shared with the partnership, the health and wellbeing boards and NHS England.',
    section: SECTION_14,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [NHSE_JCRUP],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Only when the constitution records the joint capital resource use plan (`plans.joint_capital_resource_use_plan`): checks that it is approved by the board (`approved_by: icb-board`), that it says where the plan is published (`url`, `path` or `relation`), and, when `shared_with` is given, that it includes the integrated care partnership, the health and wellbeing boards and NHS England. A constitution that does not record the plan is not reported: the plan is a duty of the ICB and its partner trusts, not constitution content.',
      rationale:
        'NHS England\'s guidance on joint capital resource use plans (read) says that ICBs and their partner trusts must "prepare a plan setting out their planned capital resource use before the start of each financial year (by 1 April); publish the plan and give a copy to their integrated care partnership, health and wellbeing boards and NHS England", and that "the boards of the ICB and its partner trusts will approve their JCRUP". The statute behind it (ss.14Z56–14Z57 of the NHS Act 2006) was read only through that guidance. A warning (NHS England policy).',
      incorrect: `${HEAD}board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
committees:
  - {id: finance-committee, name: Finance Committee, type: finance, chair: jane-smith, reports_to: icb-board}
plans:
  joint_capital_resource_use_plan:
    url: https://example.nhs.uk/jcrup
    approved_by: finance-committee
`,
      correct: `${HEAD}plans:
  joint_capital_resource_use_plan:
    url: https://example.nhs.uk/jcrup
    approved_by: icb-board
    shared_with: [icp, health_and_wellbeing_boards, nhs_england]
`,
      howToFix: 'Record the board as approving the plan (`approved_by: icb-board`), where it is published, and that a copy goes to the integrated care partnership, the health and wellbeing boards and NHS England.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const plan = icb.plans?.joint_capital_resource_use_plan;
    if (!plan) return;
    const approver = governanceOf(icb).resolve(plan.approved_by);
    if (approver && approver.kind !== 'board' && approver.kind !== 'unknown') {
      const scalar = typeof approver.scalar.value === 'string';
      ctx.report({
        message: `The joint capital resource use plan is approved by ${refLabel(approver)}, not the board. NHS England's guidance says "the boards of the ICB and its partner trusts will approve their JCRUP": the board approves it (a committee may prepare it).`,
        at: approver.loc,
        fixes: scalar ? [{ title: 'The board approves the plan (`approved_by: icb-board`)', safe: false, edits: [ctx.editor.replaceScalar(approver.loc.node, 'icb-board')] }] : undefined,
      });
    }
    if (!text(plan.url) && !text(plan.path) && !text(plan.relation)) {
      ctx.report({
        message: 'The joint capital resource use plan is recorded without saying where it is published (`url`, `path` or `relation`). NHS England\'s guidance says ICBs and their partner trusts must publish the plan: give its address, or `relation: to_be_published`.',
        at: plan.loc,
      });
    }
    if (plan.shared_with) {
      const given = new Set(values(plan.shared_with));
      const missing = Object.keys(RECIPIENTS).filter((r) => !given.has(r));
      if (missing.length > 0) {
        ctx.report({
          message: `The joint capital resource use plan is not shared with ${listText(missing.map((m) => RECIPIENTS[m]))}. NHS England's guidance says the ICB and its partner trusts must "give a copy to their integrated care partnership, health and wellbeing boards and NHS England".`,
          at: plan.shared_with.loc,
        });
      }
    }
  },
});
