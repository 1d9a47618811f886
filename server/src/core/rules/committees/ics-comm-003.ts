import { defineRule } from '../framework';
import { committeesOfType, memberById, memberLabel, text } from '../../model/query';
import { LINC, NHSE_CONST24, NHSE_MODEL_AUDIT_CHAIR } from './citations';
import { auditChairCandidates, capitalise, committeeLabel, SECTION_4 } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-COMM-003',
    slug: 'board-chair-not-audit-chair',
    title: 'The board chair does not chair the audit committee.',
    section: SECTION_4,
    sourceKind: 'nhse-policy',
    // Every source is marked U: capped at information until the model constitution clause is read.
    severity: 'information',
    citations: [
      NHSE_MODEL_AUDIT_CHAIR,
      { ...LINC, provision: 'audit chaired by an "independent board member" (consistent with, not stating, this rule)', confidence: 'U' },
      { ...NHSE_CONST24, provision: 'keeps the audit chair separate from the deputy chair and senior non-executive (by analogy)', confidence: 'U' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'For every committee with `type: audit`, checks that its `chair` is not the board member with `role: chair`.',
      rationale:
        'Source not confirmed: the NHS England model constitution clause that keeps the board chair off the audit chair was not read. The rule is consistent with Lincolnshire ICB (audit chaired by an independent board member with finance and audit credibility) and with NHS England\'s 2023/24 guidance, which keeps the audit chair apart from the deputy chair and senior non-executive. The audit committee gives the board independent assurance, including on how the board itself is led, so its chair should not be the person who leads the board. Reported as information until the source is confirmed.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair, expertise: [finance]}
    - {id: pat-lee, name: Pat Lee, role: non_executive, expertise: [finance, audit]}
committees:
  - {id: audit, name: Audit Committee, type: audit, chair: jane-smith}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair, expertise: [finance]}
    - {id: pat-lee, name: Pat Lee, role: non_executive, expertise: [finance, audit]}
committees:
  - {id: audit, name: Audit Committee, type: audit, chair: pat-lee}
`,
      howToFix:
        'Name an independent non-executive member with finance or audit expertise as the audit committee chair. When exactly one non-executive fits (and is neither deputy chair nor senior non-executive), the quick fix makes them chair.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    for (const c of committeesOfType(icb, 'audit')) {
      const chair = memberById(icb, text(c.chair));
      if (!chair || text(chair.role) !== 'chair') continue;
      const candidates = auditChairCandidates(icb);
      const only = candidates.length === 1 ? candidates[0] : undefined;
      ctx.report({
        message: `${capitalise(committeeLabel(c, 'the audit committee'))} is chaired by the chair of the board, ${memberLabel(chair)}. The audit chair should be an independent non-executive other than the board chair, so that the committee can give the board independent assurance (NHS England model constitution, as reflected in Lincolnshire ICB; source not confirmed).`,
        at: c.chair!.loc,
        related: [{ message: `${memberLabel(chair)} is the board chair (declared here)`, at: chair.role?.loc ?? chair.loc }],
        fixes: only ? [{ title: `Make ${memberLabel(only)} the audit committee chair`, safe: false, edits: [ctx.editor.replaceScalar(c.chair!.loc.node, text(only.id)!)] }] : undefined,
      });
    }
  },
});
