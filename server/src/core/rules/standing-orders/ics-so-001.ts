import { defineRule } from '../framework';
import { listText } from '../committees/helpers';
import { SECTION_13, SO_SOURCES, SO_WHY_INFORMATION, soAnchor, standingOrders } from './shared';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-SO-001',
    slug: 'standing-orders-notice',
    title: 'Standing orders give the notice of board, committee and extraordinary meetings.',
    section: SECTION_13,
    sourceKind: 'guidance',
    severity: 'information',
    citations: SO_SOURCES,
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'When the constitution writes out its standing orders (`standing_orders`), checks that `notice` gives the clear days\' notice of board and committee meetings, and that extraordinary meetings, if given, do not need more notice than ordinary ones. With `recorded_in`, missing notice periods are left to the standing orders; a longer notice for extraordinary meetings is still reported. Silent without a `standing_orders` block.',
      rationale:
        `Standing orders set out the procedures to be followed at meetings and apply to the ICB's committees too (Hertfordshire and West Essex 5.1; Lincolnshire ICB appends them to its constitution). Notice is the first of those procedures: members and the public need to know when the board and its committees meet, and decisions taken without due notice can be challenged. ${SO_WHY_INFORMATION}`,
      incorrect: `${HEAD}standing_orders:
  notice: {board_clear_days: 5}
`,
      correct: `${HEAD}standing_orders:
  notice: {board_clear_days: 5, committee_clear_days: 5, extraordinary_clear_days: 2}
`,
      howToFix: 'Give the clear days\' notice of board and committee meetings (and of extraordinary meetings) in `standing_orders.notice`, or `recorded_in` for the standing orders that give them.',
    },
  },
  check(ctx) {
    const s = standingOrders(ctx.icb!);
    if (!s) return;
    const n = s.so.notice;
    const board = n?.board_clear_days?.value;
    const extra = n?.extraordinary_clear_days?.value;
    if (board !== undefined && extra !== undefined && extra > board) {
      ctx.report({
        message: `Extraordinary meetings need more notice (${extra} clear days) than ordinary board meetings (${board}). An extraordinary meeting is called because a matter cannot wait: its notice is usually shorter, not longer. Check the standing orders.`,
        at: n!.extraordinary_clear_days!.loc,
        related: [{ message: 'ordinary board meeting notice', at: n!.board_clear_days!.loc }],
      });
    }
    if (s.byReference) return;
    const missing: string[] = [];
    if (board === undefined) missing.push('board meetings (`board_clear_days`)');
    if (n?.committee_clear_days?.value === undefined) missing.push('committee meetings (`committee_clear_days`)');
    if (missing.length === 0) return;
    ctx.report({
      message: `The standing orders do not give the notice of ${listText(missing)}. Standing orders set out the procedures for meetings (Hertfordshire and West Essex 5.1): give the clear days' notice, or \`recorded_in\` for the standing orders that do.`,
      at: n?.loc ?? soAnchor(ctx),
    });
  },
});
