import { defineRule } from '../framework';
import { firstLoc, text } from '../../model/query';
import { HSJ_DF } from './citations';

export default defineRule({
  meta: {
    id: 'ICS-DEC-001',
    slug: 'decisions-by-consensus',
    title: 'The board makes decisions by consensus; a vote is a last resort.',
    section: '2. ICB board composition and roles',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [HSJ_DF],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `board.decision_making` is `consensus`.',
      rationale:
        'The ICS design framework, as reported by HSJ, expects the board to reach decisions by consensus, with a vote only as a last resort: partner members bring different perspectives and the board acts for the whole system. This is guidance, so the rule is information.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  decision_making: majority_vote
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  decision_making: consensus
`,
      howToFix: 'Set `board.decision_making: consensus` and describe in the standing orders when and how a vote is taken as a last resort.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const value = icb.board?.decision_making;
    const mode = text(value);
    if (mode === 'consensus') return;
    const SOURCE = 'The ICS design framework (as reported by HSJ) expects the board to decide by consensus, with a vote only as a last resort';
    if (value && mode) {
      ctx.report({
        message: `The board decides by \`${mode}\`. ${SOURCE}.`,
        at: value.loc,
        fixes: [{ title: 'Decide by consensus, with a vote as a last resort', safe: false, edits: [ctx.editor.replaceScalar(value.loc.node, 'consensus')] }],
      });
      return;
    }
    const edit = ctx.editor.addAtPath(['board', 'decision_making'], 'consensus');
    ctx.report({
      message: `The constitution does not say how the board makes decisions. ${SOURCE}: add \`board.decision_making: consensus\`.`,
      at: firstLoc(icb.board) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: 'Decide by consensus, with a vote as a last resort', safe: false, edits: [edit] }] : undefined,
    });
  },
});
