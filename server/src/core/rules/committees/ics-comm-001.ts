import { defineRule } from '../framework';
import { committeesOfType, items, text } from '../../model/query';
import { LINC, SNEE_GH } from './citations';
import { auditChairCandidates, BOARD_ID, capitalise, committeeLabel, committeesAnchor, SECTION_4, unusedCommitteeId } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-COMM-001',
    slug: 'audit-committee-exists',
    title: 'There is an audit committee, accountable to the board.',
    section: SECTION_4,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...LINC, provision: 'the ICB "is required to establish two statutory committees": audit and remuneration' },
      { ...SNEE_GH, provision: 'terms of reference of the statutory committees' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that at least one committee has `type: audit`, and that an audit committee which says whom it reports to (`reports_to`) reports to the board (`icb-board`).',
      rationale:
        'ICBs describe the audit committee as one of two committees they are required to establish (Lincolnshire ICB; Suffolk and North East Essex ICB publishes the terms of reference of its "statutory committees"). No statutory provision requires it: Schedule 1B to the NHS Act 2006 (read in full in the Health and Care Act 2022 as enacted) requires the constitution to "specify arrangements for the exercise of the integrated care board\'s functions" (paragraph 11(1)) and allows committees (11(2)), but names none. So it is checked as NHS England policy (a warning), not as law. The audit committee gives the board independent assurance on governance, risk and internal control, so it answers to the board directly, not to another committee.',
      changes: [
        'Issue 10 (reviewed, not changed): Schedule 1B was read in full and requires no audit committee by name, so the rule stays a warning and says why.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: pat-lee, name: Pat Lee, role: non_executive, expertise: [finance, audit]}
committees:
  - {id: finance, name: Finance Committee, type: finance, chair: pat-lee}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: pat-lee, name: Pat Lee, role: non_executive, expertise: [finance, audit]}
committees:
  - {id: audit, name: Audit and Risk Committee, type: audit, chair: pat-lee, reports_to: icb-board}
`,
      howToFix:
        'Add a committee with `type: audit` that reports to `icb-board`. The quick fix adds one, chaired by the independent non-executive with finance or audit expertise when there is exactly one; otherwise it leaves the chair for you to name (ICS-COMM-002 then asks for it).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const audits = committeesOfType(icb, 'audit');
    if (audits.length === 0) {
      const candidates = auditChairCandidates(icb);
      const chair = candidates.length === 1 ? candidates[0] : undefined;
      const chairId = chair?.id;
      const committee: Record<string, unknown> = {
        id: unusedCommitteeId(icb, 'audit'),
        name: 'Audit Committee',
        type: 'audit',
        reports_to: BOARD_ID,
      };
      if (chairId) {
        committee.chair = chairId;
        committee.members = [chairId];
      }
      const edit = ctx.editor.addAtPath(['committees'], [committee]);
      ctx.report({
        message:
          'There is no audit committee (no committee has `type: audit`). ICBs are expected to establish an audit committee accountable to the board (NHS England policy, as ICB constitutions such as Lincolnshire\'s state it): add one.',
        at: committeesAnchor(ctx),
        fixes: edit
          ? [
              chair
                ? { title: `Add an audit committee chaired by ${chair.label}`, safe: false, edits: [edit] }
                : { title: 'Add an audit committee (chair to be named)', safe: false, edits: [edit] },
            ]
          : undefined,
      });
      return;
    }
    // Accountable to the board: an audit committee that says whom it reports to must name the board.
    // An id that names no committee is ICS-REF-001's finding (often a typo for icb-board).
    const committeeIds = new Set(items(icb.committees).map((c) => text(c.id)));
    const toBoard = audits.filter((c) => {
      const to = text(c.reports_to);
      return to === undefined || to === BOARD_ID || !committeeIds.has(to);
    });
    if (toBoard.length > 0) return;
    for (const c of audits) {
      const to = text(c.reports_to)!;
      ctx.report({
        message: `${capitalise(committeeLabel(c, 'the audit committee'))} reports to \`${to}\`, not to the board. The audit committee should be accountable to the board itself (NHS England policy; Lincolnshire ICB): set \`reports_to: ${BOARD_ID}\`.`,
        at: c.reports_to!.loc,
        fixes: [{ title: `Make the audit committee report to the board (\`${BOARD_ID}\`)`, safe: false, edits: [ctx.editor.replaceScalar(c.reports_to!.loc.node, BOARD_ID)] }],
      });
    }
  },
});
