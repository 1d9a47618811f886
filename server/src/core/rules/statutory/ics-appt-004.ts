import { defineRule } from '../framework';
import { membersWithRole, memberLabel, text } from '../../model/query';
import { ACT_SCH1B_P1, ACT_SCH1B_P2 } from '../citations';
import { SECTION_1, addUnder } from './helpers';

const ALLOWED = ['employee', 'secondee'];

export default defineRule({
  meta: {
    id: 'ICS-APPT-004',
    slug: 'chief-executive-is-employee',
    title: 'The chief executive is an employee of the ICB (a secondee counts).',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [
      { ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 7(2)' },
      { ...ACT_SCH1B_P2, provision: 'Schedule 1B paragraph 19(4) (secondees)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: "Checks the chief executive's `employment` is `employee` or `secondee`.",
      rationale:
        'Schedule 1B paragraph 7(2) to the NHS Act 2006 says the chief executive must be an employee of the ICB; paragraph 19(4) counts people seconded to the ICB, including civil servants and certain other public employees, as employees for this purpose.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: amir-khan, name: Amir Khan, role: chief_executive, employment: none}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: amir-khan, name: Amir Khan, role: chief_executive, employment: employee}
`,
      howToFix: "Set the chief executive's `employment` to `employee` (or `secondee` if seconded to the ICB).",
    },
  },
  check(ctx) {
    const ceo = membersWithRole(ctx.icb!, 'chief_executive')[0];
    if (!ceo) return;
    const employment = text(ceo.employment);
    if (employment && ALLOWED.includes(employment)) return;
    if (!employment) {
      const edit = addUnder(ctx, ceo.loc, ['employment'], 'employee');
      ctx.report({
        message: `The constitution does not say that the chief executive, ${memberLabel(ceo)}, is employed by the ICB. Schedule 1B paragraph 7(2) of the NHS Act 2006 requires the chief executive to be an employee of the ICB (a secondee counts, paragraph 19(4)): add \`employment: employee\` or \`employment: secondee\`.`,
        at: ceo.role?.loc ?? ceo.loc,
        fixes: edit ? [{ title: 'Say the chief executive is an employee of the ICB', safe: false, edits: [edit] }] : undefined,
      });
      return;
    }
    ctx.report({
      message: `The chief executive, ${memberLabel(ceo)}, has \`employment: ${employment}\`. Schedule 1B paragraph 7(2) of the NHS Act 2006 requires the chief executive to be, and remain, an employee of the ICB (a secondee counts, paragraph 19(4)).`,
      at: ceo.employment!.loc,
      fixes: [{ title: 'Change to employee', safe: false, edits: [ctx.editor.replaceScalar(ceo.employment!.loc.node, 'employee')] }],
    });
  },
});
