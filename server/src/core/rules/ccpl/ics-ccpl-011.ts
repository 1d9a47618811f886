import { definePrincipleRule } from './principles';

export default definePrincipleRule({
  id: 'ICS-CCPL-011',
  slug: 'ccpl-principle-2-shared-learning',
  title: 'Principle 2: a culture of shared learning, collaboration and innovation, working alongside patients and communities, with evidence and an owner.',
  principle: 2,
  docs: {
    description:
      'Checks that `clinical_and_care_professional_leadership.principles` has an entry with `number: 2` whose `owner` is a board member id, with evidence: the entry\'s `evidence`, or the section\'s `learning_mechanisms` text. A `learning_mechanisms` text alone is not enough — only a `principles` entry names the board member who answers for the principle.',
    rationale:
      "NHS England and NHS Improvement's ICS implementation guidance on effective clinical and care professional leadership (September 2021) sets five design principles. The second is to create a culture of shared learning, collaboration and innovation, working alongside patients and local communities. The NHS Confederation's engagement that informed the guidance found participants surprised that patients, as experts by experience, were missing from the draft principles. A principle without evidence and an accountable board member is hard to assure.",
    incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical}
clinical_and_care_professional_leadership:
  learning_mechanisms: "Learning sets across professions; patient and carer partners co-design every clinical pathway review"
`,
    correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical}
clinical_and_care_professional_leadership:
  learning_mechanisms: "Learning sets across professions; patient and carer partners co-design every clinical pathway review"
  principles:
    - {number: 2, owner: ruth-ode}
`,
    howToFix:
      'Add a `principles` entry `{number: 2, evidence: "…", owner: <board member id>}` describing how clinical and care professionals learn together and with patients and communities; the evidence may instead go in `learning_mechanisms`.',
  },
});
