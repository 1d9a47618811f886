import { defineRule } from '../framework';
import { text } from '../../model/query';
import { SECTION_5 } from './helpers';
import { HNY_COI_2017, NHSE_COI_CCG_2017, NHSE_COI_CURRENT } from './psr-citations';

const REPLACED: Record<string, string> = {
  'ccg-statutory-2017': 'the 2017 statutory guidance on managing conflicts of interest for CCGs',
  'nhs-wide-2017': 'the 2017 NHS-wide guidance "Managing conflicts of interest in the NHS"',
};

export default defineRule({
  meta: {
    id: 'ICS-COI-008',
    slug: 'coi-current-national-guidance',
    title: 'The conflicts of interest policy follows NHS England\'s current guidance, which replaced the 2017 guidance for ICBs.',
    section: SECTION_5,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [NHSE_COI_CURRENT, NHSE_COI_CCG_2017, HNY_COI_2017],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Reports a conflicts of interest policy recorded as following the 2017 guidance (`conflicts_of_interest.national_guidance: ccg-statutory-2017` or `nhs-wide-2017`). A policy whose national guidance is not stated is not reported: which guidance a linked policy follows cannot be told from the constitution. Issue 13.',
      rationale:
        'NHS England\'s current "Managing conflicts of interest in the NHS" "replaces and updates the NHS-wide guidance \'Managing conflicts of interest in the NHS\', issued in 2017, to take account of changes introduced by the Health and Care Act 2022, specifically the establishment of integrated care boards and the introduction of the provider selection regime", and "is applicable to … integrated care boards (ICBs)" (read). The 2017 statutory guidance was written for CCGs (NHS England, June 2017). Some ICB policies still cite it (Humber and North Yorkshire ICB: "in line with the updated Conflict of Interest Guidance published by NHS England which came into force in June 2017"). A policy on superseded guidance misses what the Act and the Provider Selection Regime changed: a warning (NHS England policy).',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  policy: {url: https://example.nhs.uk/coi-policy}
  national_guidance: ccg-statutory-2017
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  policy: {url: https://example.nhs.uk/coi-policy}
  national_guidance: nhse-managing-conflicts-current
`,
      howToFix: 'Revise the conflicts of interest policy against NHS England\'s current "Managing conflicts of interest in the NHS" (which covers ICBs and the Provider Selection Regime), then record `national_guidance: nhse-managing-conflicts-current`. Changing the key alone changes nothing.',
    },
  },
  check(ctx) {
    const g = ctx.icb!.conflicts_of_interest?.national_guidance;
    const value = text(g);
    if (!value || !(value in REPLACED)) return;
    ctx.report({
      message: `The conflicts of interest policy follows ${REPLACED[value]}, which NHS England's current "Managing conflicts of interest in the NHS" replaced for ICBs, to take account of the Health and Care Act 2022 and the Provider Selection Regime: revise the policy against the current guidance.`,
      at: g!.loc,
    });
  },
});
