import { defineRule } from '../framework';
import { firstLoc } from '../../model/query';
import { minimumCount, ordinaryPositions } from '../../model/composition';
import { addToBoard, board, placeWord, unusedBoardId } from '../positions';
import { ACT_SCH1B_P1 } from '../citations';
import { SECTION_1 } from './helpers';

const MINIMUM = 3;

export default defineRule({
  meta: {
    id: 'ICS-BOARD-003',
    slug: 'board-has-three-ordinary-members',
    title: 'The board has at least three ordinary members besides the chair and the chief executive.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 3(1)(c) and 3(2)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Counts the board members other than the chair and the chief executive (the "ordinary members") and checks there are at least three. In a constitution with seats (format 1.1) it counts each ordinary seat at its minimum, so a seat of "at least two non-executive members" counts two. Participants and observers are not members and do not count.',
      rationale:
        'Schedule 1B paragraph 3(1)(c) to the NHS Act 2006 requires at least three ordinary members, and paragraph 3(2) defines ordinary members as members other than the chair and the chief executive. Three is the legal floor: the partner members alone (paragraph 8(2)) fill it.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts}
    - {id: leah-park, name: Leah Park, role: partner, sector: primary_medical_services}
    - {id: tom-reid, name: Tom Reid, role: partner, sector: local_authorities}
`,
      howToFix: 'Add ordinary members until there are at least three besides the chair and the chief executive — normally the three partner members and the non-executive members.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const c = board(ctx);
    const ordinary = ordinaryPositions(c);
    const count = minimumCount(ordinary);
    if (count >= MINIMUM) return;
    const missing = MINIMUM - count;
    const taken: string[] = [];
    const toAdd: Record<string, unknown>[] = [];
    for (let i = 0; i < missing; i++) {
      const id = unusedBoardId(icb, `ordinary-member-${count + i + 1}`, taken);
      taken.push(id);
      toAdd.push({ id, name: 'TODO', role: 'non_executive', appointment: { by: 'chair', procedure: 'TODO' } });
    }
    const edit = addToBoard(ctx, toAdd);
    const have = c.seated
      ? `The board's seats provide for ${count === 0 ? 'no' : `only ${count}`} ordinary member${count === 1 ? '' : 's'} besides the chair and the chief executive (each seat counted at its minimum).`
      : `The board has ${count === 0 ? 'no' : `only ${count}`} ordinary member${count === 1 ? '' : 's'} besides the chair and the chief executive.`;
    ctx.report({
      message: `${have} Schedule 1B paragraph 3(1)(c) of the NHS Act 2006 requires at least three: add ${missing} more (for example the partner members nominated by NHS trusts, primary medical services and local authorities).`,
      at: firstLoc(c.seated ? icb.board?.seats : icb.board?.members, icb.board, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: `Add ${missing} ordinary ${placeWord(ctx)}${missing === 1 ? '' : 's'} (to fill in)`, safe: false, edits: [edit] }] : undefined,
    });
  },
});
