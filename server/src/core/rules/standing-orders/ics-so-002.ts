import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { governanceOf, refLabel } from '../../model/governance';
import { listText } from '../committees/helpers';
import { SECTION_13, SO_SOURCES, SO_WHY_INFORMATION, soAnchor, standingOrders } from './shared';

const HEAD = `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`;

export default defineRule({
  meta: {
    id: 'ICS-SO-002',
    slug: 'urgent-decisions-taken-and-reported',
    title: 'Standing orders say who may take urgent decisions, who is consulted, and that they are reported to the next meeting.',
    section: SECTION_13,
    sourceKind: 'guidance',
    severity: 'information',
    citations: SO_SOURCES,
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'When the constitution writes out its standing orders (`standing_orders`), checks `urgent_decisions`: who may take them (`taken_by`), where they are reported afterwards (`reported_to`), and, when one person alone may take them, who is consulted first (`consult`). With `recorded_in`, what is left out is left to the standing orders. Matters reserved to the board are not compared with urgent decisions: urgent action is a separate mechanism, and `excluded` says what it may never decide.',
      rationale:
        `Standing orders set out the procedures for meetings and for decisions taken between them (Hertfordshire and West Essex 5.1). A decision that cannot wait for a meeting is still the board's or a committee's decision: who may take it, who must agree, and that it is reported to the next meeting is what keeps it accountable. One person deciding alone, with nobody consulted, is the arrangement reviewers query. ${SO_WHY_INFORMATION}`,
      incorrect: `${HEAD}standing_orders:
  urgent_decisions: {taken_by: [{title: Chief Executive}]}
`,
      correct: `${HEAD}standing_orders:
  urgent_decisions:
    taken_by: [{title: Chair}, {title: Chief Executive}]
    reported_to: next_meeting
`,
      howToFix: 'Say who may take urgent decisions (usually the chair and the chief executive together, or one of them after consulting another board member) and where they are reported (`reported_to: next_meeting`).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const s = standingOrders(icb);
    if (!s || s.byReference) return;
    const u = s.so.urgent_decisions;
    if (!u) {
      ctx.report({
        message: 'The standing orders do not say how urgent decisions are taken between meetings (`urgent_decisions`): who may take them, who is consulted and where they are reported. Standing orders set out the procedures for decisions (Hertfordshire and West Essex 5.1): add them, or `recorded_in` for the standing orders that do.',
        at: soAnchor(ctx),
      });
      return;
    }
    const g = governanceOf(icb);
    const takers = items(u.taken_by).map((h) => g.resolve(h)).filter((r) => r !== undefined);
    const missing: string[] = [];
    if (takers.length === 0) missing.push('who may take them (`taken_by`)');
    if (!text(u.reported_to)) missing.push('where they are reported afterwards (`reported_to`, e.g. next_meeting)');
    if (missing.length > 0) {
      const edit = text(u.reported_to) ? undefined : ctx.editor.addAtPath(['standing_orders', 'urgent_decisions', 'reported_to'], 'next_meeting');
      ctx.report({
        message: `The standing orders' urgent decisions do not say ${listText(missing)}. An urgent decision is still a decision of the board or a committee, and is reported to its next meeting so that it stays accountable: add ${missing.length === 1 ? 'it' : 'them'}.`,
        at: u.loc,
        fixes: edit ? [{ title: 'Report urgent decisions to the next meeting (check first)', safe: false, edits: [edit] }] : undefined,
      });
    }
    const consulted = items(u.consult).some((h) => g.resolve(h) !== undefined);
    if (takers.length === 1 && !consulted) {
      ctx.report({
        message: `Urgent decisions may be taken by ${refLabel(takers[0])} alone, with nobody consulted (\`consult\`). Urgent action is usually taken by two people — the chair and the chief executive, or one of them after consulting another board member, often a non-executive: say who is consulted.`,
        at: u.taken_by!.loc,
      });
    }
  },
});
