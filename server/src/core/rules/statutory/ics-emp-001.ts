import { defineRule } from '../framework';
import { committeesOfType, text, values } from '../../model/query';
import { ACT_SCH1B_P2, HWE_8 } from '../citations';
import { SECTION_1, addUnder } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-EMP-001',
    slug: 'remuneration-committee-exercises-employment-functions',
    title: "The remuneration committee's functions cover the ICB's powers to employ staff and set their pay and terms.",
    section: SECTION_1,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...ACT_SCH1B_P2, provision: 'Schedule 1B paragraphs 18 and 19' },
      { ...ACT_SCH1B_P2, provision: 'Schedule 1B paragraph 20', confidence: 'I' },
      { ...HWE_8, provision: 'section 8.1.5' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'For each remuneration committee (`type: remuneration`), checks that its `functions` or `duties` are listed. Whether there is a remuneration committee at all is ICS-COMM-004\'s check.',
      rationale:
        "Schedule 1B paragraphs 18 and 19 to the NHS Act 2006 let the ICB appoint employees and set their pay, allowances and terms; model-based constitutions give these functions to the remuneration committee (HWE 8.1.5). The constitution should say so, so it is clear who exercises them.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
committees:
  - {id: remuneration, name: Remuneration Committee, type: remuneration}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
committees:
  - id: remuneration
    name: Remuneration Committee
    type: remuneration
    duties: [ICB pay policy, staff pay and terms, remuneration and allowances of board members]
`,
      howToFix: 'List the remuneration committee\'s `duties`: the ICB\'s pay policy, the pay, allowances and terms of its employees, and the remuneration of board members.',
    },
  },
  check(ctx) {
    for (const c of committeesOfType(ctx.icb!, 'remuneration')) {
      if (values(c.functions).length > 0 || values(c.duties).length > 0) continue;
      const edit = addUnder(ctx, c.loc, ['duties'], ['ICB pay policy, staff pay and terms', 'remuneration and allowances of board members']);
      ctx.report({
        message: `The ${text(c.name) ?? text(c.id) ?? 'remuneration committee'} lists no functions or duties. The ICB's powers to employ staff and set their pay and terms (Schedule 1B paragraphs 18–19 to the NHS Act 2006) are normally exercised by the remuneration committee: list them in its \`duties\`.`,
        at: c.type?.loc ?? c.loc,
        fixes: edit ? [{ title: "List the remuneration committee's usual duties (check them)", safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
