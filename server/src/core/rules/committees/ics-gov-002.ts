import { defineRule } from '../framework';
import { NOTTS, SWL_BOARD } from './citations';
import { checkGovernanceDocument, SECTION_4 } from './helpers';
import { items, linkGiven } from '../../model/query';

export default defineRule({
  meta: {
    id: 'ICS-GOV-002',
    slug: 'scheme-of-reservation-and-delegation',
    title: 'A scheme of reservation and delegation records what the board reserves and what it delegates.',
    section: SECTION_4,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...NOTTS, provision: 'scheme of reservation and delegation' },
      { ...SWL_BOARD, provision: 'the board remains accountable for functions it delegates' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `documents.scheme_of_reservation_and_delegation` gives the `url` or `path` of the scheme, or (format 1.1) says how it is held without an address of its own (`relation`: `appended`, `governance_handbook` or `to_be_published`), unless the constitution writes the scheme out in `reservation_and_delegation` (what the board reserves or delegates, or `recorded_in`). ICS-SORD-001 and ICS-SORD-002 check what it writes out.',
      rationale:
        'ICBs keep a scheme of reservation and delegation (SoRD) recording the decisions reserved to the board and those delegated to committees, individuals and other bodies, including delegations and joint committees under sections 65Z5 and 65Z6 of the NHS Act 2006 (Nottingham and Nottinghamshire ICB). The board remains accountable for what it delegates (South West London ICB), so the scheme is how it shows who may decide what.',
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
  scheme_of_reservation_and_delegation: {url: https://example.nhs.uk/sord}
`,
      howToFix: 'Add `documents.scheme_of_reservation_and_delegation` with the `url` where the scheme is published or its `path` in this repository.',
    },
  },
  check(ctx) {
    // Issue 13: the scheme written out in the constitution (or its `recorded_in`) is the scheme.
    const rd = ctx.icb!.reservation_and_delegation;
    if (rd && (linkGiven(rd.recorded_in) || items(rd.reserved_to_board).length > 0 || items(rd.delegated).length > 0)) return;
    checkGovernanceDocument(
      ctx,
      'scheme_of_reservation_and_delegation',
      'The constitution does not say where its scheme of reservation and delegation is. The scheme records the decisions the board reserves to itself and those it delegates to committees, individuals and other bodies (including joint committees), for which the board stays accountable (NHS England policy, as in Nottingham and Nottinghamshire and South West London ICBs): add `documents.scheme_of_reservation_and_delegation` with a `url` or `path`.',
    );
  },
});
