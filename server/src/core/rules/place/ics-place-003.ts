import { defineRule } from '../framework';
import { items } from '../../model/query';
import { personOrPost } from '../../model/composition';
import { THRIVING_PLACES } from '../citations';
import { STAFFS_GOV } from './citations';
import { capitalise, placeViews, present } from './system';

export default defineRule({
  meta: {
    id: 'ICS-PLACE-003',
    slug: 'place-leadership',
    title: 'Each place identifies its leadership: who convenes it and, where individuals hold delegated functions, who they are.',
    section: '7. Place-based partnerships',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...STAFFS_GOV, provision: 'place leadership: convenor and holders of delegated functions (Thriving places)' },
      { ...THRIVING_PLACES, provision: 'leadership arrangements' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: true,
    docs: {
      description:
        'Checks that every place names its convenor (`leadership.convenor`: by `name`, or by post — `title` and `organisation` — in format 1.1), and that a place using individual delegation (`governance_model` includes `individual_delegation`) names who holds the delegated functions (`leadership.delegated_function_holders`, by name or by post).',
      rationale:
        '"Thriving places" (NHS England and NHS Improvement with the LGA, September 2021), as reproduced in ICB governance pages such as Staffordshire and Stoke-on-Trent\'s, asks each place to identify who convenes the place arrangement and which individuals hold delegated functions, so that partners and the public know who leads and who answers for decisions.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    governance_model: [individual_delegation]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    governance_model: [individual_delegation]
    leadership:
      convenor: {name: Lou Grey, organisation: Example City Council}
      delegated_function_holders:
        - {name: Director of Place, function: community services commissioning}
`,
      howToFix:
        'Add `leadership.convenor` with the convenor\'s name and organisation; where individuals hold delegated functions, list them in `leadership.delegated_function_holders` with the function each holds.',
    },
  },
  check(ctx) {
    for (const pv of placeViews(ctx)) {
      const p = pv.place;
      const who = capitalise(pv.label);
      const convenor = p.leadership?.convenor;
      // Identified by name or by post (format 1.1: `title`, with or without `organisation`).
      if (!personOrPost(convenor)) {
        const edit = convenor
          ? ctx.editor.addAtPath([...pv.path, 'leadership', 'convenor', 'name'], 'TODO')
          : ctx.editor.addAtPath([...pv.path, 'leadership', 'convenor'], { name: 'TODO', organisation: 'TODO' });
        ctx.report({
          message: `${who} does not name who convenes it (\`leadership.convenor\`). "Thriving places" (NHS England and NHS Improvement with the LGA, 2021) asks each place to identify who convenes the place arrangement.`,
          at: convenor?.loc ?? p.leadership?.loc ?? pv.anchor,
          fixes: edit ? [{ title: 'Add the convenor (name to fill in)', safe: false, edits: [edit] }] : undefined,
        });
      }
      if (present(p.governance_model).includes('individual_delegation')) {
        const holders = items(p.leadership?.delegated_function_holders).filter((h) => personOrPost(h) !== undefined);
        if (holders.length === 0) {
          const edit = ctx.editor.addAtPath([...pv.path, 'leadership', 'delegated_function_holders'], [{ name: 'TODO', function: 'TODO' }]);
          ctx.report({
            message: `${who} is governed through individual delegation but does not say who holds the delegated functions (\`leadership.delegated_function_holders\`). "Thriving places" (NHS England and NHS Improvement with the LGA, 2021) asks each place to identify which individuals hold delegated functions.`,
            at: p.leadership?.delegated_function_holders?.loc ?? p.governance_model?.loc ?? pv.anchor,
            fixes: edit ? [{ title: 'Add a holder of delegated functions (name and function to fill in)', safe: false, edits: [edit] }] : undefined,
          });
        }
      }
    }
  },
});
