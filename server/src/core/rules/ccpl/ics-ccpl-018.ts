import { defineRule } from '../framework';
import { text } from '../../model/query';
import { listText } from '../committees/helpers';
import { monthsBetween } from '../officers/ics-off-006';
import { CONFED_CCPL_REPORT, cite } from '../citations';
import { ccplAnchor, ccplOf, SECTION } from './shared';

/** How old a self-assessment may be before it is reported: this tool's own allowance (no source gives one). */
export const CCPL_EVALUATION_MONTHS = 24;

const INTEGRATEDHLTH = cite('Integrated Health, summary of NHS England\'s ICS implementation guidance on effective clinical and care professional leadership (September 2021)', '"\'what good looks like\' in each case, to help systems evaluate current arrangements and identify where more development might be needed"', 'https://www.integratedhlth.co.uk/2021/09/12/nhs-guidance-on-ics-strategy-released/', 'I');
const NHSP_CCPL = cite('NHS Providers, "Clinical leadership has to be deeply embedded within new systems"', 'the guidance "sets a clear series of tests by which integrated care boards (ICBs) can assess their maturity"', 'https://nhsproviders.org/news-blogs/blogs/clinical-leadership-has-to-be-deeply-embedded-within-new-systems', 'I');

export default defineRule({
  meta: {
    id: 'ICS-CCPL-018',
    slug: 'ccpl-evaluated-board-sighted',
    title: 'Clinical and care professional leadership is evaluated against the principles, and the board is sighted on the gaps.',
    section: SECTION,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...CONFED_CCPL_REPORT, provision: 'Appendix 2: systems "self-assess" their progress, "sighting the NHS ICS board on identified gaps"; draft principle 7, a "learning system" approach' },
      INTEGRATEDHLTH,
      NHSP_CCPL,
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        `When the constitution has a \`clinical_and_care_professional_leadership\` section, checks that it records an \`evaluation\`: the latest self-assessment (\`self_assessment.last_on\`), when the board was sighted on it (\`board_sighted.on\`, not before the assessment), and the gaps found (\`gaps\`, which may be an empty list); and that the self-assessment is no more than ${CCPL_EVALUATION_MONTHS} months old. ${CCPL_EVALUATION_MONTHS} months is this tool's own allowance: no source gives a period. Silent without the section (ICS-CCPL-001 asks for it).`,
      rationale:
        'The NHS Confederation\'s report on clinical and care professional leadership (July 2021) expected systems "to use the principles and guidance to \'self-assess\' their progress, sighting the NHS ICS board on identified gaps and further development needs", and its seventh draft principle asked for a "learning system" approach in which "measuring the effectiveness of their clinical and care professional leadership arrangements, and adapting their approach … is considered business as usual". NHS England\'s final guidance describes "what good looks like" so that systems can "evaluate current arrangements" (as summaries of it report; the guidance itself was not read for this rule). Good practice: information.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
clinical_and_care_professional_leadership:
  framework: {url: https://example.nhs.uk/ccpl-framework, agreed_with: [icp, trusts]}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
clinical_and_care_professional_leadership:
  framework: {url: https://example.nhs.uk/ccpl-framework, agreed_with: [icp, trusts]}
  evaluation:
    self_assessment: {last_on: 2026-03, against: design_principles, method: survey and workshops with place leads}
    board_sighted: {on: 2026-05, meeting: icb-board}
    gaps: [AHP leadership at neighbourhood level]
`,
      howToFix: 'Record the latest self-assessment against the design principles, when the board considered it, and the gaps found (`clinical_and_care_professional_leadership.evaluation`); repeat it regularly.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const ccpl = ccplOf(icb);
    if (!ccpl) return;
    const e = ccpl.evaluation;
    if (!e) {
      ctx.report({
        message: 'The clinical and care professional leadership section does not say how the arrangements are evaluated (`evaluation`). The NHS Confederation (2021) expected systems to self-assess against the principles, "sighting the NHS ICS board on identified gaps", as a learning system: record the latest self-assessment, when the board saw it and the gaps found.',
        at: ccplAnchor(ctx),
      });
      return;
    }
    const last = text(e.self_assessment?.last_on);
    const sighted = text(e.board_sighted?.on);
    const missing: string[] = [];
    if (!last) missing.push('when the latest self-assessment was done (`self_assessment.last_on`)');
    if (!sighted) missing.push('when the board was sighted on it (`board_sighted.on`)');
    if (!e.gaps) missing.push('the gaps found (`gaps`, an empty list if none)');
    if (missing.length > 0) {
      ctx.report({
        message: `The evaluation of clinical and care professional leadership does not record ${listText(missing)}. The NHS Confederation (2021) expected systems to self-assess and sight the board on the gaps: add ${missing.length === 1 ? 'it' : 'them'}.`,
        at: e.loc,
      });
    }
    if (last && sighted && sighted.slice(0, last.length) < last.slice(0, sighted.length)) {
      ctx.report({
        message: `The board was sighted on the self-assessment (${sighted}) before it was done (${last}). Check the dates: the board sees the gaps the self-assessment found.`,
        at: e.board_sighted!.on!.loc,
        related: [{ message: 'self-assessment date', at: e.self_assessment!.last_on!.loc }],
      });
    }
    const today = ctx.options.today ?? new Date().toISOString().slice(0, 10);
    const age = last ? monthsBetween(last, today) : undefined;
    if (age !== undefined && age > CCPL_EVALUATION_MONTHS) {
      ctx.report({
        message: `The last self-assessment of clinical and care professional leadership was ${last}, ${age} months ago. A learning system measures its arrangements and adapts them as business as usual (the NHS Confederation's seventh draft principle); this tool reports one older than ${CCPL_EVALUATION_MONTHS} months (its own allowance): record the latest, or repeat it.`,
        at: e.self_assessment!.last_on!.loc,
      });
    }
  },
});
