import { defineRule } from '../framework';
import { committeesOfType } from '../../model/query';
import { LINC, NHSE_CONST24, NHSE_MODEL_AUDIT_CHAIR } from './citations';
import { auditChairCandidates, capitalise, chairView, committeeLabel, SECTION_4 } from './helpers';

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
      const chair = chairView(icb, c);
      if (chair.kind === 'none' || chair.kind === 'unknown' || chair.role !== 'chair') continue;
      const candidates = auditChairCandidates(icb);
      const only = candidates.length === 1 ? candidates[0] : undefined;
      const ref = c.chair;
      ctx.report({
        message: `${capitalise(committeeLabel(c, 'the audit committee'))} is chaired by ${chair.kind === 'rule' ? chair.label : `the chair of the board, ${chair.label}`}. The audit chair should be an independent non-executive other than the board chair, so that the committee can give the board independent assurance (NHS England model constitution, as reflected in Lincolnshire ICB; source not confirmed).`,
        at: chair.at,
        related: chair.entity ? [{ message: `${chair.entity.label} is the board chair (declared here)`, at: chair.entity.declared('role')?.loc ?? chair.entity.loc }] : undefined,
        fixes: only && ref ? [{ title: `Make ${only.label} the audit committee chair`, safe: false, edits: [ctx.editor.replaceScalar(ref.loc.node, only.id!)] }] : undefined,
      });
    }
  },
});
