import { defineRule } from '../framework';
import { firstLoc } from '../../model/query';
import { BSOL, MSE } from './citations';
import { SECTION_5 } from './helpers';

const DEADLINE_DAYS = 28;

export default defineRule({
  meta: {
    id: 'ICS-COI-004',
    slug: 'declaring-interests',
    title: 'New interests are declared within 28 days and declarations are reviewed every year.',
    section: SECTION_5,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...MSE, provision: 'declare within 28 days; annual review; declarations at every meeting' },
      { ...BSOL, provision: 'declaring and reviewing interests' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `conflicts_of_interest.declaration_deadline_days` is set and is 28 or fewer, and that `conflicts_of_interest.annual_review` is `true`. Asking for declarations at the start of every meeting, and minuting them, is checked by ICS-SO-005 (`standing_orders.declarations_of_interest`).',
      rationale:
        'ICBs such as Mid and South Essex and Birmingham and Solihull require new interests to be declared within 28 days, review declarations formally every year, and ask for declarations at the start of every meeting. Prompt, regular declarations keep the register accurate when decisions are taken.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  policy: {url: https://example.nhs.uk/coi-policy}
  declaration_deadline_days: 60
  annual_review: true
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  policy: {url: https://example.nhs.uk/coi-policy}
  declaration_deadline_days: 28
  annual_review: true
`,
      howToFix: 'Set `conflicts_of_interest.declaration_deadline_days: 28` (or fewer) and `conflicts_of_interest.annual_review: true`, as your conflicts of interest policy provides.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const coi = icb.conflicts_of_interest;
    const anchor = firstLoc(coi, icb.kind) ?? ctx.documentAnchor;
    const days = coi?.declaration_deadline_days;
    if (!days) {
      const edit = ctx.editor.addAtPath(['conflicts_of_interest', 'declaration_deadline_days'], DEADLINE_DAYS);
      ctx.report({
        message: `The constitution does not say how soon new interests must be declared. Good practice (Mid and South Essex, Birmingham and Solihull ICBs) is within ${DEADLINE_DAYS} days: add \`conflicts_of_interest.declaration_deadline_days: ${DEADLINE_DAYS}\`.`,
        at: anchor,
        fixes: edit ? [{ title: `Require declarations within ${DEADLINE_DAYS} days`, safe: false, edits: [edit] }] : undefined,
      });
    } else if (days.value > DEADLINE_DAYS) {
      ctx.report({
        message: `New interests may be declared up to ${days.value} days after they arise. Good practice (Mid and South Essex, Birmingham and Solihull ICBs) is within ${DEADLINE_DAYS} days, so that the register is accurate when decisions are taken.`,
        at: days.loc,
        fixes: [{ title: `Shorten the deadline to ${DEADLINE_DAYS} days`, safe: false, edits: [ctx.editor.replaceScalar(days.loc.node, DEADLINE_DAYS)] }],
      });
    }
    const review = coi?.annual_review;
    if (review?.value === true) return;
    if (review?.value === false) {
      ctx.report({
        message: 'Declarations of interest are not reviewed every year (`annual_review: false`). Good practice (Mid and South Essex, Birmingham and Solihull ICBs) is a formal annual review of every declaration.',
        at: review.loc,
      });
      return;
    }
    const edit = ctx.editor.addAtPath(['conflicts_of_interest', 'annual_review'], true);
    ctx.report({
      message: 'The constitution does not say that declarations of interest are reviewed every year. Good practice (Mid and South Essex, Birmingham and Solihull ICBs) is a formal annual review: add `conflicts_of_interest.annual_review: true` once the policy provides for it.',
      at: anchor,
      fixes: edit ? [{ title: 'State that declarations are reviewed every year', safe: false, edits: [edit] }] : undefined,
    });
  },
});
