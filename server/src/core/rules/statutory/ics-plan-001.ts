import { defineRule } from '../framework';
import { firstLoc, text } from '../../model/query';
import { ACT_14Z52, HWE_7 } from '../citations';
import { SECTION_1 } from './helpers';

/** The commitment the model constitution makes (Hertfordshire and West Essex 7.3.8), in our words, offered by the fix. */
const MODEL_COMMITMENT =
  'The ICB will publish, with its partner NHS trusts and NHS foundation trusts, a plan before the start of each financial year setting out how they propose to exercise their functions in the next five years.';

const DUTY =
  'Before each financial year the ICB and its partner NHS trusts and foundation trusts must prepare and publish a five-year joint forward plan (NHS Act 2006 s.14Z52), consulting the people for whom the ICB has core responsibility (s.14Z54); the NHS England model constitution commits the ICB to it';

export default defineRule({
  meta: {
    id: 'ICS-PLAN-001',
    slug: 'joint-forward-plan-published',
    title: 'The constitution commits the ICB to its joint forward plan: prepared with its partner trusts, consulted on and published before each financial year.',
    section: SECTION_1,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...HWE_7, provision: 'section 7.3.8 (the model constitution\'s commitment to the plan)' },
      { ...ACT_14Z52, provision: 'section 14Z52(1) and (3) (prepare and publish the plan)' },
      { ...ACT_14Z52, provision: 'section 14Z54(2) (consult on it)' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that the constitution refers to the joint forward plan: `plans.joint_forward_plan` with the constitution\'s `commitment` to it, or where the plan is published (`url` or `path`), or when and after what consultation it was published (`published_on`, `consultation`). None of these is required on its own: the date and the consultation are facts about the plan, not content of the constitution.',
      rationale:
        'The duty is statutory but it is not a requirement of the constitution\'s content: section 14Z52(1) of the NHS Act 2006 (read in the Health and Care Act 2022 as enacted): "Before the start of each financial year, an integrated care board and its partner NHS trusts and NHS foundation trusts must prepare a plan setting out how they propose to exercise their functions in the next five years"; (3) "must publish the plan"; section 14Z54(2): they "must consult— (a) the group of people for whom the integrated care board has core responsibility". Schedule 1B, which says what a constitution must contain, does not mention the plan. The NHS England model constitution commits the ICB to it (Hertfordshire and West Essex 7.3.8: "The ICB will publish, with its partner NHS trusts and NHS foundation trusts, a plan at the start of each financial year..."), so a constitution silent about the plan departs from NHS England policy: a warning. Whether the plan was in fact published and consulted on is for the plan, not the constitution.',
      changes: [
        'Issue 10: no longer an error. The duty to prepare, consult on and publish the plan (ss.14Z52 and 14Z54, now read and cited) falls on the ICB and its partner trusts; nothing in Schedule 1B makes it constitution content. A constitution that commits to the plan now passes; its publication date and consultation are optional. Four false errors on approved constitutions came from this rule.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
plans:
  joint_forward_plan: {}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
plans:
  joint_forward_plan:
    commitment: The ICB will publish, with its partner NHS trusts and NHS foundation trusts, a five-year plan before the start of each financial year.
`,
      howToFix:
        'Add `plans.joint_forward_plan` with the constitution\'s `commitment` to the plan (the model constitution\'s wording is offered), and, if you like, where the current plan is published (`url`).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const jfp = icb.plans?.joint_forward_plan;
    if (jfp && [jfp.commitment, jfp.url, jfp.path, jfp.published_on, jfp.consultation].some((v) => text(v))) return;
    const edit = ctx.editor.addAtPath(['plans', 'joint_forward_plan', 'commitment'], MODEL_COMMITMENT);
    ctx.report({
      message: jfp
        ? `The constitution's \`plans.joint_forward_plan\` says nothing about the plan. ${DUTY}: state the constitution's \`commitment\` to it, or where it is published (\`url\`).`
        : `The constitution does not refer to the ICB's joint forward plan. ${DUTY}: add \`plans.joint_forward_plan\` with the constitution's \`commitment\` to it.`,
      at: jfp?.loc ?? firstLoc(icb.plans, icb.kind) ?? ctx.documentAnchor,
      fixes: edit ? [{ title: "Add the model constitution's commitment to the joint forward plan (check the wording)", safe: false, edits: [edit] }] : undefined,
    });
  },
});
