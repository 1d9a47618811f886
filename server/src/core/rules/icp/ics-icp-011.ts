import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { CM_ICS, GM_COCHAIR, GM_OLDHAM, ICP_ENG, SURREY_HWB_ICP } from './citations';

/** Sectors beyond the statutory seats (the ICB's and the councils'). */
const WIDER = (sector: string | undefined) => sector !== undefined && sector !== 'icb' && sector !== 'local_authority';

export default defineRule({
  meta: {
    id: 'ICS-ICP-011',
    slug: 'icp-wider-membership',
    title: 'Beyond the statutory seats, the partnership\'s membership is for local determination; partnerships commonly include wider partners such as Healthwatch, the VCSE sector and providers.',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...GM_OLDHAM, provision: 'Greater Manchester: a core of 10 local authority members and 1 ICB member' },
      { ...GM_COCHAIR, provision: 'Greater Manchester: co-chairs' },
      { ...CM_ICS, provision: 'Cheshire and Merseyside: VCSE and independent providers' },
      { ...SURREY_HWB_ICP, provision: 'Surrey: combined health and wellbeing board and partnership meetings' },
      { ...ICP_ENG, provision: 'ICP membership expectations (membership details not read)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    fixable: false,
    docs: {
      description:
        'Notes a partnership whose members are only the statutory seats — no member appointed by the partnership itself (`appointed_by: partnership`) and none from a sector other than the ICB and local government (`sector`) — and members the partnership appointed without a `sector`. A lay or independent member (`lay: true`, ICS-ICP-014) speaks for themselves and needs no sector.',
      rationale:
        'Section 116ZA(2)(c) of the Local Government and Public Involvement in Health Act 2007 lets the partnership appoint further members, and their number and kind are for local determination. Real partnerships go well beyond the statutory seats: Cheshire and Merseyside includes the VCSE sector and independent providers; Greater Manchester has a core of council and ICB members with co-chairs; Surrey meets jointly with its health and wellbeing board. Recording each wider member\'s sector shows whose voice the partnership brings in.',
      incorrect: `kind: integrated-care-partnership
version: 1
icb: nhs-example
members:
  - {name: Jane Smith, appointed_by: icb}
  - {name: Cllr A Brown, appointed_by: Exampleshire County Council}
`,
      correct: `kind: integrated-care-partnership
version: 1
icb: nhs-example
members:
  - {name: Jane Smith, appointed_by: icb}
  - {name: Cllr A Brown, appointed_by: Exampleshire County Council}
  - {name: Healthwatch Exampleshire, appointed_by: partnership, sector: healthwatch}
  - {name: Example VCSE Alliance, appointed_by: partnership, sector: vcse}
`,
      howToFix: 'Consider appointing wider partners (`appointed_by: partnership`) such as Healthwatch, the VCSE sector and providers, and give each its `sector`.',
    },
  },
  check(ctx) {
    const icp = ctx.icp!;
    const members = items(icp.members);
    if (members.length === 0) return; // ICS-ICP-002 asks for the statutory members first
    const further = members.filter((m) => text(m.appointed_by) === 'partnership');
    for (const m of further) {
      // A lay or independent member (issue 13) speaks for themselves: their `lay: true` says whose voice it is.
      if (text(m.sector) !== undefined || m.lay?.value === true) continue;
      ctx.report({
        message: `${text(m.name) ?? 'A member'} was appointed by the partnership but has no \`sector\`: say whose voice this member brings (e.g. healthwatch, vcse, nhs_provider). Membership beyond the statutory seats is for local determination (s.116ZA(2)(c)); examples such as Cheshire and Merseyside include the VCSE sector and providers.`,
        at: m.loc,
      });
    }
    if (further.length > 0 || members.some((m) => WIDER(text(m.sector)))) return;
    ctx.report({
      message:
        'The partnership\'s members are only the statutory seats of the ICB and the councils. Its wider membership is for local determination, but partnerships commonly include wider partners — Healthwatch, the VCSE sector, providers (e.g. Cheshire and Merseyside, Greater Manchester): consider appointing some (`appointed_by: partnership`, with their `sector`).',
      at: icp.members?.loc ?? ctx.documentAnchor,
    });
  },
});
