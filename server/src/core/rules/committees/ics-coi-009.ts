import { defineRule } from '../framework';
import { items, linkGiven, text, values } from '../../model/query';
import { compositionOf } from '../../model/composition';
import { governanceOf } from '../../model/governance';
import { listText, SECTION_5 } from './helpers';
import { HEMPSONS_PSR, NHSE_COI_CURRENT, NHSE_PSR_GUIDANCE, PSR_REG24, PSR_REG25, PSR_SCH10, PSR_SCH3 } from './psr-citations';

export default defineRule({
  meta: {
    id: 'ICS-COI-009',
    slug: 'provider-selection-regime-decisions',
    title: 'Provider Selection Regime decisions: who decides, how conflicts are declared and managed, the record kept and the annual summary published.',
    section: SECTION_5,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [PSR_REG24, PSR_REG25, PSR_SCH3, PSR_SCH10, NHSE_PSR_GUIDANCE, { ...NHSE_COI_CURRENT, provision: 'the current guidance covers the provider selection regime' }, HEMPSONS_PSR],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Only when the constitution records how it takes decisions under the Provider Selection Regime (`conflicts_of_interest.procurement`): checks that it says who decides (`decided_by`), where the record of each decision is kept (`decision_record`), how conflicts in these decisions are managed (`conflict_management`) and where the annual summary is published (`annual_summary`); and reports `conflicts_in_notices: false`. When a committee that decides has an NHS trust partner member, the finding says so. Issue 13.',
      rationale:
        'The Health Care Services (Provider Selection Regime) Regulations 2023 require the ICB to keep a record of each decision, including "the decision-making process followed, including the identity of individuals making decisions" (reg 24(d)), to publish "an annual summary of its contracting activity" online (reg 25(1)), and to state in its notices "any declared conflicts or potential conflicts of interest" and "how any conflicts or potential conflicts of interest were managed" (Schedule 3 paragraphs 8–9; Schedule 10 paragraphs 9–10) — all read; the conflicts regulation itself (reg 21) was not. NHS England\'s statutory guidance on the regime asks for records of decision-making, and its current conflicts guidance covers the regime. Law firms advise ICBs to decide which committee takes these decisions (Hempsons). The regulations bind the decisions, not the constitution: information, and only for a constitution that describes them.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  policy: {url: https://example.nhs.uk/coi-policy}
  procurement:
    regime: provider_selection_regime
    decided_by: [icb-board]
    conflicts_in_notices: false
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
conflicts_of_interest:
  policy: {url: https://example.nhs.uk/coi-policy}
  procurement:
    regime: provider_selection_regime
    decided_by: [icb-board]
    decision_record: {relation: governance_handbook}
    conflicts_in_notices: true
    conflict_management: Partner members from bidding providers leave the meeting for the item.
    annual_summary: {url: https://example.nhs.uk/psr-annual-summary}
`,
      howToFix: 'Record who takes Provider Selection Regime decisions, where each decision is recorded, how conflicts are managed and stated in notices, and where the annual summary is published.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const p = icb.conflicts_of_interest?.procurement;
    if (!p) return;
    if (p.conflicts_in_notices?.value === false) {
      ctx.report({
        message: 'Notices of Provider Selection Regime decisions are recorded as not stating conflicts of interest. The regulations require notices to state "any declared conflicts or potential conflicts of interest" and "how any conflicts or potential conflicts of interest were managed" (SI 2023/1348 Schedule 3 paragraphs 8–9; Schedule 10 paragraphs 9–10).',
        at: p.conflicts_in_notices.loc,
      });
    }
    const g = governanceOf(icb);
    const deciders = items(p.decided_by).map((d) => g.resolve(d)).filter((r) => r !== undefined);
    const missing: string[] = [];
    if (deciders.length === 0) missing.push('who takes the decisions (`decided_by`)');
    if (!linkGiven(p.decision_record)) missing.push('where each decision is recorded (`decision_record`; reg 24)');
    if (!text(p.conflict_management)) missing.push('how conflicts in these decisions are managed (`conflict_management`)');
    if (!linkGiven(p.annual_summary)) missing.push('where the annual summary is published (`annual_summary`; reg 25)');
    if (missing.length === 0) return;
    // The NHS Providers concern of ICS-COI-006: trust partner members deciding on their own trusts' contracts.
    const composition = compositionOf(icb);
    const trustPartner = !text(p.conflict_management) && deciders.some((r) => r.kind === 'committee' && [text(r.committee.chair), ...values(r.committee.members)].some((id) => {
      const e = composition.resolve(id);
      return e?.role === 'partner' && e.sector === 'nhs_trusts';
    }));
    ctx.report({
      message: `The arrangements for Provider Selection Regime decisions do not say ${listText(missing)}. The regulations require a record of each decision and who made it (reg 24(d)), an annual summary published online (reg 25(1)), and notices stating declared conflicts and how they were managed (Schedules 3 and 10): record them.${trustPartner ? ' A committee that takes these decisions has an NHS trust partner member, whose trust may be a bidder: say how that conflict is managed.' : ''}`,
      at: p.loc,
    });
  },
});
