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
import { SECTION_10 } from '../statutory/helpers';
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
    title: "A person's registration is with the regulator of their profession (a data check).",
    section: SECTION_10,
    sourceKind: 'data-check',
    severity: 'warning',
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
        "ICS-REG-003 is not in the rule catalogue: it was added to apply the catalogue's §11 table \"Role → expected regulator\". For each board member and place clinical and care professional lead with a `profession`, it checks that a `registration` that names a regulator is with that profession's regulator (doctors GMC; nurses, midwives and nursing associates NMC; allied health professionals and practitioner psychologists HCPC; pharmacists GPhC or PSNI; pharmacy technicians GPhC; dental professionals GDC; optical professionals GOC; social workers Social Work England), and that HCPC and GPhC numbers carry the profession's own prefix (PYL for psychologists, PA for paramedics, 5 for pharmacy technicians…). A person with a profession and no registration is not reported: the law does not require registration to sit on a board.",
      rationale:
        "Each regulator's remit is fixed by statute — the Medical Act 1983, the Nursing and Midwifery Order 2001, the Health Professions Order 2001, the Pharmacy Order 2010, the Dentists Act 1984, the Opticians Act 1989 and the Social Workers Regulations 2018 — and the professional titles are protected. A nurse with a GMC number, or a social worker with an HCPC number (HCPC stopped registering social workers in England in December 2019), means the constitution records the wrong registration: a fault in the document's data, checked as a data check (a warning). It is not a breach of those statutes, which require registration to practise or to use a protected title, not to sit on a board: a retired doctor may be a non-executive, so a member with a profession and no registration is not reported at all (the executive posts that need a registration are ICS-EXEC-004 and ICS-EXEC-005). The statutes were not re-read for this rule (inferred), except the Social Workers Regulations.",
      changes: [
        'Issue 10: no longer an error. Registration is required by law to practise or to use a protected title, not to sit on a board, so a wrong regulator or prefix is a data check (warning), and a person with a profession but no registration is no longer reported.',
      ],
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

      // No regulator: a number without one is ICS-REG-001's finding, and no registration at all is
      // not a fault here (a retired doctor may sit on a board; EXEC-004/005 ask it of the posts that need it).
      if (!regulatorText) continue;

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
