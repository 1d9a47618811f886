import { defineRule } from '../framework';
import { capitalise, text } from '../../model/query';
import { holdersText } from '../../model/composition';
import { ACT_SCH1B_P1, NHSE_AREA } from '../citations';
import { board, declarerPath } from '../positions';

const WHY =
  "The constitution provides for the board's composition (Schedule 1B paragraph 3(1) of the NHS Act 2006), and a change to it is a variation that needs NHS England's approval";

const ROLE_WORDS: Record<string, string> = {
  chair: 'the chair',
  chief_executive: 'the chief executive',
  executive: 'an executive member',
  non_executive: 'a non-executive member',
  partner: 'a partner member',
  other: 'an ordinary member',
};

export default defineRule({
  meta: {
    id: 'ICS-SEAT-001',
    slug: 'members-hold-the-seats-provided',
    title: 'Each board member holds a seat the constitution provides, in its role, and no seat has more holders than its size.',
    section: '2. ICB board composition and roles',
    sourceKind: 'data-check',
    severity: 'warning',
    citations: [
      { ...ACT_SCH1B_P1, provision: 'Schedule 1B paragraph 3(1) (the constitution must provide for the board to consist of a chair, a chief executive and at least three other members)' },
      { ...NHSE_AREA, provision: 'a change to a constitution is a variation that needs NHS England approval' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'A consistency check of this tool. In a constitution that declares its seats (`board.seats`, format 1.1), checks the members it lists against them: no seat has more holders than its `count` or `max`; every member holds a seat (`seat:`, or the one seat whose role, function and sector fit); and a member does not state a role, function or sector other than their seat\'s. A constitution without seats is not checked.',
      rationale:
        "This is a data check of this tool, not a requirement of law or NHS England policy: the document is checked against itself, and it is reported as a warning because the composition rules count the seats. Schedule 1B paragraph 3(1) to the NHS Act 2006 says the constitution must provide for the board's composition, and NHS England approves every variation of a constitution: when the members listed do not fit the seats the constitution provides — two people in the one chair seat, a member in no seat — either the list is wrong or the composition has changed without the variation NHS England must approve.",
      incorrect: `kind: icb-constitution
version: 1.1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  seats:
    - {id: partner-trusts, role: partner, sector: nhs_trusts, count: 1}
  members:
    - {id: sam-obi, name: Sam Obi, seat: partner-trusts}
    - {id: ali-rae, name: Ali Rae, seat: partner-trusts}
`,
      correct: `kind: icb-constitution
version: 1.1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  seats:
    - {id: partner-trusts, role: partner, sector: nhs_trusts, count: 2}
  members:
    - {id: sam-obi, name: Sam Obi, seat: partner-trusts}
    - {id: ali-rae, name: Ali Rae, seat: partner-trusts}
`,
      howToFix:
        "Give each member the `seat:` they hold, and correct a seat's `count` or `max` if the constitution provides for more holders — a change to the composition needs NHS England's approval as a variation of the constitution.",
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const c = board(ctx);
    if (!c.seated) return;
    for (const issue of c.issues) {
      if (issue.kind === 'over') {
        const p = issue.position;
        ctx.report({
          message: `${capitalise(p.label)} is ${holdersText(p)}, but the constitution provides for ${p.size.min === issue.max ? `exactly ${issue.max}` : `at most ${issue.max}`}. ${WHY}: correct the members listed, or the seat's size if the constitution was varied.`,
          at: (p.seat?.count ?? p.seat?.max)?.loc ?? p.loc,
          related: p.holders.map((h) => ({ message: `${h.label} holds the seat`, at: h.member.seat?.loc ?? h.loc })),
        });
      } else if (issue.kind === 'unseated') {
        const h = issue.holder;
        const path = declarerPath(icb, h.member);
        const fixes = issue.candidates.slice(0, 3).flatMap((s) => {
          const id = text(s.id);
          const edit = id && path ? ctx.editor.addAtPath([...path, 'seat'], id) : undefined;
          return edit ? [{ title: `${h.label} holds ${text(s.title) ?? id}`, safe: false, edits: [edit] }] : [];
        });
        const role = h.role ? ROLE_WORDS[h.role] ?? `\`role: ${h.role}\`` : undefined;
        ctx.report({
          message: `${capitalise(h.label)} holds none of the seats the constitution provides (\`board.seats\`): ${
            issue.candidates.length > 1
              ? `${issue.candidates.length} seats fit ${role ?? 'them'}, so say which with \`seat:\``
              : role
                ? `no seat is for ${role}${h.function ? ` (${h.function.replace(/_/g, ' ')})` : h.sector ? ` (${h.sector.replace(/_/g, ' ')})` : ''}`
                : 'name the seat they hold with `seat:`'
          }. ${WHY}.`,
          at: h.member.role?.loc ?? h.loc,
          fixes,
        });
      } else if (issue.kind === 'conflict') {
        const h = issue.holder;
        ctx.report({
          message: `${capitalise(h.label)} has \`${issue.key}: ${issue.own.value}\` but holds ${h.seat ? text(h.seat.title) ?? `seat \`${text(h.seat.id)}\`` : 'a seat'}, whose \`${issue.key}\` is \`${issue.seatValue.value}\`. A member takes their seat's ${issue.key}: remove theirs, or give them the seat they hold.`,
          at: issue.own.loc,
          related: [{ message: `the seat's ${issue.key} is declared here`, at: issue.seatValue.loc }],
          fixes: [{ title: `Use the seat's ${issue.key} (\`${issue.seatValue.value}\`)`, safe: false, edits: [ctx.editor.replaceScalar(issue.own.loc.node, issue.seatValue.value)] }],
        });
      }
    }
  },
});
