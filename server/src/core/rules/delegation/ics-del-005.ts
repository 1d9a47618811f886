import { defineRule } from '../framework';
import { linkGiven, text } from '../../model/query';
import { arrangementLabel, arrangementsOfType } from '../../model/governance';
import { capitalise } from '../committees/helpers';
import { MILLS_CIC, NHSP_CIC, SECTION_11 } from './citations';
import { arrangementAnchor } from './shared';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-DEL-005',
    slug: 'committees-in-common-name-icb-committee',
    title: 'Committees in common name the ICB\'s own committee: each body decides for itself.',
    section: SECTION_11,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [MILLS_CIC, NHSP_CIC],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Checks each `joint_working.arrangements[]` entry of `type: committees_in_common`: it names the ICB committee that meets in common with the others (`icb_committee`), unless the arrangement\'s `terms_of_reference` or `recorded_in` are linked.',
      rationale:
        'Committees in common are "two or more organisations meeting in the same place at the same time", where "the individual organisations remain distinct and (if the committee is decision-making) take their own decisions" (Mills & Reeve); each body "establish[es] a statutory committee which has delegated functions or decision-making powers in respect of the parent organisation only" (NHS Providers). So the ICB decides through a committee of its own, with powers the board delegated to it; if the bodies in fact decide jointly, the arrangement is a joint committee. Good practice from commentary: information.',
      incorrect: `${HEAD}joint_working:
  arrangements:
    - {id: elective-cic, type: committees_in_common, parties: [{name: Example Hospitals NHS FT, org_type: foundation_trust}, {name: NHS Example ICB, org_type: icb}], functions: [elective recovery], reports_to: [icb-board]}
`,
      correct: `${HEAD}board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
committees:
  - {id: system-planning, name: System Planning Committee, type: other, chair: jane-smith, reports_to: icb-board}
joint_working:
  arrangements:
    - {id: elective-cic, type: committees_in_common, parties: [{name: Example Hospitals NHS FT, org_type: foundation_trust}, {name: NHS Example ICB, org_type: icb}], icb_committee: system-planning, functions: [elective recovery], reports_to: [icb-board]}
`,
      howToFix: 'Name the ICB committee that meets in common (`icb_committee`) and make sure the board has delegated the functions to it; or, if the bodies decide jointly, record the arrangement as a `joint_committee`.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    for (const a of arrangementsOfType(icb, 'committees_in_common')) {
      if (text(a.icb_committee) || linkGiven(a.terms_of_reference) || linkGiven(a.recorded_in) || linkGiven(icb.joint_working?.recorded_in)) continue;
      ctx.report({
        message: `${capitalise(arrangementLabel(a))} does not name the ICB's own committee that meets in common (\`icb_committee\`). In committees in common each organisation decides through its own committee, for itself only (Mills & Reeve; NHS Providers): name the ICB committee and make sure the board delegated the functions to it, or record the arrangement as a \`joint_committee\` if the bodies decide jointly.`,
        at: arrangementAnchor(a),
      });
    }
  },
});
