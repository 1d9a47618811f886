import { defineRule } from '../framework';
import { memberLabel } from '../../model/query';
import { MODEL_CONSTITUTION_MD } from './citations';
import { checkSeatRegistration } from './registration';

const SOURCE =
  "NHS England's model constitution (its eligibility clause for the medical director; source not confirmed — the clause has not been read)";

export default defineRule({
  meta: {
    id: 'ICS-EXEC-004',
    slug: 'medical-director-gmc-registered',
    title: 'The medical director is a registered medical practitioner (GMC, with a licence to practise).',
    section: '2. ICB board composition and roles',
    sourceKind: 'nhse-policy',
    severity: 'information',
    citations: [MODEL_CONSTITUTION_MD],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that each executive with `function: medical` has a `registration` with `regulator: GMC` and a number, and that `licence_to_practise` is not `false`. The number\'s format is checked by ICS-REG-001.',
      rationale:
        'Source not confirmed: the eligibility clause for the medical director is expected in NHS England\'s model constitution, but it has not been read. The rule is therefore information, not a warning, until someone confirms the clause. A medical director who is not a registered doctor would also undercut the "clinical leadership – not just advice" that clinical leaders asked for in 2021. NHS England said in 2025 it will no longer prescribe board composition; where the seat exists, this check still applies.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical, profession: medicine}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: ruth-ode
      name: Ruth Ode
      role: executive
      function: medical
      profession: medicine
      registration: {regulator: GMC, number: "7012345", licence_to_practise: true}
`,
      howToFix: "Record the medical director's GMC registration: `registration: {regulator: GMC, number: \"…\"}`. Check live status and the licence to practise on the GMC register.",
    },
  },
  check(ctx) {
    checkSeatRegistration(
      ctx,
      { fn: 'medical', seat: 'medical director', regulator: 'GMC', requirement: 'a registered medical practitioner', source: SOURCE },
      (m, report) => {
        const licence = m.registration?.licence_to_practise;
        if (licence?.value === false) {
          report({
            message: `The medical director, ${memberLabel(m)}, is GMC-registered without a licence to practise. ${SOURCE} expects the medical director to be a registered medical practitioner holding a licence to practise.`,
            at: licence.loc,
          });
        }
      },
    );
  },
});
