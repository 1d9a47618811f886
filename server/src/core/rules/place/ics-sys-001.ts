import { defineRule } from '../framework';
import { NHSP_SIZE, SUSSEX_SIZE } from './citations';
import { fmt } from './ics-place-009';

export const SYSTEM_MIN = 500_000;
export const SYSTEM_MAX = 3_000_000;

export default defineRule({
  meta: {
    id: 'ICS-SYS-001',
    slug: 'system-population-typical',
    title: 'An ICB\'s area typically has 500,000 to 3 million people (a heuristic).',
    section: '7. Place-based partnerships',
    sourceKind: 'heuristic',
    severity: 'hint',
    citations: [
      { ...NHSP_SIZE, provision: 'systems of 600,000 to 3 million people' },
      { ...SUSSEX_SIZE, provision: 'ICB chief executive recruitment pack (2021): 500,000 to 3 million' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description: 'Notes an ICB whose `icb.area.population` is below 500,000 or above 3,000,000.',
      rationale:
        'NHS Providers describes systems of 600,000 to 3 million people, and the 2021 ICB chief executive recruitment pack said 500,000 to 3 million. The "about a million" sometimes quoted is a midpoint, not a norm. A figure outside the range may be a slip (a place\'s population entered for the system), or reflect a merger or cluster worth noting.',
      incorrect: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area: {population: 320000}
`,
      correct: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area: {population: 1150000}
`,
      changes: [
        'Sources (issue 10): the page "System, places and neighbourhood" (Neural) could not be found again and is no longer cited; the range rests on NHS Providers and the 2021 ICB chief executive recruitment, both read. It stays a hint.',
      ],
      howToFix: 'Check the population figure; if it is right, the size is a fact of the ICB\'s establishment — suppress the hint with a reason.',
    },
  },
  check(ctx) {
    const pop = ctx.icb!.icb?.area?.population;
    if (!pop) return;
    const v = pop.value;
    if (v >= SYSTEM_MIN && v <= SYSTEM_MAX) return;
    ctx.report({
      message: `The ICB's area has ${fmt(v)} people, ${v < SYSTEM_MIN ? 'fewer' : 'more'} than integrated care systems typically serve (${fmt(SYSTEM_MIN)} to ${fmt(SYSTEM_MAX)}: NHS Providers; ICB chief executive recruitment, 2021). Check the figure; this is a hint, not a requirement.`,
      at: pop.loc,
    });
  },
});
