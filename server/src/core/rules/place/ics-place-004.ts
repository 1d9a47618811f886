import type { IcbConstitution } from '../../model/kinds';
import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { STAFFS_GOV, MR_TP } from './citations';
import { capitalise, icbLabel, isIcbRef, placeViews, prose } from './system';

const BOARD = 'icb-board';
const ICP = 'icp';

export default defineRule({
  meta: {
    id: 'ICS-PLACE-004',
    slug: 'place-reports-to-icb-and-icp',
    title: 'Each place defines its reporting line to the ICB and its link to the integrated care partnership.',
    section: '7. Place-based partnerships',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...STAFFS_GOV, provision: 'representation on, and reporting to, the ICP and the ICB (Thriving places)' },
      { ...MR_TP, provision: 'place relationships with the ICB and ICP' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    crossDocument: true,
    fixable: true,
    docs: {
      description:
        'Checks that every place reports to the ICB (`reports_to` names `icb-board` or one of the ICB\'s committees, or — format 1.1 — the place names the ICB committee that governs it in `icb_committee`, which is then its reporting line) and is linked to the integrated care partnership (`reports_to` names `icp`, or `icp_representation` says how the place is represented on it). In a place-partnership file, every id in `reports_to` must be `icb-board`, `icp` or the id of a committee of the ICB constitution its `icb:` names (for the places inside a constitution, ICS-REF-001 checks the ids).',
      rationale:
        '"Thriving places" (NHS England and NHS Improvement with the LGA, September 2021), as reproduced by Staffordshire and Stoke-on-Trent ICB and summarised by Mills & Reeve, asks that each place\'s representation on, and reporting lines to, the ICP and the ICB are defined. A place that is not accountable through the ICB, or not connected to the partnership that sets the integrated care strategy, sits outside the system.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    reports_to: [city-committee]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
committees:
  - {id: city-committee, name: Example City Place Committee, type: place}
places:
  - id: example-city
    name: Example City
    reports_to: [city-committee, icp]
`,
      howToFix:
        'List in `reports_to` the ICB board (`icb-board`) or the ICB committee the place reports to, and `icp` (or describe the place\'s seat on the partnership in `icp_representation`). Correct any id that is not a committee of the ICB.',
    },
  },
  check(ctx) {
    // The committee ids of each ICB, once (a set per place made this quadratic: places × committees).
    const idsOf = new Map<IcbConstitution, Set<string>>();
    const committeeIdsOf = (model: IcbConstitution) => {
      let ids = idsOf.get(model);
      if (!ids) idsOf.set(model, (ids = new Set(items(model.committees).map((c) => text(c.id)).filter((x): x is string => x !== undefined))));
      return ids;
    };
    for (const pv of placeViews(ctx)) {
      const p = pv.place;
      const who = capitalise(pv.label);
      const owner = pv.owner;
      const targets = p.reports_to?.items ?? [];
      const committeeIds = owner ? committeeIdsOf(owner.model) : new Set<string>();

      const isIcbLine = (v: string) =>
        v === BOARD || isIcbRef(v, owner?.model, text(ctx.place?.icb)) || committeeIds.has(v) || (!owner && v !== ICP);
      // A place governed by an ICB committee (format 1.1) reports to the ICB through it.
      const governing = text(p.icb_committee);
      const hasIcb = targets.some((t) => isIcbLine(String(t.value).trim())) || (governing !== undefined && (!owner || committeeIds.has(governing)));
      const hasIcp = targets.some((t) => String(t.value).trim() === ICP) || text(p.icp_representation) !== undefined;

      // An id that is not known is reported below; it was most likely meant as the ICB line.
      const unknown = owner ? [...targets, ...(p.icb_committee ? [p.icb_committee] : [])].filter((t) => { const v = String(t.value).trim(); return v !== '' && v !== ICP && !isIcbLine(v); }) : [];
      if (!hasIcb && unknown.length === 0) {
        const edit = ctx.editor.addAtPath([...pv.path, 'reports_to'], [BOARD]);
        ctx.report({
          message: `${who} has no reporting line to the ICB: \`reports_to\` names neither the ICB board (\`icb-board\`) nor an ICB committee. "Thriving places" (NHS England and NHS Improvement with the LGA, 2021) expects each place's reporting lines to the ICB to be defined.`,
          at: p.reports_to?.loc ?? pv.anchor,
          fixes: edit ? [{ title: 'Report to the ICB board (`icb-board`)', safe: false, edits: [edit] }] : undefined,
        });
      }
      if (!hasIcp) {
        const edit = ctx.editor.addAtPath([...pv.path, 'reports_to'], [ICP]);
        ctx.report({
          message: `${who} has no link to the integrated care partnership: \`reports_to\` does not name \`icp\` and \`icp_representation\` is not given. "Thriving places" (NHS England and NHS Improvement with the LGA, 2021) expects each place's representation on, and reporting to, the ICP to be defined.`,
          at: p.reports_to?.loc ?? pv.anchor,
          fixes: edit ? [{ title: 'Report to the integrated care partnership (`icp`)', safe: false, edits: [edit] }] : undefined,
        });
      }

      // Ids must exist: only checkable when the place's ICB constitution is among the documents.
      // Inside a constitution, its own places' references are ICS-REF-001's (one finding per slip).
      if (!owner || !pv.standalone) continue;
      for (const t of unknown) {
        const v = String(t.value).trim();
        const known = [BOARD, ICP, ...committeeIds];
        ctx.report({
          message: `${who} reports to \`${v}\`, which is not the ICB board (\`icb-board\`), the partnership (\`icp\`) or a committee of ${icbLabel(owner.model)}. Known ids: ${prose(known.map((k) => `\`${k}\``))}.`,
          at: t.loc,
          related: [{ message: `committees of ${icbLabel(owner.model)} are declared here`, at: owner.model.committees?.loc ?? owner.model.icb?.loc ?? owner.model.loc, uri: owner.uri }],
        });
      }
    }
  },
});
