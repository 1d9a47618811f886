import { defineRule } from '../framework';
import { capitalise, text } from '../../model/query';
import { positionsWithRole } from '../../model/composition';
import { board, declarerPath } from '../positions';
import { HSJ_DF, HWE_2_1_6, NHSP_PM } from './citations';
import { sectorWords } from './partners';

const SOURCE =
  'Partner members bring the knowledge and perspective of their sector but are not its delegates: they act for the whole system (Hertfordshire and West Essex ICB constitution, paragraph 2.1.6; NHS Providers)';

/** Words that cast a partner member as their sector's delegate, unless the statement denies it. */
const DELEGATE = /\b(delegates?|representatives?|represents?|representing|on behalf of|mandated?)\b/i;
const DENIAL = /\b(not|never|rather than|instead of)\b/i;

export default defineRule({
  meta: {
    id: 'ICS-PM-001',
    slug: 'partner-members-not-delegates',
    title: 'Partner members bring their sector’s perspective but are not its delegates.',
    section: '2. ICB board composition and roles',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [HWE_2_1_6, HSJ_DF, NHSP_PM],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that each partner member (`role: partner`) has a `role_statement`, and that the statement does not describe them as representing or acting on behalf of their sector without saying they are not its delegate.',
      rationale:
        'Constitutions built on the NHS England model (e.g. Hertfordshire and West Essex ICB, paragraph 2.1.6), the ICS design framework and NHS Providers all say that partner members bring the knowledge and perspective of the organisations that nominated them but are not their delegates: once on the board they act for the whole system. Saying so in the role statement avoids the common misunderstanding. This is good practice, so the rule is information.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts, role_statement: Represents the trusts on the board.}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: sam-obi
      name: Sam Obi
      role: partner
      sector: nhs_trusts
      role_statement: Brings the knowledge and perspective of NHS trusts; acts for the whole system, not as a delegate of the trusts.
`,
      howToFix: "Give each partner member a `role_statement` saying that they bring their sector's perspective but act for the whole system, not as a delegate.",
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    // Once per partner seat (its holders take its role statement), or per partner member.
    for (const p of positionsWithRole(board(ctx), 'partner')) {
      const declared = p.declared('role_statement');
      const statement = text(declared);
      const who = p.kind === 'seat' ? p.label : `partner member ${p.label}`;
      if (!statement) {
        const model = `Brings the knowledge and perspective of ${sectorWords(p.sector)}; acts for the whole system, not as a delegate.`;
        const path = declarerPath(icb, p.declarer);
        const edit = path ? ctx.editor.addAtPath([...path, 'role_statement'], model) : undefined;
        ctx.report({
          message: `${capitalise(who)} has no role statement. ${SOURCE}. Add a \`role_statement\` that says so.`,
          at: p.loc,
          fixes: edit ? [{ title: 'Add a role statement: perspective of the sector, not a delegate (review the wording)', safe: false, edits: [edit] }] : undefined,
        });
        continue;
      }
      if (DELEGATE.test(statement) && !DENIAL.test(statement)) {
        ctx.report({
          message: `The role statement of ${who} casts them as acting for their sector ("${statement}"). ${SOURCE}. Say that they bring the sector's perspective but are not its delegate.`,
          at: declared!.loc,
        });
      }
    }
  },
});
