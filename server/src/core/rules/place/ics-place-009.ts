import { defineRule } from '../framework';
import { KF_PLACE } from './citations';
import { capitalise, placeViews } from './system';

export const PLACE_MIN = 250_000;
export const PLACE_MAX = 500_000;

export const fmt = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export default defineRule({
  meta: {
    id: 'ICS-PLACE-009',
    slug: 'place-population-typical',
    title: 'A place typically serves 250,000 to 500,000 people (a heuristic: sizes vary widely).',
    section: '7. Place-based partnerships',
    sourceKind: 'heuristic',
    severity: 'hint',
    citations: [
      { ...KF_PLACE, provision: 'around 175 place-based partnerships, typically 250,000–500,000 people, although this varies widely' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: false,
    docs: {
      description: 'Notes a place whose `population` is below 250,000 or above 500,000. Places without a population are not checked.',
      rationale:
        'The King\'s Fund counted about 175 place-based partnerships in 2022, typically covering 250,000 to 500,000 people, "although this varies widely". A place far outside that range is not wrong, but it is worth a second look: a very small place may lack the scale to hold delegated budgets; a very large one may be a system in all but name.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - {id: example-city, name: Example City, population: 90000}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - {id: example-city, name: Example City, population: 320000}
`,
      changes: [
        'Sources (issue 10): the page "System, places and neighbourhood" (Neural) could not be found again and is no longer cited; the range rests on The King\'s Fund, which was read.',
      ],
      howToFix: 'Check the population figure; if it is right, the size is a local choice — suppress the hint for this place with a reason.',
    },
  },
  check(ctx) {
    for (const pv of placeViews(ctx)) {
      const pop = pv.place.population;
      if (!pop) continue;
      const n = pop.value;
      if (n >= PLACE_MIN && n <= PLACE_MAX) continue;
      ctx.report({
        message: `${capitalise(pv.label)} serves ${fmt(n)} people, ${n < PLACE_MIN ? 'fewer' : 'more'} than places typically do (${fmt(PLACE_MIN)} to ${fmt(PLACE_MAX)}, according to The King's Fund — sizes vary widely). Check the figure; this is a hint, not a requirement.`,
        at: pop.loc,
      });
    }
  },
});
