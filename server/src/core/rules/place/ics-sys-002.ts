import { defineRule, type Anchor, type RuleContext } from '../framework';
import { items, text } from '../../model/query';
import { ACT_14Z25, THRIVING_PLACES } from '../citations';
import type { Fix } from '../../types';
import { areaCouncils, capitalise, findCouncil, icbIdAnchor, icbLabel, knownIcbIds, placeViews, prose, type PlaceView } from './system';

export default defineRule({
  meta: {
    id: 'ICS-SYS-002',
    slug: 'place-belongs-to-icb',
    title: 'A place belongs to an ICB among the documents and lies within its area; place ids are not declared twice.',
    section: '7. Place-based partnerships',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...THRIVING_PLACES, provision: 'place-based partnerships as the foundations of integrated care systems' },
      { ...ACT_14Z25, provision: 'section 14Z25 (an ICB is established for an area)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    crossDocument: true,
    fixable: true,
    docs: {
      description:
        'Checks references between documents for places. A place-partnership file names its ICB (`icb:`), and that ICB\'s constitution is among the documents checked together; every council in a place\'s `local_authorities` is one of the ICB\'s area councils (`icb.area.local_authorities`), for inline places as well; and a place-partnership file does not reuse the id of another place of the same ICB. Problems are reported in the file that refers, pointing into the ICB file. When the ICB it names is not among the documents — the file checked on its own, or beside other ICBs\' constitutions — the ICB cannot be checked and ICS-SYS-003 notes that instead; an id that is a near miss of an ICB among the documents (a typo) is reported here, and a missing `icb:` always is. Not in the rule catalogue\'s numbered list: added as ICS-SYS-002.',
      rationale:
        'An ICB is established for an area made of whole local authority areas (NHS Act 2006 s.14Z25), and "Thriving places" (NHS England and NHS Improvement with the LGA, 2021) makes place-based partnerships the building blocks of that system. A place that names an ICB the checker cannot find, or a council outside the ICB\'s area, is either mistyped or belongs to another system — and every rule that reads across documents (the place\'s reporting lines, its councils) then reads the wrong facts.',
      changes: [
        'Issue 9: an ICB id that is not among the documents is no longer reported here — the finding depended on which other ICBs\' files happened to be checked with the place file. Only a near miss of an ICB that is there (a typo) is; ICS-SYS-003 notes the rest, the same whether the file is checked alone or not.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities:
      - {name: Example City Council, type: unitary}
places:
  - id: example-city
    name: Example City
    local_authorities: [Example City Council, Elsewhere Borough Council]
`,
      correct: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities:
      - {name: Example City Council, type: unitary}
places:
  - id: example-city
    name: Example City
    local_authorities: [Example City Council]
`,
      howToFix:
        'Give a place-partnership file `icb:` with the id of its ICB (`icb.id` in the constitution); correct council names to match the ICB\'s `area.local_authorities` (or add the council to the area if it is missing there); give each place its own id.',
    },
  },
  check(ctx) {
    for (const pv of placeViews(ctx)) {
      if (pv.standalone) checkReference(ctx, pv);
      checkCouncils(ctx, pv);
      if (pv.standalone) checkDuplicateId(ctx, pv);
    }
  },
});

function checkReference(ctx: RuleContext, pv: PlaceView): void {
  const lookup = pv.lookup;
  if (!lookup) return;
  const ids = knownIcbIds(ctx);
  if (lookup.kind === 'no-reference') {
    const only = ids.length === 1 ? ids[0] : undefined;
    const edit = only ? ctx.editor.addAtPath(['icb'], only) : undefined;
    ctx.report({
      message: `This place partnership does not say which ICB it belongs to: add \`icb:\` with the id of its ICB (\`icb.id\` in the ICB's constitution${ids.length > 0 ? `; among the documents checked: ${prose(ids.map((i) => `\`${i}\``))}` : ''}). Place-based partnerships are part of an ICB's system ("Thriving places", 2021).`,
      at: ctx.documentAnchor,
      // Safe: the only ICB constitution checked together with this file.
      fixes: edit ? [{ title: `Add \`icb: ${only}\``, safe: true, edits: [edit] }] : undefined,
    });
  } else if (lookup.kind === 'unknown') {
    // A near miss of an ICB that is among the documents; any other id is ICS-SYS-003's note.
    const fixes: Fix[] = [{ title: `Change to \`${lookup.suggestion}\``, safe: false, edits: [ctx.editor.replaceScalar(lookup.ref.loc.node, lookup.suggestion)] }];
    ctx.report({
      message: `This place partnership names the ICB \`${lookup.id}\`, but no ICB constitution with that id is among the documents checked together (known: ${prose(ids.map((i) => `\`${i}\``))}). Correct the id, or check the ICB's constitution together with this file.`,
      at: lookup.ref.loc,
      related: ctx.system.icbs.map((d) => ({ message: `ICB \`${text(d.model.icb?.id) ?? '?'}\` is declared here`, at: icbIdAnchor(d.model), uri: d.uri })),
      fixes,
    });
  }
}

function checkCouncils(ctx: RuleContext, pv: PlaceView): void {
  const owner = pv.owner;
  if (!owner) return;
  const area = areaCouncils(owner.model);
  if (area.length === 0) return; // the area is not described: other rules ask for it
  const list = pv.place.local_authorities;
  for (const item of list?.items ?? []) {
    const name = String(item.value).trim();
    if (name === '' || findCouncil(area, name)) continue;
    ctx.report({
      message: `${capitalise(pv.label)} includes ${name}, which is not one of the local authorities of ${icbLabel(owner.model)}'s area (${prose(area.map((c) => c.name))}). An ICB is established for an area of whole council areas (NHS Act 2006 s.14Z25), and its places lie within it: correct the name, or add the council to the ICB's \`area\`.`,
      at: item.loc,
      related: [{ message: `the area of ${icbLabel(owner.model)} is declared here`, at: owner.model.icb?.area?.local_authorities?.loc ?? icbIdAnchor(owner.model), uri: owner.uri }],
    });
  }
}

function checkDuplicateId(ctx: RuleContext, pv: PlaceView): void {
  const id = text(pv.place.id);
  const owner = pv.owner;
  if (!id || !owner) return;
  const icbId = text(owner.model.icb?.id);
  const others: { uri?: string; at: Anchor }[] = [];
  for (const inline of items(owner.model.places)) {
    if (text(inline.id) === id) others.push({ uri: owner.uri, at: inline.id?.loc ?? inline.loc });
  }
  for (const doc of ctx.system.places) {
    if (doc.model === ctx.place) continue;
    if (text(doc.model.icb) !== icbId || text(doc.model.id) !== id) continue;
    others.push({ uri: doc.uri === ctx.uri ? undefined : doc.uri, at: doc.model.id?.loc ?? doc.model.loc });
  }
  if (others.length === 0) return;
  ctx.report({
    message: `The place id \`${id}\` is also used by another place of ${icbLabel(owner.model)}. Each place needs its own id, so that references to it are unambiguous: rename one, or remove the duplicate entry (a place is described either in the constitution's \`places:\` or in its own file).`,
    at: pv.place.id?.loc ?? pv.anchor,
    related: others.map((o) => ({ message: `\`${id}\` is also declared here`, at: o.at, uri: o.uri })),
  });
}

