import { defineRule } from '../framework';
import { text } from '../../model/query';
import {
  DENTISTS_ACT_1984,
  HCPC_CHECK,
  HSWPO_2001,
  MEDICAL_ACT_1983,
  NMO_2001,
  OPTICIANS_ACT_1989,
  PHARMACY_ORDER_2010,
  SWR_2018,
} from '../citations';
import { SECTION_10, addUnder } from '../statutory/helpers';
import { REGULATORS, normaliseNumber, professionExpectation, regulatorById, validateRegistrationNumber, type RegulatorId } from '../../regulators';
import { professionalPeople } from './people';

const PROFESSION_WORD: Record<string, string> = {
  medicine: 'a doctor',
  general_practice: 'a GP',
  nursing: 'a nurse',
  midwifery: 'a midwife',
  nursing_associate: 'a nursing associate',
  allied_health: 'an allied health professional',
  pharmacy: 'a pharmacist',
  pharmacy_technician: 'a pharmacy technician',
  dentistry: 'a dental professional',
  optometry: 'an optical professional',
  psychology: 'a practitioner psychologist',
  healthcare_science: 'a healthcare scientist',
  public_health: 'a public health professional',
  social_work: 'a social worker',
};

/** "the General Pharmaceutical Council (GPhC) or the Pharmaceutical Society of Northern Ireland (PSNI)". */
function named(ids: RegulatorId[]): string {
  const w = ids.map((r) => `the ${REGULATORS[r].name} (${r})`);
  return w.length <= 1 ? w.join('') : `${w.slice(0, -1).join(', ')} or ${w[w.length - 1]}`;
}

export default defineRule({
  meta: {
    id: 'ICS-REG-003',
    slug: 'profession-matches-regulator',
    title: "A person's registration is with the regulator of their profession, and a profession that must be registered has a registration.",
    section: SECTION_10,
    sourceKind: 'statute',
    severity: 'error',
    citations: [
      { ...MEDICAL_ACT_1983, provision: 'the register of medical practitioners (doctors: GMC)' },
      { ...NMO_2001, provision: 'the register of nurses, midwives and nursing associates (NMC)' },
      { ...HSWPO_2001, provision: 'the HCPC register and its professions' },
      { ...PHARMACY_ORDER_2010, provision: 'the registers of pharmacists and pharmacy technicians (GPhC)' },
      { ...DENTISTS_ACT_1984, provision: 'the dentists and dental care professionals registers (GDC)' },
      { ...OPTICIANS_ACT_1989, provision: 'the registers of optometrists and dispensing opticians (GOC)' },
      { ...SWR_2018, provision: 'regulation 28: "social worker" is a protected title; Social Work England keeps the register' },
      { ...HCPC_CHECK, provision: 'profession codes at the start of HCPC numbers (PYL psychologists, PA paramedics, …)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: true,
    docs: {
      description:
        "ICS-REG-003 is not in the rule catalogue: it was added to apply the catalogue's §11 table \"Role → expected regulator\". For each board member and place clinical and care professional lead with a `profession`, it checks that the `registration` is with that profession's regulator (doctors GMC; nurses, midwives and nursing associates NMC; allied health professionals and practitioner psychologists HCPC; pharmacists GPhC or PSNI; pharmacy technicians GPhC; dental professionals GDC; optical professionals GOC; social workers Social Work England), that professions which must be registered to practise have a registration, and that HCPC and GPhC numbers carry the profession's own prefix (PYL for psychologists, PA for paramedics, 5 for pharmacy technicians…). Public health, healthcare science, social care and unnamed allied health professions are not required to show a registration.",
      rationale:
        "Each regulator's remit is fixed by statute — the Medical Act 1983, the Nursing and Midwifery Order 2001, the Health Professions Order 2001, the Pharmacy Order 2010, the Dentists Act 1984, the Opticians Act 1989 and the Social Workers Regulations 2018 — and the professional titles are protected. A nurse with a GMC number, or a social worker with an HCPC number (HCPC stopped registering social workers in England in December 2019), means the constitution records the wrong registration. The statutes were not re-read for this rule (inferred), except the Social Workers Regulations.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: grace-mensah
      name: Grace Mensah
      role: executive
      function: nursing
      profession: nursing
      registration: {regulator: GMC, number: "7012345"}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: grace-mensah
      name: Grace Mensah
      role: executive
      function: nursing
      profession: nursing
      registration: {regulator: NMC, number: 71A2998E}
`,
      howToFix: "Record the registration the person holds with their profession's regulator, or correct the `profession` if it was wrong.",
    },
  },
  check(ctx) {
    for (const p of professionalPeople(ctx)) {
      const profession = text(p.profession);
      const ahp = text(p.alliedHealthProfession);
      const expected = professionExpectation(profession, ahp);
      if (!profession || !expected || expected.regulators.length === 0) continue;
      const who = PROFESSION_WORD[profession] ?? `a member of the ${profession} profession`;
      const reg = p.registration;
      const regulatorText = text(reg?.regulator);

      if (!regulatorText) {
        // A number with no regulator is ICS-REG-001's finding; here, only a registration that is missing altogether.
        if (!expected.registrationRequired || text(reg?.number)) continue;
        const first = expected.regulators[0];
        const edit = addUnder(ctx, reg ? reg.loc : p.loc, reg ? ['regulator'] : ['registration'], reg ? first : { regulator: first, number: 'TODO' });
        ctx.report({
          message: `${p.label} is recorded as ${who} (\`profession: ${profession}\`) but no registration is given. ${capital(expected.summary)}, and the title is protected by law: give \`registration\` with the regulator and number, or correct the profession.`,
          at: p.profession!.loc,
          fixes: edit ? [{ title: `Add a ${first} registration (number to fill in)`, safe: false, edits: [edit] }] : undefined,
        });
        continue;
      }

      const regulator = regulatorById(regulatorText);
      if (!regulator) continue; // the schema reports an unknown regulator
      if (!expected.regulators.includes(regulator.id)) {
        const extra =
          profession === 'social_work' && regulator.id === 'HCPC'
            ? ' The HCPC stopped registering social workers in England when Social Work England took over its register in December 2019.'
            : '';
        const fixes =
          expected.regulators.length === 1
            ? [{ title: `Change the regulator to ${expected.regulators[0]}`, safe: false, edits: [ctx.editor.replaceScalar(reg!.regulator!.loc.node, expected.regulators[0])] }]
            : undefined;
        ctx.report({
          message: `${p.label} is recorded as ${who} but registered with the ${regulator.name} (${regulator.id}), which registers ${regulator.registers}. ${capital(expected.summary)}: record their registration with ${named(expected.regulators)}, or correct the profession.${extra}`,
          at: reg!.regulator!.loc,
          related: [{ message: `profession: ${profession}`, at: p.profession!.loc }],
          fixes,
        });
        continue;
      }

      // Right regulator: does the number carry the profession's own prefix (HCPC code, GPhC 2… or 5…)?
      const narrower = expected.number;
      const numberText = text(reg?.number);
      if (!narrower || narrower.regulator !== regulator.id || !numberText) continue;
      if (!validateRegistrationNumber(regulator, numberText).ok) continue; // a malformed number is ICS-REG-001's finding
      if (narrower.pattern.test(normaliseNumber(numberText))) continue;
      ctx.report({
        message: `${p.label} is recorded as ${who}${ahp ? ` (${ahp.replace(/_/g, ' ')})` : ''}, but their ${regulator.id} number ${numberText} does not fit: ${narrower.description}. Check the number and the profession against the ${regulator.id} register.`,
        at: reg!.number!.loc,
        related: [{ message: `profession: ${profession}`, at: p.profession!.loc }],
      });
    }
  },
});

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
