import { defineRule } from '../framework';
import { firstLoc, values } from '../../model/query';
import { ACT_SCH1B_P1, MR_SCH2 } from '../citations';
import { SECTION_1 } from './helpers';

export const PRIVATE_HEALTHCARE = 'private_healthcare_independence';

export default defineRule({
  meta: {
    id: 'ICS-BOARD-004',
    slug: 'prohibits-appointments-undermining-independence',
    title: 'The constitution prohibits appointments that could undermine the independence of the health service, for example through involvement with private healthcare.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [
      { ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 4' },
      { ...MR_SCH2, provision: 'the Commons report stage amendment (November 2021)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `appointments.disqualifications` includes `private_healthcare_independence`.',
      rationale:
        "Schedule 1B paragraph 4 to the NHS Act 2006 says the constitution must prohibit the appointment of a member who could reasonably be regarded as undermining the independence of the health service because of their involvement with the private healthcare sector or otherwise. It was added at the Commons report stage in November 2021.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
appointments:
  disqualifications: [member_of_parliament]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
appointments:
  disqualifications: [member_of_parliament, private_healthcare_independence]
`,
      howToFix: 'Add `private_healthcare_independence` to `appointments.disqualifications`, and keep the matching clause in the constitution text.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const listed = values(icb.appointments?.disqualifications);
    if (listed.includes(PRIVATE_HEALTHCARE)) return;
    const edit = ctx.editor.addAtPath(['appointments', 'disqualifications'], [PRIVATE_HEALTHCARE]);
    ctx.report({
      message:
        "The constitution does not prohibit appointments that could reasonably be regarded as undermining the independence of the health service because of involvement with the private healthcare sector or otherwise. Schedule 1B paragraph 4 of the NHS Act 2006 requires this prohibition: add `private_healthcare_independence` to `appointments.disqualifications`.",
      at: firstLoc(icb.appointments?.disqualifications, icb.appointments, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: 'Add the private healthcare independence disqualification', safe: true, edits: [edit] }] : undefined,
    });
  },
});
