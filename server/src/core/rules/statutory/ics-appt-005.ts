import { defineRule } from '../framework';
import { memberLabel, ordinaryMembers, text } from '../../model/query';
import { ACT_SCH1B_P1 } from '../citations';
import { SECTION_1, addUnder, arrangementView } from './helpers';
import { PARTNER_SECTORS, type PartnerSector } from './partner';

export default defineRule({
  meta: {
    id: 'ICS-APPT-005',
    slug: 'ordinary-member-appointment-set-out',
    title: 'For each ordinary member, the constitution says who appoints them and by what procedure.',
    section: SECTION_1,
    sourceKind: 'statute',
    severity: 'error',
    citations: [
      { ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 8(1)(a)' },
      { ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 8(1)(b)', confidence: 'I' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that every ordinary member (every board member other than the chair and the chief executive) has `appointment.by` and `appointment.procedure`.',
      rationale:
        'Schedule 1B paragraph 8(1) to the NHS Act 2006 says the constitution must specify, for the ordinary members, who appoints them (8(1)(a), read) and the procedure for appointing them (8(1)(b), inferred from constitutions that cite it).',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: pat-lee
      name: Pat Lee
      role: non_executive
      appointment: {by: chair, procedure: "open competition, then appointment by the chair"}
`,
      howToFix: "Give each ordinary member an `appointment` with `by` (normally `chair`) and `procedure` in plain words, e.g. \"joint nomination by the NHS trusts, then the chair's approval\".",
    },
  },
  check(ctx) {
    for (const m of ordinaryMembers(ctx.icb!)) {
      const sector = text(m.sector) as PartnerSector | undefined;
      const s = sector ? PARTNER_SECTORS[sector] : undefined;
      const procedure = s ? `joint nomination by the ${s.short}, then the chair's approval` : 'TODO';
      const who = memberLabel(m);
      if (!m.appointment) {
        const edit = addUnder(ctx, m.loc, ['appointment'], { by: 'chair', procedure });
        ctx.report({
          message: `The constitution does not say who appoints ${who} or how. Schedule 1B paragraph 8(1) of the NHS Act 2006 requires it to specify, for each ordinary member, who appoints them and the procedure: add \`appointment\` with \`by\` and \`procedure\`.`,
          at: m.role?.loc ?? m.loc,
          fixes: edit ? [{ title: "Add an appointment by the chair (check it; procedure to fill in)", safe: false, edits: [edit] }] : undefined,
        });
        continue;
      }
      const view = arrangementView(m.appointment, ctx.framework);
      const source = view.source?.loc ?? m.appointment.loc;
      if (!view.by) {
        const edit = addUnder(ctx, source, ['by'], 'chair');
        ctx.report({
          message: `The constitution does not say who appoints ${who}. Schedule 1B paragraph 8(1)(a) of the NHS Act 2006 requires it to specify who appoints each ordinary member: add \`by\` (normally \`chair\`).`,
          at: source,
          fixes: edit ? [{ title: 'Say the chair appoints (check it)', safe: false, edits: [edit] }] : undefined,
        });
      }
      if (!view.procedure) {
        const edit = addUnder(ctx, source, ['procedure'], procedure);
        ctx.report({
          message: `The constitution does not give the procedure for appointing ${who}. Schedule 1B paragraph 8(1) of the NHS Act 2006 requires it to specify the appointment procedure for each ordinary member: add \`procedure\` in plain words.`,
          at: source,
          fixes: edit ? [{ title: s ? 'Add the partner member procedure (check it)' : 'Add the procedure (to fill in)', safe: false, edits: [edit] }] : undefined,
        });
      }
    }
  },
});
