import { defineRule } from '../framework';
import { committeesOfType, values } from '../../model/query';
import { HWE_8 } from './citations';
import { capitalise, committeeLabel, committeePath, listText, SECTION_4 } from './helpers';

/** The four duties of HWE 8.1.6, each with the words that show a listed duty covers it. */
const DUTIES: { key: string; words: string; text: string; test: (d: string) => boolean }[] = [
  {
    key: 'pay-policy',
    words: 'the ICB\'s pay policy and terms and conditions',
    text: 'Set the ICB pay policy, including terms and conditions of employment',
    test: (d) => /(pay|remuneration|reward)\s+(policy|policies|framework|strategy)|terms\s+and\s+conditions|terms\s+of\s+service/.test(d),
  },
  {
    key: 'staff-pay',
    words: 'pay and allowances of ICB staff',
    text: 'Determine the pay and allowances of ICB employees',
    test: (d) => /(staff|employee|workforce|officer)/.test(d) && /(pay|allowance|remunerat|salar)/.test(d),
  },
  {
    key: 'board-pay',
    words: 'remuneration of board members',
    text: 'Determine the remuneration of board members, including the chief executive and executive members',
    test: (d) => /(board|member|director|executive|chief executive)/.test(d) && /(pay|remunerat|salar)/.test(d),
  },
  {
    key: 'committee-allowances',
    words: 'allowances for committee members who are not board members',
    text: 'Determine allowances for members of committees who are not board members',
    test: (d) => /allowance/.test(d) && /committee/.test(d),
  },
];

export default defineRule({
  meta: {
    id: 'ICS-COMM-006',
    slug: 'remuneration-committee-duties',
    title: 'The remuneration committee\'s duties cover ICB pay policy, staff pay, board members\' remuneration and allowances for committee members.',
    section: SECTION_4,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [{ ...HWE_8, provision: 'paragraph 8.1.6 (duties of the remuneration committee)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'For every committee with `type: remuneration`, reads its `duties` (plain words) and checks that they cover four areas: the ICB\'s pay policy and terms and conditions; the pay and allowances of ICB staff; the remuneration of board members; allowances for committee members who are not board members. Wording is free: the check looks for the key words (pay, remuneration, allowances, terms and conditions, staff, board, committee). A committee with neither `duties` nor `functions` is reported by ICS-EMP-001.',
      rationale:
        'Constitutions derived from the NHS England model (Hertfordshire and West Essex ICB, paragraph 8.1.6) give the remuneration committee these four duties. Writing them down tells the board, and the public, who decides pay: it is the committee, not the executives whose pay it sets.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: kit-rowe, name: Kit Rowe, role: non_executive}
committees:
  - id: remuneration
    name: Remuneration Committee
    type: remuneration
    chair: kit-rowe
    duties: [Set executive pay]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: kit-rowe, name: Kit Rowe, role: non_executive}
committees:
  - id: remuneration
    name: Remuneration Committee
    type: remuneration
    chair: kit-rowe
    duties:
      - Set the ICB pay policy, including terms and conditions of employment
      - Determine the pay and allowances of ICB employees
      - Determine the remuneration of board members
      - Determine allowances for members of committees who are not board members
`,
      howToFix:
        'List the committee\'s duties under `duties`, covering the four areas. The quick fix adds the missing ones in standard wording for you to check against the committee\'s terms of reference.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    for (const c of committeesOfType(icb, 'remuneration')) {
      // A committee with no duties or functions at all is ICS-EMP-001's finding (paras 18–19).
      if (values(c.duties).length === 0 && values(c.functions).length === 0) continue;
      const duties = values(c.duties).map((d) => d.toLowerCase());
      const missing = DUTIES.filter((d) => !duties.some(d.test));
      if (missing.length === 0) continue;
      const label = committeeLabel(c, 'the remuneration committee');
      const path = committeePath(icb, c);
      const edit = path ? ctx.editor.addAtPath([...path, 'duties'], missing.map((d) => d.text)) : undefined;
      const message =
        duties.length === 0
          ? `${capitalise(label)} lists \`functions\` but no \`duties\`. Good practice (NHS England model constitution, as in Hertfordshire and West Essex ICB paragraph 8.1.6) is to set out that it decides ${listText(DUTIES.map((d) => d.words))}.`
          : `The duties of ${label} do not mention ${listText(missing.map((d) => d.words))}. Good practice (NHS England model constitution, as in Hertfordshire and West Essex ICB paragraph 8.1.6) is for the remuneration committee to decide these.`;
      ctx.report({
        message,
        at: c.duties?.loc ?? c.loc,
        fixes: edit ? [{ title: `Add the ${missing.length === 1 ? 'missing duty' : `${missing.length} missing duties`} to ${label}`, safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
