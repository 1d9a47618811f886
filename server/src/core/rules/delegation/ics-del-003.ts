import { defineRule } from '../framework';
import { text } from '../../model/query';
import { arrangementLabel, arrangementsOfType } from '../../model/governance';
import { capitalise } from '../committees/helpers';
import { HWE_TOC } from '../place/citations';
import { ACT_65Z5, NHSE_DELEGATION, SECTION_11, SWL_ACCOUNTABLE } from './citations';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

const WHO: Record<string, string> = {
  delegate: 'the body it delegates to',
  nhs_england: 'NHS England',
  secretary_of_state: 'the Secretary of State',
  each_party: 'each party',
};

export default defineRule({
  meta: {
    id: 'ICS-DEL-003',
    slug: 'delegation-by-icb-keeps-accountability',
    title: 'When the ICB delegates its own functions, the ICB stays accountable for them.',
    section: SECTION_11,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [SWL_ACCOUNTABLE, { ...HWE_TOC, provision: 'section 1.1: the ICB exercises its functions through others "while remaining accountable"' }, NHSE_DELEGATION, { ...ACT_65Z5, provision: 'section 65Z5 (arrangements for another body to exercise a function)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Checks each `joint_working.arrangements[]` entry of `type: delegation_by_icb` (the ICB\'s functions exercised by a provider, a provider collaborative or another ICB): when it states an `accountable_body`, that is the ICB (`icb`). An arrangement that does not state one is not reported — leaving it out contradicts nothing.',
      rationale:
        '"The Board remains accountable for all of its functions including those that it has delegated" (South West London ICB), and constitutions derived from the NHS England model say the ICB works through others "while remaining accountable" (Hertfordshire and West Essex 1.1). Section 65Z5 of the NHS Act 2006 lets the ICB arrange for another body to exercise a function; nothing in it moves the ICB\'s accountability. A record that makes the delegate accountable says something the ICB cannot do. It is the same principle as ICS-PLACE-006 for places: a warning (NHS England policy).',
      incorrect: `${HEAD}joint_working:
  arrangements:
    - {id: mh-lead, type: delegation_by_icb, to: {name: Example MH NHS FT, org_type: foundation_trust}, functions: [adult secure services], reports_to: [icb-board], accountable_body: delegate}
`,
      correct: `${HEAD}joint_working:
  arrangements:
    - {id: mh-lead, type: delegation_by_icb, to: {name: Example MH NHS FT, org_type: foundation_trust}, functions: [adult secure services], reports_to: [icb-board], accountable_body: icb}
`,
      howToFix: 'Set `accountable_body: icb`: the ICB stays accountable for functions it arranges for others to exercise. If the arrangement is in fact a transfer of another body\'s functions, record it with the right `type`.',
    },
  },
  check(ctx) {
    for (const a of arrangementsOfType(ctx.icb!, 'delegation_by_icb')) {
      const body = text(a.accountable_body);
      if (!body || !(body in WHO)) continue;
      ctx.report({
        message: `${capitalise(arrangementLabel(a))} delegates the ICB's own functions but makes ${WHO[body]} accountable (\`accountable_body: ${body}\`). The ICB remains accountable for the functions it delegates ("The Board remains accountable for all of its functions including those that it has delegated", South West London ICB; the NHS England model constitution): record \`accountable_body: icb\`.`,
        at: a.accountable_body!.loc,
      });
    }
  },
});
