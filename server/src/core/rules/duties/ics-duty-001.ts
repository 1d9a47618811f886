import { defineRule } from '../framework';
import { items, linkGiven, text } from '../../model/query';
import { governanceOf } from '../../model/governance';
import { listText } from '../committees/helpers';
import { ACT_14Z52_2B, ACT_14Z59, HWE_738, SECTION_14 } from './citations';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

/** The general duties of ss.14Z34 to 14Z45, in the order of the Act. */
export const GENERAL_DUTIES = [
  'quality',
  'inequalities',
  'patient_involvement',
  'patient_choice',
  'obtaining_advice',
  'innovation',
  'research',
  'education_and_training',
  'integration',
  'effect_of_decisions',
  'climate',
  'public_involvement',
] as const;

/**
 * A duty in words for messages. Section numbers are left out: those of ss.14Z36, 14Z37, 14Z39,
 * 14Z41, 14Z42 and 14Z44 were not read (the schema's descriptions say which).
 */
const DUTY_WORDS: Record<string, string> = {
  quality: 'improving the quality of services',
  inequalities: 'reducing inequalities',
  patient_involvement: 'patient involvement',
  patient_choice: 'patient choice',
  obtaining_advice: 'obtaining appropriate advice',
  innovation: 'innovation',
  research: 'research',
  education_and_training: 'education and training',
  integration: 'integration',
  effect_of_decisions: 'the wider effect of decisions',
  climate: 'climate change',
  public_involvement: 'public involvement and consultation',
  public_sector_equality_duty: 'the public sector equality duty',
  financial_duties: 'the financial duties',
};

export function dutyWords(key: string): string {
  return DUTY_WORDS[key] ?? key.replace(/_/g, ' ');
}

export default defineRule({
  meta: {
    id: 'ICS-DUTY-001',
    slug: 'general-duties-secured',
    title: 'Where the constitution records how the ICB secures its general duties (ss.14Z34–14Z45), it covers each of them and says who or what secures each.',
    section: SECTION_14,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [ACT_14Z59, ACT_14Z52_2B, HWE_738],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'When the constitution writes out how it secures its duties (`statutory_duties.duties`, without `recorded_in`), checks that each entry says who leads the duty, which committee assures it, or how it is secured (`lead`, `committee` or `how`), and that the twelve general duties of ss.14Z34 to 14Z45 are all there. A `statutory_duties` block with neither duties nor `recorded_in` is reported. A constitution without `statutory_duties` is not: the joint forward plan is where the law puts this (s.14Z52(2)(b)), and ICS-PLAN-001 reports a constitution silent about the plan.',
      rationale:
        'The NHS Act 2006 gives ICBs general duties in ss.14Z34 to 14Z45 — quality, inequalities, obtaining appropriate advice, research, the wider effect of decisions and public involvement among them (their titles read in s.14Z59(3); the numbers of ss.14Z36, 14Z37, 14Z39, 14Z41, 14Z42 and 14Z44 were not read) — and requires the joint forward plan to "explain how the integrated care board proposes to discharge its duties under sections 14Z34 to 14Z45" (s.14Z52(2)(b), read). Constitutions derived from the NHS England model refer to the plan for this (Hertfordshire and West Essex 7.3.8). The law does not require the constitution to list the duties, so this is information: when a constitution chooses to record them, a reviewer will look for all twelve and for who answers for each.',
      incorrect: `${HEAD}statutory_duties:
  duties:
    - {duty: quality}
`,
      correct: `${HEAD}statutory_duties:
  duties:
    - {duty: quality, lead: {title: Chief Nursing Officer}, committee: icb-board}
    - {duty: inequalities, lead: {title: Director of Strategy}}
    - {duty: patient_involvement, how: Through the engagement strategy}
    - {duty: patient_choice, how: Through contracts and the choice framework}
    - {duty: obtaining_advice, how: The clinical and care professional senate advises the board}
    - {duty: innovation, lead: {title: Chief Medical Officer}}
    - {duty: research, lead: {title: Chief Medical Officer}}
    - {duty: education_and_training, lead: {title: Chief People Officer}}
    - {duty: integration, lead: {title: Director of Strategy}}
    - {duty: effect_of_decisions, committee: icb-board}
    - {duty: climate, lead: {title: Chief Finance Officer}}
    - {duty: public_involvement, lead: {title: Director of Communications}}
`,
      howToFix: 'For each general duty, say who leads it, which committee assures it or how it is secured; or give `statutory_duties.recorded_in` for the document (often the joint forward plan) that does.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const sd = icb.statutory_duties;
    if (!sd || linkGiven(sd.recorded_in)) return;
    const duties = items(sd.duties);
    if (duties.length === 0) {
      ctx.report({
        message: 'The constitution has a `statutory_duties` block that records no duties. The joint forward plan must explain how the ICB will discharge its general duties under ss.14Z34 to 14Z45 (NHS Act 2006 s.14Z52(2)(b)): list the duties with who leads each, or give `recorded_in` for the document that does.',
        at: sd.loc,
      });
      return;
    }
    const g = governanceOf(icb);
    for (const d of duties) {
      if (g.resolve(d.lead) || text(d.committee) || text(d.how)) continue;
      const key = text(d.duty);
      ctx.report({
        message: `The duty ${key ? `of ${dutyWords(key)} ` : ''}is listed without saying who leads it, which committee assures it or how it is secured (\`lead\`, \`committee\` or \`how\`). A duty with nobody answering for it is only a heading: say who or what secures it.`,
        at: d.loc,
      });
    }
    const listed = new Set(duties.map((d) => text(d.duty)));
    const missing = GENERAL_DUTIES.filter((k) => !listed.has(k));
    if (missing.length === 0) return;
    ctx.report({
      message: `The statutory duties recorded leave out ${missing.length === 1 ? 'the general duty of' : `${missing.length} of the twelve general duties of ss.14Z34 to 14Z45:`} ${listText(missing.map(dutyWords))}. The joint forward plan must explain how the ICB discharges each of its general duties under ss.14Z34 to 14Z45 (NHS Act 2006 s.14Z52(2)(b)): add ${missing.length === 1 ? 'it' : 'them'}, or give \`recorded_in\` for the document that covers them all.`,
      at: sd.duties!.loc,
    });
  },
});
