import { defineRule } from '../framework';
import { memberLabel, ordinaryMembers, text } from '../../model/query';
import { BLMK_ICB, NHSP_PM } from '../citations';
import { SECTION_1, addUnder, appointer, arrangementView } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-APPT-007',
    slug: 'chair-approves-ordinary-members',
    title: "Each ordinary member's appointment is made or approved by the chair.",
    section: SECTION_1,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
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
        'Partner members are nominated by their sector and then appointed or approved by the ICB chair, and NHS-England-model constitutions give the chair the appointment of board members (NHS Providers; BLMK ICB). The statutory basis is probably Schedule 1B paragraph 8 but has not been read, so this is a warning until it is confirmed.',
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
    for (const m of ordinaryMembers(ctx.icb!)) {
      if (!m.appointment) continue;
      const view = arrangementView(m.appointment, ctx.framework);
      const by = text(view.by);
      const approvedBy = text(view.approvedBy);
      if (by === 'chair' || approvedBy === 'chair') continue;
      if (!by && !approvedBy) continue; // nothing stated yet: ICS-APPT-005 reports the missing appointer
      const source = view.source?.loc ?? m.appointment.loc;
      const edit = approvedBy ? ctx.editor.replaceScalar(view.approvedBy!.loc.node, 'chair') : addUnder(ctx, source, ['approved_by'], 'chair');
      ctx.report({
        message: `${memberLabel(m)} is appointed by ${appointer(by)}${approvedBy ? ` with the approval of ${appointer(approvedBy)}` : ''}, without the chair's approval. Ordinary members are appointed or approved by the ICB chair (NHS Providers on partner members; NHS England model constitutions): add \`approved_by: chair\`.`,
        at: view.approvedBy?.loc ?? view.by?.loc ?? source,
        fixes: edit ? [{ title: "Require the chair's approval", safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
