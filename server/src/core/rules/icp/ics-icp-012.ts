import { defineRule } from '../framework';
import { isPlaceholder } from '../../model/query';
import { PQ_HL6183 } from './citations';
import { LGPIHA_116ZA } from '../citations';
import { findCouncil, icbLabel } from '../place/system';
import { icpView } from './shared';

export default defineRule({
  meta: {
    id: 'ICS-ICP-012',
    slug: 'icp-responsible-local-authorities',
    title: '"Responsible local authorities" are the councils with social care responsibility: upper-tier and unitary councils, not district councils.',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...PQ_HL6183, provision: 'the local authority partner member: "responsible local authority"' },
      { ...LGPIHA_116ZA, provision: 'section 116ZA(1) (responsible local authorities)', confidence: 'U' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    crossDocument: true,
    fixable: false,
    docs: {
      description:
        'With the ICB\'s constitution among the documents: notes councils of the ICB\'s area that have no `type` (so the checker cannot tell whether they must set up the partnership), and district councils the partnership lists in `established_by` (a district council has no social care responsibility, so it is not a responsible local authority; it can still be a member appointed by the partnership).',
      rationale:
        'The partnership is set up by the ICB and each "responsible local authority" (s.116ZA(1) of the Local Government and Public Involvement in Health Act 2007). DHSC uses the phrase for the councils with statutory social care responsibility — county, unitary, metropolitan borough and London borough councils — and not district councils (written answer HL6183, 2022). The formal definition has not been read.',
      incorrect: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities:
      - {name: Exampleshire County Council, type: county}
      - {name: Northtown District Council, type: district}
---
kind: integrated-care-partnership
version: 1
icb: nhs-example
established_by: [icb, Exampleshire County Council, Northtown District Council]
`,
      correct: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities:
      - {name: Exampleshire County Council, type: county}
      - {name: Northtown District Council, type: district}
---
kind: integrated-care-partnership
version: 1
icb: nhs-example
established_by: [icb, Exampleshire County Council]
members:
  - {name: Cllr C Dunn, appointed_by: partnership, sector: local_authority}
`,
      howToFix:
        'Give every council of the ICB\'s area its `type`; list in `established_by` only the ICB and the county, unitary, metropolitan borough and London borough councils. District councils can be members appointed by the partnership.',
    },
  },
  check(ctx) {
    const view = icpView(ctx);
    const icb = view.icb;
    if (!icb) return;
    for (const c of view.area) {
      // A council still to be named is reported once, as a placeholder in the ICB's file.
      if (c.type !== undefined || isPlaceholder(c.name)) continue;
      ctx.report({
        message: `${c.name}, a council of ${icbLabel(icb.model)}'s area, has no \`type\` in the ICB's constitution, so it cannot be told whether it is a responsible local authority that must set up the partnership (s.116ZA(1)). Give it its type (county, unitary, metropolitan_borough, london_borough, district or sui_generis) in the ICB file.`,
        at: view.icp.established_by?.loc ?? view.icp.icb?.loc ?? view.anchor,
        related: [{ message: `${c.name} is declared here`, at: c.loc, uri: icb.uri }],
      });
    }
    for (const e of view.icp.established_by?.items ?? []) {
      const c = findCouncil(view.area, String(e.value));
      if (!c || c.type !== 'district') continue;
      ctx.report({
        message: `${c.name} is a district council: it has no social care responsibility, so it is not a "responsible local authority" that establishes the partnership (s.116ZA(1); DHSC written answer HL6183). Remove it from \`established_by\`; it can be a member appointed by the partnership.`,
        at: e.loc,
        related: [{ message: `${c.name} is declared as a district council here`, at: c.loc, uri: icb.uri }],
      });
    }
  },
});
