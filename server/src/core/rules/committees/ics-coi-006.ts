import { defineRule } from '../framework';
import { text } from '../../model/query';
import { positionsWithRole } from '../../model/composition';
import { board, declarerPath } from '../positions';
import { NHSP_PM } from './citations';
import { SECTION_5 } from './helpers';

/** Partner-like seats (`represents`, format 1.1) filled from providers. */
const PROVIDER_REPRESENTS: Record<string, string> = {
  nhs_provider: 'NHS providers',
  provider_collaborative: 'a provider collaborative',
  independent_provider: 'independent providers',
  social_care_provider: 'social care providers',
  primary_care: 'primary care providers',
};

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
    // Once per partner seat (its holders take its conflict management), or per partner member.
    // Partner members of the provider sectors, and partner-like seats that represent providers (format 1.1).
    const c = board(ctx);
    const providers = [...positionsWithRole(c, 'partner'), ...c.positions.filter((p) => p.role !== 'partner' && p.represents && p.represents in PROVIDER_REPRESENTS)];
    for (const p of providers) {
      const sector = p.role === 'partner' ? p.sector : undefined;
      const from = sector ? PROVIDER_SECTORS[sector] : p.represents ? PROVIDER_REPRESENTS[p.represents] : undefined;
      if (!from) continue;
      if (text(p.declared('conflict_management'))) continue;
      const path = declarerPath(icb, p.declarer);
      const edit = path ? ctx.editor.addAtPath([...path, 'conflict_management'], 'TODO') : undefined;
      const who = p.kind === 'seat' ? `The holder of ${p.label}` : p.label;
      ctx.report({
        message: `${who} is ${sector ? `a partner member nominated by ${from}` : `a member who represents ${from}`}, and holds a post in a provider as well as on the ICB board. Good practice (NHS Providers) is for the constitution to say how their conflicts are handled, e.g. in contract or allocation decisions affecting their own organisation: add \`conflict_management\`.`,
        at: p.loc,
        fixes: edit ? [{ title: `Add conflict management for ${p.label} (to fill in)`, safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
