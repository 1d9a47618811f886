import { defineRule } from '../framework';
import { SECTION, boardLeads, ccplAnchor, ccplOf, items, text, values } from './shared';
import { CONFED_CCPL_REPORT } from '../citations';
import { ccplGuidance } from './citations';

/**
 * Medicine and nursing (with midwifery and nursing associates, the rest of the NMC register): the
 * professions that "doctors, nurses and others" already covers. `other` names no profession.
 */
const TRADITIONAL = new Set(['medicine', 'general_practice', 'nursing', 'midwifery', 'nursing_associate']);

/** The format's other professions (`other` and values the schema rejects name none). */
const BEYOND = new Set([
  'allied_health',
  'pharmacy',
  'pharmacy_technician',
  'dentistry',
  'optometry',
  'psychology',
  'healthcare_science',
  'public_health',
  'social_work',
  'social_care',
]);

/** The groups of the NHS Confederation / NHS England definition (July 2021, Appendix 2), as format professions. */
export const APPENDIX_2_GROUPS: { label: string; professions: string[] }[] = [
  { label: 'nurses', professions: ['nursing'] },
  { label: 'allied health professionals (allied_health)', professions: ['allied_health'] },
  { label: 'GPs (general_practice)', professions: ['general_practice'] },
  { label: 'other primary care clinicians such as dentists and optometrists (dentistry, optometry)', professions: ['dentistry', 'optometry'] },
  { label: 'secondary care clinicians (medicine)', professions: ['medicine'] },
  { label: 'public health (public_health)', professions: ['public_health'] },
  { label: "social care, adults' and children's (social_work, social_care)", professions: ['social_work', 'social_care'] },
  { label: 'healthcare scientists, including pathology (healthcare_science)', professions: ['healthcare_science'] },
  { label: 'pharmacists (pharmacy, pharmacy_technician)', professions: ['pharmacy', 'pharmacy_technician'] },
];

export default defineRule({
  meta: {
    id: 'ICS-CCPL-015',
    slug: 'ccpl-multi-professional',
    title: 'Clinical and care professional leadership reaches beyond medicine and nursing: not just doctors and nurses.',
    section: SECTION,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...CONFED_CCPL_REPORT, provision: 'Appendix 2: definition of clinical and care professionals (draft design principles)' },
      ccplGuidance('a fully inclusive, multi-professional clinical and care leadership'),
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        "Collects the professions the leadership arrangements name — `professions_represented`, the professions of the places' clinical and care professional leads (inline or in place-partnership files of this ICB) and of the board leads — and reports when none is outside medicine and nursing (midwifery and nursing associates count with nursing; `other` names no profession). The finding lists the groups of the Appendix 2 definition that are missing.",
      rationale:
        "Clinical and care professional leadership means every clinical and care profession, not just doctors and nurses. The definition used to draft NHS England's design principles (NHS Confederation report, July 2021, Appendix 2) includes nurses; allied health professionals; GPs and other primary care clinicians; secondary care clinicians, including those without patient-facing roles such as pathology; public health; social care in adults' and children's services; healthcare scientists; and pharmacists. Participants in that engagement worried it would 'all be about doctors and nurses again'.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
clinical_and_care_professional_leadership:
  professions_represented: [medicine, nursing]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
clinical_and_care_professional_leadership:
  professions_represented: [medicine, nursing, allied_health, pharmacy, public_health, social_work, healthcare_science]
`,
      howToFix:
        'Name in `professions_represented` the professions that have leaders in the system — allied health professionals, pharmacists, public health, social work and social care, healthcare scientists, dentists, optometrists — or name the leads of those professions at place. If they have no leaders yet, that is the gap to close.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const ccpl = ccplOf(icb);
    const named = new Set<string>(values(ccpl?.professions_represented));
    const icbId = text(icb.icb?.id);
    const placeLeads = [
      ...items(icb.places).flatMap((p) => items(p.leadership?.clinical_and_care_professional_leads)),
      ...ctx.system.places
        .filter((p) => icbId !== undefined && text(p.model.icb) === icbId)
        .flatMap((p) => items(p.model.leadership?.clinical_and_care_professional_leads)),
    ];
    for (const lead of placeLeads) {
      const p = text(lead.profession);
      if (p) named.add(p);
    }
    for (const m of boardLeads(icb)) {
      const p = m.profession;
      if (p) named.add(p);
    }

    const beyond = [...named].filter((p) => BEYOND.has(p));
    if (beyond.length > 0) return;

    const absent = APPENDIX_2_GROUPS.filter((g) => !g.professions.some((p) => named.has(p))).map((g) => g.label);
    const shown = [...named].filter((p) => TRADITIONAL.has(p));
    const opening =
      shown.length === 0
        ? 'The clinical and care professional leadership arrangements name no professions: `professions_represented` is empty and no lead at place or on the board gives a profession.'
        : `The clinical and care professional leadership arrangements name only medicine and nursing (${shown.join(', ')}).`;
    ctx.report({
      message: `${opening} Clinical and care professional leadership is multi-professional — not just doctors and nurses. The definition behind NHS England's design principles (NHS Confederation, July 2021, Appendix 2) also covers groups that are not named here: ${absent.join('; ')}. Add the professions that have leaders to \`professions_represented\`, or name their leads at place.`,
      at: ccplAnchor(ctx, ccpl?.professions_represented?.loc),
    });
  },
});
