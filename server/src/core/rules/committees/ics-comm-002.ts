import { defineRule } from '../framework';
import { committeesOfType } from '../../model/query';
import { LINC } from './citations';
import { auditChairCandidates, capitalise, chairView, clauses, committeeLabel, committeePath, hasFinanceOrAuditExpertise, listText, roleWords, ruleRoleWords, SECTION_4, unknownMemberReport } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-COMM-002',
    slug: 'audit-chair-independent-non-executive',
    title: 'The audit committee is chaired by an independent non-executive with finance or audit expertise.',
    section: SECTION_4,
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [
      {
        ...LINC,
        provision: 'audit committee chaired by an independent non-executive whose qualifications, expertise or experience let them give credible opinions on finance and audit',
      },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'For every committee with `type: audit`, checks that `chair` names a board member with `role: non_executive` who is not marked `independent: false` and whose `expertise` includes finance or audit (also accepted: financial, accountancy, accounting). A `chair` that names no board member is reported here too, with a fix when the id is a near miss; when the chair is the board chair, ICS-COMM-003 reports it instead.',
      rationale:
        'ICB constitutions derived from the NHS England model (e.g. Lincolnshire ICB) require the audit committee to be chaired by an independent non-executive member whose qualifications, expertise or experience enable them to express credible opinions on finance and audit matters. Without a named, qualified, independent chair the committee cannot give the board independent assurance.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: mo-rahman, name: Mo Rahman, role: executive, function: finance}
    - {id: pat-lee, name: Pat Lee, role: non_executive, expertise: [finance, audit]}
committees:
  - {id: audit, name: Audit Committee, type: audit, chair: mo-rahman}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: mo-rahman, name: Mo Rahman, role: executive, function: finance}
    - {id: pat-lee, name: Pat Lee, role: non_executive, independent: true, expertise: [finance, audit]}
committees:
  - {id: audit, name: Audit Committee, type: audit, chair: pat-lee}
`,
      howToFix:
        'Set the audit committee\'s `chair` to the id of an independent non-executive member, and record their finance or audit background in their `expertise` (e.g. `expertise: [finance, audit]`). The quick fix offers each independent non-executive with that expertise who is neither deputy chair nor senior non-executive.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    for (const c of committeesOfType(icb, 'audit')) {
      const label = committeeLabel(c, 'the audit committee');
      const chair = chairView(icb, c);
      if (chair.kind === 'none') {
        const path = committeePath(icb, c);
        const fixes = path
          ? auditChairCandidates(icb).flatMap((m) => {
              const edit = ctx.editor.addAtPath([...path, 'chair'], m.id!);
              return edit ? [{ title: `Make ${m.label} the audit committee chair`, safe: false, edits: [edit] }] : [];
            })
          : [];
        ctx.report({
          message: `${capitalise(label)} has no chair. It should be chaired by an independent non-executive member with finance or audit expertise (NHS England policy, as in Lincolnshire ICB's constitution): set \`chair\` to that member's id.`,
          at: c.loc,
          fixes,
        });
        continue;
      }
      if (chair.kind === 'unknown') {
        ctx.report({
          at: chair.ref.loc,
          ...unknownMemberReport(ctx, chair.ref, `The chair of ${label}`, 'The audit chair should be an independent non-executive member of the board with finance or audit expertise (NHS England policy, as in Lincolnshire ICB\'s constitution).'),
        });
        continue;
      }
      // The board chair in the audit chair is reported once, by ICS-COMM-003.
      if (chair.role === 'chair') continue;
      // A chair rule or an independent chair is judged as a named chair would be.
      const verb = chair.kind === 'rule' ? 'picks' : 'is';
      const problems: string[] = [];
      if (chair.kind === 'independent') problems.push('is not a member of the board, so not a non-executive member');
      else if (chair.nobody) problems.push(`picks ${ruleRoleWords(chair.role)}, but the board has none`);
      else if (chair.role !== 'non_executive') problems.push(`${verb} ${chair.entity && chair.kind === 'entity' ? roleWords(chair.entity) : ruleRoleWords(chair.role)}, not an independent non-executive`);
      else if (chair.independent === false) problems.push(chair.kind === 'rule' ? 'allows a member marked `independent: false`' : 'is marked `independent: false`');
      if (!hasFinanceOrAuditExpertise(chair)) {
        const listed = chair.expertise;
        problems.push(
          chair.kind === 'rule'
            ? 'does not require finance or audit expertise (no `expertise` in the rule or its seat)'
            : listed.length
              ? `has no finance or audit expertise recorded (\`expertise\` lists ${listText(listed)})`
              : 'has no finance or audit expertise recorded (no `expertise`)',
        );
      }
      if (problems.length === 0) continue;
      ctx.report({
        message: `${capitalise(label)} is chaired by ${chair.label}, ${chair.kind === 'rule' ? 'which' : 'who'} ${clauses(problems)}. The audit chair should be an independent non-executive whose qualifications, expertise or experience let them give credible opinions on finance and audit (NHS England policy, as in Lincolnshire ICB's constitution).`,
        at: chair.at,
        related: chair.kind === 'entity' && chair.entity ? [{ message: `${chair.entity.label} is declared here`, at: chair.entity.loc }] : undefined,
      });
    }
  },
});
