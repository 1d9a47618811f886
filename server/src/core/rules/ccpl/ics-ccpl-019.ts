import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { governanceOf } from '../../model/governance';
import { CONFED_CCPL_REPORT, NHSCC_LETTER_2021 } from '../citations';
import { ACT_14Z59 } from '../duties/citations';
import { cite } from '../citations';
import { ccplAnchor, ccplOf, SECTION } from './shared';

const ACT_14W = cite('NHS Act 2006 (as amended by the Health and Social Care Act 2012), the CCG predecessor of s.14Z38', 'section 14W(1) (obtain "advice appropriate for enabling it effectively to discharge its functions from persons who (taken together) have a broad range of professional expertise")', 'https://www.legislation.gov.uk/ukpga/2006/41/section/14W/2012-04-01', 'V');
const NHSP_ACT_GUIDE = cite('NHS Providers, A guide to the Health and Care Act 2022: overview of integrated care boards', '"ICBs will also need to ensure they have appropriate clinical advice when making decisions"', 'https://nhsproviders.org/a-guide-to-the-health-and-care-act-2022/overview-of-integrated-care-boards', 'V');

export default defineRule({
  meta: {
    id: 'ICS-CCPL-019',
    slug: 'ccpl-advice-to-board',
    title: 'The constitution says how the board obtains clinical and care professional advice, not only who sits on it.',
    section: SECTION,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...ACT_14Z59, provision: 'section 14Z59(3)(c) (the ICB\'s duty under s.14Z38, obtaining appropriate advice)' },
      ACT_14W,
      NHSP_ACT_GUIDE,
      { ...NHSCC_LETTER_2021, provision: '"clinical leadership – not just advice"' },
      { ...CONFED_CCPL_REPORT, provision: '"Having effective mechanisms to tap into broader clinical and care professional knowledge"' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'When the constitution has a `clinical_and_care_professional_leadership` section, checks that it says how advice reaches the board: an `advice_to_board` route (a senate, forum, clinical executive group, committee or network) that reports to the board or one of its committees (`reports_to`); or forums (`forums`) together with a `statutory_duties` entry for `obtaining_advice` that says `how`. Silent without the section (ICS-CCPL-001 asks for it). Issue 13.',
      rationale:
        'Each ICB has a duty to obtain appropriate advice (NHS Act 2006 s.14Z38, its title read in s.14Z59(3)); its predecessor for CCGs required advice "from persons who (taken together) have a broad range of professional expertise" (s.14W(1), read), and "ICBs will also need to ensure they have appropriate clinical advice when making decisions" (NHS Providers). The seeds of this tool ask for "clinical leadership – not just advice" (NHS Clinical Commissioners and the NHS Confederation, May 2021) — leadership on the board (ICS-CCPL-002, ICS-CCPL-016) and advice reaching it — and for "effective mechanisms to tap into broader clinical and care professional knowledge" (NHS Confederation, July 2021). Who sits on the board is not the same as how the board hears from the professions. Good practice: information.',
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
  advice_to_board:
    - {mechanism: senate, name: Example Clinical and Care Professional Senate, reports_to: icb-board, professions: [medicine, nursing, allied_health, pharmacy, social_work]}
`,
      howToFix: 'Record how the board obtains clinical and care professional advice in `advice_to_board`: each route (a senate, a professional forum, a clinical executive group), whom it reports to, and the professions it draws on.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const ccpl = ccplOf(icb);
    if (!ccpl) return;
    const g = governanceOf(icb);
    if (items(ccpl.advice_to_board).some((r) => g.resolve(r.reports_to))) return;
    const duty = items(icb.statutory_duties?.duties).find((d) => text(d.duty) === 'obtaining_advice');
    if (items(ccpl.forums).length > 0 && text(duty?.how)) return;
    const routes = items(ccpl.advice_to_board).length > 0;
    ctx.report({
      message: routes
        ? 'The routes for clinical and care professional advice (`advice_to_board`) do not say whom they report to (`reports_to`). The ICB must obtain appropriate advice (NHS Act 2006 s.14Z38) and the seeds of this tool ask for "clinical leadership – not just advice": say whether each route reports to the board or one of its committees.'
        : 'The constitution says who leads for the clinical and care professions but not how the board obtains their advice (`advice_to_board`). The ICB must obtain appropriate advice (NHS Act 2006 s.14Z38); the NHS Confederation (2021) asked for "effective mechanisms to tap into broader clinical and care professional knowledge": record the senate, forums or groups that advise the board and whom they report to.',
      at: ccpl.advice_to_board?.loc ?? ccplAnchor(ctx),
    });
  },
});
