import { defineRule } from '../framework';
import { linkGiven } from '../../model/query';
import { BNSSG, HWE_5, NOTTS } from './citations';
import { checkGovernanceDocument, SECTION_4 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-GOV-001',
    slug: 'standing-orders',
    title: 'Standing orders are appended to, and form part of, the constitution.',
    section: SECTION_4,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...HWE_5, provision: 'paragraphs 5.1.1–5.1.3 (standing orders form part of the constitution and apply to committees)' },
      { ...NOTTS, provision: 'standing orders in the governance handbook' },
      { ...BNSSG, provision: 'standing orders' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `documents.standing_orders` gives the `url` or `path` of the standing orders, or (format 1.1) says how it is held without an address of its own (`relation`: `appended`, `governance_handbook` or `to_be_published`), or that `standing_orders.recorded_in` says where they are held. ICS-SO-001 to 005 check what the constitution writes out of them.',
      rationale:
        'Constitutions derived from the NHS England model (Hertfordshire and West Essex ICB, paragraphs 5.1.1–5.1.3) append standing orders that form part of the constitution and govern how the board and, unless their terms of reference say otherwise, its committees meet: notice, chairing, quorum, voting and conflicts at meetings. Without them the board\'s procedure is undefined.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
documents:
  governance_handbook: {url: https://example.nhs.uk/handbook}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
documents:
  standing_orders: {path: governance/standing-orders.md}
`,
      howToFix: 'Add `documents.standing_orders` with the `path` of the standing orders in this repository or the `url` where they are published as part of the constitution.',
    },
  },
  check(ctx) {
    // Issue 13: standing orders written out in the constitution say where the rest is held.
    if (linkGiven(ctx.icb!.standing_orders?.recorded_in)) return;
    checkGovernanceDocument(
      ctx,
      'standing_orders',
      'The constitution does not say where its standing orders are. Standing orders are appended to and form part of the constitution, and apply to committees unless their terms of reference say otherwise (NHS England model constitution, as in Hertfordshire and West Essex ICB paragraphs 5.1.1–5.1.3): add `documents.standing_orders` with a `url` or `path`.',
    );
  },
});
