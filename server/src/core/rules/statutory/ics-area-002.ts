import { defineRule, type SystemDoc } from '../framework';
import type { IcbConstitution } from '../../model/kinds';
import type { Loc } from '../../model/spec';
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
      changes: [
        'Issue 9: a council split between ICBs that both list only their part (`part: true`, format 1.1) is not an overlap; the advice mentions that way of saying so.',
      ],
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
    // Who claims each council and LSOA, indexed once for the whole system.
    const claims = ctx.system.memo('ICS-AREA-002', () => {
      const councils = new Map<string, { doc: SystemDoc<IcbConstitution>; at: Loc }[]>();
      const lsoas = new Map<string, { doc: SystemDoc<IcbConstitution>; at: Loc }[]>();
      const add = (index: typeof councils, key: string, doc: SystemDoc<IcbConstitution>, at: Loc) => {
        if (!index.has(key)) index.set(key, []);
        index.get(key)!.push({ doc, at });
      };
      for (const doc of ctx.system.icbs) {
        for (const la of items(doc.model.icb?.area?.local_authorities)) if (text(la.name)) add(councils, councilKey(text(la.name)!), doc, la.name!.loc);
        for (const c of items(doc.model.icb?.area?.lsoas_included)) if (text(c)) add(lsoas, text(c)!.toUpperCase(), doc, c.loc);
      }
      return { councils, lsoas };
    });
    const isOther = (d: SystemDoc<IcbConstitution>) => d.document !== ctx.document && !(myId && text(d.model.icb?.id) === myId); // the same ICB (another copy) is not a second ICB
    const nameOf = (d: SystemDoc<IcbConstitution>) => text(d.model.icb?.name) ?? text(d.model.icb?.id) ?? 'another ICB';
    const councilKeys = (d: SystemDoc<IcbConstitution>) => new Set(items(d.model.icb?.area?.local_authorities).filter((la) => text(la.name)).map((la) => councilKey(text(la.name)!)));
    const myKeys = new Set(myCouncils.map((la) => councilKey(text(la.name)!)));
    // A council split between ICBs, each listing only its part (format 1.1: `part: true`), is not an overlap.
    const isPart = (d: SystemDoc<IcbConstitution>, name: string) =>
      items(d.model.icb?.area?.local_authorities).some((x) => text(x.name) && councilKey(text(x.name)!) === councilKey(name) && x.part?.value === true);
    for (const la of myCouncils) {
      for (const their of (claims.councils.get(councilKey(text(la.name)!)) ?? []).filter((c) => isOther(c.doc))) {
        if (la.part?.value === true && isPart(their.doc, text(la.name)!)) continue;
        const theirKeys = councilKeys(their.doc);
        const coincide = theirKeys.size === myKeys.size && [...myKeys].every((k) => theirKeys.has(k));
        const otherName = nameOf(their.doc);
        ctx.report({
          message: `${text(la.name)} is in the area of ${myName} and also of ${otherName}${coincide ? ' (the two areas coincide)' : ''}. Section 14Z25(3)–(4) of the NHS Act 2006 does not allow ICB areas to coincide or overlap: check both against the ICBs (Establishment) Order, and where a council's area is split, mark each part \`part: true\` with a description, or list the parts as LSOAs.`,
          at: la.name!.loc,
          related: [{ message: `also in the area of ${otherName}`, at: their.at, uri: their.doc.uri }],
        });
      }
    }
    for (const code of myLsoas) {
      for (const their of (claims.lsoas.get(text(code)!.toUpperCase()) ?? []).filter((c) => isOther(c.doc))) {
        const otherName = nameOf(their.doc);
        ctx.report({
          message: `LSOA ${text(code)!.toUpperCase()} is added to the area of ${myName} and also of ${otherName}. Section 14Z25(3)–(4) of the NHS Act 2006 does not allow ICB areas to overlap: it can belong to one ICB only.`,
          at: code.loc,
          related: [{ message: `also added to the area of ${otherName}`, at: their.at, uri: their.doc.uri }],
        });
      }
    }
  },
});
