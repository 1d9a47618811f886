import { defineRule } from '../framework';
import { capitalise } from '../../model/query';
import { holdersText } from '../../model/composition';
import { HWE_CONSTITUTION, NHSE_CONST24 } from '../citations';
import { board } from '../positions';

export default defineRule({
  meta: {
    id: 'ICS-SEAT-002',
    slug: 'seat-vacancy',
    title: 'A seat with fewer members named than the constitution provides is a vacancy.',
    section: '2. ICB board composition and roles',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...HWE_CONSTITUTION, provision: 'section 2 (the composition of the board, seat by seat)' },
      { ...NHSE_CONST24, provision: 'a transition period may be needed in non-executive roles' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'In a constitution that declares its seats (`board.seats`, format 1.1) and lists its members, notes each seat with fewer holders than its minimum (`count` or `min`). A constitution that lists no members at all describes its seats only, and is not checked.',
      rationale:
        "A constitution provides for its seats (as Hertfordshire and West Essex ICB's, derived from NHS England's model, does in section 2); the people change. A seat with fewer members named than it provides is a vacancy — or a member not yet recorded. It is not an error: NHS England's 2023/24 guidance recognises that posts take time to fill. The note helps a reviewer see who is missing.",
      incorrect: `kind: icb-constitution
version: 1.1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  seats:
    - {id: non-executive, role: non_executive, min: 2}
  members:
    - {id: pat-lee, name: Pat Lee, seat: non-executive}
`,
      correct: `kind: icb-constitution
version: 1.1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  seats:
    - {id: non-executive, role: non_executive, min: 2}
  members:
    - {id: pat-lee, name: Pat Lee, seat: non-executive}
    - {id: kim-chan, name: Kim Chan, seat: non-executive}
`,
      howToFix: 'Name the member who holds the seat (`seat:`) when they are appointed; until then the note records the vacancy. Suppress it with a reason and an expiry if the post is being recruited.',
    },
  },
  check(ctx) {
    for (const issue of board(ctx).issues) {
      if (issue.kind !== 'vacant') continue;
      const p = issue.position;
      ctx.report({
        message: `${capitalise(p.label)} provides for ${p.size.max === p.size.min ? '' : 'at least '}${p.size.min === 1 ? 'one member' : `${p.size.min} members`} and ${p.holders.length === 0 ? 'has no holder named' : `is ${holdersText(p)}`}: ${issue.missing === 1 ? 'one place is' : `${issue.missing} places are`} vacant, or ${issue.missing === 1 ? 'its holder is' : 'their holders are'} not yet recorded.`,
        at: p.loc,
      });
    }
  },
});
