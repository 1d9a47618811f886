import { defineRule } from '../framework';
import { text } from '../../model/query';
import { LGPIHA_116ZA } from '../citations';

export default defineRule({
  meta: {
    id: 'ICS-ICP-003',
    slug: 'icp-procedure-and-quorum',
    title: 'The partnership records the procedure it has decided, including its quorum.',
    section: '8. Integrated Care Partnership (ICP)',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [{ ...LGPIHA_116ZA, provision: 'section 116ZA(2)(c) and (3)' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['integrated-care-partnership'],
    fixable: true,
    docs: {
      description: 'Notes a partnership file that records neither a `quorum` nor its `procedure` (e.g. a reference to its terms of reference).',
      rationale:
        'Section 116ZA(3) of the Local Government and Public Involvement in Health Act 2007 leaves the partnership to regulate its own procedure, including its quorum, and s.116ZA(2)(c) lets it appoint further members. Because the law sets no default, a partnership whose quorum and procedure are not written down cannot show its decisions were validly made. Recording them is good practice.',
      incorrect: `kind: integrated-care-partnership
version: 1
icb: nhs-example
name: Exampleshire Integrated Care Partnership
`,
      correct: `kind: integrated-care-partnership
version: 1
icb: nhs-example
name: Exampleshire Integrated Care Partnership
quorum: {minimum_members: 4}
procedure: Terms of reference agreed by the partnership on 2022-07-01
`,
      howToFix: 'Add `quorum.minimum_members` and/or `procedure` describing (or pointing to) the terms of reference the partnership agreed.',
    },
  },
  check(ctx) {
    const icp = ctx.icp!;
    if (icp.quorum?.minimum_members !== undefined || text(icp.procedure) !== undefined) return;
    const edit = ctx.editor.addAtPath(['procedure'], 'TODO');
    ctx.report({
      message:
        'The partnership records neither its quorum (`quorum`) nor its procedure (`procedure`). The partnership decides its own procedure, including its quorum (Local Government and Public Involvement in Health Act 2007 s.116ZA(3)): write down what it decided.',
      at: icp.quorum?.loc ?? icp.name?.loc ?? ctx.documentAnchor,
      fixes: edit ? [{ title: 'Add `procedure` (to describe)', safe: false, edits: [edit] }] : undefined,
    });
  },
});
