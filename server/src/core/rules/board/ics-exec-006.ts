import { defineRule } from '../framework';
import { capitalise, text } from '../../model/query';
import { positionsWithRole } from '../../model/composition';
import { board, declarerPath } from '../positions';
import { MODEL_CONSTITUTION_EXEC_EMPLOYMENT } from './citations';

const SOURCE =
  "NHS England's model constitution is expected to require this, by analogy with Schedule 1B paragraph 7(2) of the NHS Act 2006 for the chief executive (source not confirmed — the model has not been read)";

export default defineRule({
  meta: {
    id: 'ICS-EXEC-006',
    slug: 'executives-are-employees',
    title: 'Executive members other than the chief executive are ICB employees or secondees.',
    section: '2. ICB board composition and roles',
    sourceKind: 'nhse-policy',
    severity: 'information',
    citations: [MODEL_CONSTITUTION_EXEC_EMPLOYMENT],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that every member with `role: executive` has `employment: employee` or `employment: secondee`.',
      rationale:
        'Source not confirmed: the law requires the chief executive to be an employee of the ICB (Schedule 1B paragraph 7(2), secondees included by paragraph 19(4)). The catalogue expects the same of the other executive members by analogy, but the NHS England model constitution that would say so has not been read, so the rule is information only.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: li-wei, name: Li Wei, role: executive, function: finance, employment: none}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: li-wei, name: Li Wei, role: executive, function: finance, employment: employee}
`,
      howToFix: 'Record how each executive member is engaged: `employment: employee`, or `employment: secondee` for someone seconded from another employer.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    // Once per executive seat (its holders take its employment), or per executive member.
    for (const p of positionsWithRole(board(ctx), 'executive')) {
      const declared = p.declared('employment');
      const employment = text(declared);
      if (employment === 'employee' || employment === 'secondee') continue;
      const what = p.kind === 'seat' ? `the holders of ${p.label} are` : `executive member ${p.label} is`;
      if (employment === undefined) {
        const path = declarerPath(icb, p.declarer);
        const edit = path ? ctx.editor.addAtPath([...path, 'employment'], 'employee') : undefined;
        ctx.report({
          message: `The constitution does not say how ${what} engaged by the ICB. ${SOURCE}: executive members should be ICB employees or secondees — add \`employment: employee\` or \`employment: secondee\`.`,
          at: p.loc,
          fixes: edit ? [{ title: `Record ${p.kind === 'seat' ? `the holders of ${p.label}` : p.label} as ${p.kind === 'seat' ? 'ICB employees' : 'an ICB employee'}`, safe: false, edits: [edit] }] : undefined,
        });
        continue;
      }
      ctx.report({
        message: `${p.kind === 'seat' ? capitalise(p.label) : `Executive member ${p.label}`} has \`employment: ${employment}\`. ${SOURCE}: executive members should be ICB employees or secondees. If they are not, they may not belong in an executive seat.`,
        at: declared!.loc,
      });
    }
  },
});
