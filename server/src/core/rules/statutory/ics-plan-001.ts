import { defineRule } from '../framework';
import { firstLoc, text } from '../../model/query';
import { CONFED_JFP, HWE_7, HWE_9 } from '../citations';
import { SECTION_1 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-PLAN-001',
    slug: 'joint-forward-plan-published',
    title: 'With its partner trusts, the ICB publishes a five-year joint forward plan, consulted on, before each financial year.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...HWE_7, provision: 'section 7.3.8' }, { ...HWE_9, provision: 'section 9.1.2' }, { ...CONFED_JFP, provision: 'joint forward plans (NHS Act 2006 ss.14Z52–14Z54)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks `plans.joint_forward_plan`: where it is published (`url` or `path`), when (`published_on`) and how the population was consulted (`consultation`).',
      rationale:
        'The NHS Act 2006 (as amended in 2022) requires each ICB and its partner NHS trusts and foundation trusts to prepare and publish a five-year joint forward plan before the start of each financial year, explaining how the ICB will meet its duties, and to consult people in the area on it (s.14Z54). Model-based constitutions refer to it (HWE 7.3.8 and 9.1.2); the sections were located through them (inferred).',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
plans:
  joint_forward_plan: {url: https://example.nhs.uk/jfp}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
plans:
  joint_forward_plan:
    url: https://example.nhs.uk/jfp
    published_on: 2025-03-28
    consultation: Consulted the population and the health and wellbeing boards, January to February 2025.
`,
      howToFix: 'Add `plans.joint_forward_plan` with its `url`, the date it was `published_on` and how people were consulted (`consultation`).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const jfp = icb.plans?.joint_forward_plan;
    const duty =
      'The NHS Act 2006 requires the ICB and its partner NHS trusts to publish a five-year joint forward plan before each financial year and to consult people in the area on it';
    if (!jfp) {
      ctx.report({
        message: `The constitution does not refer to the ICB's joint forward plan. ${duty}: add \`plans.joint_forward_plan\` with where and when it was published and how people were consulted.`,
        at: firstLoc(icb.plans, icb.kind) ?? ctx.documentAnchor,
      });
      return;
    }
    if (!text(jfp.url) && !text(jfp.path)) {
      ctx.report({ message: `The joint forward plan has no link. ${duty}: give its \`url\`.`, at: jfp.loc });
    }
    if (!text(jfp.published_on)) {
      ctx.report({ message: `The joint forward plan has no publication date. ${duty}: give \`published_on\`.`, at: jfp.loc });
    }
    if (!text(jfp.consultation)) {
      const edit = ctx.editor.addAtPath(['plans', 'joint_forward_plan', 'consultation'], 'TODO');
      ctx.report({
        message: `The constitution does not say how people were consulted on the joint forward plan. ${duty} (s.14Z54): describe it in \`consultation\`.`,
        at: jfp.loc,
        fixes: edit ? [{ title: 'Add how people were consulted (to fill in)', safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
