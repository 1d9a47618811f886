import { defineRule } from '../framework';
import { HWE_5, NOTTS } from './citations';
import { checkGovernanceDocument, SECTION_4 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-GOV-004',
    slug: 'standing-financial-instructions',
    title: 'Standing financial instructions are published, with delegated limits consistent with the scheme of delegation.',
    section: SECTION_4,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...HWE_5, provision: 'paragraph 5.2 (standing financial instructions)' },
      { ...NOTTS, provision: 'standing financial instructions in the governance handbook' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `documents.standing_financial_instructions` gives the `url` or `path` of the standing financial instructions (SFIs). The format does not hold financial limits yet, so their consistency with the scheme of reservation and delegation is not checked, or (format 1.1) says how it is held without an address of its own (`relation`: `appended`, `governance_handbook` or `to_be_published`).',
      rationale:
        'Constitutions derived from the NHS England model (Hertfordshire and West Essex ICB, section 5.2) adopt standing financial instructions, which set who may commit the ICB\'s money and up to what limit; Nottingham and Nottinghamshire ICB publishes them in its governance handbook. The limits should match the scheme of reservation and delegation.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
documents:
  scheme_of_reservation_and_delegation: {url: https://example.nhs.uk/sord}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
documents:
  scheme_of_reservation_and_delegation: {url: https://example.nhs.uk/sord}
  standing_financial_instructions: {url: https://example.nhs.uk/sfis}
`,
      howToFix: 'Add `documents.standing_financial_instructions` with the `url` where the SFIs are published (or their `path` in this repository), and check their delegated limits against the scheme of reservation and delegation.',
    },
  },
  check(ctx) {
    checkGovernanceDocument(
      ctx,
      'standing_financial_instructions',
      'The constitution does not say where its standing financial instructions are. ICBs adopt and publish standing financial instructions setting who may commit the ICB\'s money and up to what limit, consistent with the scheme of reservation and delegation (NHS England model constitution, as in Hertfordshire and West Essex ICB section 5.2): add `documents.standing_financial_instructions` with a `url` or `path`.',
    );
  },
});
