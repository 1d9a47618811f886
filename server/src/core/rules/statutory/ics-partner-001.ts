import { defineRule } from '../framework';
import { ACT_SCH1B_P1, HWE_CONSTITUTION, SI_2024_1205 } from '../citations';
import { SECTION_1 } from './helpers';
import { checkPartnerSector } from './partner';

export default defineRule({
  meta: {
    id: 'ICS-PARTNER-001',
    slug: 'partner-member-nhs-trusts',
    title: 'At least one ordinary member is jointly nominated by the NHS trusts and foundation trusts.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 8(2)(a)', confidence: 'I' }, { ...SI_2024_1205, provision: 'regulation 2(3) (the trust-nominated member "mentioned in paragraph 8(2)(a)")' }, { ...HWE_CONSTITUTION, provision: 'section 2.1.6' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that at least one ordinary board member has `sector: nhs_trusts`. More than one is lawful and is not flagged (ICS-PARTNER-004).',
      rationale:
        "Schedule 1B paragraph 8(2)(a) to the NHS Act 2006 requires at least one ordinary member appointed from people jointly nominated by the NHS trusts and foundation trusts that provide services in the ICB's area (and are of a prescribed description). The paragraph letter is confirmed by SI 2024/1205, which refers to the trust-nominated member as the one mentioned in paragraph 8(2)(a); the paragraph text itself was not read (inferred).",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: leah-park, name: Leah Park, role: partner, sector: primary_medical_services}
    - {id: tom-reid, name: Tom Reid, role: partner, sector: local_authorities}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts}
    - {id: leah-park, name: Leah Park, role: partner, sector: primary_medical_services}
    - {id: tom-reid, name: Tom Reid, role: partner, sector: local_authorities}
`,
      howToFix: 'Add a board member with `role: partner` and `sector: nhs_trusts`, appointed from people jointly nominated by the NHS trusts and foundation trusts and approved by the chair.',
    },
  },
  check(ctx) {
    checkPartnerSector(ctx, 'nhs_trusts', 'Schedule 1B paragraph 8(2)(a)');
  },
});
