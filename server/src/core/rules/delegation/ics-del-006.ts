import { defineRule } from '../framework';
import { items, text, values } from '../../model/query';
import { arrangementLabel, arrangementsOfType } from '../../model/governance';
import { capitalise, listText } from '../committees/helpers';
import { ACT_75, DHSC_S75, SECTION_11, SI_2000_617 } from './citations';
import { arrangementAnchor, detailsByReference } from './shared';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-DEL-006',
    slug: 'section-75-agreement-recorded',
    title: 'A section 75 agreement is recorded with its partners, its functions and, for a pooled fund, the host, the contributions and the review date.',
    section: SECTION_11,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [ACT_75, SI_2000_617, DHSC_S75],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Checks each `joint_working.arrangements[]` entry of `type: section_75`: when every party states its `org_type`, one is a local authority or combined authority; and, unless the arrangement links its `agreement` or `recorded_in`, it lists its `parties` and `functions`, and a `pooled_fund` gives its `host`, the ICB\'s contribution or the total, and when the arrangement is reviewed (`review_by`).',
      rationale:
        'Section 75 of the NHS Act 2006 lets NHS bodies and local authorities make partnership arrangements (read in its 2007 text), and it is "the route through which the Better Care Fund (BCF) is delivered" (Department of Health and Social Care, 2024). The regulations require the partners\' pooled fund agreement to be in writing and to specify "the agreed aims and outcomes", "the contributions to be made to the pooled fund by each of the partners", the functions, and "the duration of the arrangements and provision for the review or variation or termination" (SI 2000/617 reg 7(3), read as made; amended since). Those bind the agreement, not the constitution, so recording them in the constitution is good practice: information.',
      incorrect: `${HEAD}joint_working:
  arrangements:
    - {id: bcf, type: section_75, basis: s75, parties: [{name: NHS Example ICB, org_type: icb}, {name: Exampleshire County Council, org_type: local_authority}], pooled_fund: {total_gbp: 98000000}, reports_to: [icb-board]}
`,
      correct: `${HEAD}joint_working:
  arrangements:
    - id: bcf
      type: section_75
      basis: s75
      parties: [{name: Exampleshire County Council, org_type: local_authority}, {name: NHS Example ICB, org_type: icb}]
      functions: [intermediate care, reablement]
      pooled_fund: {host: Exampleshire County Council, icb_contribution_gbp: 61000000}
      review_by: 2026-03
      reports_to: [icb-board]
`,
      howToFix: 'Record the partners (with a local authority among them), the functions, and for a pooled fund its host, the contributions and the review date; or link the section 75 `agreement` that holds them.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    for (const a of arrangementsOfType(icb, 'section_75')) {
      const what = arrangementLabel(a);
      const parties = items(a.parties);
      if (parties.length > 0 && parties.every((p) => text(p.org_type)) && !parties.some((p) => ['local_authority', 'combined_authority'].includes(text(p.org_type)!))) {
        ctx.report({
          message: `${capitalise(what)} is a section 75 arrangement, but none of its parties is a local authority. Section 75 of the NHS Act 2006 is for arrangements between NHS bodies and local authorities: add the council, or, between NHS bodies, record the arrangement under s.65Z5 (\`type: joint_committee\` or a delegation).`,
          at: a.parties!.loc,
        });
      }
      if (detailsByReference(icb, a)) continue;
      const missing: string[] = [];
      if (parties.length === 0) missing.push('its partners (`parties`)');
      if (values(a.functions).every((f) => f.trim() === '')) missing.push('the functions it covers (`functions`)');
      const fund = a.pooled_fund;
      if (fund) {
        if (!text(fund.host)) missing.push('the pooled fund\'s host (`pooled_fund.host`)');
        if (fund.icb_contribution_gbp === undefined && fund.total_gbp === undefined) missing.push('the contributions (`icb_contribution_gbp` or `total_gbp`)');
        if (!text(a.review_by)) missing.push('when it is reviewed (`review_by`)');
      }
      if (missing.length === 0) continue;
      ctx.report({
        message: `${capitalise(what)} does not record ${listText(missing)}. A section 75 pooled fund agreement must be in writing and specify the partners' contributions, the functions, and provision for review (SI 2000/617 reg 7(3)): record them, or link the \`agreement\`.`,
        at: arrangementAnchor(a),
      });
    }
  },
});
