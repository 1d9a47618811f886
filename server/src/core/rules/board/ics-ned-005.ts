import { defineRule } from '../framework';
import { memberLabel, membersWithRole, text } from '../../model/query';
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
    for (const m of membersWithRole(ctx.icb!, 'chair')) {
      const title = text(m.title);
      if (!title || !DEPUTY_TITLE.test(title)) continue;
      ctx.report({
        message: `${memberLabel(m)} is titled "${title}" but recorded with \`role: chair\`. A deputy chair presides when the chair is away but does not become chair: ${appointed} (NHS England guidance on ICB constitutions, 2023/24). Record them as \`role: non_executive\` and name them in \`board.deputy_chair\`.`,
        at: m.role!.loc,
        related: [{ message: 'title declared here', at: m.title!.loc }],
        fixes: [{ title: `Record ${memberLabel(m)} as a non-executive member`, safe: false, edits: [ctx.editor.replaceScalar(m.role!.loc.node, 'non_executive')] }],
      });
    }
  },
});
