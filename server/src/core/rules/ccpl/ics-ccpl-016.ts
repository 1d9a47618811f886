import { firstLoc, memberLabel, text } from '../../model/query';
import { compositionOf, type BoardPosition } from '../../model/composition';
import { isRegisteredClinician, professionExpectation } from '../../regulators';
import { defineRule } from '../framework';
import { NHSCC_LETTER_2021 } from '../citations';
import { SECTION } from './shared';
import { HSJ_2025 } from './citations';

const EXECUTIVE_ROLES = new Set(['executive', 'chief_executive']);
const CLINICAL = new Set(['medicine', 'general_practice', 'nursing', 'midwifery', 'nursing_associate', 'allied_health', 'pharmacy', 'dentistry', 'optometry', 'psychology', 'healthcare_science']);

export default defineRule({
  meta: {
    id: 'ICS-CCPL-016',
    slug: 'executive-registered-clinician',
    title: 'At least one executive board member is a registered clinician: clinical leadership, not just advice.',
    section: SECTION,
    sourceKind: 'heuristic',
    severity: 'hint',
    citations: [
      { ...NHSCC_LETTER_2021, provision: 'at least one of the executive team of an ICS NHS body is a clinician registered with a UK professional regulator' },
      { ...HSJ_2025, provision: 'ICBs may drop the medical and nursing executive seats (2025)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Checks that at least one executive board member (`role: executive` or `chief_executive`) records a registration with a statutory regulator of a health profession — GMC, NMC, HCPC, GPhC, PSNI, GDC, GOC, GOsC or GCC — with a number. It is the fallback when a profile or the 2025 blueprint drops the medical director and director of nursing rules (ICS-EXEC-002/003).',
      rationale:
        "In their letter to the Minister of State of 25 May 2021, NHS Clinical Commissioners and the NHS Confederation asked the Government to guarantee 'clinical leadership – not just advice' on ICS NHS bodies, which are accountable for clinical quality and safeguarding: at least one of the executive team should be a clinician registered with an appropriate UK professional regulator. This is an advocacy position, not law, so the rule is a hint; it matters more since 2025, when NHS England stopped prescribing the medical and nursing executive seats.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
    - {id: fin-dir, name: Lee Park, role: executive, function: finance}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
    - id: ruth-ode
      name: Ruth Ode
      role: executive
      function: medical
      profession: medicine
      registration: {regulator: GMC, number: "7012345"}
`,
      howToFix:
        "Record the `registration` (regulator and number) of the clinical executives, such as the medical director or the director of nursing. If no executive is a registered clinician, consider how the board gets clinical leadership and not just clinical advice.",
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const c = compositionOf(icb);
    // Registration is a person's: named executives are checked; an executive seat nobody is named
    // to (format 1.1) counts when the seat is a clinical one (a profession or the medical or nursing portfolio).
    const clinicalSeat = (p: BoardPosition) => CLINICAL.has(p.profession ?? '') || ['medical', 'nursing'].includes(p.function ?? '');
    const seats = c.positions.filter((p) => EXECUTIVE_ROLES.has(p.role ?? ''));
    if (seats.some((p) => p.kind === 'seat' && p.holders.length === 0 && clinicalSeat(p))) return;
    const executives = seats.flatMap((p) => p.holders.map((h) => h.member));
    if (executives.some(isRegisteredClinician)) return;

    const holders = seats.flatMap((p) => p.holders);
    const unregistered = holders.filter((h) => CLINICAL.has(h.profession ?? '') || ['medical', 'nursing'].includes(h.function ?? '')).map((h) => h.member);
    const advice = "NHS Clinical Commissioners and the NHS Confederation asked (letter of 25 May 2021) for 'clinical leadership – not just advice' on ICB boards: at least one of the executive team should be a clinician registered with a UK professional regulator.";
    const message =
      seats.length === 0
        ? `The board has no executive members, so none is a registered clinician. ${advice}`
        : unregistered.length > 0
          ? `No executive board member is a registered clinician on the record, although ${unregistered.map(memberLabel).join(' and ')} ${unregistered.length === 1 ? 'has' : 'have'} a clinical role. ${advice} Record their \`registration\` (regulator and number).`
          : `None of the board's executive members is a registered clinician. ${advice}`;
    ctx.report({
      message,
      at: firstLoc(icb.board?.seats, icb.board?.members, icb.board) ?? ctx.documentAnchor,
      related: unregistered.map((m) => {
        const expected = professionExpectation(text(m.profession))?.summary;
        const what = m.registration ? 'the registration does not give a health regulator and a number' : 'no registration recorded';
        return { message: `${memberLabel(m)}: ${what}${expected ? ` (${expected})` : ''}`, at: m.registration?.loc ?? m.loc };
      }),
    });
  },
});
