import { defineRule } from '../framework';
import { text } from '../../model/query';
import { listText } from '../committees/helpers';
import { HWE_FPPT, NHSE_FPPT, NHSE_FPPT_FAQ, NHSE_FPPT_LETTER, SECTION_15 } from '../duties/citations';
import { NHSE_CONST24 } from '../citations';
import { HEAD } from './shared';

/** A year and a quarter: how old the last annual assessment may be before it is reported. */
export const FPPT_GRACE_MONTHS = 15;

/** Months from a YYYY-MM(-DD) date to another (by calendar month). */
export function monthsBetween(from: string, to: string): number | undefined {
  const m1 = /^(\d{4})-(\d{2})/.exec(from);
  const m2 = /^(\d{4})-(\d{2})/.exec(to);
  if (!m1 || !m2) return undefined;
  return Number(m2[1]) * 12 + Number(m2[2]) - (Number(m1[1]) * 12 + Number(m1[2]));
}

export default defineRule({
  meta: {
    id: 'ICS-OFF-006',
    slug: 'fit-and-proper-person-annual-assessment',
    title: 'Where the constitution records how the fit and proper person test is applied, it is assessed every year and the result reported.',
    section: SECTION_15,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [NHSE_FPPT, NHSE_FPPT_LETTER, NHSE_FPPT_FAQ, HWE_FPPT, { ...NHSE_CONST24, provision: 'the senior non-executive supports the regional director in the chair\'s fit and proper person test' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Only when the constitution records `appointments.fit_and_proper_person_test`: checks that the `annual_assessment` says who carries it out (`by`), to whom it is reported (`reported_to`) and when it was last done (`last_on`), and that `last_on` is no more than 15 months before today — a year and a quarter\'s grace, this tool\'s own allowance. ICS-ELIG-001 checks that the test is an eligibility criterion; this rule checks the process, and is silent when the constitution does not describe it.',
      rationale:
        'NHS England\'s fit and proper person test framework (2023, updated 2024) applies to "executive and non-executive directors of integrated care boards … interim as well as permanent appointments"; it "is not statutory (other than CQC Regulation 5 Fit and Proper Persons: Board directors)" (NHS England\'s FAQ), and "Integrated Care Boards are required to demonstrate compliance with the FPPR on an annual basis" (Hertfordshire and West Essex ICB\'s policy). NHS England\'s 2023/24 guidance has the senior non-executive support the regional director on the chair\'s test. Approved constitutions state the test as an eligibility criterion and keep the process in policy, so this is asked only of constitutions that describe the process: a warning (NHS England policy).',
      incorrect: `${HEAD}appointments:
  eligibility: [fit_and_proper_person_test, nolan_principles, role_specification]
  fit_and_proper_person_test:
    policy: {url: https://example.nhs.uk/fppt-policy}
    annual_assessment: {by: chair, reported_to: nhs_england_regional_director, last_on: 2024-06}
`,
      correct: `${HEAD}appointments:
  eligibility: [fit_and_proper_person_test, nolan_principles, role_specification]
  fit_and_proper_person_test:
    policy: {url: https://example.nhs.uk/fppt-policy}
    annual_assessment: {by: chair, reported_to: nhs_england_regional_director, last_on: 2026-06}
`,
      howToFix: 'Record who carries out the annual fit and proper person assessment, to whom it is submitted (NHS England\'s regional director), and when it was last completed; if it is overdue, complete it.',
    },
  },
  check(ctx) {
    const fppt = ctx.icb!.appointments?.fit_and_proper_person_test;
    if (!fppt) return;
    const a = fppt.annual_assessment;
    const missing: string[] = [];
    if (!text(a?.by)) missing.push('who carries it out (`by`)');
    if (!text(a?.reported_to)) missing.push('to whom it is reported (`reported_to`)');
    if (!text(a?.last_on)) missing.push('when it was last done (`last_on`)');
    if (missing.length > 0) {
      ctx.report({
        message: `The fit and proper person test is recorded without saying, for its annual assessment, ${listText(missing)}. NHS England's framework applies the test to every ICB board member, and ICBs demonstrate compliance each year (as in Hertfordshire and West Essex ICB's policy): add ${missing.length === 1 ? 'it' : 'them'}.`,
        at: a?.loc ?? fppt.loc,
      });
    }
    const last = text(a?.last_on);
    const today = ctx.options.today ?? new Date().toISOString().slice(0, 10);
    const age = last ? monthsBetween(last, today) : undefined;
    if (age === undefined || age <= FPPT_GRACE_MONTHS) return;
    ctx.report({
      message: `The last annual fit and proper person assessment recorded was ${last}, ${age} months ago. The assessment is annual (NHS England's framework; Hertfordshire and West Essex ICB's policy): this tool allows ${FPPT_GRACE_MONTHS} months before it reports one as overdue. Record the latest assessment, or complete it.`,
      at: a!.last_on!.loc,
    });
  },
});
