import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { arrangementLabel, arrangementsOfType } from '../../model/governance';
import { capitalise } from '../committees/helpers';
import { PERMITTED_ORG_TYPES } from '../place/ics-place-007';
import { isIcbRef } from '../place/system';
import { NOTTS } from '../place/citations';
import { ACT_65Z5, SECTION_11 } from './citations';
import { arrangementAnchor } from './shared';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-DEL-004',
    slug: 'joint-committee-permitted-bodies',
    title: 'A joint committee of the ICB includes the ICB and only bodies that may form one with it.',
    section: SECTION_11,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...NOTTS, provision: 'joint committees with another ICB, NHS England, an NHS trust, NHS foundation trust, local authority, combined authority or any other prescribed body' },
      { ...ACT_65Z5, provision: 'sections 65Z5 and 65Z6 (joint exercise of functions; joint committees)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Checks the `parties` of each `joint_working.arrangements[]` entry of `type: joint_committee`: a party whose `org_type` is `other` may not be a member; and when every party states its `org_type`, one of them is the ICB (`icb`). A party without an `org_type` is not judged. ICS-PLACE-007 checks the joint committees of places the same way, with the same list of permitted bodies; a place whose `joint_committee` names an arrangement is checked here.',
      rationale:
        'Sections 65Z5 and 65Z6 of the NHS Act 2006 (read in the Health and Care Act 2022 as enacted) let a "relevant body" exercise functions jointly with another relevant body, a local authority or a combined authority, and arrange for them to be exercised by "a joint committee of theirs". ICB governance handbooks list who that can be: "another ICB, NHS England, an NHS trust, NHS foundation trust, local authority, combined authority or any other prescribed body" (Nottingham and Nottinghamshire ICB). Other organisations may attend, not decide. A warning (NHS England policy): whether a body is "prescribed" is a fact the document may not show, so only an explicit `other` is reported.',
      incorrect: `${HEAD}joint_working:
  arrangements:
    - id: care-homes-jc
      type: joint_committee
      parties: [{name: NHS Example ICB, org_type: icb}, {name: Example Care Homes Ltd, org_type: other}]
      functions: [care home support]
      reports_to: [icb-board]
`,
      correct: `${HEAD}joint_working:
  arrangements:
    - id: care-homes-jc
      type: joint_committee
      parties: [{name: NHS Example ICB, org_type: icb}, {name: Exampleshire County Council, org_type: local_authority}]
      functions: [care home support]
      reports_to: [icb-board]
`,
      howToFix: 'Keep only permitted bodies as parties (the ICB, another ICB, NHS England, NHS trusts and foundation trusts, local and combined authorities, other prescribed bodies); an organisation that is not one may attend. Add the ICB if it is missing.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    for (const a of arrangementsOfType(icb, 'joint_committee')) {
      const parties = items(a.parties);
      if (parties.length === 0) continue;
      const what = arrangementLabel(a);
      for (const p of parties) {
        if (text(p.org_type) !== 'other') continue;
        ctx.report({
          message: `${text(p.name) ?? 'A party'} (\`org_type: other\`) may not be a member of ${what}: only the ICB, another ICB, NHS England, NHS trusts and foundation trusts, local authorities, combined authorities and other prescribed bodies may form a joint committee with the ICB (NHS Act 2006 ss.65Z5 and 65Z6, as ICB governance handbooks list them). It can attend, or the arrangement can be recorded another way.`,
          at: p.org_type?.loc ?? p.loc,
        });
      }
      const typed = parties.every((p) => text(p.org_type) !== undefined && PERMITTED_ORG_TYPES.has(text(p.org_type)!) || text(p.org_type) === 'other');
      const hasIcb = parties.some((p) => text(p.org_type) === 'icb' || isIcbRef(text(p.name), icb));
      if (typed && !hasIcb) {
        ctx.report({
          message: `${capitalise(what)} is a joint committee of which the ICB is not a party (no party with \`org_type: icb\`). A joint committee is how the ICB exercises functions jointly with other bodies (NHS Act 2006 s.65Z6): add the ICB, or record the arrangement with another \`type\`.`,
          at: a.parties?.loc ?? arrangementAnchor(a),
        });
      }
    }
  },
});
