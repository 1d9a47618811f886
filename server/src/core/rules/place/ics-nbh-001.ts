import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { NEURAL } from './citations';
import { placeViews } from './system';
import { fmt } from './ics-place-009';

export const NBH_MIN = 30_000;
export const NBH_MAX = 50_000;

export default defineRule({
  meta: {
    id: 'ICS-NBH-001',
    slug: 'neighbourhood-population-typical',
    title: 'A neighbourhood typically serves 30,000 to 50,000 people, the scale of a primary care network (a heuristic).',
    section: '7. Place-based partnerships',
    sourceKind: 'heuristic',
    severity: 'hint',
    citations: [{ ...NEURAL, provision: 'neighbourhoods of 30,000–50,000 people (PCN scale), after The King\'s Fund' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: false,
    docs: {
      description: 'Notes a neighbourhood (`neighbourhoods[]` of a place) whose `population` is below 30,000 or above 50,000.',
      rationale:
        'Neighbourhoods are usually drawn around primary care networks, which typically serve 30,000 to 50,000 people (Neural, following The King\'s Fund\'s framing of systems, places and neighbourhoods). A figure far outside that range may be a typing slip, or a neighbourhood that is really a place.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    neighbourhoods:
      - {name: City Centre, population: 150000}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    neighbourhoods:
      - {name: City Centre, population: 42000}
`,
      howToFix: 'Check the population figure; if it is right, the size is a local choice — suppress the hint with a reason.',
    },
  },
  check(ctx) {
    for (const pv of placeViews(ctx)) {
      for (const n of items(pv.place.neighbourhoods)) {
        const pop = n.population;
        if (!pop) continue;
        const v = pop.value;
        if (v >= NBH_MIN && v <= NBH_MAX) continue;
        const name = text(n.name);
        ctx.report({
          message: `The neighbourhood ${name ? `"${name}" ` : ''}in ${pv.label} serves ${fmt(v)} people, ${v < NBH_MIN ? 'fewer' : 'more'} than neighbourhoods typically do (${fmt(NBH_MIN)} to ${fmt(NBH_MAX)}, the scale of a primary care network, in The King's Fund's framing of systems, places and neighbourhoods). Check the figure; this is a hint, not a requirement.`,
          at: pop.loc,
        });
      }
    }
  },
});
