import { defineRule, type RuleContext } from '../framework';
import type { Loc } from '../../model/spec';
import type { TextEdit } from '../../types';
import { ordinaryPositions } from '../../model/composition';
import { board, byClass, classLabel, roleAnchor } from '../positions';
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
        'Checks that every ordinary member (every board member other than the chair and the chief executive) has `appointment.by` and `appointment.procedure`. It reports once per seat (format 1.1), or in a constitution without seats once per class of member — the same role and the same sector or function — listing the members concerned, since a constitution states the procedure once for the class.',
      rationale:
        'Schedule 1B paragraph 8(1) to the NHS Act 2006 says the constitution must specify, for the ordinary members, who appoints them (8(1)(a), read) and the procedure for appointing them (8(1)(b), inferred from constitutions that cite it).',
      changes: [
        'Issue 9: reported once per seat (format 1.1), or in a constitution without seats once per class of member (the same role and sector or function), listing the members concerned — not once per person. A constitution states the procedure once for the class; a board of twenty with one class missing its procedure now has one finding, not six.',
      ],
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
    // Once per seat, or in a document without seats once per class of member (role and sector or
    // function): a constitution states the procedure once for the class, not for each person.
    for (const group of byClass(ordinaryPositions(board(ctx)))) {
      const sector = group[0].sector as PartnerSector | undefined;
      const s = sector ? PARTNER_SECTORS[sector] : undefined;
      const procedure = s ? `joint nomination by the ${s.short}, then the chair's approval` : 'TODO';
      const views = group.map((p) => ({ p, arrangement: p.declared('appointment'), view: arrangementView(p.declared('appointment'), ctx.framework) }));
      const report = (
        lacking: typeof views,
        message: (who: string) => string,
        at: (v: (typeof views)[number]) => RuleContext['documentAnchor'] | Loc,
        edit: (v: (typeof views)[number]) => TextEdit | undefined,
        title: string,
      ) => {
        if (lacking.length === 0) return;
        const edits = lacking.map(edit);
        ctx.report({
          message: message(classLabel(lacking.map((v) => v.p))),
          at: at(lacking[0]),
          related: lacking.slice(1).map((v) => ({ message: `${v.p.label} is declared here`, at: at(v) })),
          fixes: edits.every((e) => e !== undefined) ? [{ title, safe: false, edits: edits as TextEdit[] }] : undefined,
        });
      };
      report(
        views.filter((v) => !v.arrangement),
        (who) => `The constitution does not say who appoints ${who} or how. Schedule 1B paragraph 8(1) of the NHS Act 2006 requires it to specify, for each ordinary member, who appoints them and the procedure: add \`appointment\` with \`by\` and \`procedure\`.`,
        (v) => roleAnchor(v.p),
        (v) => addUnder(ctx, v.p.loc, ['appointment'], { by: 'chair', procedure }),
        'Add an appointment by the chair (check it; procedure to fill in)',
      );
      const stated = views.filter((v) => v.arrangement);
      const source = (v: (typeof views)[number]) => v.view.source?.loc ?? v.arrangement!.loc;
      report(
        stated.filter((v) => !v.view.by),
        (who) => `The constitution does not say who appoints ${who}. Schedule 1B paragraph 8(1)(a) of the NHS Act 2006 requires it to specify who appoints each ordinary member: add \`by\` (normally \`chair\`).`,
        source,
        (v) => addUnder(ctx, source(v), ['by'], 'chair'),
        'Say the chair appoints (check it)',
      );
      report(
        stated.filter((v) => !v.view.procedure),
        (who) => `The constitution does not give the procedure for appointing ${who}. Schedule 1B paragraph 8(1) of the NHS Act 2006 requires it to specify the appointment procedure for each ordinary member: add \`procedure\` in plain words.`,
        source,
        (v) => addUnder(ctx, source(v), ['procedure'], procedure),
        s ? 'Add the partner member procedure (check it)' : 'Add the procedure (to fill in)',
      );
    }
  },
});
