import { defineRule } from '../framework';
import { HWE_3 } from './citations';
import { checkRequiredList } from './required-list';

/** The model's grounds for disqualification, except the statutory private-healthcare test (ICS-BOARD-004 checks that). */
const REQUIRED: Record<string, string> = {
  member_of_parliament: 'being a Member of Parliament',
  recent_conviction: 'a conviction in the last five years with a sentence of at least three months without the option of a fine',
  bankruptcy_restrictions_order: 'a bankruptcy restrictions order or interim order',
  dismissal_from_health_service_body: 'dismissal by a health service body in the last five years, other than for redundancy',
  prior_termination_of_office: 'earlier termination of an appointment as chair, member, director or governor of a health service body',
};

export default defineRule({
  meta: {
    id: 'ICS-ELIG-002',
    slug: 'disqualification-grounds',
    title: 'The grounds for disqualification from board membership include those of the NHS England model.',
    section: '3. Appointment eligibility and disqualification',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [{ ...HWE_3, provision: 'paragraphs 3.2.1–3.2.6' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `appointments.disqualifications` lists `member_of_parliament`, `recent_conviction`, `bankruptcy_restrictions_order`, `dismissal_from_health_service_body` and `prior_termination_of_office`. The statutory ground, `private_healthcare_independence`, is checked by ICS-BOARD-004 as an error.',
      rationale:
        'Constitutions built on the NHS England model (e.g. Hertfordshire and West Essex ICB, paragraphs 3.2.1–3.2.6) disqualify: a Member of Parliament; someone convicted in the last five years and sentenced to at least three months\' imprisonment (suspended or not) without the option of a fine; someone subject to a bankruptcy restrictions order or interim order; someone dismissed by a health service body in the last five years other than for redundancy; and someone whose earlier appointment as chair, member, director or governor of a health service body was terminated. The last ground was read only in part. This is NHS England policy, so it is a warning.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
appointments:
  disqualifications: [member_of_parliament, private_healthcare_independence]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
appointments:
  disqualifications: [member_of_parliament, private_healthcare_independence, recent_conviction, bankruptcy_restrictions_order, dismissal_from_health_service_body, prior_termination_of_office]
`,
      howToFix: 'List every ground in `appointments.disqualifications`, and make sure the constitution text sets them out.',
    },
  },
  check(ctx) {
    checkRequiredList(
      ctx,
      'disqualifications',
      REQUIRED,
      (missing) =>
        `The grounds for disqualification from the board leave out: ${missing.join('; ')}. Constitutions built on NHS England's model (Hertfordshire and West Essex ICB constitution, paragraphs 3.2.1–3.2.6) disqualify people on these grounds.`,
      'Add the missing grounds',
    );
  },
});
