import { defineRule } from '../framework';
import { committeesOfType, firstLoc, text } from '../../model/query';
import { compositionOf } from '../../model/composition';
import { BSOL, HNY } from './citations';
import { roleWords, SECTION_5, unknownMemberReport, type OnBoard } from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-COI-003',
    slug: 'conflicts-of-interest-guardian',
    title: 'A non-executive is the conflicts of interest guardian.',
    section: SECTION_5,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [
      { ...BSOL, provision: 'conflicts of interest guardian (the non-executive who chairs audit)' },
      { ...HNY, provision: 'conflicts of interest guardian' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `conflicts_of_interest.guardian` names a board member with `role: non_executive`. In the examples the guardian is the non-executive who chairs the audit committee; another non-executive is accepted.',
      rationale:
        'ICBs such as Birmingham and Solihull and Humber and North Yorkshire appoint a conflicts of interest guardian, usually the non-executive who chairs the audit committee: an independent person whom staff, members and the public can approach about a conflict, and who oversees how conflicts are managed.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive, expertise: [finance, audit]}
committees:
  - {id: audit, name: Audit Committee, type: audit, chair: pat-lee}
conflicts_of_interest:
  policy: {url: https://example.nhs.uk/coi-policy}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: pat-lee, name: Pat Lee, role: non_executive, expertise: [finance, audit]}
committees:
  - {id: audit, name: Audit Committee, type: audit, chair: pat-lee}
conflicts_of_interest:
  policy: {url: https://example.nhs.uk/coi-policy}
  guardian: pat-lee
`,
      howToFix:
        'Name a non-executive member, usually the audit committee chair, in `conflicts_of_interest.guardian`. The quick fix names the audit chair when they are a non-executive.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const coi = icb.conflicts_of_interest;
    const guardianId = text(coi?.guardian);
    const composition = compositionOf(icb);
    const auditChair = committeesOfType(icb, 'audit')
      .map((c) => composition.resolve(text(c.chair)))
      .find((m): m is OnBoard => m !== undefined && m.role === 'non_executive' && m.id !== undefined);
    if (!guardianId) {
      const edit = auditChair ? ctx.editor.addAtPath(['conflicts_of_interest', 'guardian'], auditChair.id!) : undefined;
      ctx.report({
        message:
          'No conflicts of interest guardian is named. Good practice (Birmingham and Solihull, Humber and North Yorkshire ICBs) is to appoint a non-executive, usually the audit committee chair, as guardian: add `conflicts_of_interest.guardian` with their id.',
        at: firstLoc(coi, icb.kind) ?? ctx.documentAnchor,
        fixes: auditChair && edit ? [{ title: `Name ${auditChair.label}, the audit chair, as guardian`, safe: false, edits: [edit] }] : undefined,
      });
      return;
    }
    // A board member, or (format 1.1) a seat whose holder is the guardian.
    const guardian = composition.resolve(guardianId);
    if (!guardian) {
      ctx.report({
        at: coi!.guardian!.loc,
        ...unknownMemberReport(ctx, coi!.guardian!, 'The conflicts of interest guardian (`conflicts_of_interest.guardian`)', 'Good practice (Birmingham and Solihull, Humber and North Yorkshire ICBs) is for the guardian to be an independent non-executive, usually the audit committee chair.'),
      });
      return;
    }
    if (guardian.role === 'non_executive') return;
    const fixes =
      auditChair && auditChair.id !== guardianId
        ? [{ title: `Name ${auditChair.label}, the audit chair, as guardian`, safe: false, edits: [ctx.editor.replaceScalar(coi!.guardian!.loc.node, auditChair.id!)] }]
        : undefined;
    ctx.report({
      message: `The conflicts of interest guardian, ${guardian.label}, is ${roleWords(guardian)}. Good practice (Birmingham and Solihull, Humber and North Yorkshire ICBs) is for the guardian to be an independent non-executive, usually the audit committee chair.`,
      at: coi!.guardian!.loc,
      related: [{ message: `${guardian.label} is declared here`, at: guardian.loc }],
      fixes,
    });
  },
});
