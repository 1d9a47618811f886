import { defineRule } from '../framework';
import { text } from '../../model/query';
import { NHSE_AREA, NHSE_ICBLIST } from '../citations';
import { SECTION_1 } from './helpers';

/** Every legal name in the ICBs (Establishment) Order 2022 has this form. */
const LEGAL_NAME = /^NHS\s+.+\s+Integrated\s+Care\s+Board$/;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export default defineRule({
  meta: {
    id: 'ICS-CONST-004',
    slug: 'name-is-legal-name',
    title: "The ICB's name is its legal name from the Establishment Order, not a brand name.",
    section: SECTION_1,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...NHSE_ICBLIST, provision: 'the statutory list of ICBs: legal names in column 1 (the ICBs (Establishment) Order 2022, as varied in 2023)' },
      { ...NHSE_AREA, provision: 'ICB names and areas' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `icb.name` has the form of a legal name ("NHS … Integrated Care Board") and, when `icb.legal_name` is given, that the two agree.',
      rationale:
        'The ICBs (Establishment) Order 2022, as varied in 2023, fixes each board\'s legal name; NHS England publishes them in its statutory list ("NHS West Yorkshire Integrated Care Board"). Brand names such as "NHS Frimley" are not the legal name. The full list of names has not been checked against the order, so this is information only.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`,
      howToFix: 'Use the legal name from the Establishment Order in `icb.name` (and `icb.legal_name`); keep any brand name for public communications.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!.icb;
    const name = icb?.name;
    const nameText = text(name);
    const legal = icb?.legal_name;
    const legalText = text(legal);
    if (nameText && legalText && norm(nameText) !== norm(legalText)) {
      ctx.report({
        message: `The ICB's name "${nameText}" differs from its legal name "${legalText}". The constitution should use the legal name fixed by the ICBs (Establishment) Order 2022 (NHS England's statutory list of ICBs).`,
        at: name!.loc,
        related: [{ message: 'legal name given here', at: legal!.loc }],
        fixes: [{ title: `Use the legal name "${legalText}"`, safe: false, edits: [ctx.editor.replaceScalar(name!.loc.node, legalText)] }],
      });
      return;
    }
    if (legalText && !LEGAL_NAME.test(legalText)) {
      ctx.report({
        message: `"${legalText}" does not read like a legal name: every ICB's legal name in the ICBs (Establishment) Order 2022 has the form "NHS … Integrated Care Board" (NHS England's statutory list). Check it against the order.`,
        at: legal!.loc,
      });
      return;
    }
    if (nameText && !LEGAL_NAME.test(nameText)) {
      const fixes = legalText
        ? [{ title: `Use the legal name "${legalText}"`, safe: false, edits: [ctx.editor.replaceScalar(name!.loc.node, legalText)] }]
        : [];
      ctx.report({
        message: `"${nameText}" looks like a brand name rather than the ICB's legal name. Legal names in the ICBs (Establishment) Order 2022 have the form "NHS … Integrated Care Board" (NHS England's statutory list); brand names such as "NHS Frimley" are not the legal name.`,
        at: name!.loc,
        fixes,
      });
    }
  },
});
