import { definePrincipleRule } from './principles';

export default definePrincipleRule({
  id: 'ICS-CCPL-013',
  slug: 'ccpl-principle-4-leadership-development',
  title: 'Principle 4: dedicated leadership development for all clinical and care professional leaders, with evidence and an owner.',
  principle: 4,
  docs: {
    description:
      'Checks that `clinical_and_care_professional_leadership.principles` has an entry with `number: 4` whose `owner` is a board member id, with evidence: the entry\'s `evidence`, or the section\'s `development_offer` text. A `development_offer` text alone is not enough — only a `principles` entry names the board member who answers for the principle.',
    rationale:
      "NHS England and NHS Improvement's ICS implementation guidance on effective clinical and care professional leadership (September 2021) sets five design principles. The fourth is to provide dedicated leadership development for all clinical and care professional leaders, recognising the different skills needed to work across organisational and professional boundaries. A principle without evidence and an accountable board member is hard to assure.",
    incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical}
clinical_and_care_professional_leadership:
  development_offer: "A system leadership programme open to every profession, with coaching and action learning sets"
`,
    correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical}
clinical_and_care_professional_leadership:
  development_offer: "A system leadership programme open to every profession, with coaching and action learning sets"
  principles:
    - {number: 4, owner: ruth-ode}
`,
    howToFix:
      'Add a `principles` entry `{number: 4, evidence: "…", owner: <board member id>}` describing the leadership development offered to leaders of every profession; the evidence may instead go in `development_offer`.',
  },
});
