import { defineRule } from '../framework';
import { firstLoc, items, text, values } from '../../model/query';
import { ACT_SCH1B_P1 } from '../citations';
import { SECTION_1 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-CONST-003',
    slug: 'constitution-states-area',
    title: 'The constitution states the area the ICB is established for.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 2(b)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `icb.area` names at least one local authority area (or small areas, LSOAs, added to it).',
      rationale: "Schedule 1B paragraph 2(b) to the NHS Act 2006 says an ICB's constitution must specify the area for which the board is established.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`,
      correct: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities:
      - {name: Exampleshire County Council, type: county}
`,
      howToFix: 'Under `icb:`, add `area:` with `local_authorities:` listing each council whose area the ICB covers, as in the ICBs (Establishment) Order.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const area = icb.icb?.area;
    const councils = items(area?.local_authorities).filter((la) => text(la.name));
    if (councils.length > 0 || values(area?.lsoas_included).length > 0) return;
    const edit = ctx.editor.addAtPath(['icb', 'area', 'local_authorities'], [{ name: 'TODO' }]);
    ctx.report({
      message: area
        ? "The ICB's area names no local authority. Schedule 1B paragraph 2(b) of the NHS Act 2006 requires the constitution to specify the area the board is established for: list the councils under `icb.area.local_authorities`."
        : "The constitution does not state the ICB's area. Schedule 1B paragraph 2(b) of the NHS Act 2006 requires it to specify the area the board is established for: add `area:` under `icb:` with its `local_authorities`.",
      at: firstLoc(area?.local_authorities, area, icb.icb, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: 'Add a local authority to the area (to fill in)', safe: false, edits: [edit] }] : undefined,
    });
  },
});
