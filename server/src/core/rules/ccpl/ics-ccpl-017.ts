import { defineRule } from '../framework';
import { SECTION, ccplOf, items, text } from './shared';
import { STAFFS_CCPL, ccplGuidance } from './citations';

/** Names compared without case, punctuation, "the" or "and"/"&". */
function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w && w !== 'the' && w !== 'and')
    .join(' ');
}

export default defineRule({
  meta: {
    id: 'ICS-CCPL-017',
    slug: 'ccpl-forums-not-duplicated',
    title: 'Clinical and care professional forums do not duplicate each other or existing networks.',
    section: SECTION,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      ccplGuidance('avoid duplicating existing clinical and care professional network arrangements'),
      { ...STAFFS_CCPL, provision: 'one senate at system level, assemblies at place' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Looks at `clinical_and_care_professional_leadership.forums` and reports a forum listed twice under the same name, and a second forum at system level (one system-wide forum, such as a health and care senate, with forums at place, is the usual shape). It cannot see networks outside the constitution, so it only flags duplication within the list.',
      rationale:
        "NHS England and NHS Improvement's guidance on clinical and care professional leadership (September 2021) asks systems to avoid duplicating existing clinical and care professional network arrangements; NHS Providers welcomed that point. Staffordshire and Stoke-on-Trent, for example, has one health and care senate for the system and assemblies at place. Two system-wide forums for the same professionals risk splitting their voice and time.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
clinical_and_care_professional_leadership:
  forums:
    - {name: Health and Care Senate, level: system}
    - {name: Clinical Leaders Council, level: system}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
clinical_and_care_professional_leadership:
  forums:
    - {name: Health and Care Senate, level: system}
    - {name: Example City Clinical and Care Assembly, level: place}
`,
      howToFix:
        'Merge forums that bring together the same professionals at the same level, or say in the framework how they differ. If two system-level forums have clearly different purposes, suppress the finding with a reason.',
    },
  },
  check(ctx) {
    const forums = items(ccplOf(ctx.icb!)?.forums);
    const seenName = new Map<string, (typeof forums)[number]>();
    let firstSystem: (typeof forums)[number] | undefined;
    for (const forum of forums) {
      const name = text(forum.name);
      const key = name ? normalise(name) : '';
      const level = text(forum.level);
      const earlier = key ? seenName.get(key) : undefined;
      if (earlier) {
        ctx.report({
          message: `The forum "${name}" is listed twice. NHS England's guidance on clinical and care professional leadership (September 2021) asks systems not to duplicate clinical and care professional networks: keep one entry, or give each forum a name that says how it differs.`,
          at: forum.loc,
          related: [{ message: 'first listed here', at: earlier.loc }],
        });
      } else if (level === 'system' && firstSystem) {
        ctx.report({
          message: `"${name ?? 'This forum'}" is a second system-level forum for clinical and care professionals, beside "${text(firstSystem.name) ?? 'another'}". NHS England's guidance on clinical and care professional leadership (September 2021) asks systems to avoid duplicating existing networks: check the two do not bring the same professionals together for the same purpose, and merge them or say how they differ.`,
          at: forum.loc,
          related: [{ message: 'first system-level forum', at: firstSystem.loc }],
        });
      }
      if (key && !earlier) seenName.set(key, forum);
      if (level === 'system' && !firstSystem) firstSystem = forum;
    }
  },
});
