import { defineRule } from '../framework';
import { capitalise } from '../../model/query';
import { board } from '../positions';
import { HF, LSC_BOARD } from './citations';

export default defineRule({
  meta: {
    id: 'ICS-PART-001',
    slug: 'non-voting-attendees-are-participants',
    title: 'People who attend the board without voting are participants, not members.',
    section: '2. ICB board composition and roles',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [HF, LSC_BOARD],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description: 'Flags board members recorded with `voting: false`: someone who attends without a vote is normally a participant (`board.participants`), not a member.',
      rationale:
        'ICB boards have regular participants and observers as well as members (the Health Foundation; Lancashire and South Cumbria ICB). Participants attend and speak but do not vote and are not accountable as members. A non-voting "member" blurs that line: it is unclear whether they count towards the statutory minimum of ordinary members or the quorum. This is good practice, so the rule is information.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: hw, name: Healthwatch Exampleshire, role: other, voting: false}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  participants:
    - {id: hw, name: Healthwatch Exampleshire, represents: healthwatch}
`,
      howToFix:
        'If the person attends without voting and is not accountable as a board member, move them to `board.participants`. If they are a member, remove `voting: false`.',
    },
  },
  check(ctx) {
    // A non-voting seat once; a member who states it of themselves, each.
    const c = board(ctx);
    const entities = c.positions.flatMap((p) => (p.kind === 'seat' ? [p, ...p.holders.filter((h) => h.member.voting !== undefined)] : [p]));
    for (const e of entities) {
      const voting = e.kind === 'holder' ? e.member.voting : e.declared('voting');
      if (voting?.value !== false) continue;
      ctx.report({
        message: `${capitalise(e.label)} is a board ${e.kind === 'seat' ? 'seat' : 'member'} without a vote (\`voting: false\`). Regular attendees who do not vote are participants, not members, and are not accountable as members (the Health Foundation; Lancashire and South Cumbria ICB): move them to \`board.participants\`, or remove \`voting: false\` if they are a full member.`,
        at: voting.loc,
      });
    }
  },
});
