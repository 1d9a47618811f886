import { defineRule } from '../framework';
import { text } from '../../model/query';
import { GMC_CHECK, HCPC_CHECK, NMC_CODES, NWGMSA_ID, UKCORE_ID } from '../citations';
import { SECTION_10 } from '../statutory/helpers';
import { isPlaceholder } from '../../model/query';
import { normaliseNumber, regulatorById, validateRegistrationNumber } from '../../regulators';
import { professionalPeople } from './people';

export default defineRule({
  meta: {
    id: 'ICS-REG-001',
    slug: 'registration-number-format',
    title: "Every professional registration gives a regulator and a registration number in that regulator's format.",
    section: SECTION_10,
    sourceKind: 'data-check',
    severity: 'warning',
    citations: [
      { ...UKCORE_ID, provision: 'GMC, GPhC and HCPC identifier formats' },
      { ...NWGMSA_ID, provision: 'GMC, NMC and GPhC identifier formats' },
      { ...HCPC_CHECK, provision: 'HCPC registration numbers' },
      { ...NMC_CODES, provision: 'NMC register' },
      { ...GMC_CHECK, provision: 'check the register itself' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: true,
    docs: {
      description:
        "For every `registration` — on board members and on places' clinical and care professional leads — checks that it names a `regulator` and gives a `number`, and that the number has that regulator's format: GMC 7 digits; NMC 2 digits, a letter, 4 digits and a letter; HCPC a profession code and up to 6 digits; GPhC 7 digits starting 2 (pharmacists) or 5 (pharmacy technicians). The formats of the PSNI, GDC, GOC, GOsC, GCC, Social Work England and UKPHR have not been confirmed, so any number is accepted for them.",
      rationale:
        "The formats come from NHS England's and HL7 UK's practitioner identifier tables and the regulators' own guidance. A number in the right format can still be wrong or lapsed: the GMC and NMC tell employers to check the register itself, not a number supplied by the person (ICS-REG-002), so this is a syntax check only: a data check, reported as a warning, not a requirement of law or NHS England policy.",
      changes: [
        'Issue 10: its source kind is now "data check" (still a warning), not "NHS England policy": a number in the wrong format is a fault in the document\'s data.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: ruth-ode
      name: Ruth Ode
      role: executive
      function: medical
      profession: medicine
      registration: {regulator: GMC, number: "70123"}
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
      registration: {regulator: GMC, number: "7012345"}
`,
      howToFix:
        "Copy the number from the regulator's online register (quote it, so leading zeros are kept) and give the regulator's short name in `regulator`.",
    },
  },
  check(ctx) {
    for (const p of professionalPeople(ctx)) {
      const reg = p.registration;
      if (!reg) continue;
      const regulatorText = text(reg.regulator);
      const numberText = text(reg.number);
      if (!regulatorText) {
        ctx.report({
          message: `The registration of ${p.label} does not name the regulator. Give \`regulator\` (GMC, NMC, HCPC, GPhC, …) so the number can be checked against that regulator's register.`,
          at: reg.loc,
        });
      }
      if (!numberText) {
        ctx.report({
          message: `The registration of ${p.label}${regulatorText ? ` with the ${regulatorText}` : ''} gives no registration number. Add \`number\` as it appears on the regulator's register.`,
          at: reg.regulator?.loc ?? reg.loc,
        });
        continue;
      }
      if (isPlaceholder(numberText)) {
        ctx.report({
          message: `The registration number of ${p.label} is still a placeholder (${numberText}). Fill it in from the regulator's register.`,
          at: reg.number!.loc,
        });
        continue;
      }
      const regulator = regulatorById(regulatorText);
      if (!regulator) continue; // not a regulator we know: the schema reports it
      const check = validateRegistrationNumber(regulator, numberText);
      if (check.ok) {
        // Right format, written differently ("pyl 12345"): offer the register's own spelling.
        const canonical = normaliseNumber(numberText);
        if (check.checked && canonical !== numberText) {
          ctx.report({
            message: `The ${regulator.id} number of ${p.label} is written "${numberText}"; the register writes it "${canonical}".`,
            at: reg.number!.loc,
            fixes: [{ title: `Write it as ${canonical}`, safe: true, edits: [ctx.editor.replaceScalar(reg.number!.loc.node, canonical)] }],
          });
        }
        continue;
      }
      ctx.report({
        message: `"${numberText}" is not a valid ${regulator.name} (${regulator.id}) number for ${p.label}: ${regulator.id} numbers are ${check.expected}. Check it on the ${regulator.id} register (a number in the right format must still be checked there).`,
        at: reg.number!.loc,
      });
    }
  },
});
