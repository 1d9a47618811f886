import { defineRule } from '../framework';
import { firstLoc, items, text } from '../../model/query';
import { HEALTH_FOUNDATION, WY_NEWS } from '../citations';
import { SECTION_10, addUnder } from '../statutory/helpers';

export default defineRule({
  meta: {
    id: 'ICS-REV-001',
    slug: 'provider-collaboratives-named',
    title: 'The provider collaboratives the ICB works with are named, with their relationship to the ICB.',
    section: SECTION_10,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...HEALTH_FOUNDATION, provision: 'provider collaborative members on ICB boards' },
      { ...WY_NEWS, provision: 'acute, mental health and community provider collaboratives' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `provider_collaboratives` names at least one collaborative, each with its `relationship` to the ICB.',
      rationale:
        "NHS trusts work together in provider collaboratives, and ICBs delegate work to them or give them a voice on the board (the Health Foundation; West Yorkshire's acute, mental health and community collaboratives). Naming them and their relationship shows reviewers where decisions are shared.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
provider_collaboratives:
  - {name: Example Acute Provider Collaborative}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
provider_collaboratives:
  - {name: Example Acute Provider Collaborative, relationship: Delivers elective recovery under an agreement with the ICB.}
`,
      howToFix: 'List each provider collaborative under `provider_collaboratives` with its `name` and, in plain words, its `relationship` to the ICB.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const pcs = items(icb.provider_collaboratives);
    if (pcs.length === 0) {
      const edit = ctx.editor.addAtPath(['provider_collaboratives'], [{ name: 'TODO', relationship: 'TODO' }]);
      ctx.report({
        message:
          'The constitution names no provider collaboratives. Reviewers expect the collaboratives the ICB works with to be named with their relationship to it, e.g. a collaborative member on the board or delegated commissioning (the Health Foundation; West Yorkshire ICB): list them under `provider_collaboratives`.',
        at: firstLoc(icb.provider_collaboratives, icb.kind) ?? ctx.documentAnchor,
        fixes: edit ? [{ title: 'Add a provider collaborative (to fill in)', safe: false, edits: [edit] }] : undefined,
      });
      return;
    }
    for (const pc of pcs) {
      if (text(pc.relationship)) continue;
      const edit = addUnder(ctx, pc.loc, ['relationship'], 'TODO');
      ctx.report({
        message: `${text(pc.name) ?? 'This provider collaborative'} is named without its relationship to the ICB. Say in plain words how it relates to the ICB, e.g. "member on the board" or "delegated mental health commissioning" (the Health Foundation; West Yorkshire ICB).`,
        at: pc.name?.loc ?? pc.loc,
        fixes: edit ? [{ title: 'Add the relationship (to fill in)', safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
