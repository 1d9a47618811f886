import { defineRule } from '../framework';
import { LGPIHA_116ZA, THRIVING_PLACES } from '../citations';
import { lookupIcb } from './system';

export default defineRule({
  meta: {
    id: 'ICS-SYS-003',
    slug: 'checked-without-its-icb',
    title: "A partnership or place file is checked together with its ICB's constitution.",
    section: '7. Place-based partnerships',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...LGPIHA_116ZA, provision: 'section 116ZA(1) (the partnership is established by the ICB and the councils of its area)' },
      { ...THRIVING_PLACES, provision: "place-based partnerships within an ICB's system" },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership', 'place-partnership'],
    crossDocument: true,
    fixable: false,
    docs: {
      description:
        "Notes, once, that a partnership or place file was checked without the constitution of the ICB it names (`icb:`): the rules that compare it with its ICB — who must set up the partnership and appoint to it (ICS-ICP-001, ICS-ICP-002), the place's councils and reporting lines (ICS-SYS-002, ICS-PLACE-004) — could not run. The note is the same whether the file is checked alone or beside other ICBs' constitutions. An id that is a near miss of an ICB among the documents is a typo, reported by ICS-ICP-001 or ICS-SYS-002 instead.",
      rationale:
        "An integrated care partnership is established by the ICB and the responsible local authorities of the ICB's area (section 116ZA(1) of the Local Government and Public Involvement in Health Act 2007), and a place-based partnership works within its ICB's system (\"Thriving places\", 2021): much of what makes these files right is a fact of the ICB's constitution. Checked without it, the file's own content is still checked, and this note says what was not.",
      incorrect: `kind: integrated-care-partnership
version: 1
icb: nhs-elsewhere
name: Elsewhere Integrated Care Partnership
established_by: [icb, Elsewhere County Council]
`,
      correct: `kind: integrated-care-partnership
version: 1
name: Exampleshire Integrated Care Partnership
established_by: [icb, Exampleshire County Council]
`,
      howToFix:
        "Check the file together with its ICB's constitution (the same folder, or the same workspace in the editor): `ics-check path/to/folder`. If the id is wrong, correct `icb:` to the ICB's `icb.id`.",
    },
  },
  check(ctx) {
    const ref = ctx.icp?.icb ?? ctx.place?.icb;
    const lookup = lookupIcb(ctx, ref);
    if (lookup.kind !== 'alone') return;
    const what = ctx.icp ? 'partnership' : 'place partnership';
    const rules = ctx.icp ? 'who must set up and appoint to the partnership (ICS-ICP-001, ICS-ICP-002)' : "the place's councils and reporting lines (ICS-SYS-002, ICS-PLACE-004)";
    ctx.report({
      message: `This ${what} names the ICB \`${lookup.id}\`, whose constitution was not checked with it, so ${rules} could not be compared with the ICB's constitution. Check the file together with that constitution to check them.`,
      at: lookup.ref.loc,
    });
  },
});
