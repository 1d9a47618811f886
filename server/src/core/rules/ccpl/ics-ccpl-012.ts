import { definePrincipleRule } from './principles';

export default definePrincipleRule({
  id: 'ICS-CCPL-012',
  slug: 'ccpl-principle-3-resources',
  title: 'Principle 3: clinical and care professional leaders have the resources — protected time, data and analytics — for their system roles, with evidence and an owner.',
  principle: 3,
  docs: {
    description:
      'Checks that `clinical_and_care_professional_leadership.principles` has an entry with `number: 3` whose `owner` is a board member id, with evidence: the entry\'s `evidence`, or the section\'s `resourcing` text. A `resourcing` text alone is not enough — only a `principles` entry names the board member who answers for the principle.',
    rationale:
      "NHS England and NHS Improvement's ICS implementation guidance on effective clinical and care professional leadership (September 2021) sets five design principles. The third is to make sure clinical and care professional leaders have the resources to carry out their system roles: protected, funded time and access to data, digital and analytical support. The NHS Confederation's engagement found strong views, especially from non-salaried professionals, that an invitation to take part is not enough without resourcing. A principle without evidence and an accountable board member is hard to assure.",
    incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical}
clinical_and_care_professional_leadership:
  resourcing: "Two protected sessions a week, backfill funded, with access to the population health analytics team"
`,
    correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical}
clinical_and_care_professional_leadership:
  resourcing: "Two protected sessions a week, backfill funded, with access to the population health analytics team"
  principles:
    - {number: 3, owner: ruth-ode}
`,
    howToFix:
      'Add a `principles` entry `{number: 3, evidence: "…", owner: <board member id>}` describing the protected time, backfill and data and analytical support that leaders get; the evidence may instead go in `resourcing`.',
  },
});
