import { defineRule } from '../framework';
import { committeesOfType } from '../../model/query';
import { HWE_8, LINC } from './citations';
import {
  BOARD_ID,
  capitalise,
  chairIdsOfType,
  clauses,
  committeeLabel,
  committeePath,
  committeesAnchor,
  chairView,
  remunerationChairCandidates,
  roleWords,
  ruleRoleWords,
  SECTION_4,
  unknownMemberReport,
  unusedCommitteeId,
} from './helpers';

/** At most this many "chaired by X" alternatives in one quick-fix menu. */
const MAX_CHOICES = 4;

export default defineRule({
  meta: {
    id: 'ICS-COMM-004',
    slug: 'remuneration-committee-non-executive-chair',
    title: 'There is a remuneration committee, chaired by a non-executive who is neither the board chair nor the audit chair.',
    section: SECTION_4,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      { ...HWE_8, provision: 'paragraph 8.1.2 (remuneration committee chaired by a non-executive other than the chair or the audit chair)' },
      { ...LINC, provision: 'remuneration committee as one of two required committees' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that a committee has `type: remuneration`, and that its `chair` names a member with `role: non_executive` who neither has `role: chair` nor chairs an audit committee.',
      rationale:
        'Constitutions derived from the NHS England model (Hertfordshire and West Essex ICB, paragraph 8.1.2) establish a remuneration committee chaired by a non-executive member other than the chair of the board or the chair of the audit committee; Lincolnshire ICB describes it as one of the two committees an ICB must establish, but no statutory provision requiring it was found: Schedule 1B to the NHS Act 2006 (read in full in the Health and Care Act 2022 as enacted) requires arrangements for exercising the ICB\'s functions "including its functions in determining the terms and conditions of its employees" (paragraph 11(1)) without requiring a committee for them, so this stays NHS England policy (a warning). Keeping the three roles apart means pay decisions are scrutinised by someone who neither leads the board nor is the audit committee\'s independent check on it.',
      changes: [
        'Issue 10 (reviewed, not changed): Schedule 1B was read in full; paragraph 11(1) requires arrangements for determining employees\' terms and conditions but not a remuneration committee, so the rule stays a warning and says why.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: pat-lee, name: Pat Lee, role: non_executive, expertise: [finance, audit]}
    - {id: kit-rowe, name: Kit Rowe, role: non_executive}
committees:
  - {id: audit, name: Audit Committee, type: audit, chair: pat-lee}
  - {id: remuneration, name: Remuneration Committee, type: remuneration, chair: pat-lee}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: pat-lee, name: Pat Lee, role: non_executive, expertise: [finance, audit]}
    - {id: kit-rowe, name: Kit Rowe, role: non_executive}
committees:
  - {id: audit, name: Audit Committee, type: audit, chair: pat-lee}
  - {id: remuneration, name: Remuneration Committee, type: remuneration, chair: kit-rowe}
`,
      howToFix:
        'Add a committee with `type: remuneration`, or change its `chair`, so that it is chaired by a non-executive member who is not the board chair and does not chair the audit committee. The quick fixes offer each non-executive who qualifies.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const committees = committeesOfType(icb, 'remuneration');
    const candidates = remunerationChairCandidates(icb);
    if (committees.length === 0) {
      const id = unusedCommitteeId(icb, 'remuneration');
      const fixes = candidates.slice(0, MAX_CHOICES).flatMap((m) => {
        const chairId = m.id!;
        const edit = ctx.editor.addAtPath(['committees'], [
          { id, name: 'Remuneration Committee', type: 'remuneration', reports_to: BOARD_ID, chair: chairId, members: [chairId] },
        ]);
        return edit ? [{ title: `Add a remuneration committee chaired by ${m.label}`, safe: false, edits: [edit] }] : [];
      });
      ctx.report({
        message:
          'There is no remuneration committee (no committee has `type: remuneration`). ICBs are expected to have one, chaired by a non-executive member who is neither the board chair nor the audit committee chair (NHS England model constitution, as in Hertfordshire and West Essex ICB paragraph 8.1.2).' +
          (candidates.length === 0 ? ' No non-executive member is free to chair it yet: the board needs a non-executive other than the audit chair.' : ''),
        at: committeesAnchor(ctx),
        fixes,
      });
      return;
    }
    const auditChairs = chairIdsOfType(icb, 'audit');
    for (const c of committees) {
      const label = committeeLabel(c, 'the remuneration committee');
      const chair = chairView(icb, c);
      if (chair.kind === 'none') {
        const path = committeePath(icb, c);
        const fixes = path
          ? candidates.slice(0, MAX_CHOICES).flatMap((m) => {
              const edit = ctx.editor.addAtPath([...path, 'chair'], m.id!);
              return edit ? [{ title: `Make ${m.label} the remuneration committee chair`, safe: false, edits: [edit] }] : [];
            })
          : [];
        ctx.report({
          message: `${capitalise(label)} has no chair. It should be chaired by a non-executive member who is neither the board chair nor the audit committee chair (NHS England model constitution, as in Hertfordshire and West Essex ICB paragraph 8.1.2).`,
          at: c.loc,
          fixes,
        });
        continue;
      }
      if (chair.kind === 'unknown') {
        ctx.report({
          at: chair.ref.loc,
          ...unknownMemberReport(ctx, chair.ref, `The chair of ${label}`, 'The remuneration committee should be chaired by a non-executive member of the board other than the board chair and the audit chair (NHS England model constitution, as in Hertfordshire and West Essex ICB paragraph 8.1.2).'),
        });
        continue;
      }
      // A chair rule or an independent chair is judged as a named chair would be.
      const verb = chair.kind === 'rule' ? 'picks' : 'is';
      const problems: string[] = [];
      if (chair.kind === 'independent') problems.push('is not a member of the board, so not a non-executive member');
      else if (chair.nobody) problems.push(`picks ${ruleRoleWords(chair.role)}, but the board has none`);
      else if (chair.role === 'chair') problems.push(`${verb} the chair of the board`);
      else if (chair.role !== 'non_executive') problems.push(`${verb} ${chair.kind === 'entity' && chair.entity ? roleWords(chair.entity) : ruleRoleWords(chair.role)}, not a non-executive`);
      // A seat of several non-executives may give the two chairs to different holders.
      const shared = chair.entity?.kind === 'seat' && (chair.entity.size.max === undefined || chair.entity.size.max > 1);
      if (chair.kind === 'entity' && chair.entity?.id && auditChairs.has(chair.entity.id) && !shared) problems.push('also chairs the audit committee');
      if (problems.length === 0) continue;
      const chairId = chair.entity?.id;
      const others = candidates.filter((m) => m.id !== chairId);
      const ref = c.chair;
      ctx.report({
        message: `${capitalise(label)} is chaired by ${chair.label}, ${chair.kind === 'rule' ? 'which' : 'who'} ${clauses(problems)}. The remuneration committee should be chaired by a non-executive member other than the board chair and the audit chair (NHS England model constitution, as in Hertfordshire and West Essex ICB paragraph 8.1.2).`,
        at: chair.at,
        related: chair.kind === 'entity' && chair.entity ? [{ message: `${chair.entity.label} is declared here`, at: chair.entity.loc }] : undefined,
        fixes: ref
          ? others.slice(0, MAX_CHOICES).map((m) => ({
              title: `Make ${m.label} the remuneration committee chair`,
              safe: false,
              edits: [ctx.editor.replaceScalar(ref.loc.node, m.id!)],
            }))
          : undefined,
      });
    }
  },
});
