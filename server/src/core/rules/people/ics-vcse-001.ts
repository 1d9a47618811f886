import { text } from '../../model/query';
import { defineRule } from '../framework';
import { SHARED_PURPOSE, VONNE } from './citations';
import { SECTION } from './shared';

export default defineRule({
  meta: {
    id: 'ICS-VCSE-001',
    slug: 'vcse-formal-agreement',
    title: 'The ICB has a signed, published formal agreement with the VCSE sector, ideally through a VCSE alliance.',
    section: SECTION,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...VONNE, provision: 'statutory guidance: a formal agreement for engaging and embedding the VCSE sector in system governance and decision-making' },
      { ...SHARED_PURPOSE, provision: 'NHS England requires ICBs to have a VCSE partnership agreement' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `vcse.agreement` exists, says where it is published (`url`, or `path` in this repository) and when it was signed (`signed_on`). Signing through a VCSE alliance (`alliance`) is the ideal the guidance names, not a requirement, so a missing alliance is not reported.',
      rationale:
        "NHS England's ICS implementation guidance on partnerships with the voluntary, community and social enterprise sector (2021) expected every ICB to have, by April 2022, a formal agreement for engaging and embedding the VCSE sector in system-level governance and decision-making, ideally through a VCSE alliance. The statutory guidance carries this forward (as quoted by VONNE), and NHS England requires such an agreement. An agreement nobody has signed, or nobody can read, is not yet formal.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
vcse:
  agreement: {type: memorandum_of_understanding, alliance: Example VCSE Alliance}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
vcse:
  agreement: {type: memorandum_of_understanding, url: https://example.nhs.uk/vcse-mou, signed_on: 2022-03-31, alliance: Example VCSE Alliance}
`,
      howToFix:
        'Record the agreement under `vcse.agreement`: its `type` (memorandum_of_understanding, partnership_agreement or charter), where it is published (`url`), when it was signed (`signed_on`) and, if the sector signed through one, the VCSE `alliance`.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const agreement = icb.vcse?.agreement;
    if (!agreement) {
      ctx.report({
        message:
          "No formal agreement with the voluntary, community and social enterprise (VCSE) sector is recorded. NHS England's ICS implementation guidance on partnerships with the VCSE sector (2021) expected every ICB to have one by April 2022 — a memorandum of understanding or partnership agreement that embeds the VCSE sector in system governance and decision-making, ideally signed through a VCSE alliance: add `vcse.agreement` with its type, where it is published and when it was signed.",
        at: icb.vcse?.loc ?? ctx.documentAnchor,
      });
      return;
    }
    if (!text(agreement.url) && !text(agreement.path)) {
      const edit = ctx.editor.setAtPath(['vcse', 'agreement', 'path'], 'TODO');
      ctx.report({
        message:
          "The agreement with the VCSE sector does not say where it is published. A formal agreement that embeds the sector in the ICB's governance should be public: give its `url` (or its `path` in this repository). Source: NHS England's guidance on partnerships with the VCSE sector (2021).",
        at: agreement.loc,
        fixes: edit ? [{ title: 'Add where the agreement is published (to fill in)', safe: false, edits: [edit] }] : undefined,
      });
    }
    if (!text(agreement.signed_on)) {
      ctx.report({
        message: `The agreement with the VCSE sector has no signing date, so it reads as a draft. NHS England's ICS implementation guidance on partnerships with the VCSE sector (2021) expected a formal agreement${text(agreement.alliance) ? '' : ', ideally through a VCSE alliance,'} in place by April 2022: add \`signed_on\` (YYYY-MM-DD) once the ICB and the sector have signed it.`,
        at: agreement.loc,
      });
    }
  },
});
