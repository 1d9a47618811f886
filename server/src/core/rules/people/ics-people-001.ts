import { text } from '../../model/query';
import { defineRule } from '../framework';
import { WPC_STAT } from './citations';
import { SECTION } from './shared';

export default defineRule({
  meta: {
    id: 'ICS-PEOPLE-001',
    slug: 'people-engagement-strategy',
    title: 'The ICB has a published system-wide strategy for working with people and communities.',
    section: SECTION,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      {
        ...WPC_STAT,
        provision: "successor (2022) to NHS England's ICS implementation guidance on working with people and communities (September 2021), which expected a system-wide strategy by April 2022",
        confidence: 'I',
      },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `people_and_communities.strategy` exists and says where the strategy is published (`url`, or `path` in this repository).',
      rationale:
        "NHS England's ICS implementation guidance on working with people and communities (September 2021) expected every ICB to have a system-wide strategy for engaging with people and communities by April 2022. The statutory guidance Working in partnership with people and communities (2022) carries that expectation forward. A strategy that is not published cannot be held to account.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
people_and_communities:
  principles_adopted: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
people_and_communities:
  strategy: {url: https://example.nhs.uk/engagement-strategy, published_on: 2022-04-01}
  principles_adopted: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
`,
      howToFix: 'Add `people_and_communities.strategy` with the address of the published strategy (`url`) and the date it was published (`published_on`).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const pc = icb.people_and_communities;
    const strategy = pc?.strategy;
    if (!strategy) {
      const edit = ctx.editor.addAtPath(['people_and_communities', 'strategy'], { path: 'TODO' });
      ctx.report({
        message:
          "No system-wide strategy for working with people and communities is recorded. NHS England's ICS implementation guidance (September 2021) expected every ICB to have one by April 2022, and the statutory guidance Working in partnership with people and communities (2022) builds on it: add `people_and_communities.strategy` with where it is published.",
        at: pc?.loc ?? ctx.documentAnchor,
        fixes: edit ? [{ title: 'Add the engagement strategy (where published, to fill in)', safe: false, edits: [edit] }] : undefined,
      });
      return;
    }
    if (!text(strategy.url) && !text(strategy.path)) {
      const edit = ctx.editor.setAtPath(['people_and_communities', 'strategy', 'path'], 'TODO');
      ctx.report({
        message:
          "The strategy for working with people and communities does not say where it is published. People and communities can only hold the ICB to a strategy they can read: give its `url` (or its `path` in this repository). Source: NHS England's ICS implementation guidance on working with people and communities (September 2021).",
        at: strategy.loc,
        fixes: edit ? [{ title: 'Add where the strategy is published (to fill in)', safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
