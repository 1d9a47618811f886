import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { compositionOf } from '../../model/composition';
import { NHSE_CONST24 } from './citations';
import { boardQuorumSeats, headCount, minimumMembers, mostCount, SECTION_4 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-QUORUM-002',
    slug: 'board-can-meet-without-chair',
    title: 'The board\'s quorum lets it meet without the chair, with the deputy chair presiding.',
    section: SECTION_4,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [{ ...NHSE_CONST24, provision: 'Action required: quoracy arrangements allow the board to meet in the chair\'s absence, the deputy chair presiding' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Checks the board\'s quorum: `minimum_members` must be less than the number of voting members, so that the board can be quorate without the chair; and when `must_include` lists `chair_or_deputy`, the named deputy chair must be a voting member. A board with no deputy chair named is reported by ICS-NED-003.',
      rationale:
        'NHS England\'s 2023/24 guidance on ICB constitutions asks ICBs to make sure their quoracy arrangements let the board meet when the chair is absent, with the deputy chair presiding. A quorum that needs every voting member present, or a deputy who cannot count towards it, stops the board from meeting whenever the chair cannot attend.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
    - {id: pat-lee, name: Pat Lee, role: non_executive}
  deputy_chair: pat-lee
  quorum: {minimum_members: 3, must_include: [chair_or_deputy]}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
    - {id: pat-lee, name: Pat Lee, role: non_executive}
  deputy_chair: pat-lee
  quorum: {minimum_members: 2, must_include: [chair_or_deputy]}
`,
      howToFix:
        'Keep `minimum_members` below the number of voting members, and make sure the deputy chair named in `board.deputy_chair` is a voting non-executive member.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const board = icb.board;
    const quorum = board?.quorum;
    if (!board || !quorum) return; // ICS-QUORUM-001 asks for one

    // No deputy chair at all is ICS-NED-003's finding (a deputy chair, so meetings have a chair
    // when the chair is away); an id that names nobody is reported there too. Here: a named deputy
    // who could not complete a `chair_or_deputy` quorum because they do not vote.
    const chairOrDeputy = items(quorum.must_include).find((r) => r.value === 'chair_or_deputy');
    const deputy = compositionOf(icb).resolve(text(board.deputy_chair));
    if (chairOrDeputy && deputy && deputy.voting === false) {
      ctx.report({
        message: `The board's quorum needs the chair or the deputy chair (\`chair_or_deputy\`), but the deputy chair, ${deputy.label}, is not a voting member (\`voting: false\`), so the board cannot be quorate when the chair is away. NHS England's 2023/24 guidance asks for quoracy arrangements that let the board meet without the chair, the deputy chair presiding.`,
        at: chairOrDeputy.loc,
        related: [{ message: `${deputy.label} is declared here`, at: deputy.declared('voting')?.loc ?? deputy.loc }],
      });
    }

    const min = minimumMembers(quorum);
    const seats = boardQuorumSeats(icb);
    const total = headCount(seats);
    const chairVotes = seats.some((s) => s.entity?.role === 'chair');
    // Only when the board's size is fixed: with seats of "at least" or "up to", it may be larger.
    if (min !== undefined && chairVotes && min === total && mostCount(seats) === total) {
      ctx.report({
        message: `The board's quorum is ${min} members, which is every voting member, so the board cannot meet when the chair (or anyone else) is away. NHS England's 2023/24 guidance asks for quoracy arrangements that let the board meet without the chair: set \`minimum_members\` below ${total}.`,
        at: quorum.minimum_members!.loc,
      });
    }
  },
});
