import { definePrincipleRule } from './principles';

export default definePrincipleRule({
  id: 'ICS-CCPL-014',
  slug: 'ccpl-principle-5-diverse-pipeline',
  title: 'Principle 5: a diverse and inclusive pipeline of clinical and care professional leaders is identified, recruited and developed, with evidence and an owner.',
  principle: 5,
  docs: {
    description:
      'Checks that `clinical_and_care_professional_leadership.principles` has an entry with `number: 5` whose `owner` is a board member id, with evidence: the entry\'s `evidence`, or the section\'s `talent_pipeline` text. A `talent_pipeline` text alone is not enough — only a `principles` entry names the board member who answers for the principle.',
    rationale:
      "NHS England and NHS Improvement's ICS implementation guidance on effective clinical and care professional leadership (September 2021) sets five design principles. The fifth is to identify, recruit and develop a pipeline of clinical and care professional leaders, through open, fair and equitable ways that encourage traditionally under-represented professions and groups to take on system leadership roles. A principle without evidence and an accountable board member is hard to assure.",
    incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical}
clinical_and_care_professional_leadership:
  talent_pipeline: "Open expressions of interest for every lead role, with shadowing places reserved for under-represented professions"
`,
    correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical}
clinical_and_care_professional_leadership:
  talent_pipeline: "Open expressions of interest for every lead role, with shadowing places reserved for under-represented professions"
  principles:
    - {number: 5, owner: ruth-ode}
`,
    howToFix:
      'Add a `principles` entry `{number: 5, evidence: "…", owner: <board member id>}` describing how future leaders are found and developed, including from under-represented professions; the evidence may instead go in `talent_pipeline`.',
  },
});
