import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { NHSCC_WHITE_PAPER } from '../place/citations';

export default defineRule({
  meta: {
    id: 'ICS-ICP-014',
    slug: 'icp-lay-member',
    title: 'The integrated care partnership has at least one lay or independent member.',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      {
        ...NHSCC_WHITE_PAPER,
        provision: '"Guidance should address the nature of lay/non-executive member presence to support accountability, not only at ICS NHS body and health and care partnership but also at place level"',
      },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    fixable: false,
    docs: {
      description:
        'Notes a partnership with members but none marked as a lay or independent member (`lay: true`) and none speaking for people with lived experience (`sector: lived_experience`). Healthwatch and VCSE members do not count: they speak for organisations (ICS-ICP-011 and ICS-PEOPLE-003 look at them). Issue 13: the lay presence the seeds ask for at the ICB (ICS-NED-001) and at place (ICS-PLACE-010), now at the partnership too.',
      rationale:
        'NHS Clinical Commissioners asked in 2021 that guidance "address the nature of lay/non-executive member presence to support accountability, not only at ICS NHS body and health and care partnership but also at place level". The law leaves the partnership\'s wider membership to local determination (s.116ZA(2)(c) of the Local Government and Public Involvement in Health Act 2007), so this is good practice from the seeds of this tool: information.',
      incorrect: `kind: integrated-care-partnership
version: 1
icb: nhs-example
members:
  - {name: Cllr A Brown, appointed_by: Exampleshire County Council}
  - {name: Jane Smith, appointed_by: icb}
`,
      correct: `kind: integrated-care-partnership
version: 1
icb: nhs-example
members:
  - {name: Cllr A Brown, appointed_by: Exampleshire County Council}
  - {name: Jane Smith, appointed_by: icb}
  - {name: Pat Lee, appointed_by: partnership, lay: true}
`,
      howToFix: 'Appoint a lay or independent member to the partnership (`appointed_by: partnership`, `lay: true`), or a member who speaks for people with lived experience (`sector: lived_experience`).',
    },
  },
  check(ctx) {
    const icp = ctx.icp!;
    const members = items(icp.members);
    if (members.length === 0) return; // ICS-ICP-002 asks for the statutory members first
    if (members.some((m) => m.lay?.value === true || text(m.sector) === 'lived_experience')) return;
    ctx.report({
      message: 'The partnership has no lay or independent member (`lay: true`) and no member speaking for people with lived experience (`sector: lived_experience`). NHS Clinical Commissioners (2021) asked for lay presence to support accountability at the ICB, the partnership and place: consider appointing one.',
      at: icp.members!.loc,
    });
  },
});
