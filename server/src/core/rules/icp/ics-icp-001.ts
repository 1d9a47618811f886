import { defineRule, type RuleContext } from '../framework';
import { text } from '../../model/query';
import { LGPIHA_116ZA } from '../citations';
import type { Fix } from '../../types';
import { findCouncil, icbIdAnchor, icbLabel, knownIcbIds, prose } from '../place/system';
import { icpView, names, type IcpView } from './shared';

export default defineRule({
  meta: {
    id: 'ICS-ICP-001',
    slug: 'icp-established-by-icb-and-councils',
    title: 'The integrated care partnership is set up by the ICB and every responsible local authority of its area.',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...LGPIHA_116ZA, provision: 'section 116ZA(1)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    crossDocument: true,
    fixable: true,
    docs: {
      description:
        'Checks that the partnership names its ICB (`icb:`), that the ICB constitution with that id is among the documents checked together, and that `established_by` lists the ICB (`icb`) and every responsible local authority of the ICB\'s area — each council in `icb.area.local_authorities` of type county, unitary, metropolitan_borough, london_borough or sui_generis (not district). Councils listed that are not in the ICB\'s area are reported too, as is a second partnership file for the same ICB. When the ICB it names is not among the documents — the file checked on its own, or beside other ICBs\' constitutions — the ICB cannot be checked: the checker only asks that `icb:` is given and that `established_by` names the ICB and at least one council, and ICS-SYS-003 notes that the file was checked without its ICB. An id that is a near miss of an ICB among the documents (a typo) is reported here.',
      rationale:
        'Section 116ZA(1) of the Local Government and Public Involvement in Health Act 2007 (inserted by the Health and Care Act 2022) requires an integrated care board and each responsible local authority whose area coincides with, or falls wholly or partly within, the ICB\'s area to establish a joint committee for the area: the integrated care partnership. A partnership not set up by all of them is not the statutory body.',
      changes: [
        'Issue 9: an ICB id that is not among the documents is no longer reported here (it depended on which other ICBs\' files were checked with the partnership); only a near miss of an ICB that is there (a typo) is, and ICS-SYS-003 notes the rest.',
      ],
      incorrect: `kind: integrated-care-partnership
version: 1
icb: nhs-example
name: Exampleshire Integrated Care Partnership
established_by: [icb]
`,
      correct: `kind: integrated-care-partnership
version: 1
icb: nhs-example
name: Exampleshire Integrated Care Partnership
established_by: [icb, Exampleshire County Council, Example City Council]
`,
      howToFix:
        'Name the ICB in `icb:` and list in `established_by` the ICB (`icb`) and every county, unitary, metropolitan borough and London borough council of the ICB\'s area, by the names used in the ICB\'s constitution. The fixes that add councils take them from the ICB file.',
    },
  },
  check(ctx) {
    const view = icpView(ctx);
    checkIcbReference(ctx, view);
    checkEstablishedBy(ctx, view);
    checkOnlyPartnership(ctx, view);
  },
});

function checkIcbReference(ctx: RuleContext, view: IcpView): void {
  const ids = knownIcbIds(ctx);
  const { lookup } = view;
  if (lookup.kind === 'no-reference') {
    const only = ids.length === 1 ? ids[0] : undefined;
    const edit = only ? ctx.editor.addAtPath(['icb'], only) : undefined;
    ctx.report({
      message: `The partnership does not say which ICB established it: add \`icb:\` with the id of the ICB (\`icb.id\` in its constitution${ids.length > 0 ? `; among the documents checked: ${prose(ids.map((i) => `\`${i}\``))}` : ''}). An integrated care partnership is set up by an ICB and the councils of its area (Local Government and Public Involvement in Health Act 2007 s.116ZA(1)).`,
      at: ctx.documentAnchor,
      // Safe: the only ICB constitution checked together with this file.
      fixes: edit ? [{ title: `Add \`icb: ${only}\``, safe: true, edits: [edit] }] : undefined,
    });
  } else if (lookup.kind === 'unknown') {
    // A near miss of an ICB that is among the documents; any other id is ICS-SYS-003's note.
    const fixes: Fix[] = [{ title: `Change to \`${lookup.suggestion}\``, safe: false, edits: [ctx.editor.replaceScalar(lookup.ref.loc.node, lookup.suggestion)] }];
    ctx.report({
      message: `The partnership names the ICB \`${lookup.id}\`, but no ICB constitution with that id is among the documents checked together (known: ${prose(ids.map((i) => `\`${i}\``))}), so it cannot be checked that every council of the ICB's area set it up (s.116ZA(1) of the Local Government and Public Involvement in Health Act 2007). Correct the id, or check the ICB's constitution together with this file.`,
      at: lookup.ref.loc,
      related: ctx.system.icbs.map((d) => ({ message: `ICB \`${text(d.model.icb?.id) ?? '?'}\` is declared here`, at: icbIdAnchor(d.model), uri: d.uri })),
      fixes,
    });
  }
}

function checkEstablishedBy(ctx: RuleContext, view: IcpView): void {
  const { icp, icb } = view;
  const list = icp.established_by;
  const entries = (list?.items ?? []).map((e) => ({ name: String(e.value).trim(), loc: e.loc })).filter((e) => e.name !== '');
  const source = 'Local Government and Public Involvement in Health Act 2007 s.116ZA(1)';

  if (entries.length === 0) {
    // With the ICB known, the whole list is a fact of the ICB file; otherwise nothing can be filled in.
    const values = icb && view.areaKnown ? ['icb', ...view.responsible.map((r) => r.name)] : undefined;
    const edit = values && view.responsible.length > 0 ? ctx.editor.addAtPath(['established_by'], values) : undefined;
    ctx.report({
      message: `The partnership does not say who established it (\`established_by\`). It must be set up by the ICB and each responsible local authority of the ICB's area (${source})${icb && view.responsible.length > 0 ? `: for ${icbLabel(icb.model)}, the ICB and ${prose(view.responsible.map((r) => r.name))}` : ''}.`,
      at: list?.loc ?? view.anchor,
      fixes: edit ? [{ title: 'List the ICB and the councils of its area (from the ICB file)', safe: true, edits: [edit] }] : undefined,
    });
    return;
  }

  if (!entries.some((e) => view.isIcb(e.name))) {
    const edit = ctx.editor.addAtPath(['established_by'], ['icb']);
    ctx.report({
      message: `\`established_by\` does not include the ICB. An integrated care partnership is a joint committee of the ICB and the responsible local authorities (${source}): add \`icb\`.`,
      at: list!.loc,
      fixes: edit ? [{ title: 'Add the ICB (`icb`)', safe: true, edits: [edit] }] : undefined,
    });
  }

  if (!icb || !view.areaKnown) {
    if (view.responsible.length === 0) {
      ctx.report({
        message: `\`established_by\` names no local authority. Each responsible local authority (county, unitary, metropolitan borough or London borough council) whose area falls within the ICB's area must establish the partnership with the ICB (${source}).`,
        at: list!.loc,
      });
    }
    return;
  }

  for (const r of view.responsible) {
    if (names(list, r.name)) continue;
    const edit = ctx.editor.addAtPath(['established_by'], [r.name]);
    ctx.report({
      message: `${r.name} is a responsible local authority of ${icbLabel(icb.model)}'s area (a ${r.council?.type?.replace(/_/g, ' ')} council) but is not listed in \`established_by\`. Each such council must establish the partnership with the ICB (${source}).`,
      at: list!.loc,
      related: r.loc ? [{ message: `${r.name} is in the ICB's area here`, at: r.loc, uri: icb.uri }] : undefined,
      // Safe: the council's name and type come from the ICB's own constitution.
      fixes: edit ? [{ title: `Add ${r.name} (from the ICB file)`, safe: true, edits: [edit] }] : undefined,
    });
  }

  if (view.area.length === 0) return;
  for (const e of entries) {
    if (view.isIcb(e.name) || findCouncil(view.area, e.name)) continue;
    ctx.report({
      message: `\`established_by\` names ${e.name}, which is not one of the local authorities of ${icbLabel(icb.model)}'s area. The partnership is set up by the ICB and the responsible local authorities of that area (${source}): correct the name to match the ICB's \`area.local_authorities\`, or remove it.`,
      at: e.loc,
      related: [{ message: `the area of ${icbLabel(icb.model)} is declared here`, at: icb.model.icb?.area?.local_authorities?.loc ?? icbIdAnchor(icb.model), uri: icb.uri }],
    });
  }
}

/** One partnership per ICB: s.116ZA(1) provides for a joint committee for the ICB's area. */
function checkOnlyPartnership(ctx: RuleContext, view: IcpView): void {
  if (!view.icbId) return;
  const others = ctx.system.icps.filter((d) => d.model !== view.icp && text(d.model.icb) === view.icbId);
  if (others.length === 0) return;
  ctx.report({
    message: `Another integrated care partnership file also names the ICB \`${view.icbId}\`. Section 116ZA(1) provides for one joint committee of the ICB and its councils: keep one partnership file per ICB.`,
    at: view.icp.icb?.loc ?? view.anchor,
    related: others.map((d) => ({ message: 'the other partnership is declared here', at: d.model.icb?.loc ?? d.model.loc, uri: d.uri === ctx.uri ? undefined : d.uri })),
  });
}
