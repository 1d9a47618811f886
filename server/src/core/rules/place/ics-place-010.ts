import { defineRule } from '../framework';
import { items } from '../../model/query';
import { personOrPost } from '../../model/composition';
import { NHSCC_WHITE_PAPER } from './citations';
import { capitalise, placeViews } from './system';

export default defineRule({
  meta: {
    id: 'ICS-PLACE-010',
    slug: 'place-lay-member',
    title: 'A place partnership has at least one lay (non-executive) member, to support accountability at place.',
    section: '7. Place-based partnerships',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      {
        ...NHSCC_WHITE_PAPER,
        provision: '"Clarify the role of lay and non-executive membership": lay/non-executive member presence to support accountability "not only at ICS NHS body and health and care partnership but also at place level"',
      },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: true,
    docs: {
      description:
        'Checks that every place names at least one lay member (`lay_members[]` with a `name`, or — format 1.1 — identified by post with a `title`). Not in the rule catalogue\'s numbered list: added as ICS-PLACE-010 for the lay presence at place that NHS Clinical Commissioners asked guidance to secure.',
      rationale:
        'In its 2021 briefing on the Integration and Innovation white paper, NHS Clinical Commissioners (speaking for CCGs, whose governing bodies had lay members) asked that guidance secure a lay/non-executive member presence to support accountability not only on the ICB and the partnership but also at place level. Places increasingly take decisions about delegated budgets; a lay member brings an independent, public view to them. This is good practice, not a legal requirement.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    lay_members: []
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    lay_members: [{name: Chris Dale, role: lay member for patient and public involvement}]
`,
      howToFix: 'Name a lay member of the place partnership in `lay_members`, with the role they play (e.g. patient and public involvement).',
    },
  },
  check(ctx) {
    for (const pv of placeViews(ctx)) {
      const p = pv.place;
      // Named, or identified by post (format 1.1).
      const named = items(p.lay_members).filter((m) => personOrPost(m) !== undefined);
      if (named.length > 0) continue;
      const edit = ctx.editor.addAtPath([...pv.path, 'lay_members'], [{ name: 'TODO', role: 'lay member for patient and public involvement' }]);
      ctx.report({
        message: `${capitalise(pv.label)} has no lay member (\`lay_members\`). NHS Clinical Commissioners' 2021 briefing on the Integration and Innovation white paper asks for a lay/non-executive member presence to support accountability "also at place level".`,
        at: p.lay_members?.loc ?? pv.anchor,
        fixes: edit ? [{ title: 'Add a lay member (name to fill in)', safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
