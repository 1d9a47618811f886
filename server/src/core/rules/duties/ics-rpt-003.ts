import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { listText } from '../committees/helpers';
import { GLOS_HWB, NHSE_JFP, SECTION_14, VCSE_ICS_JFP } from './citations';
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
    id: 'ICS-RPT-003',
    slug: 'hwb-opinions-on-joint-forward-plan',
    title: 'Where the constitution records the health and wellbeing boards\' opinions on the draft joint forward plan, every board of the area is there.',
    section: SECTION_14,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [GLOS_HWB, VCSE_ICS_JFP, NHSE_JFP],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Only when the constitution records opinions on the draft joint forward plan (`plans.joint_forward_plan.hwb_opinions`): checks that there is one from the health and wellbeing board of each council of the area with social care responsibility (county, unitary, metropolitan borough, London borough), including a council only partly in the area.',
      rationale:
        'When preparing the joint forward plan, the ICB must give each relevant health and wellbeing board a draft and ask whether it takes proper account of the joint local health and wellbeing strategy, and the final plan must include the board\'s opinion (as Gloucestershire\'s health and wellbeing board minutes and VCSE-ICS describe NHS Act 2006 s.14Z54; the section\'s subsection was not read). It is a duty for the plan, not the constitution: information, and only when the constitution records the opinions.',
      incorrect: `${HEAD}plans:
  joint_forward_plan:
    url: https://example.nhs.uk/jfp
    hwb_opinions:
      - {health_and_wellbeing_board: Exampleshire County Council, received_on: 2025-02}
`,
      correct: `${HEAD}plans:
  joint_forward_plan:
    url: https://example.nhs.uk/jfp
    hwb_opinions:
      - {health_and_wellbeing_board: Exampleshire County Council, received_on: 2025-02}
      - {health_and_wellbeing_board: Example City Council, received_on: 2025-02}
`,
      howToFix: 'Record the opinion of each health and wellbeing board of the area on the draft plan (`hwb_opinions`), or ask the board that has not given one.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const opinions = icb.plans?.joint_forward_plan?.hwb_opinions;
    if (!opinions) return;
    const missing = notNamed(councilsWithHwb(icb), items(opinions).map((o) => text(o.health_and_wellbeing_board) ?? ''));
    if (missing.length === 0) return;
    ctx.report({
      message: `No opinion on the draft joint forward plan is recorded from the health and wellbeing board of ${listText(missing.map((c) => c.name))}. Each relevant health and wellbeing board is asked whether the draft takes proper account of its joint local health and wellbeing strategy, and its opinion goes into the plan (NHS Act 2006 s.14Z54, as health and wellbeing boards describe it).`,
      at: opinions.loc,
    });
  },
});
