import { defineRule } from '../framework';
import { committeesOfType, text, values } from '../../model/query';
import type { Committee } from '../../model/kinds';
import { compositionOf, executivePositions } from '../../model/composition';
import { GGI_QUAL, LSC_QC, NHSCC_WHITE_PAPER_2021 } from './citations';
import { BOARD_ID, capitalise, chairView, committeeLabel, committeePath, committeesAnchor, qualityChairCandidates, roleWords, ruleRoleWords, SECTION_4, unknownMemberReport, unusedCommitteeId, type OnBoard } from './helpers';

const MAX_CHOICES = 4;

const LEADS: { fn: string; words: string }[] = [
  { fn: 'nursing', words: 'director of nursing' },
  { fn: 'medical', words: 'medical director' },
];

/**
 * Who can chair the quality committee: non-executives, including the (non-executive) chair of the
 * board; and (format 1.1) an independent chair who is not on the board, who meets the same aim of
 * assurance led independently of the executives and the providers.
 */
function isNonExecutiveOfficeHolder(chair: { kind: string; role?: string; independent?: boolean }): boolean {
  if (chair.kind === 'independent') return true;
  return (chair.role === 'non_executive' && chair.independent !== false) || chair.role === 'chair';
}

export default defineRule({
  meta: {
    id: 'ICS-QUAL-001',
    slug: 'quality-committee',
    title: 'There is a quality committee, chaired by a non-executive, with the director of nursing and the medical director as members.',
    section: SECTION_4,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...GGI_QUAL, provision: 'quality committees: non-executive chair; nursing and medical directors as members' },
      { ...LSC_QC, provision: 'the Quality Committee is "non-executive chaired"' },
      NHSCC_WHITE_PAPER_2021,
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that a committee has `type: quality`; that its `chair` is a non-executive (an independent `role: non_executive` member, or the chair of the board); and that the executive members with `function: nursing` and `function: medical` are among its `members`. When the board has no such executive (ICS-EXEC-002/003), the committee is reported once as having no director of nursing or medical director.',
      rationale:
        'A quality committee is not a statutory requirement in England, but it is near-universal (Good Governance Institute), and ICBs such as Lancashire and South Cumbria have it "non-executive chaired". NHS Clinical Commissioners asked in 2021 for independent quality assurance led by a lay or non-executive member, with executive accountability from a director who is ideally a nurse: partner members come from the providers whose quality is being assured, so the chair should be independent of them. The director of nursing and the medical director bring the professional lead for quality and safety.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: nurse-dir, name: Alex Moss, role: executive, function: nursing}
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical}
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts}
    - {id: kit-rowe, name: Kit Rowe, role: non_executive, expertise: [quality]}
committees:
  - {id: quality, name: Quality Committee, type: quality, chair: sam-obi, members: [sam-obi, nurse-dir]}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: nurse-dir, name: Alex Moss, role: executive, function: nursing}
    - {id: ruth-ode, name: Ruth Ode, role: executive, function: medical}
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts}
    - {id: kit-rowe, name: Kit Rowe, role: non_executive, expertise: [quality]}
committees:
  - {id: quality, name: Quality Committee, type: quality, chair: kit-rowe, members: [kit-rowe, nurse-dir, ruth-ode, sam-obi]}
`,
      howToFix:
        'Add a committee with `type: quality`, chaired by a non-executive member, with the director of nursing and the medical director in its `members`. The quick fixes add the committee (one choice per suitable non-executive) or add the missing directors.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const composition = compositionOf(icb);
    // The director as a named member, or (format 1.1) the seat when nobody is named.
    const leads = LEADS.map((l) => {
      const seat = executivePositions(composition, l.fn)[0];
      return { ...l, member: (seat?.holders[0] ?? seat) as OnBoard | undefined };
    }).filter((l): l is { fn: string; words: string; member: OnBoard } => l.member !== undefined && l.member.id !== undefined);
    /** Directors the board does not have at all (ICS-EXEC-002/003 report the seats themselves). */
    const absent = LEADS.filter((l) => !leads.some((x) => x.fn === l.fn));
    const committees = committeesOfType(icb, 'quality');
    if (committees.length === 0) {
      const id = unusedCommitteeId(icb, 'quality');
      const leadIds = leads.map((l) => l.member.id!);
      const fixes = qualityChairCandidates(icb)
        .slice(0, MAX_CHOICES)
        .flatMap((m) => {
          const chairId = m.id!;
          const members = [chairId, ...leadIds.filter((x) => x !== chairId)];
          const edit = ctx.editor.addAtPath(['committees'], [{ id, name: 'Quality Committee', type: 'quality', reports_to: BOARD_ID, chair: chairId, members }]);
          return edit ? [{ title: `Add a quality committee chaired by ${m.label}`, safe: false, edits: [edit] }] : [];
        });
      ctx.report({
        message:
          'There is no quality committee (no committee has `type: quality`). It is not a statutory requirement, but good practice is a quality committee chaired by a non-executive, with the director of nursing and the medical director as members, so that quality assurance is independent of the providers on the board (Good Governance Institute; Lancashire and South Cumbria ICB; NHS Clinical Commissioners, 2021).',
        at: committeesAnchor(ctx),
        fixes,
      });
      return;
    }
    for (const c of committees) checkCommittee(c);

    function checkCommittee(c: Committee) {
      const label = committeeLabel(c, 'the quality committee');
      const path = committeePath(icb, c);
      const chairId = text(c.chair);
      const chair = chairView(icb, c);
      if (chair.kind === 'none') {
        const fixes = path
          ? qualityChairCandidates(icb)
              .slice(0, MAX_CHOICES)
              .flatMap((m) => {
                const edit = ctx.editor.addAtPath([...path, 'chair'], m.id!);
                return edit ? [{ title: `Make ${m.label} the quality committee chair`, safe: false, edits: [edit] }] : [];
              })
          : [];
        ctx.report({
          message: `${capitalise(label)} has no chair. Good practice is a non-executive chair, independent of the providers whose services the committee assures (Good Governance Institute; Lancashire and South Cumbria ICB; NHS Clinical Commissioners, 2021).`,
          at: c.loc,
          fixes,
        });
      } else if (chair.kind === 'unknown') {
        ctx.report({
          at: chair.ref.loc,
          ...unknownMemberReport(ctx, chair.ref, `The chair of ${label}`, 'Good practice is a non-executive member of the board as chair, independent of the providers whose services the committee assures (Good Governance Institute; Lancashire and South Cumbria ICB; NHS Clinical Commissioners, 2021).'),
        });
      } else if (chair.kind === 'rule' && chair.nobody) {
        ctx.report({
          message: `${capitalise(label)} is chaired by ${chair.label}, which picks ${ruleRoleWords(chair.role)}, but the board has none. Good practice is a non-executive chair, so that quality assurance is led independently of the executives and of the providers whose services it assures (Good Governance Institute; Lancashire and South Cumbria ICB; NHS Clinical Commissioners, 2021).`,
          at: chair.at,
        });
      } else if (!isNonExecutiveOfficeHolder(chair)) {
        // A chair rule is judged as a named chair would be.
        const others = qualityChairCandidates(icb).filter((m) => m.id !== chairId);
        const what = chair.independent === false && chair.role === 'non_executive' ? 'marked `independent: false`' : chair.kind === 'entity' && chair.entity ? roleWords(chair.entity) : ruleRoleWords(chair.role);
        ctx.report({
          message: `${capitalise(label)} is chaired by ${chair.label}, ${chair.kind === 'rule' ? `which picks ${what}` : `who is ${what}`}. Good practice is a non-executive chair, so that quality assurance is led independently of the executives and of the providers whose services it assures (Good Governance Institute; Lancashire and South Cumbria ICB; NHS Clinical Commissioners, 2021).`,
          at: chair.at,
          related: chair.kind === 'entity' && chair.entity ? [{ message: `${chair.entity.label} is declared here`, at: chair.entity.loc }] : undefined,
          fixes: c.chair
            ? others.slice(0, MAX_CHOICES).map((m) => ({
                title: `Make ${m.label} the quality committee chair`,
                safe: false,
                edits: [ctx.editor.replaceScalar(c.chair!.loc.node, m.id!)],
              }))
            : undefined,
        });
      }
      if (absent.length > 0) {
        const words = absent.map((l) => l.words).join(' or ');
        ctx.report({
          message: `No ${words} sits on ${label}: the board has no executive with ${absent.map((l) => `\`function: ${l.fn}\``).join(' or ')}. Good practice is for the director of nursing and the medical director to sit on the quality committee, giving executive and professional accountability for quality (Good Governance Institute; NHS Clinical Commissioners, 2021). If the board has dropped these seats, name the executive who leads on quality and safety as a member.`,
          at: c.members?.loc ?? c.loc,
        });
      }
      // Named by member id or (format 1.1) by their seat's id: either puts them on the committee.
      const onCommittee = new Set([chairId, ...values(c.members)]);
      for (const lead of leads) {
        const leadId = lead.member.id!;
        const seatId = lead.member.kind === 'holder' ? lead.member.position.id : undefined;
        if (onCommittee.has(leadId) || (seatId !== undefined && onCommittee.has(seatId))) continue;
        const edit = path ? ctx.editor.addAtPath([...path, 'members'], [leadId]) : undefined;
        ctx.report({
          message: `The ${lead.words}, ${lead.member.label}, is not a member of ${label}. Good practice is for the director of nursing and the medical director to sit on the quality committee, giving executive accountability for quality (Good Governance Institute; NHS Clinical Commissioners, 2021).`,
          at: c.members?.loc ?? c.loc,
          related: [{ message: `the ${lead.words} is declared here`, at: lead.member.loc }],
          fixes: edit ? [{ title: `Add ${lead.member.label} to ${label}`, safe: false, edits: [edit] }] : undefined,
        });
      }
    }
  },
});
