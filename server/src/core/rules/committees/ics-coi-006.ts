import { defineRule } from '../framework';
import { memberLabel, membersWithRole, text } from '../../model/query';
import type { IcbConstitution, BoardMember } from '../../model/kinds';
import { NHSP_PM } from './citations';
import { SECTION_5 } from './helpers';

/** Partner seats filled from providers: they hold a post in a provider as well as on the ICB. */
const PROVIDER_SECTORS: Record<string, string> = {
  nhs_trusts: 'NHS trusts and foundation trusts',
  primary_medical_services: 'providers of primary medical services',
};

export default defineRule({
  meta: {
    id: 'ICS-COI-006',
    slug: 'provider-partner-conflicts',
    title: 'The constitution says how the conflicts of provider partner members are managed.',
    section: SECTION_5,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [{ ...NHSP_PM, provision: 'trust partner members hold posts in their own trust and on the ICB' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'For every partner member nominated by providers (`sector: nhs_trusts` or `sector: primary_medical_services`), checks that `conflict_management` says how their conflicts are handled, e.g. in contract or allocation decisions that affect the organisations they come from.',
      rationale:
        'NHS Providers notes that trust partner members hold posts both in their own trust and on the ICB board, which is unusual in corporate governance. The constitution, or the scheme of reservation and delegation, should therefore say how their conflicts are handled — for example, that they take no part in decisions on contracts or allocations affecting their own organisation.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: sam-obi, name: Sam Obi, role: partner, sector: nhs_trusts}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: sam-obi
      name: Sam Obi
      role: partner
      sector: nhs_trusts
      conflict_management: Takes no part in decisions on contracts or allocations affecting the trusts that nominated them.
`,
      howToFix: 'Add `conflict_management` to each provider partner member, saying how their conflicts are handled. The quick fix adds a `TODO` placeholder to fill in.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    for (const m of membersWithRole(icb, 'partner')) {
      const sector = text(m.sector);
      if (!sector || !(sector in PROVIDER_SECTORS)) continue;
      if (text(m.conflict_management)) continue;
      const path = memberPath(icb, m);
      const edit = path ? ctx.editor.addAtPath([...path, 'conflict_management'], 'TODO') : undefined;
      ctx.report({
        message: `${memberLabel(m)} is a partner member nominated by ${PROVIDER_SECTORS[sector]}, and holds a post in a provider as well as on the ICB board. Good practice (NHS Providers) is for the constitution to say how their conflicts are handled, e.g. in contract or allocation decisions affecting their own organisation: add \`conflict_management\`.`,
        at: m.loc,
        fixes: edit ? [{ title: `Add conflict management for ${memberLabel(m)} (to fill in)`, safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});

function memberPath(icb: IcbConstitution, m: BoardMember): (string | number)[] | undefined {
  const seq = icb.board?.members?.loc.node as { items?: unknown[] } | undefined;
  const index = seq?.items?.indexOf(m.loc.node) ?? -1;
  return index < 0 ? undefined : ['board', 'members', index];
}
