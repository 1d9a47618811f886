import { defineRule } from '../framework';
import { items, linkGiven } from '../../model/query';
import { NOTTS, SNEE_GH, WY_GOV } from './citations';
import { capitalise, committeeLabel, committeePath, SECTION_4 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-COMM-007',
    slug: 'committee-terms-of-reference',
    title: 'Every committee has terms of reference, agreed by the board and published.',
    section: SECTION_4,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...NOTTS, provision: 'committee terms of reference in the governance handbook' },
      { ...SNEE_GH, provision: 'terms of reference of committees and joint committees' },
      { ...WY_GOV, provision: 'governance handbook contents' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that every committee says where its terms of reference are: `terms_of_reference` with a `url` or a `path`, or (format 1.1) says how it is held without an address of its own (`relation`: `appended`, `governance_handbook` or `to_be_published`).',
      rationale:
        'ICBs publish the terms of reference of their committees, agreed by the board, in their governance handbook, together with those of joint committees (Nottingham and Nottinghamshire, Suffolk and North East Essex, West Yorkshire). Terms of reference set a committee\'s membership, quorum, duties and the authority the board delegates to it; without them nobody can tell what the committee may decide.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
committees:
  - {id: audit, name: Audit Committee, type: audit}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
committees:
  - {id: audit, name: Audit Committee, type: audit, terms_of_reference: {url: https://example.nhs.uk/icb/audit-tor}}
`,
      howToFix:
        'Add `terms_of_reference:` with the `url` where the committee\'s terms of reference are published (or the `path` of the file in this repository). The quick fix adds a `path: TODO` placeholder to fill in.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    for (const c of items(icb.committees)) {
      const tor = c.terms_of_reference;
      if (linkGiven(tor)) continue;
      const path = committeePath(icb, c);
      const edit = path ? ctx.editor.addAtPath([...path, 'terms_of_reference'], { path: 'TODO' }) : undefined;
      ctx.report({
        message: `${capitalise(committeeLabel(c))} does not say where its terms of reference are. Committees have terms of reference agreed by the board and published, usually in the governance handbook (good practice at Nottingham and Nottinghamshire, Suffolk and North East Essex and West Yorkshire ICBs): add \`terms_of_reference\` with a \`url\` or \`path\`.`,
        at: tor?.loc ?? c.loc,
        fixes: edit ? [{ title: 'Add a terms of reference link (to fill in)', safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
