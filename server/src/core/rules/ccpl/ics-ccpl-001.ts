import { defineRule } from '../framework';
import { CCPL_KEY, SECTION, ccplAnchor, ccplOf, text, values } from './shared';
import { ccplGuidance } from './citations';

export default defineRule({
  meta: {
    id: 'ICS-CCPL-001',
    slug: 'ccpl-local-framework-agreed-with-partners',
    title: 'A local framework for clinical and care professional leadership is agreed with ICS partners and published.',
    section: SECTION,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [ccplGuidance('expectation 1: a local framework and development plan, agreed with partners across the ICS')],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `clinical_and_care_professional_leadership.framework` exists, says where the framework is published (`url` or `path`) and names at least one partner it was agreed with (`agreed_with`, other than the ICB itself). A separate development plan (`plan_url`) is welcome but not required: many systems publish the plan inside the framework.',
      rationale:
        "NHS England and NHS Improvement's ICS implementation guidance on effective clinical and care professional leadership (September 2021) expects system leaders to agree a local framework and development plan for clinical and care professional leadership with partners across the ICS, and to promote it across the system. A framework the ICB wrote on its own, or one nobody can find, does not meet that expectation.",
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
clinical_and_care_professional_leadership:
  framework: {url: https://example.nhs.uk/ccpl-framework}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
clinical_and_care_professional_leadership:
  framework:
    url: https://example.nhs.uk/ccpl-framework
    agreed_on: 2022-06-30
    agreed_with: [icp, trusts, local_authorities]
`,
      howToFix:
        'Record the framework under `clinical_and_care_professional_leadership.framework`: where it is published (`url`, or `path` in this repository), when it was agreed (`agreed_on`) and with whom (`agreed_with`, e.g. icp, trusts, local_authorities, primary_care).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const ccpl = ccplOf(icb);
    const fw = ccpl?.framework;
    if (!fw) {
      const edit = ctx.editor.addAtPath([CCPL_KEY, 'framework'], { path: 'TODO', agreed_with: ['TODO'] });
      ctx.report({
        message:
          "No local framework for clinical and care professional leadership is recorded. NHS England's ICS implementation guidance on clinical and care professional leadership (September 2021) expects each system to agree a local framework and development plan with its partners across the ICS: add `clinical_and_care_professional_leadership.framework` saying where it is published and who it was agreed with.",
        at: ccplAnchor(ctx),
        fixes: edit ? [{ title: 'Add the leadership framework (where published and partners to fill in)', safe: false, edits: [edit] }] : undefined,
      });
      return;
    }

    if (!text(fw.url) && !text(fw.path)) {
      const edit = ctx.editor.setAtPath([CCPL_KEY, 'framework', 'path'], 'TODO');
      ctx.report({
        message:
          "The clinical and care professional leadership framework does not say where it is published. NHS England's guidance on clinical and care professional leadership (September 2021) expects the framework to be promoted across the system: give its `url` (or its `path` in this repository).",
        at: fw.loc,
        fixes: edit ? [{ title: 'Add where the framework is published (to fill in)', safe: false, edits: [edit] }] : undefined,
      });
    }

    const ownNames = new Set(['icb', text(icb.icb?.id), text(icb.icb?.name)].filter((x): x is string => !!x).map((x) => x.toLowerCase()));
    const listed = values(fw.agreed_with).map((x) => x.trim()).filter((x) => x !== '');
    const partners = listed.filter((x) => !ownNames.has(x.toLowerCase()));
    if (partners.length === 0) {
      const edit = ctx.editor.addAtPath([CCPL_KEY, 'framework', 'agreed_with'], ['TODO']);
      ctx.report({
        message:
          listed.length === 0
            ? "The clinical and care professional leadership framework does not say who it was agreed with. NHS England's guidance on clinical and care professional leadership (September 2021) expects it to be agreed with partners across the ICS: list them in `agreed_with` (for example icp, trusts, local_authorities, primary_care)."
            : "The clinical and care professional leadership framework was agreed only by the ICB itself. NHS England's guidance on clinical and care professional leadership (September 2021) expects it to be agreed with partners across the ICS — NHS trusts, local authorities, primary care and the integrated care partnership: add them to `agreed_with`.",
        at: fw.agreed_with?.loc ?? fw.loc,
        fixes: edit ? [{ title: 'Add the partners the framework was agreed with (to fill in)', safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
