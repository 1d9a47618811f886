import { defineRule } from '../framework';
import { ACT_14Z58, SECTION_14 } from './citations';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-RPT-001',
    slug: 'annual-report-duties-and-hwbs',
    title: 'The annual report explains how the general duties were discharged, and the health and wellbeing boards are consulted on its review of their strategies.',
    section: SECTION_14,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [ACT_14Z58],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Only when the constitution records its annual report (`plans.annual_report`): reports `explains_general_duties: false` and `hwb_consulted: false`. Flags that are not given are not reported: the annual report is not constitution content, and what it contains is for the report.',
      rationale:
        'Section 14Z58 of the NHS Act 2006 (read) requires each ICB to prepare an annual report that must "explain how the integrated care board has discharged its duties under sections 14Z34 to 14Z45 and 14Z49" (s.14Z58(2)(a)), and, in reviewing the steps taken to implement any joint local health and wellbeing strategy, "must consult each relevant Health and Wellbeing Board" (s.14Z58(3)). These are duties of the ICB, not requirements of its constitution, so a constitution that records its annual report otherwise is told, not faulted: information.',
      incorrect: `${HEAD}plans:
  annual_report:
    recorded_in: {url: https://example.nhs.uk/annual-report}
    explains_general_duties: false
`,
      correct: `${HEAD}plans:
  annual_report:
    recorded_in: {url: https://example.nhs.uk/annual-report}
    explains_general_duties: true
    hwb_consulted: true
`,
      howToFix: 'Make sure the annual report explains how each general duty was discharged and that each relevant health and wellbeing board is consulted on the review of its strategy, then record it (`true`).',
    },
  },
  check(ctx) {
    const report = ctx.icb!.plans?.annual_report;
    if (!report) return;
    if (report.explains_general_duties?.value === false) {
      ctx.report({
        message: 'The annual report is recorded as not explaining how the ICB discharged its general duties. Section 14Z58(2)(a) of the NHS Act 2006 requires the annual report to "explain how the integrated care board has discharged its duties under sections 14Z34 to 14Z45 and 14Z49".',
        at: report.explains_general_duties.loc,
      });
    }
    if (report.hwb_consulted?.value === false) {
      ctx.report({
        message: 'The health and wellbeing boards are recorded as not consulted on the annual report. In reviewing the steps taken to implement a joint local health and wellbeing strategy, the ICB "must consult each relevant Health and Wellbeing Board" (NHS Act 2006 s.14Z58(3)).',
        at: report.hwb_consulted.loc,
      });
    }
  },
});
