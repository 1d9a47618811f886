import { defineRule } from '../framework';
import { firstLoc, linkGiven, text } from '../../model/query';
import { MSE, SNEE_COI } from './citations';
import { SECTION_5 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-COI-007',
    slug: 'standards-of-business-conduct',
    title: 'A standards of business conduct policy (gifts, hospitality, outside employment, sponsorship) is published.',
    section: SECTION_5,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...MSE, provision: 'standards of business conduct' },
      { ...SNEE_COI, provision: 'standards of business conduct and conflicts of interest policy' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `conflicts_of_interest.standards_of_business_conduct` gives the `url` or `path` of the standards of business conduct policy. When one document covers both, point this key at the conflicts of interest policy, or (format 1.1) says how it is held without an address of its own (`relation`: `appended`, `governance_handbook` or `to_be_published`).',
      rationale:
        'ICBs publish a standards of business conduct policy covering gifts, hospitality, outside employment and sponsorship, built on the Nolan principles, the NHS Constitution and the Standards for members of NHS boards (Mid and South Essex; Suffolk and North East Essex, whose policy combines it with conflicts of interest).',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  policy: {url: https://example.nhs.uk/coi-policy}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  policy: {url: https://example.nhs.uk/coi-policy}
  standards_of_business_conduct: {url: https://example.nhs.uk/coi-policy}
`,
      howToFix:
        'Add `conflicts_of_interest.standards_of_business_conduct` with the `url` or `path` of the policy. If your conflicts of interest policy is a combined "standards of business conduct and conflicts of interest" policy, the quick fix points this key at the same document.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const coi = icb.conflicts_of_interest;
    const sbc = coi?.standards_of_business_conduct;
    if (linkGiven(sbc)) return;
    const policy = coi?.policy;
    const link: Record<string, string> = {};
    if (text(policy?.url)) link.url = text(policy!.url)!;
    if (text(policy?.path)) link.path = text(policy!.path)!;
    const edit = Object.keys(link).length > 0 ? ctx.editor.addAtPath(['conflicts_of_interest', 'standards_of_business_conduct'], link) : undefined;
    ctx.report({
      message:
        'The constitution does not say where its standards of business conduct policy is. Good practice (Mid and South Essex, Suffolk and North East Essex ICBs) is a published policy on gifts, hospitality, outside employment and sponsorship, built on the Nolan principles, the NHS Constitution and the Standards for members of NHS boards: add `conflicts_of_interest.standards_of_business_conduct`.',
      at: sbc?.loc ?? firstLoc(coi, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: 'The conflicts of interest policy also covers business conduct: link it here', safe: false, edits: [edit] }] : undefined,
    });
  },
});
