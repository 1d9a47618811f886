import { defineRule } from '../framework';
import { ACT_SCH1B_P1, CAP_BILL, HWE_CONSTITUTION } from '../citations';
import { SECTION_1 } from './helpers';
import { checkPartnerSector } from './partner';

export default defineRule({
  meta: {
    id: 'ICS-PARTNER-002',
    slug: 'partner-member-primary-medical-services',
    title: 'At least one ordinary member is jointly nominated by the providers of primary medical services.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 8(2)', confidence: 'I' }, { ...HWE_CONSTITUTION, provision: 'section 2.1.6' }, { ...CAP_BILL, provision: 'partner members' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that at least one ordinary board member has `sector: primary_medical_services`. More than one is lawful and is not flagged (ICS-PARTNER-004).',
      rationale:
        "Schedule 1B paragraph 8(2) to the NHS Act 2006 requires at least one ordinary member appointed from people jointly nominated by the providers of primary medical services (general practice) in the ICB's area that are of a prescribed description. This is inferred from ICB constitutions and law-firm summaries; the exact sub-paragraph was not read.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts}
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
      howToFix: 'Add a board member with `role: partner` and `sector: primary_medical_services`, appointed from people jointly nominated by the providers of primary medical services and approved by the chair.',
    },
  },
  check(ctx) {
    checkPartnerSector(ctx, 'primary_medical_services', 'Schedule 1B paragraph 8(2)');
  },
});
