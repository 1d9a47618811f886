import { defineRule, type RuleContext } from '../framework';
import { text } from '../../model/query';
import { minimumCount, positionsWithRole, type BoardPosition } from '../../model/composition';
import type { Fix } from '../../types';
import { addToBoard, board, declarerPath, unusedBoardId } from '../positions';
import { GGI_CONST, HF, HWE_2_1_5 } from './citations';
import { boardAnchor } from './util';

const REQUIRED = 2;

export default defineRule({
  meta: {
    id: 'ICS-NED-001',
    slug: 'board-has-two-non-executives',
    title: 'The board has at least two non-executive members besides the chair.',
    section: '2. ICB board composition and roles',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [HWE_2_1_5, HF, GGI_CONST],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Counts the board members with `role: non_executive` (the chair is not counted) and checks there are at least two.',
      rationale:
        'NHS England policy, as written into constitutions built on its model (e.g. Hertfordshire and West Essex ICB, paragraph 2.1.5), expects at least two independent non-executive members on top of the statutory minimum; they chair the audit and remuneration committees. This is NHS England policy, not statute, so it is a warning. NHS England said in 2025 that it will no longer prescribe board composition; the rule stays at its catalogue severity because a constitution with fewer non-executives still needs NHS England\'s agreement.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair, independent: true}
    - {id: pat-lee, name: Pat Lee, role: non_executive, independent: true}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair, independent: true}
    - {id: pat-lee, name: Pat Lee, role: non_executive, independent: true}
    - {id: chris-day, name: Chris Day, role: non_executive, independent: true}
`,
      howToFix: 'Add independent non-executive members (`role: non_executive`, `independent: true`) until there are at least two besides the chair.',
    },
  },
  check(ctx) {
    const c = board(ctx);
    const neds = positionsWithRole(c, 'non_executive');
    const count = minimumCount(neds);
    if (count >= REQUIRED) return;
    const have = c.seated
      ? `The board's seats provide for ${count === 0 ? 'no non-executive members' : `only one non-executive member (${neds.map((p) => p.label).join(', ')})`} besides the chair (each seat counted at its minimum).`
      : `The board has ${count === 0 ? 'no non-executive members' : `only one non-executive member, ${neds[0].label},`} besides the chair.`;
    ctx.report({
      message: `${have} NHS England policy, as set out in constitutions built on its model (Hertfordshire and West Essex ICB constitution, paragraph 2.1.5), expects at least two independent non-executive members. NHS England said in 2025 it will no longer prescribe board composition, but a constitution with fewer still needs its agreement.`,
      at: boardAnchor(ctx),
      related: neds.map((p) => ({ message: `non-executive ${p.kind === 'seat' ? 'seat' : 'member'} declared here`, at: p.loc })),
      fixes: fixes(ctx, neds, count),
    });
  },
});

/** Members to add (a document of members), or a non-executive seat of two (a document of seats). */
function fixes(ctx: RuleContext, neds: BoardPosition[], count: number): Fix[] | undefined {
  const icb = ctx.icb!;
  if (board(ctx).seated) {
    const seat = neds.find((p) => p.kind === 'seat' && (p.size.max === undefined || p.size.max >= REQUIRED))?.seat;
    const path = seat ? declarerPath(icb, seat) : undefined;
    const edit = seat && path
      ? seat.count
        ? ctx.editor.replaceScalar(seat.count.loc.node, REQUIRED)
        : ctx.editor.setAtPath([...path, 'min'], REQUIRED)
      : !seat
        ? ctx.editor.addAtPath(['board', 'seats'], [{ id: unusedBoardId(icb, 'non-executive'), title: 'Non-executive Member', role: 'non_executive', min: REQUIRED, independent: true }])
        : undefined;
    return edit ? [{ title: seat ? `Provide for at least ${REQUIRED} non-executive members in ${text(seat.id) ?? 'the seat'}` : `Add a seat of at least ${REQUIRED} independent non-executive members`, safe: false, edits: [edit] }] : undefined;
  }
  const taken: string[] = [];
  const added = [];
  for (let i = count; i < REQUIRED; i++) {
    const id = unusedBoardId(icb, 'non-executive', taken);
    taken.push(id);
    added.push({ id, name: 'TODO', role: 'non_executive', independent: true });
  }
  const edit = addToBoard(ctx, added);
  return edit
    ? [{ title: added.length === 1 ? 'Add an independent non-executive member (name to fill in)' : `Add ${added.length} independent non-executive members (names to fill in)`, safe: false, edits: [edit] }]
    : undefined;
}
