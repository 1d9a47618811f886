import { defineRule } from '../framework';
import { items, linkGiven, text } from '../../model/query';
import { governanceOf } from '../../model/governance';
import { EQUALITY_149, NOTTS_PSED, SECTION_14, SEL_PSED } from './citations';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-DUTY-002',
    slug: 'public-sector-equality-duty',
    title: 'Where the constitution records how the ICB secures its duties, it says how it meets the public sector equality duty.',
    section: SECTION_14,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [EQUALITY_149, SEL_PSED, NOTTS_PSED],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'When the constitution writes out how it secures its duties (`statutory_duties.duties`, without `recorded_in`), checks that the public sector equality duty is among them (`duty: public_sector_equality_duty`) with who leads it or how it is met. Silent without `statutory_duties` (ICS-DUTY-001 explains why).',
      rationale:
        'Section 149(1) of the Equality Act 2010 requires a public authority, "in the exercise of its functions", to "have due regard to the need to" eliminate discrimination, advance equality of opportunity and foster good relations (quoted in a barristers\' chambers paper; the Act\'s page and the Schedule 19 entry for ICBs were not read). ICBs state that they are bound by it ("All public bodies, which includes NHS Integrated Care Boards, have a general equality duty", South East London ICB) and publish equality information and objectives (Nottingham and Nottinghamshire ICB). A list of duties that leaves it out invites the question. Information.',
      incorrect: `${HEAD}statutory_duties:
  duties:
    - {duty: inequalities, lead: {title: Director of Strategy}}
`,
      correct: `${HEAD}statutory_duties:
  duties:
    - {duty: inequalities, lead: {title: Director of Strategy}}
    - {duty: public_sector_equality_duty, lead: {title: Chief People Officer}, how: Equality objectives published every four years}
`,
      howToFix: 'Add `{duty: public_sector_equality_duty, lead: …, how: …}` to `statutory_duties.duties`: who leads it and how the ICB meets it (equality information published each year, objectives at least every four years).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const sd = icb.statutory_duties;
    const duties = items(sd?.duties);
    if (!sd || duties.length === 0 || linkGiven(sd.recorded_in)) return;
    const g = governanceOf(icb);
    const psed = duties.find((d) => text(d.duty) === 'public_sector_equality_duty');
    if (psed && (g.resolve(psed.lead) || text(psed.how) || text(psed.committee))) return;
    ctx.report({
      message: psed
        ? 'The public sector equality duty is listed without saying who leads it or how it is met. Every ICB must have due regard to the aims of Equality Act 2010 s.149(1) in exercising its functions: say who leads it and how (equality information and objectives, impact assessments).'
        : 'The statutory duties recorded do not include the public sector equality duty (Equality Act 2010 s.149), which binds every ICB in the exercise of its functions (South East London ICB): add it, with who leads it and how it is met.',
      at: psed?.loc ?? sd.duties!.loc,
    });
  },
});
