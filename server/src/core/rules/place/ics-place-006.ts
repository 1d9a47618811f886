import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { THRIVING_PLACES } from '../citations';
import { CRONER_TP, HWE_TOC, SWL_BOARD } from './citations';
import { capitalise, isIcbRef, norm, placeViews } from './system';
import type { Place } from '../../model/kinds';
import type { IcbConstitution } from '../../model/kinds';

/** Two ways of naming the same body: `icb` and the ICB's id or name are the same body. */
function sameBody(a: string, b: string, icb: IcbConstitution | undefined, icbId: string | undefined): boolean {
  if (norm(a) === norm(b)) return true;
  return isIcbRef(a, icb, icbId) && isIcbRef(b, icb, icbId);
}

/** Whether a value names the place itself (or place partnerships in general). */
function isThePlace(v: string, p: Place): boolean {
  const n = norm(v);
  if (/\bplace\b/.test(n) && !/council/.test(n)) return true;
  return [text(p.id), text(p.name)].some((x) => x !== undefined && norm(x) === n);
}

export default defineRule({
  meta: {
    id: 'ICS-PLACE-006',
    slug: 'place-delegation-accountability',
    title: 'When functions or budgets are delegated to a place, the delegating body keeps accountability, and the record names it.',
    section: '7. Place-based partnerships',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...CRONER_TP, provision: 'ICBs, NHS providers or local government can delegate functions and budgets to place but retain accountability' },
      { ...THRIVING_PLACES, provision: 'delegation to place-based partnerships' },
      { ...HWE_TOC, provision: 'section 1.1: the ICB exercises functions through place "while remaining accountable"' },
      { ...SWL_BOARD, provision: 'the board is accountable for delegated functions' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: true,
    docs: {
      description:
        'Checks every `delegations[]` entry of a place: it names the body that delegated it (`delegated_by`) and the body accountable for it (`accountable_body`), and the two are the same body (`icb` and the ICB\'s id or name count as the same). A place cannot be the accountable body.',
      rationale:
        '"Thriving places" (NHS England and NHS Improvement with the LGA, September 2021), as summarised by Croner-i, says ICBs, NHS providers and local government can delegate statutory functions and budgets to place-based partnerships but keep accountability for them. Constitutions derived from the NHS England model say the same (Hertfordshire and West Essex 1.1: the ICB works through places "while remaining accountable"). Place partnerships are not statutory bodies, so they cannot be accountable in their own right.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    delegations:
      - {function: community services commissioning, delegated_by: icb, accountable_body: example-city}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    delegations:
      - {function: community services commissioning, delegated_by: icb, accountable_body: icb}
`,
      howToFix: 'Set `accountable_body` to the body named in `delegated_by` (e.g. `icb`, or the council\'s name), and name the delegating body if it is missing.',
    },
  },
  check(ctx) {
    for (const pv of placeViews(ctx)) {
      const p = pv.place;
      const icbId = text(pv.owner?.model.icb?.id) ?? text(ctx.place?.icb);
      const list = p.delegations;
      if (!list) continue;
      const seq = list.loc.node as { items: unknown[] };
      list.items.forEach((d, i) => {
        const index = seq.items.indexOf(d.loc.node);
        const path = [...pv.path, 'delegations', index >= 0 ? index : i];
        const fn = text(d.function);
        const what = fn ? `The delegation of ${fn} to ${pv.label}` : `A delegation to ${pv.label}`;
        const by = text(d.delegated_by);
        const byLabel = by && isIcbRef(by, pv.owner?.model, icbId) ? 'the ICB' : by;
        const accountable = text(d.accountable_body);
        if (!by) {
          ctx.report({
            message: `${what} does not say which body delegated it (\`delegated_by\`). "Thriving places" (2021) says the body that delegates a function or budget to a place keeps accountability for it, so the record must name that body.`,
            at: d.loc,
          });
          return;
        }
        if (!accountable) {
          const edit = ctx.editor.addAtPath([...path, 'accountable_body'], by);
          ctx.report({
            message: `${what} does not name the accountable body (\`accountable_body\`). The delegating body (${byLabel}) keeps accountability ("Thriving places", 2021): record it.`,
            at: d.delegated_by?.loc ?? d.loc,
            // Safe: the accountable body is, by this rule, the delegating body the entry already names.
            fixes: edit ? [{ title: `Set the accountable body to the delegating body (${byLabel})`, safe: true, edits: [edit] }] : undefined,
          });
          return;
        }
        if (sameBody(by, accountable, pv.owner?.model, icbId)) return;
        const self = isThePlace(accountable, p);
        ctx.report({
          message: self
            ? `${what} makes the place itself accountable (\`accountable_body: ${accountable}\`). A place partnership is not a statutory body and cannot be accountable in its own right: the delegating body (${byLabel}) keeps accountability ("Thriving places", 2021).`
            : `${what} names ${accountable} as accountable, but ${byLabel} delegated it. The delegating body keeps accountability for a function or budget it delegates to place ("Thriving places", 2021).`,
          at: d.accountable_body?.loc ?? d.loc,
          related: d.delegated_by ? [{ message: 'delegating body named here', at: d.delegated_by.loc }] : undefined,
          fixes: d.accountable_body
            ? [{ title: `Make the delegating body (${byLabel}) accountable`, safe: false, edits: [ctx.editor.replaceScalar(d.accountable_body.loc.node, by)] }]
            : undefined,
        });
      });
    }
  },
});
