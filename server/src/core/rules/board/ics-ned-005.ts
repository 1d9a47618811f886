import { defineRule } from '../framework';
import { text } from '../../model/query';
import { positionsWithRole } from '../../model/composition';
import { board } from '../positions';
import { NHSE_CONST24_DEPUTY } from './citations';

const DEPUTY_TITLE = /\b(deputy|vice)[\s-]*(chair|chairman|chairwoman|chairperson)\b/i;

export default defineRule({
  meta: {
    id: 'ICS-NED-005',
    slug: 'deputy-chair-is-not-chair',
    title: 'The deputy chair does not become chair: the chair remains an appointment approved by the Secretary of State.',
    section: '2. ICB board composition and roles',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [NHSE_CONST24_DEPUTY],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Flags a board member whose title calls them deputy or vice chair but who is recorded with `role: chair`. A deputy chair is a non-executive member named in `board.deputy_chair`.',
      rationale:
        "NHS England's guidance on ICB constitutions and governance (2023/24) explains that the deputy chair presides when the chair is away but does not become chair: the chair is appointed by NHS England with the Secretary of State's approval (Schedule 1B paragraph 5), and a deputy chair has no such appointment. Recording the deputy as a second `chair` confuses the two.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair, title: Chair}
    - {id: chris-day, name: Chris Day, role: chair, title: Deputy Chair}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair, title: Chair}
    - {id: chris-day, name: Chris Day, role: non_executive, title: Deputy Chair}
  deputy_chair: chris-day
`,
      howToFix: 'Record the deputy chair as `role: non_executive` and name them in `board.deputy_chair`.',
    },
  },
  check(ctx) {
    const appointed =
      ctx.framework === 'health-bill-2026'
        ? 'the chair is appointed by the Secretary of State (under the Health Bill 2026, which would abolish NHS England)'
        : "the chair is appointed by NHS England with the Secretary of State's approval";
    for (const p of positionsWithRole(board(ctx), 'chair')) {
      // A chair seat titled as a deputy, or a member titled as a deputy who holds the chair seat.
      for (const e of p.kind === 'seat' ? [p, ...p.holders.filter((h) => h.member.title)] : [p]) {
        const title = e.declared('title');
        if (!text(title) || !DEPUTY_TITLE.test(text(title)!)) continue;
        const role = e.declared('role');
        const own = e.kind !== 'holder' || e.member.role !== undefined;
        ctx.report({
          message: `${e.label} is titled "${text(title)}" but recorded with \`role: chair\`. A deputy chair presides when the chair is away but does not become chair: ${appointed} (NHS England guidance on ICB constitutions, 2023/24). Record them as \`role: non_executive\` and name them in \`board.deputy_chair\`.`,
          at: role?.loc ?? e.loc,
          related: [{ message: 'title declared here', at: title!.loc }],
          fixes: role && own ? [{ title: `Record ${e.label} as a non-executive ${e.kind === 'seat' ? 'seat' : 'member'}`, safe: false, edits: [ctx.editor.replaceScalar(role.loc.node, 'non_executive')] }] : undefined,
        });
      }
    }
  },
});
