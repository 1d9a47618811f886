import { defineRule } from '../framework';
import { text } from '../../model/query';
import { HSJ_DF } from '../board/citations';
import { SECTION_13, SO_SOURCES, SO_WHY_INFORMATION, soAnchor, standingOrders } from './shared';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-SO-004',
    slug: 'casting-vote-stated',
    title: 'Standing orders say whether the person presiding has a casting vote.',
    section: SECTION_13,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [...SO_SOURCES, { ...HSJ_DF, provision: 'decisions by consensus, a vote as a last resort' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'When the constitution writes out its standing orders (`standing_orders`, without `recorded_in`), checks that they say whether the person presiding has a casting vote when votes are equal (`casting_vote.holder`: `chair_of_meeting` or `none`). It applies whatever `board.decision_making` says: a board that decides by consensus still votes as a last resort.',
      rationale:
        `The ICS design framework expects boards to decide by consensus, with a vote as the last resort (HSJ on the framework; ICS-DEC-001). When a vote is taken and is tied, the standing orders must say what happens — a casting vote for the person presiding, or the proposal falls — or the decision is open to dispute. ${SO_WHY_INFORMATION}`,
      incorrect: `${HEAD}board:
  decision_making: consensus
standing_orders:
  notice: {board_clear_days: 5, committee_clear_days: 5}
`,
      correct: `${HEAD}board:
  decision_making: consensus
standing_orders:
  notice: {board_clear_days: 5, committee_clear_days: 5}
  casting_vote: {holder: chair_of_meeting}
`,
      howToFix: 'Add `standing_orders.casting_vote.holder`: `chair_of_meeting` if the person presiding has a second or casting vote, `none` if a tied vote means the proposal falls.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const s = standingOrders(icb);
    if (!s || s.byReference || text(s.so.casting_vote?.holder)) return;
    const consensus = text(icb.board?.decision_making) === 'consensus';
    ctx.report({
      message: `The standing orders do not say whether the person presiding has a casting vote when votes are equal (\`casting_vote\`). ${consensus ? 'The board decides by consensus, but a vote remains the last resort (the ICS design framework, as HSJ reports it), so a tied vote needs a rule' : 'A tied vote of the board or a committee needs a rule'}: say \`chair_of_meeting\` or \`none\`.`,
      at: s.so.casting_vote?.loc ?? soAnchor(ctx),
    });
  },
});
