import type { PlacePartnership } from '../../model/kinds';
import type { RuleContext } from '../framework';
import { indexInList, items, text } from './shared';
import { definePrincipleRule } from './principles';

/**
 * Principle 1: clinical and care professionals in decision-making at every level of the ICS.
 * Besides the `principles` entry, each place — inline under `places`, or a place-partnership
 * file — must name its clinical and care professional leads: place is the level the guidance
 * and the NHS Confederation engagement stress most.
 */
export default definePrincipleRule({
  id: 'ICS-CCPL-010',
  slug: 'ccpl-principle-1-every-level',
  title: 'Principle 1: clinical and care professionals are integrated into decision-making at every level of the ICS, with evidence and an owner, and every place names its clinical and care professional leads.',
  principle: 1,
  appliesTo: ['icb-constitution', 'place-partnership'],
  docs: {
    description:
      'Checks that `clinical_and_care_professional_leadership.principles` has an entry with `number: 1`, with `evidence` and an `owner` who is a board member; and that every place (under `places`, or in a place-partnership file) names at least one clinical and care professional lead under `leadership.clinical_and_care_professional_leads`.',
    rationale:
      "NHS England and NHS Improvement's ICS implementation guidance on effective clinical and care professional leadership (September 2021) sets five design principles. The first is to integrate clinical and care professionals in decision-making at every level of the ICS — system, place, neighbourhood and provider collaboratives. The NHS Confederation's engagement that informed the guidance stressed the primacy of place. A principle without evidence and an accountable board member is hard to assure.",
    incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical}
places:
  - id: example-city
    name: Example City
    leadership:
      convenor: {name: Lou Grey, organisation: Example City Council}
`,
    correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical}
places:
  - id: example-city
    name: Example City
    leadership:
      clinical_and_care_professional_leads:
        - {name: Dr Ada Vale, profession: general_practice}
        - {name: Kim Noor, profession: social_work}
clinical_and_care_professional_leadership:
  principles:
    - {number: 1, evidence: "Clinical and care leads sit on every place committee", owner: ruth-ode}
`,
    howToFix:
      'Add a `principles` entry `{number: 1, evidence: "…", owner: <board member id>}` saying how clinical and care professionals take part in decisions at system, place and neighbourhood level, and name the clinical and care professional leads of every place.',
  },
  also(ctx) {
    if (ctx.icb) {
      const places = ctx.icb.places;
      for (const place of items(places)) {
        const index = indexInList(places, place);
        if (index >= 0) checkPlaceLeads(ctx, place, ['places', index]);
      }
    } else if (ctx.place) {
      checkPlaceLeads(ctx, ctx.place, []);
    }
  },
});

type PlaceLike = Pick<PlacePartnership, 'id' | 'name' | 'leadership' | 'loc'>;

function checkPlaceLeads(ctx: RuleContext, place: PlaceLike, path: (string | number)[]): void {
  if (items(place.leadership?.clinical_and_care_professional_leads).length > 0) return;
  const label = text(place.name) ?? text(place.id) ?? 'This place';
  const edit = ctx.editor.addAtPath([...path, 'leadership', 'clinical_and_care_professional_leads'], [{ name: 'TODO' }]);
  ctx.report({
    message: `${label} names no clinical and care professional leads. Principle 1 of NHS England's guidance on clinical and care professional leadership (September 2021) asks for clinical and care professionals in decision-making at every level of the ICS, place included: name the leads who take part in the place's decisions under \`leadership.clinical_and_care_professional_leads\`, with their profession.`,
    at: place.leadership?.clinical_and_care_professional_leads?.loc ?? place.leadership?.loc ?? (path.length > 0 ? place.loc : ctx.documentAnchor),
    fixes: edit ? [{ title: `Add a clinical and care professional lead for ${label} (to fill in)`, safe: false, edits: [edit] }] : undefined,
  });
}
