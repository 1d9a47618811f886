import { defineRule } from '../framework';
import { items, text } from '../../model/query';
import { LGPIHA_116ZA } from '../citations';
import { findCouncil, icbIdAnchor, icbLabel, sameName } from '../place/system';
import { icpView } from './shared';

export default defineRule({
  meta: {
    id: 'ICS-ICP-002',
    slug: 'icp-members-appointed-by-icb-and-councils',
    title: 'The partnership has a member appointed by the ICB and one appointed by each responsible local authority.',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'statute',
    severity: 'error',
    citations: [{ ...LGPIHA_116ZA, provision: 'section 116ZA(2)(a) and (b)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    crossDocument: true,
    fixable: true,
    docs: {
      description:
        'Checks `members[].appointed_by`: at least one member appointed by the ICB (`icb`), and at least one appointed by each responsible local authority — the county, unitary, metropolitan borough, London borough and sui generis councils of the ICB\'s area when its constitution is among the documents, otherwise the councils in `established_by`. A member appointed by a body that is neither the ICB, a council of the area nor the partnership itself (`partnership`) is reported too.',
      rationale:
        'Section 116ZA(2) of the Local Government and Public Involvement in Health Act 2007 says the partnership\'s members include one member appointed by the ICB and one appointed by each of the responsible local authorities; the partnership may appoint further members itself (s.116ZA(2)(c)).',
      incorrect: `kind: integrated-care-partnership
version: 1
icb: nhs-example
established_by: [icb, Exampleshire County Council]
members:
  - {name: Jane Smith, appointed_by: icb}
`,
      correct: `kind: integrated-care-partnership
version: 1
icb: nhs-example
established_by: [icb, Exampleshire County Council]
members:
  - {name: Jane Smith, appointed_by: icb}
  - {name: Cllr A Brown, appointed_by: Exampleshire County Council}
`,
      howToFix: 'Add a member for the ICB (`appointed_by: icb`) and for each responsible local authority (`appointed_by:` the council\'s name, as in the ICB\'s constitution).',
    },
  },
  check(ctx) {
    const view = icpView(ctx);
    const { icp, icb } = view;
    const members = items(icp.members);
    const at = icp.members?.loc ?? icp.established_by?.loc ?? view.anchor;
    const source = 'Local Government and Public Involvement in Health Act 2007 s.116ZA(2)';

    if (!members.some((m) => view.isIcb(text(m.appointed_by)))) {
      const edit = ctx.editor.addAtPath(['members'], [{ name: 'TODO', appointed_by: 'icb' }]);
      ctx.report({
        message: `No member of the partnership is appointed by the ICB. The partnership must include one member appointed by the integrated care board (${source}(a)).`,
        at,
        fixes: edit ? [{ title: 'Add a member appointed by the ICB (name to fill in)', safe: false, edits: [edit] }] : undefined,
      });
    }

    for (const r of view.responsible) {
      if (members.some((m) => sameName(text(m.appointed_by), r.name))) continue;
      const edit = ctx.editor.addAtPath(['members'], [{ name: 'TODO', appointed_by: r.name }]);
      ctx.report({
        message: `No member of the partnership is appointed by ${r.name}. The partnership must include one member appointed by each responsible local authority (${source}(b)).`,
        at,
        related: icb && r.loc ? [{ message: `${r.name} is in the ICB's area here`, at: r.loc, uri: icb.uri }] : undefined,
        fixes: edit ? [{ title: `Add a member appointed by ${r.name} (name to fill in)`, safe: false, edits: [edit] }] : undefined,
      });
    }

    // Appointing bodies must exist: checkable when the ICB and its area are known.
    if (!icb || view.area.length === 0) return;
    for (const m of members) {
      const by = text(m.appointed_by);
      if (by === undefined || view.isIcb(by) || by === 'partnership' || findCouncil(view.area, by)) continue;
      ctx.report({
        message: `${text(m.name) ?? 'A member'} is appointed by ${by}, which is neither the ICB, a local authority of ${icbLabel(icb.model)}'s area, nor the partnership itself (\`partnership\`). Members are appointed by the ICB, each responsible local authority, or the partnership (${source}): correct \`appointed_by\`.`,
        at: m.appointed_by?.loc ?? m.loc,
        related: [{ message: `the area of ${icbLabel(icb.model)} is declared here`, at: icb.model.icb?.area?.local_authorities?.loc ?? icbIdAnchor(icb.model), uri: icb.uri }],
      });
    }
  },
});
