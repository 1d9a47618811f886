import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { ACT_14Z25 } from '../citations';
import { SECTION_1 } from './helpers';

/** "Example City Council" and "example city council " are the same council. */
export const councilKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\bcouncil\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export default defineRule({
  meta: {
    id: 'ICS-AREA-002',
    slug: 'areas-do-not-overlap',
    title: "No two ICBs' areas coincide or overlap.",
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...ACT_14Z25, provision: 'section 14Z25(3) and (4)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    crossDocument: true,
    fixable: false,
    docs: {
      description:
        'Across the ICB constitutions checked together (a folder or workspace), checks that no council area and no small area (LSOA) is in two ICBs\' areas. Whether the areas together cover all of England cannot be checked from a few files.',
      rationale:
        'Section 14Z25(3) and (4) of the NHS Act 2006 require the areas of integrated care boards to cover the whole of England without coinciding or overlapping, so each place in England belongs to exactly one ICB.',
      incorrect: `kind: icb-constitution
version: 1
icb:
  id: nhs-north
  name: NHS North Integrated Care Board
  area:
    local_authorities: [{name: Example City Council, type: unitary}]
---
kind: icb-constitution
version: 1
icb:
  id: nhs-south
  name: NHS South Integrated Care Board
  area:
    local_authorities: [{name: Example City Council, type: unitary}]
`,
      correct: `kind: icb-constitution
version: 1
icb:
  id: nhs-north
  name: NHS North Integrated Care Board
  area:
    local_authorities: [{name: Example City Council, type: unitary}]
---
kind: icb-constitution
version: 1
icb:
  id: nhs-south
  name: NHS South Integrated Care Board
  area:
    local_authorities: [{name: Southshire County Council, type: county}]
`,
      howToFix:
        "Check both areas against the ICBs (Establishment) Order: where a council's area is split between two ICBs, list it in one and add the other ICB's part as LSOAs (`lsoas_excluded` in one, `lsoas_included` in the other).",
    },
  },
  check(ctx) {
    const me = ctx.icb!;
    const myId = text(me.icb?.id);
    const myName = text(me.icb?.name) ?? myId ?? 'this ICB';
    const myCouncils = items(me.icb?.area?.local_authorities).filter((la) => text(la.name));
    const myLsoas = items(me.icb?.area?.lsoas_included).filter((c) => text(c));
    for (const other of ctx.system.icbs) {
      if (other.document === ctx.document) continue;
      const otherId = text(other.model.icb?.id);
      if (myId && otherId === myId) continue; // the same ICB (another copy or version) is not a second ICB
      const otherName = text(other.model.icb?.name) ?? otherId ?? 'another ICB';
      const theirs = new Map(items(other.model.icb?.area?.local_authorities).filter((la) => text(la.name)).map((la) => [councilKey(text(la.name)!), la] as const));
      const shared = myCouncils.filter((la) => theirs.has(councilKey(text(la.name)!)));
      const coincide = shared.length > 0 && shared.length === myCouncils.length && theirs.size === myCouncils.length;
      for (const la of shared) {
        const their = theirs.get(councilKey(text(la.name)!))!;
        ctx.report({
          message: `${text(la.name)} is in the area of ${myName} and also of ${otherName}${coincide ? ' (the two areas coincide)' : ''}. Section 14Z25(3)–(4) of the NHS Act 2006 does not allow ICB areas to coincide or overlap: check both against the ICBs (Establishment) Order, and where a council's area is split, list the parts as LSOAs.`,
          at: la.name!.loc,
          related: [{ message: `also in the area of ${otherName}`, at: their.name!.loc, uri: other.uri }],
        });
      }
      const theirLsoas = new Map(items(other.model.icb?.area?.lsoas_included).filter((c) => text(c)).map((c) => [text(c)!.toUpperCase(), c] as const));
      for (const code of myLsoas) {
        const their = theirLsoas.get(text(code)!.toUpperCase());
        if (!their) continue;
        ctx.report({
          message: `LSOA ${text(code)!.toUpperCase()} is added to the area of ${myName} and also of ${otherName}. Section 14Z25(3)–(4) of the NHS Act 2006 does not allow ICB areas to overlap: it can belong to one ICB only.`,
          at: code.loc,
          related: [{ message: `also added to the area of ${otherName}`, at: their.loc, uri: other.uri }],
        });
      }
    }
  },
});
