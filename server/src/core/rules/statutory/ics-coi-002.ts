import { defineRule } from '../framework';
import { firstLoc, values } from '../../model/query';
import { HANSARD_AM9, HNY_COI, SNEE_COI } from '../citations';
import { SECTION_1 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-COI-002',
    slug: 'conflicts-cover-committee-members',
    title: 'The conflicts of interest arrangements cover committee members as well as board members.',
    section: SECTION_1,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...HNY_COI, provision: 'the policy applies to members, committees and staff' },
      { ...SNEE_COI, provision: 'the policy applies to members, committees and staff' },
      { ...HANSARD_AM9, provision: 'amendment 9: conflicts of members of commissioning sub-committees (outcome not confirmed)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `conflicts_of_interest.applies_to` includes `committee_members`.',
      rationale:
        'The ICB conflicts policies read (Humber and North Yorkshire; Suffolk and North East Essex) apply to board members, committee and sub-committee members and staff alike; a Lords amendment in March 2022 sought the same for commissioning sub-committees. People who are not board members take decisions in committees too.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  applies_to: [board_members, employees]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  applies_to: [board_members, committee_members, employees]
`,
      howToFix: 'Add `committee_members` (and `sub_committee_members`) to `conflicts_of_interest.applies_to`, and make sure the policy says so.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const coi = icb.conflicts_of_interest;
    if (values(coi?.applies_to).includes('committee_members')) return;
    const edit = ctx.editor.addAtPath(['conflicts_of_interest', 'applies_to'], ['committee_members']);
    ctx.report({
      message: coi?.applies_to
        ? 'The conflicts of interest arrangements do not cover committee members. ICB conflicts policies apply to committee and sub-committee members as well as board members, because people who are not board members take decisions in committees too: add `committee_members` to `conflicts_of_interest.applies_to`.'
        : 'The constitution does not say whom the conflicts of interest arrangements cover. They should cover committee and sub-committee members as well as board members: add `conflicts_of_interest.applies_to` with `committee_members`.',
      at: firstLoc(coi?.applies_to, coi, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: 'Cover committee members (check the policy says so)', safe: false, edits: [edit] }] : undefined,
    });
  },
});
