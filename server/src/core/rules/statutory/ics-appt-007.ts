import { defineRule } from '../framework';
import { capitalise, text } from '../../model/query';
import type { TextEdit } from '../../types';
import { ordinaryPositions } from '../../model/composition';
import { board, byClass, classLabel } from '../positions';
import { ACT_SCH1B_ENACTED, BLMK_ICB, NHSP_PM } from '../citations';
import { SECTION_1, addUnder, appointer, arrangementView } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-APPT-007',
    slug: 'chair-approves-ordinary-members',
    title: "Each ordinary member's appointment is made or approved by the chair.",
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [
      { ...ACT_SCH1B_ENACTED, provision: 'Schedule 1B paragraph 8(1)(b)' },
      { ...NHSP_PM, provision: 'the ICB chair makes the final decision on trust partner nominees' },
      { ...BLMK_ICB, provision: 'the chair makes appointments to the board' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        "For every ordinary member whose `appointment` is set out, checks that it is made by the chair (`by: chair`) or approved by the chair (`approved_by: chair`). A missing appointment is ICS-APPT-005's finding.",
      rationale:
        'Schedule 1B paragraph 8(1) to the NHS Act 2006 (read in the Health and Care Act 2022 as enacted): "The constitution must— (a) specify who is to appoint the ordinary members, and (b) provide that the appointment of an ordinary member is subject to the approval of the chair." Every ordinary member (anyone other than the chair and the chief executive: executives, non-executives, partner members) is covered. Partner members are nominated by their sector and then appointed or approved by the chair (NHS Providers; BLMK ICB); paragraph 8(6) adds that the chair exercises this approval with a view to ensuring that at least one ordinary member has knowledge and experience of mental health services (ICS-APPT-006).',
      changes: [
        'Issue 9: reported once per seat, or once per class of member appointed alike, listing the members concerned — not once per person.',
        'Issue 10: raised from a warning (NHS England policy) to an error (the law). Schedule 1B paragraph 8(1)(b), now read, requires the constitution to make every ordinary member\'s appointment subject to the chair\'s approval.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: sam-obi
      name: Sam Obi
      role: partner
      sector: nhs_trusts
      appointment: {by: other, procedure: "nominated and appointed by the trusts"}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: sam-obi
      name: Sam Obi
      role: partner
      sector: nhs_trusts
      appointment: {by: chair, approved_by: chair, procedure: "joint nomination by the trusts, then the chair's approval"}
`,
      howToFix: "Make the chair the appointer (`by: chair`) or add `approved_by: chair` to the member's appointment.",
    },
  },
  check(ctx) {
    // Once per seat, or in a document without seats once per class of member.
    for (const group of byClass(ordinaryPositions(board(ctx)))) {
      const without = group.flatMap((p) => {
        const arrangement = p.declared('appointment');
        if (!arrangement) return [];
        const view = arrangementView(arrangement, ctx.framework);
        const by = text(view.by);
        const approvedBy = text(view.approvedBy);
        if (by === 'chair' || approvedBy === 'chair') return [];
        if (!by && !approvedBy) return []; // nothing stated yet: ICS-APPT-005 reports the missing appointer
        const source = view.source?.loc ?? arrangement.loc;
        const edit = approvedBy ? ctx.editor.replaceScalar(view.approvedBy!.loc.node, 'chair') : addUnder(ctx, source, ['approved_by'], 'chair');
        return [{ p, by, approvedBy, at: view.approvedBy?.loc ?? view.by?.loc ?? source, edit }];
      });
      if (without.length === 0) continue;
      // One finding for the class when its members are appointed alike; else one each.
      const alike = without.every((w) => w.by === without[0].by && w.approvedBy === without[0].approvedBy);
      for (const set of alike ? [without] : without.map((w) => [w])) {
        const { by, approvedBy } = set[0];
        const edits = set.map((w) => w.edit);
        ctx.report({
          message: `${capitalise(classLabel(set.map((w) => w.p)))} ${set.length === 1 ? 'is' : 'are'} appointed by ${appointer(by)}${approvedBy ? ` with the approval of ${appointer(approvedBy)}` : ''}, without the chair's approval. Schedule 1B paragraph 8(1)(b) of the NHS Act 2006 requires the constitution to make the appointment of every ordinary member subject to the approval of the chair: add \`approved_by: chair\`.`,
          at: set[0].at,
          related: set.slice(1).map((w) => ({ message: `${w.p.label}'s appointment is declared here`, at: w.at })),
          fixes: edits.every((e) => e !== undefined) ? [{ title: "Require the chair's approval", safe: false, edits: edits as TextEdit[] }] : undefined,
        });
      }
    }
  },
});
