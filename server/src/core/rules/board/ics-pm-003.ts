import { defineRule } from '../framework';
import { firstLoc, linkGiven } from '../../model/query';
import { positionsWithRole } from '../../model/composition';
import { board } from '../positions';
import { NOTTS } from './citations';

export default defineRule({
  meta: {
    id: 'ICS-PM-003',
    slug: 'pms-eligible-providers-published',
    title: 'The up-to-date list of primary medical services providers eligible to nominate is published.',
    section: '2. ICB board composition and roles',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [NOTTS],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that `documents.pms_eligible_providers` gives a `url` or `path` for the list of primary medical services providers eligible to nominate the primary care partner member, or (format 1.1) says how it is held without an address of its own (`relation`: `appended`, `governance_handbook` or `to_be_published`).',
      rationale:
        'The primary care partner member is jointly nominated by the providers of primary medical services in the area (Schedule 1B paragraph 8). Who may nominate changes as practices open, merge and close, so ICBs such as Nottingham and Nottinghamshire publish the up-to-date list in their governance handbook rather than in the constitution. This is good practice, so the rule is information.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
documents:
  governance_handbook: {url: https://example.nhs.uk/handbook}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
documents:
  governance_handbook: {url: https://example.nhs.uk/handbook}
  pms_eligible_providers: {url: https://example.nhs.uk/handbook/eligible-gp-providers}
`,
      howToFix: 'Publish the list (for example in the governance handbook) and record where: `documents.pms_eligible_providers: {url: https://…}`.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const link = icb.documents?.pms_eligible_providers;
    if (linkGiven(link)) return;
    const edit = link ? undefined : ctx.editor.addAtPath(['documents', 'pms_eligible_providers'], { path: 'TODO' });
    const pms = positionsWithRole(board(ctx), 'partner').find((p) => p.sector === 'primary_medical_services');
    ctx.report({
      message:
        'The constitution does not say where the up-to-date list of primary medical services providers eligible to nominate the primary care partner member is published. ICBs publish it in the governance handbook (e.g. Nottingham and Nottinghamshire ICB): record it in `documents.pms_eligible_providers`.',
      at: firstLoc(link, icb.documents) ?? ctx.documentAnchor,
      related: pms ? [{ message: `primary care partner ${pms.kind === 'seat' ? 'seat' : 'member'} declared here`, at: pms.declared('sector')?.loc ?? pms.loc }] : undefined,
      fixes: edit ? [{ title: 'Add where the list of eligible providers is kept (to fill in)', safe: false, edits: [edit] }] : undefined,
    });
  },
});
