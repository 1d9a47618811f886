import { defineRule } from '../framework';
import { items, linkGiven, text, values } from '../../model/query';
import { arrangementLabel, arrangementsOfType, functionKeys } from '../../model/governance';
import { capitalise, listText } from '../committees/helpers';
import { LINC_GOV, NHSE_PC_DELEGATION, SECTION_12 } from '../delegation/citations';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-FUNC-003',
    slug: 'delegated-functions-in-map',
    title: 'Functions delegated to the ICB appear in its functions map.',
    section: SECTION_12,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...LINC_GOV, provision: '"The Functions and Decision map also includes decision making responsibilities that are delegated to the ICB (for example, from NHS England)"' },
      NHSE_PC_DELEGATION,
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'For each delegation to the ICB (`joint_working.arrangements[]` of `type: delegation_to_icb`), checks that the functions it lists by key (e.g. `primary_medical_services`, `specialised_services`) appear in the functions map the constitution writes out (`functions_map.functions`). Silent when there is no written map, or the map has `recorded_in`. The quick fix adds the missing entries, decided by the body the arrangement says exercises them and pointing back to the arrangement: it only restates what the document already says, so it is safe.',
      rationale:
        'A functions and decision map "also includes decision making responsibilities that are delegated to the ICB (for example, from NHS England)" (Lincolnshire ICB), and NHS England delegates primary care and specialised services to every ICB (NHS England, primary care delegation). A map that leaves them out understates what the ICB decides and hides who decides it. A warning (NHS England policy).',
      incorrect: `${HEAD}board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
committees:
  - {id: primary-care-committee, name: Primary Care Commissioning Committee, type: primary_care, chair: jane-smith, reports_to: icb-board}
joint_working:
  arrangements:
    - {id: nhse-pc, type: delegation_to_icb, functions: [primary_medical_services], exercised_by: primary-care-committee, accountable_body: nhs_england}
functions_map:
  functions:
    - {function: quality_assurance, decided_by: icb-board}
`,
      correct: `${HEAD}board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
committees:
  - {id: primary-care-committee, name: Primary Care Commissioning Committee, type: primary_care, chair: jane-smith, reports_to: icb-board}
joint_working:
  arrangements:
    - {id: nhse-pc, type: delegation_to_icb, functions: [primary_medical_services], exercised_by: primary-care-committee, accountable_body: nhs_england}
functions_map:
  functions:
    - {function: quality_assurance, decided_by: icb-board}
    - {function: primary_medical_services, decided_by: primary-care-committee, delegated_from: nhse-pc}
`,
      howToFix: 'Add each delegated function to `functions_map.functions` with where it is decided and `delegated_from` naming the arrangement (the quick fix does this from what the arrangement says).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const map = icb.functions_map;
    if (!map?.functions || items(map.functions).length === 0 || linkGiven(map.recorded_in)) return;
    const keys = new Set(functionKeys().filter((k) => k !== 'other'));
    const mapped = new Set(items(map.functions).map((f) => text(f.function)).filter((k): k is string => !!k));
    for (const a of arrangementsOfType(icb, 'delegation_to_icb')) {
      const missing = [...new Set(values(a.functions).map((f) => f.trim()))].filter((f) => keys.has(f) && !mapped.has(f));
      if (missing.length === 0) continue;
      const id = text(a.id);
      const decider = a.exercised_by?.value;
      const entries = missing.map((f) => ({ function: f, ...(decider !== undefined && decider !== null ? { decided_by: decider } : {}), ...(id ? { delegated_from: id } : {}) }));
      const edit = decider !== undefined && decider !== null ? ctx.editor.addAtPath(['functions_map', 'functions'], entries) : undefined;
      ctx.report({
        message: `${capitalise(arrangementLabel(a))} delegates ${listText(missing.map((f) => f.replace(/_/g, ' ')))} to the ICB, but the functions map does not include ${missing.length === 1 ? 'it' : 'them'}. The map includes decision-making responsibilities delegated to the ICB, for example from NHS England (Lincolnshire ICB): add ${missing.length === 1 ? 'it' : 'them'}, with where ${missing.length === 1 ? 'it is' : 'they are'} decided.`,
        at: a.functions?.loc ?? a.loc,
        fixes: edit ? [{ title: `Add ${listText(missing)} to the functions map, as the arrangement says`, safe: true, edits: [edit] }] : undefined,
      });
    }
  },
});
