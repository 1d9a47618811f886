import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { DACB_PCN, KF_PCN } from './citations';
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
    citations: [KF_PCN, DACB_PCN],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: false,
    docs: {
      description: 'Notes a neighbourhood (`neighbourhoods[]` of a place) whose `population` is below 30,000 or above 50,000.',
      rationale:
        'Neighbourhoods are usually drawn around primary care networks. NHS England\'s Long Term Plan (2019) set those at "30–50,000" people (The King\'s Fund) — "typically serving local communities of around 30,000 to 50,000" (DAC Beachcroft); NHS England\'s own text was not read, so the figures are as these two summaries report them. Many networks are larger, so this is a hint: a figure far outside the range may be a typing slip, or a neighbourhood that is really a place.',
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
      changes: [
        'Sources (issue 10): the page "System, places and neighbourhood" (Neural) could not be found again; the 30,000–50,000 scale of primary care networks is now cited from The King\'s Fund and DAC Beachcroft, both read, which report NHS England\'s Long Term Plan. It stays a hint.',
      ],
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
          message: `The neighbourhood ${name ? `"${name}" ` : ''}in ${pv.label} serves ${fmt(v)} people, ${v < NBH_MIN ? 'fewer' : 'more'} than neighbourhoods typically do (${fmt(NBH_MIN)} to ${fmt(NBH_MAX)}, the scale of a primary care network, as NHS England's Long Term Plan set them). Check the figure; this is a hint, not a requirement.`,
          at: pop.loc,
        });
      }
    }
  },
});
