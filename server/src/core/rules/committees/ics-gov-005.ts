import { defineRule } from '../framework';
import { NHSE_AREA, SNEE_GH } from './citations';
import { checkGovernanceDocument, SECTION_4 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-GOV-005',
    slug: 'governance-handbook',
    title: 'A governance handbook brings the governance documents together and is published.',
    section: SECTION_4,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...SNEE_GH, provision: 'governance handbook published on the website' },
      { ...NHSE_AREA, provision: 'ICB governance documents' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `documents.governance_handbook` gives the `url` or `path` of the governance handbook, or (format 1.1) says how it is held without an address of its own (`relation`: `appended`, `governance_handbook` or `to_be_published`).',
      rationale:
        'ICBs such as Suffolk and North East Essex publish a governance handbook that brings together the scheme of reservation and delegation, the functions and decisions map, the standing financial instructions, committee terms of reference and key policies. It is not a legal requirement in itself, but it is where the public and partners look for how the ICB is governed.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
documents:
  standing_orders: {path: governance/standing-orders.md}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
documents:
  governance_handbook: {url: https://example.nhs.uk/handbook}
`,
      howToFix: 'Add `documents.governance_handbook` with the `url` where the handbook is published (or its `path` in this repository).',
    },
  },
  check(ctx) {
    checkGovernanceDocument(
      ctx,
      'governance_handbook',
      'The constitution does not say where its governance handbook is. Good practice (Suffolk and North East Essex ICB, among others) is a published handbook bringing together the scheme of reservation and delegation, functions and decisions map, standing financial instructions, committee terms of reference and key policies: add `documents.governance_handbook` with a `url` or `path`.',
    );
  },
});
