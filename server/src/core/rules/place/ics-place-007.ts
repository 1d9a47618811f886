import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { ACT_65Z5, NOTTS } from './citations';
import { capitalise, icbLabel, placeViews, present } from './system';

/** Bodies that may form a joint committee with an ICB (ss.65Z5/65Z6 arrangements). */
export const PERMITTED_ORG_TYPES: ReadonlySet<string> = new Set([
  'icb',
  'other_icb',
  'nhs_england',
  'nhs_trust',
  'foundation_trust',
  'local_authority',
  'combined_authority',
  'other_prescribed_body',
]);

export default defineRule({
  meta: {
    id: 'ICS-PLACE-007',
    slug: 'place-joint-committee-members',
    title: 'A place joint committee includes the ICB and only bodies permitted to form joint committees with it.',
    section: '7. Place-based partnerships',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...NOTTS, provision: 'joint committees of the ICB: permitted members' },
      { ...ACT_65Z5, provision: 'sections 65Z5 and 65Z6 (joint working and delegation arrangements)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: true,
    docs: {
      description:
        'For a place governed by a joint committee (`governance_model` includes `joint_committee`, or a `joint_committee` block is given) that lists its members here rather than naming a joint working arrangement (`joint_committee.arrangement`, checked by ICS-DEL-004), checks that its members are listed, that each has an `org_type` from the permitted set (icb, other_icb, nhs_england, nhs_trust, foundation_trust, local_authority, combined_authority, other_prescribed_body — not `other`), that the ICB is one of them and that at least one other body sits with it.',
      rationale:
        'A joint committee is how the ICB exercises functions jointly with other bodies under NHS Act 2006 ss.65Z5 and 65Z6. As ICB governance handbooks describe it (e.g. Nottingham and Nottinghamshire), such a committee may include only the ICB and one or more of another ICB, NHS England, an NHS trust or foundation trust, a local authority, a combined authority or another prescribed body. Other organisations may attend but cannot be members. The Act (sections 65Z5 and 65Z6, read in the Health and Care Act 2022 as enacted) lets a "relevant body" (NHS England, an ICB, an NHS trust, an NHS foundation trust or a prescribed body) exercise functions jointly with a relevant body, "a local authority (within the meaning of section 2B)" or "a combined authority", and those bodies "may ... arrange for the function to be exercised by a joint committee of theirs" (s.65Z6(2)(a)). It stays a warning: whether a place\'s "joint committee" is a section 65Z6 committee exercising the ICB\'s functions is a fact the document may not show.',
      changes: [
        'Issue 10: sections 65Z5 and 65Z6 were read and are quoted (confidence V, was U); the permitted bodies match the rule. Severity unchanged.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    governance_model: [joint_committee]
    joint_committee:
      members:
        - {name: NHS Example Integrated Care Board, org_type: icb}
        - {name: Example Voluntary Action, org_type: other}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    governance_model: [joint_committee]
    joint_committee:
      members:
        - {name: NHS Example Integrated Care Board, org_type: icb}
        - {name: Example City Council, org_type: local_authority}
`,
      howToFix:
        'List the joint committee\'s members with their `org_type`; include the ICB; move organisations that are not permitted bodies to attendance or to the wider place partnership (`members`).',
    },
  },
  check(ctx) {
    for (const pv of placeViews(ctx)) {
      const p = pv.place;
      const who = capitalise(pv.label);
      const jointModel = present(p.governance_model).includes('joint_committee');
      if (!jointModel && !p.joint_committee) continue;
      // A joint committee recorded as a joint working arrangement is checked there (ICS-DEL-004).
      if (text(p.joint_committee?.arrangement)) continue;
      const members = items(p.joint_committee?.members);
      if (members.length === 0) {
        ctx.report({
          message: `${who} is governed by a joint committee but does not list its members (\`joint_committee.members\`). Only the ICB and permitted bodies (NHS England, another ICB, NHS trusts and foundation trusts, local and combined authorities, other prescribed bodies) may be members of a joint committee (NHS Act 2006 ss.65Z5/65Z6, as described in ICB governance handbooks).`,
          at: p.joint_committee?.loc ?? p.governance_model?.loc ?? pv.anchor,
        });
        continue;
      }
      for (const m of members) {
        const type = text(m.org_type);
        const name = text(m.name) ?? 'A member';
        if (type === undefined) {
          ctx.report({
            message: `${name}, a member of the joint committee for ${pv.label}, has no \`org_type\`: say what kind of body it is, so it can be checked against the bodies permitted to form joint committees with the ICB (NHS Act 2006 ss.65Z5/65Z6).`,
            at: m.loc,
          });
        } else if (!PERMITTED_ORG_TYPES.has(type) && type === 'other') {
          // Other values outside the schema's list are reported by the schema.
          ctx.report({
            message: `${name} may not be a member of the joint committee for ${pv.label}: only the ICB, another ICB, NHS England, NHS trusts and foundation trusts, local authorities, combined authorities and other prescribed bodies may form a joint committee with the ICB (NHS Act 2006 ss.65Z5/65Z6, as described in ICB governance handbooks). It can attend, or join the wider place partnership.`,
            at: m.org_type?.loc ?? m.loc,
          });
        }
      }
      if (!members.some((m) => text(m.org_type) === 'icb')) {
        const name = pv.owner ? icbLabel(pv.owner.model) : 'TODO';
        const edit = ctx.editor.addAtPath([...pv.path, 'joint_committee', 'members'], [{ name, org_type: 'icb' }]);
        ctx.report({
          message: `The joint committee for ${pv.label} does not include the ICB (no member with \`org_type: icb\`). A joint committee is a way for the ICB to exercise functions jointly with other bodies (NHS Act 2006 ss.65Z5/65Z6): the ICB must be a member.`,
          at: p.joint_committee?.members?.loc ?? pv.anchor,
          fixes: edit ? [{ title: `Add the ICB${pv.owner ? ` (${name})` : ''} as a member`, safe: false, edits: [edit] }] : undefined,
        });
      } else if (members.length === 1) {
        ctx.report({
          message: `The joint committee for ${pv.label} has only the ICB as a member. A joint committee brings the ICB together with at least one other permitted body (NHS Act 2006 ss.65Z5/65Z6): add the council or provider it works with, or record the model as an ICB committee (icb_committee).`,
          at: p.joint_committee?.members?.loc ?? pv.anchor,
        });
      }
    }
  },
});
