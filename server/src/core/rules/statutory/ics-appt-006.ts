import { defineRule } from '../framework';
import { firstLoc } from '../../model/query';
import { ordinaryPositions } from '../../model/composition';
import { addToBoard, board, unusedBoardId } from '../positions';
import { ACT_SCH1B_ENACTED, CMH, PQ_HL9462 } from '../citations';
import { SECTION_1 } from './helpers';

/** "mental_health", "Mental health", "mental-health" all count. */
export const isMentalHealth = (s: string) => /^mental[\s_-]*health$/i.test(s.trim());

export default defineRule({
  meta: {
    id: 'ICS-APPT-006',
    slug: 'ordinary-member-with-mental-health-expertise',
    title: 'At least one ordinary member has knowledge and experience of mental health services.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [
      { ...ACT_SCH1B_ENACTED, provision: 'Schedule 1B paragraph 8(6)' },
      { ...PQ_HL9462, provision: 'DHSC: a legal requirement all ICBs must meet' },
      { ...CMH, provision: 'the Government amendment' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that at least one ordinary board member lists `mental_health` in `expertise`, or (format 1.1) that an ordinary seat is reserved for it (`expertise: [mental_health]` on the seat).',
      rationale:
        "The Health and Care Act 2022 (a Government amendment to Schedule 1B) requires the chair, in approving ordinary members, to seek to ensure that at least one has knowledge and experience of services for the prevention, diagnosis and treatment of mental illness. DHSC described it in July 2025 as a legal requirement that all ICBs must meet. The paragraph is Schedule 1B paragraph 8(6) (read in the Act as enacted): \"The chair must exercise the approval function mentioned in sub-paragraph (1)(b) with a view to ensuring that at least one of the ordinary members has knowledge and experience in connection with services relating to the prevention, diagnosis and treatment of mental illness.\"",
      changes: [
        'Issue 10: the provision was read and is cited as Schedule 1B paragraph 8(6) (confidence V, was I). Behaviour unchanged; note that the paragraph is a duty to approve "with a view to ensuring", which this rule checks as an outcome.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts, expertise: [acute_care]}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts, expertise: [mental_health]}
`,
      howToFix:
        'Record `mental_health` in the `expertise` of the ordinary member who has that knowledge and experience; if nobody does, reserve a seat for it — for example an additional trust partner member, a mental health trust chief executive, or an executive director for mental health.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const c = board(ctx);
    // A seat reserved for the expertise counts, as does any holder who has it.
    const has = (e: { expertise: string[] }) => e.expertise.some(isMentalHealth);
    if (ordinaryPositions(c).some((p) => has(p) || p.holders.some(has))) return;
    const edit = addToBoard(ctx, [
      {
        id: unusedBoardId(icb, 'mental-health-member'),
        name: 'TODO',
        role: 'other',
        expertise: ['mental_health'],
        appointment: { by: 'chair', procedure: 'TODO' },
      },
    ]);
    ctx.report({
      message:
        'No ordinary member of the board is recorded as having knowledge and experience of mental health services. The Health and Care Act 2022 (Schedule 1B to the NHS Act 2006) requires the chair to seek to ensure that at least one ordinary member has knowledge and experience of services for the prevention, diagnosis and treatment of mental illness: add `mental_health` to that member\'s `expertise`, or reserve a seat for it.',
      at: firstLoc(c.seated ? icb.board?.seats : icb.board?.members, icb.board, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: 'Reserve a board seat for a member with mental health expertise (to fill in)', safe: false, edits: [edit] }] : undefined,
    });
  },
});
