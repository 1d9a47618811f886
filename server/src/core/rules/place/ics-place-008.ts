import { defineRule } from '../framework';
import { text } from '../../model/query';
import { KF_PLACE, MR_TP, NHSE_SE } from './citations';
import { areaCouncils, capitalise, findCouncil, placeViews, present, prose, RESPONSIBLE_TYPES } from './system';

export default defineRule({
  meta: {
    id: 'ICS-PLACE-008',
    slug: 'place-follows-council-boundary',
    title: 'A place usually follows one upper-tier or unitary council\'s boundary; a place that crosses council boundaries should say why.',
    section: '7. Place-based partnerships',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...KF_PLACE, provision: 'places often (although not always) match an upper-tier or unitary local authority area' },
      { ...MR_TP, provision: 'place footprints' },
      { ...NHSE_SE, provision: 'place footprints and local authority boundaries' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    crossDocument: true,
    fixable: true,
    docs: {
      description:
        'Looks up the place\'s `local_authorities` in the area of its ICB (`icb.area.local_authorities` with their `type`). When the place spans more than one county, unitary, metropolitan borough, London borough or sui generis council and its `footprint` does not describe the agreed boundary, it notes this. For a place-partnership file, the ICB constitution its `icb:` names must be among the documents checked together.',
      rationale:
        'The King\'s Fund and NHS England\'s regional guidance note that place-based partnerships often, though not always, match the area of an upper-tier or unitary council — the level at which health and social care budgets and plans are joined up. A place that crosses council boundaries is a deliberate local choice; writing down the agreed footprint shows it was made on purpose and agreed with each council.',
      incorrect: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities:
      - {name: Example City Council, type: unitary}
      - {name: Riverside Borough Council, type: unitary}
places:
  - id: example-city
    name: Example City and Riverside
    local_authorities: [Example City Council, Riverside Borough Council]
`,
      correct: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities:
      - {name: Example City Council, type: unitary}
      - {name: Riverside Borough Council, type: unitary}
places:
  - id: example-city
    name: Example City and Riverside
    local_authorities: [Example City Council, Riverside Borough Council]
    footprint: the areas of Example City Council and Riverside Borough Council, agreed with both councils in 2022 because they share one acute hospital
`,
      howToFix: 'Describe the agreed boundary, and why it spans several councils, in the place\'s `footprint`.',
    },
  },
  check(ctx) {
    for (const pv of placeViews(ctx)) {
      if (!pv.owner) continue;
      const p = pv.place;
      if (text(p.footprint)) continue;
      const area = areaCouncils(pv.owner.model);
      const upper = present(p.local_authorities)
        .map((name) => findCouncil(area, name))
        .filter((c) => c !== undefined && c.type !== undefined && RESPONSIBLE_TYPES.has(c.type));
      if (upper.length < 2) continue;
      const edit = ctx.editor.addAtPath([...pv.path, 'footprint'], `TODO: the agreed boundary across ${upper.map((c) => c!.name).join(' and ')}, and why`);
      ctx.report({
        message: `${capitalise(pv.label)} spans ${upper.length} councils with social care responsibility (${prose(upper.map((c) => c!.name))}). Places usually follow one upper-tier or unitary council's boundary (The King's Fund; NHS England South East): describe the agreed footprint and why in \`footprint\`.`,
        at: p.local_authorities?.loc ?? pv.anchor,
        related: upper.map((c) => ({ message: `${c!.name} is a ${c!.type!.replace(/_/g, ' ')} council of the ICB's area`, at: c!.loc, uri: pv.owner!.uri })),
        fixes: edit ? [{ title: 'Describe the footprint (to complete)', safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
