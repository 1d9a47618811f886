import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { HWE_TOC, NHSE_ICBLIST } from '../citations';
import { SECTION_1 } from './helpers';
import type { Scalar } from '../../model/spec';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export default defineRule({
  meta: {
    id: 'ICS-AREA-001',
    slug: 'area-is-councils-plus-lsoas',
    title: 'The area is made of whole local authority areas, plus or minus small areas (LSOAs), each listed once and consistently.',
    section: SECTION_1,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...NHSE_ICBLIST, provision: 'the statutory list: areas as whole local authority areas plus lower layer super output areas' },
      { ...HWE_TOC, provision: 'appendix 3 (LSOAs not covered)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks the shape of `icb.area`: local authorities and LSOA codes each listed once, no LSOA both included and excluded, and LSOAs only alongside whole local authority areas. The code format (E01 followed by 6 digits) is checked by the schema.',
      rationale:
        "NHS England's statutory list of ICBs (the ICBs (Establishment) Order 2022) defines each area as whole local authority areas, with some lower layer super output areas (LSOAs, ONS codes starting E01) added or left out where a council's area is split. A constitution that lists the same area twice, or both includes and excludes an LSOA, does not say clearly what the area is.",
      incorrect: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities: [{name: Example City Council, type: unitary}]
    lsoas_included: [E01000001]
    lsoas_excluded: [E01000001]
`,
      correct: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities: [{name: Example City Council, type: unitary}]
    lsoas_included: [E01000001]
`,
      howToFix: 'List each council and each LSOA once; an LSOA is either added to the area (`lsoas_included`) or left out of it (`lsoas_excluded`), never both.',
    },
  },
  check(ctx) {
    const area = ctx.icb!.icb?.area;
    if (!area) return;
    const councils = items(area.local_authorities);
    const seenCouncil = new Map<string, Scalar<string>>();
    for (const la of councils) {
      const name = text(la.name);
      if (!name || !la.name) continue;
      const first = seenCouncil.get(norm(name));
      if (first) {
        ctx.report({
          message: `${name} is listed twice in the ICB's area. The area is made of whole local authority areas (NHS England's statutory list of ICBs): list each council once.`,
          at: la.name.loc,
          related: [{ message: 'first listed here', at: first.loc }],
        });
      } else seenCouncil.set(norm(name), la.name);
    }
    const included = items(area.lsoas_included);
    const excluded = items(area.lsoas_excluded);
    for (const [list, label] of [[included, 'added to'], [excluded, 'left out of']] as const) {
      const seen = new Map<string, Scalar<string>>();
      for (const code of list) {
        const c = text(code)?.toUpperCase();
        if (!c) continue;
        const first = seen.get(c);
        if (first) ctx.report({ message: `LSOA ${c} is ${label} the area twice: list it once (NHS England's statutory list of ICBs adds or leaves out each LSOA once).`, at: code.loc, related: [{ message: 'first listed here', at: first.loc }] });
        else seen.set(c, code);
      }
    }
    const includedCodes = new Map(included.map((c) => [text(c)?.toUpperCase(), c] as const));
    for (const code of excluded) {
      const c = text(code)?.toUpperCase();
      const alsoIncluded = c ? includedCodes.get(c) : undefined;
      if (c && alsoIncluded) {
        ctx.report({
          message: `LSOA ${c} is both added to the area (\`lsoas_included\`) and left out of it (\`lsoas_excluded\`). The statutory list defines the area as whole council areas with some LSOAs added or left out: keep it in one list only.`,
          at: code.loc,
          related: [{ message: 'also listed as included here', at: alsoIncluded.loc }],
        });
      }
    }
    // A council only partly in the area (format 1.1) must say which part: a description, or LSOAs.
    for (const la of councils) {
      if (la.part?.value !== true || text(la.description) || included.length > 0 || excluded.length > 0) continue;
      const path = indexIn(area.local_authorities, la);
      const edit = path >= 0 ? ctx.editor.addAtPath(['icb', 'area', 'local_authorities', path, 'description'], 'TODO') : undefined;
      ctx.report({
        message: `${text(la.name) ?? 'A council'} is only partly in the ICB's area (\`part: true\`), but the constitution does not say which part. Schedule 1B paragraph 2(b) of the NHS Act 2006 requires the constitution to specify the area: describe the part in \`description\` (as the ICBs (Establishment) Order does), or list its LSOAs.`,
        at: la.part.loc,
        fixes: edit ? [{ title: 'Describe the part of the council in the area (to fill in)', safe: false, edits: [edit] }] : undefined,
      });
    }
    if (councils.length === 0 && (included.length > 0 || excluded.length > 0)) {
      ctx.report({
        message:
          "The ICB's area lists small areas (LSOAs) but no local authority. Areas in NHS England's statutory list of ICBs are whole local authority areas with LSOAs added or left out: name the councils under `local_authorities`.",
        at: (area.lsoas_included ?? area.lsoas_excluded)!.loc,
      });
    }
  },
});

function indexIn(list: { loc: { node: unknown } } | undefined, item: { loc: { node: unknown } }): number {
  const seq = list?.loc.node as { items?: unknown[] } | undefined;
  return seq?.items?.indexOf(item.loc.node) ?? -1;
}
