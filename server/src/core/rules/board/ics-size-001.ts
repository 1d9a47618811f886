import { defineRule } from '../framework';
import { votingCount } from '../../model/composition';
import { board } from '../positions';
import { CM_ENG, HSJ_DF } from './citations';
import { boardAnchor } from './util';

export const DEFAULT_BOARD_SIZE_THRESHOLD = 20;

export default defineRule({
  meta: {
    id: 'ICS-SIZE-001',
    slug: 'board-size',
    title: 'The board is of a size that allows effective decision making.',
    section: '2. ICB board composition and roles',
    sourceKind: 'heuristic',
    severity: 'hint',
    citations: [HSJ_DF, CM_ENG],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Counts the voting board members (participants never count; members vote unless `voting: false`) and gives a hint when there are more than the threshold: 20 by default, or `boardSizeThreshold` in the project configuration.',
      rationale:
        'The ICS design framework, as reported by HSJ, asks for a board of an "appropriate size to allow effective decision making", and members beyond the minimum need NHS England\'s approval; Cheshire and Merseyside consulted on a board "larger than national guidelines". No source gives a number, so the threshold is a configurable heuristic and the rule only gives a hint.',
      changes: [
        'Issue 9: members (or seats) whose voting the constitution does not state are still counted as voting, and the message now says how many were counted that way; a constitution of seats is counted seat by seat, each at its minimum.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
${Array.from({ length: 21 }, (_, i) => `    - {id: member-${i + 1}, name: Member ${i + 1}, role: other}`).join('\n')}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
${Array.from({ length: 12 }, (_, i) => `    - {id: member-${i + 1}, name: Member ${i + 1}, role: other}`).join('\n')}
`,
      howToFix: 'Review whether every seat needs a vote; people who contribute without voting can attend as participants. If the size is deliberate and agreed, raise the threshold in the project configuration or switch the rule off.',
    },
  },
  check(ctx) {
    const threshold = ctx.options.boardSizeThreshold ?? DEFAULT_BOARD_SIZE_THRESHOLD;
    const c = board(ctx);
    // Members (or seats) whose voting is not stated are counted as voting, and the message says so.
    const votes = votingCount(c.positions);
    const voting = votes.voting + votes.unstated;
    if (voting <= threshold) return;
    const assumed = votes.unstated > 0 ? ` (${votes.unstated === voting ? 'all' : votes.unstated} of them counted as voting, as the constitution does not say whether they vote)` : '';
    ctx.report({
      message: `The board has ${c.seated ? 'at least ' : ''}${voting} voting members, more than ${threshold}${assumed}. The ICS design framework (as reported by HSJ) asks for a board of an "appropriate size to allow effective decision making", and members beyond the minimum need NHS England's approval. This is a prompt to review, not a requirement.`,
      at: boardAnchor(ctx),
    });
  },
});
