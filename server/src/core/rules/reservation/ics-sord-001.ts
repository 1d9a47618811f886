import { defineRule } from '../framework';
import { firstLoc, linkGiven, values } from '../../model/query';

import { listText } from '../committees/helpers';
import { NHSE_JCRUP, NHSE_MODEL_CONSTITUTION, NHSE_SORD_GUIDE, SECTION_12, SWL_ACCOUNTABLE } from '../delegation/citations';
import { matterWords } from './shared';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

/** The matters this rule looks for among those reserved to the board. */
export const CORE_RESERVED = [
  'constitution',
  'standing_orders',
  'scheme_of_reservation_and_delegation',
  'standing_financial_instructions',
  'joint_forward_plan',
  'joint_capital_resource_use_plan',
  'annual_report_and_accounts',
] as const;

export default defineRule({
  meta: {
    id: 'ICS-SORD-001',
    slug: 'core-matters-reserved-to-board',
    title: 'The matters reserved to the board include the ICB\'s core governance documents and statutory plans.',
    section: SECTION_12,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...SWL_ACCOUNTABLE, provision: '"Key decisions and functions reserved for the ICB Board include agreeing the vision, values, and overall strategic direction"' },
      { ...NHSE_JCRUP, provision: '"The boards of the ICB and its partner trusts will approve their JCRUP"' },
      NHSE_SORD_GUIDE,
      NHSE_MODEL_CONSTITUTION,
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'When the constitution records what its board reserves (`reservation_and_delegation.reserved_to_board`), checks that the list includes the constitution, the standing orders, the scheme of reservation and delegation, the standing financial instructions, the joint forward plan, the joint capital resource use plan and the annual report and accounts. Silent when `reservation_and_delegation` is not written (ICS-GOV-002 checks that the scheme is linked) or has `recorded_in` (the full list is in the scheme).',
      rationale:
        'These are the documents that govern the ICB and the plans the law makes its own; ICBs reserve them to the board (South West London ICB: "Key decisions and functions reserved for the ICB Board include agreeing the vision, values, and overall strategic direction"; NHS England\'s guidance on joint capital resource use plans: "The boards of the ICB and its partner trusts will approve their JCRUP"). NHS England\'s guide to developing a scheme of reservation and delegation and its model constitution set out the matters an ICB reserves, but neither was read for this rule, so it is information, not a warning; it becomes a warning when the model list is read and checked against this one. Source not confirmed for the full list: the list is this tool\'s reading of what the sources read point to.',
      incorrect: `${HEAD}reservation_and_delegation:
  reserved_to_board: [constitution, standing_orders]
`,
      correct: `${HEAD}reservation_and_delegation:
  reserved_to_board: [constitution, standing_orders, scheme_of_reservation_and_delegation, standing_financial_instructions, joint_forward_plan, joint_capital_resource_use_plan, annual_report_and_accounts]
`,
      howToFix: 'Add the missing matters to `reserved_to_board`, or, if the board has decided otherwise, give `recorded_in` with the scheme where that is set out. The quick fix adds them: check that the board does reserve them.',
    },
  },
  check(ctx) {
    const rd = ctx.icb!.reservation_and_delegation;
    if (!rd || linkGiven(rd.recorded_in)) return;
    const reserved = new Set(values(rd.reserved_to_board).map((v) => v.trim()));
    const missing = CORE_RESERVED.filter((m) => !reserved.has(m));
    if (missing.length === 0) return;
    const edit = ctx.editor.addAtPath(['reservation_and_delegation', 'reserved_to_board'], [...missing]);
    ctx.report({
      message:
        reserved.size === 0
          ? `The scheme of reservation and delegation written here does not say what the board reserves to itself (\`reserved_to_board\`). ICBs reserve to the board their governance documents and statutory plans (South West London ICB; NHS England's guidance on joint capital resource use plans): list them, or give \`recorded_in\` for the scheme that does.`
          : `The matters reserved to the board do not include ${listText(missing.map(matterWords))}. ICBs reserve to the board their governance documents and statutory plans (South West London ICB; NHS England's guidance on joint capital resource use plans; NHS England's model scheme, not read): add them, or give \`recorded_in\` for the scheme that sets out the full list.`,
      at: firstLoc(rd.reserved_to_board, rd) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: `Reserve ${missing.length === 1 ? 'it' : 'them'} to the board (check first)`, safe: false, edits: [edit] }] : undefined,
    });
  },
});
