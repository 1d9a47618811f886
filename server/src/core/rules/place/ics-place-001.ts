import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { THRIVING_PLACES } from '../citations';
import { MR_TP } from './citations';
import { areaCouncils, capitalise, findCouncil, isIcbRef, placeViews, present, sameName } from './system';
import type { Fix } from '../../types';

const LOCAL_GOVERNMENT = /council|borough|local authorit|corporation/i;
const NHS = /\bnhs\b|\bicb\b|integrated care board|trust/i;

export default defineRule({
  meta: {
    id: 'ICS-PLACE-001',
    slug: 'place-footprint-functions-agreed',
    title: 'Each place has an agreed footprint and functions, agreed by the NHS and local government.',
    section: '7. Place-based partnerships',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...THRIVING_PLACES, provision: 'actions for places: footprint, functions and governance agreed locally' },
      { ...MR_TP, provision: 'actions: agree footprint, functions and governance' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution', 'place-partnership'],
    fixable: true,
    docs: {
      description:
        'Checks that every place (an entry of `places:` or a place-partnership file) records its footprint (`footprint`, or the `local_authorities` whose areas make it up), the functions carried out there (`functions`, or the functions of its `delegations`), and who agreed these (`agreed_by`, naming both the NHS — the ICB — and local government). The governance model is checked by ICS-PLACE-002.',
      rationale:
        '"Thriving places" (NHS England and NHS Improvement with the Local Government Association, September 2021) leaves each place to be defined locally, but asks system partners to agree, for each place, its footprint, the functions it carries out and how it is governed — agreed between the NHS, local government and other partners. A place whose boundary, functions or sponsors are not written down cannot show that agreement.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    governance_model: [icb_committee]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
places:
  - id: example-city
    name: Example City
    local_authorities: [Example City Council]
    functions: [community services commissioning]
    agreed_by: [icb, Example City Council]
    governance_model: [icb_committee]
`,
      howToFix:
        'Add `footprint` (or `local_authorities`), `functions`, and `agreed_by` listing the ICB (`icb`) and the council(s) that agreed the arrangement.',
    },
  },
  check(ctx) {
    for (const pv of placeViews(ctx)) {
      const p = pv.place;
      const councils = present(p.local_authorities);
      const who = capitalise(pv.label);

      if (!text(p.footprint) && councils.length === 0) {
        const edit = ctx.editor.addAtPath([...pv.path, 'footprint'], 'TODO');
        ctx.report({
          message: `${who} has no footprint: neither \`footprint\` nor \`local_authorities\` says what area it covers. "Thriving places" (NHS England and NHS Improvement with the LGA, 2021) asks partners to agree each place's footprint.`,
          at: pv.anchor,
          fixes: edit ? [{ title: 'Add `footprint` (to describe)', safe: false, edits: [edit] }] : undefined,
        });
      }

      const functions = present(p.functions);
      const delegated = items(p.delegations).map((d) => text(d.function)).filter((f) => f !== undefined);
      if (functions.length === 0 && delegated.length === 0) {
        const edit = ctx.editor.addAtPath([...pv.path, 'functions'], ['TODO']);
        ctx.report({
          message: `${who} does not say what functions it carries out (\`functions\`). "Thriving places" (NHS England and NHS Improvement with the LGA, 2021) asks partners to agree the functions each place carries out.`,
          at: p.functions?.loc ?? pv.anchor,
          fixes: edit ? [{ title: 'Add `functions` (to describe)', safe: false, edits: [edit] }] : undefined,
        });
      }

      const agreed = present(p.agreed_by);
      const ownerCouncils = pv.owner ? areaCouncils(pv.owner.model) : [];
      const isLocalGovernment = (e: string) =>
        councils.some((c) => sameName(c, e)) || findCouncil(ownerCouncils, e) !== undefined || LOCAL_GOVERNMENT.test(e);
      const isNhs = (e: string) => isIcbRef(e, pv.owner?.model, text(ctx.place?.icb)) || NHS.test(e);
      const hasNhs = agreed.some(isNhs);
      const hasLg = agreed.some(isLocalGovernment);
      if (hasNhs && hasLg) continue;

      const toAdd = [...(hasNhs ? [] : ['icb']), ...(hasLg ? [] : councils)];
      const complete = hasLg || councils.length > 0;
      const edit = complete ? ctx.editor.addAtPath([...pv.path, 'agreed_by'], toAdd) : undefined;
      const fixes: Fix[] | undefined = edit
        ? [{ title: `Record that ${toAdd.map((x) => (x === 'icb' ? 'the ICB' : x)).join(' and ')} agreed the arrangement (check first)`, safe: false, edits: [edit] }]
        : undefined;
      const missing = [...(hasNhs ? [] : ['the NHS (the ICB)']), ...(hasLg ? [] : ['local government (the council)'])].join(' and ');
      ctx.report({
        message:
          agreed.length === 0
            ? `${who} does not record who agreed its footprint, functions and governance (\`agreed_by\`). "Thriving places" (NHS England and NHS Improvement with the LGA, 2021) expects these to be agreed between the NHS, local government and other partners.`
            : `${who} records an agreement (\`agreed_by\`) without ${missing}. "Thriving places" (NHS England and NHS Improvement with the LGA, 2021) expects a place's footprint, functions and governance to be agreed between the NHS and local government.`,
        at: p.agreed_by?.loc ?? pv.anchor,
        fixes,
      });
    }
  },
});
