import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { governanceOf } from '../../model/governance';
import { listText } from '../committees/helpers';
import { HSCA_194, SECTION_14 } from './citations';
import { councilsWithHwb, notNamed } from './hwb';

const HEAD = `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities:
      - {name: Exampleshire County Council, type: county}
      - {name: Example City Council, type: unitary}
`;

export default defineRule({
  meta: {
    id: 'ICS-HWB-001',
    slug: 'icb-representative-on-each-hwb',
    title: 'Where the constitution lists the health and wellbeing boards, it names the ICB\'s representative on each board of its area.',
    section: SECTION_14,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [HSCA_194],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Only when the constitution lists `health_and_wellbeing_boards`: checks that each entry names the ICB\'s representative (`icb_representative`: a board member or seat, or a post), and that every council of the area with social care responsibility (county, unitary, metropolitan borough, London borough; a council only partly in the area included) has an entry. One person may represent the ICB on several boards.',
      rationale:
        'Each health and wellbeing board "is to consist of … a representative of each relevant integrated care board", and "a relevant integrated care board must appoint a person to represent it on the Health and Wellbeing Board"; one person may represent more than one ICB "with the agreement of the Health and Wellbeing Board" (Health and Social Care Act 2012 s.194(2)(f), (6) and (7), read). The duty is the ICB\'s, not a requirement of its constitution, so this is information, asked only of a constitution that lists the boards.',
      incorrect: `${HEAD}health_and_wellbeing_boards:
  - {local_authority: Exampleshire County Council}
`,
      correct: `${HEAD}health_and_wellbeing_boards:
  - {local_authority: Exampleshire County Council, icb_representative: {title: Place Director (Exampleshire), organisation: NHS Example ICB}}
  - {local_authority: Example City Council, icb_representative: {title: Place Director (Example City), organisation: NHS Example ICB}}
`,
      howToFix: 'Name who represents the ICB on each health and wellbeing board of its area (a board member, or a post such as the place director), and add the boards missing from the list.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const list = icb.health_and_wellbeing_boards;
    if (!list) return;
    const g = governanceOf(icb);
    for (const h of items(list)) {
      if (g.resolve(h.icb_representative)) continue;
      ctx.report({
        message: `The health and wellbeing board of ${text(h.local_authority) ?? 'a council'} has no ICB representative named (\`icb_representative\`). Each relevant ICB "must appoint a person to represent it on the Health and Wellbeing Board" (Health and Social Care Act 2012 s.194(6)): name them, by board seat or by post.`,
        at: h.loc,
      });
    }
    const missing = notNamed(councilsWithHwb(icb), items(list).map((h) => text(h.local_authority) ?? ''));
    if (missing.length === 0) return;
    ctx.report({
      message: `The health and wellbeing boards listed leave out ${listText(missing.map((c) => c.name))}, of the ICB's area. The ICB is represented on the health and wellbeing board of each council of its area (Health and Social Care Act 2012 s.194(2)(f)): add ${missing.length === 1 ? 'it' : 'them'}, with the ICB's representative.`,
      at: list.loc,
    });
  },
});
