import { defineRule } from '../framework';
import { memberLabel, text } from '../../model/query';
import { MODEL_CONSTITUTION_DON } from './citations';
import { checkSeatRegistration } from './registration';

const SOURCE =
  "NHS England's model constitution (its eligibility clause for the director of nursing; source not confirmed — the clause has not been read)";

/** Parts of the NMC register that are not the nurses' part (catalogue §11). SCPHN parts are inconclusive. */
const NOT_NURSES_PART: Record<string, string> = {
  RM: 'the midwives’ part (RM)',
  NAR: 'the nursing associates’ part (NAR)',
};
const NOT_A_NURSE: Record<string, string> = {
  midwifery: 'a midwife',
  nursing_associate: 'a nursing associate',
};

export default defineRule({
  meta: {
    id: 'ICS-EXEC-005',
    slug: 'director-of-nursing-nmc-registered',
    title: "The director of nursing is a registered nurse (NMC, nurses' part of the register).",
    section: '2. ICB board composition and roles',
    sourceKind: 'nhse-policy',
    severity: 'information',
    citations: [MODEL_CONSTITUTION_DON],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        "Checks that each executive with `function: nursing` has a `registration` with `regulator: NMC` and a number, and is not recorded as a midwife or nursing associate only (`profession`, or `register_part` RM or NAR). The number's format is checked by ICS-REG-001.",
      rationale:
        "Source not confirmed: the eligibility clause for the director of nursing is expected in NHS England's model constitution, but it has not been read; so is the reading that a midwife-only registration does not make someone a registered nurse. The rule is therefore information, not a warning, until someone confirms the clause. NHS England said in 2025 it will no longer prescribe board composition; where the seat exists, this check still applies.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: nurse-dir, name: Grace Adeyemi, role: executive, function: nursing, profession: nursing}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: nurse-dir
      name: Grace Adeyemi
      role: executive
      function: nursing
      profession: nursing
      registration: {regulator: NMC, number: 71A2998E, register_part: RNA}
`,
      howToFix: "Record the director of nursing's NMC registration: `registration: {regulator: NMC, number: …, register_part: …}`. Check live status on the NMC register.",
    },
  },
  check(ctx) {
    checkSeatRegistration(
      ctx,
      { fn: 'nursing', seat: 'director of nursing', regulator: 'NMC', requirement: 'a registered nurse', source: SOURCE },
      (m, report) => {
        const profession = text(m.profession);
        if (profession && NOT_A_NURSE[profession]) {
          report({
            message: `The director of nursing, ${memberLabel(m)}, is recorded as ${NOT_A_NURSE[profession]} (\`profession: ${profession}\`), not a nurse. ${SOURCE} expects the director of nursing to be a registered nurse, on the nurses' part of the NMC register.`,
            at: m.profession!.loc,
          });
          return;
        }
        const part = text(m.registration?.register_part)?.toUpperCase();
        if (part && NOT_NURSES_PART[part]) {
          report({
            message: `The director of nursing, ${memberLabel(m)}, is on ${NOT_NURSES_PART[part]} of the NMC register, not the nurses' part. ${SOURCE} expects the director of nursing to be a registered nurse.`,
            at: m.registration!.register_part!.loc,
          });
        }
      },
    );
  },
});
