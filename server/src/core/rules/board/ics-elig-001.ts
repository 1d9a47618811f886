import { defineRule } from '../framework';
import { HWE_3 } from './citations';
import { checkRequiredList } from './required-list';
import { listText } from './util';

const REQUIRED: Record<string, string> = {
  fit_and_proper_person_test: 'the fit and proper person test',
  nolan_principles: 'the Nolan principles (the seven principles of public life)',
  role_specification: 'the role specification for the seat',
};

export default defineRule({
  meta: {
    id: 'ICS-ELIG-001',
    slug: 'eligibility-criteria',
    title: 'Every board member must meet the fit and proper person test, uphold the Nolan principles and meet the role specification.',
    section: '3. Appointment eligibility and disqualification',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [{ ...HWE_3, provision: 'paragraph 3.1.1' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `appointments.eligibility` lists `fit_and_proper_person_test`, `nolan_principles` and `role_specification`.',
      rationale:
        'Constitutions built on the NHS England model (e.g. Hertfordshire and West Essex ICB, paragraph 3.1.1) require every board member to meet the fit and proper person test, to uphold the seven principles of public life (the Nolan principles) and to meet the requirements of the role specification. This is NHS England policy, so it is a warning.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
appointments:
  eligibility: [nolan_principles]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
appointments:
  eligibility: [fit_and_proper_person_test, nolan_principles, role_specification]
`,
      howToFix: 'List all three criteria in `appointments.eligibility`, and make sure the constitution text applies them to every board member.',
    },
  },
  check(ctx) {
    checkRequiredList(
      ctx,
      'eligibility',
      REQUIRED,
      (missing) =>
        `The eligibility criteria for board members do not include ${listText(missing)}. Constitutions built on NHS England's model (Hertfordshire and West Essex ICB constitution, paragraph 3.1.1) require every board member to meet the fit and proper person test, uphold the Nolan principles and meet the role specification.`,
      'Add the missing criteria',
    );
  },
});
