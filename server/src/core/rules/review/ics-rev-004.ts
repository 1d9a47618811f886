import { defineRule, type Anchor } from '../framework';
import { items, text } from '../../model/query';
import { compositionOf } from '../../model/composition';
import { NHSE_AREA_2025 } from '../citations';
import { SECTION_10 } from '../statutory/helpers';

const ANOTHER_ICB = /integrated care board|\bICB\b/i;

export default defineRule({
  meta: {
    id: 'ICS-REV-004',
    slug: 'cluster-status-stated',
    title: 'When an ICB is part of a 2025–26 cluster, the constitution says so.',
    section: SECTION_10,
    sourceKind: 'guidance',
    severity: 'information',
    citations: [{ ...NHSE_AREA_2025, provision: 'ICB clusters; clustered ICBs remain separate statutory bodies' }],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        "Looks for a sign that the ICB shares its leadership with another ICB — its chair or chief executive lists a post at another integrated care board in `other_positions` — and, if so, checks that `icb.cluster` names the cluster. (People's names are not matched across files: two people can share a name.)",
      rationale:
        'From 2025–26 many ICBs work in clusters under a joint chair and chief executive, and some will merge. NHS England notes that clustered ICBs remain separate legal bodies with their own duties until a merger order, so each constitution should say which cluster it belongs to (and any `successor`).',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - id: jane-smith
      name: Jane Smith
      role: chair
      other_positions: ["Chair, NHS Neighbouring Integrated Care Board"]
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board, cluster: Central East}
board:
  members:
    - id: jane-smith
      name: Jane Smith
      role: chair
      other_positions: ["Chair, NHS Neighbouring Integrated Care Board"]
`,
      howToFix: 'Name the cluster in `icb.cluster` (and the ICB that will replace this one in `icb.successor`, if a merger is planned).',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    // A cluster named, or (format 1.1) a board shared with other ICBs, says it.
    if (text(icb.icb?.cluster) || items(icb.board?.shared_with).length > 0) return;
    const ownName = text(icb.icb?.name)?.toLowerCase();
    const holders = compositionOf(icb).holders;
    const leaders = [...holders.filter((h) => h.role === 'chair'), ...holders.filter((h) => h.role === 'chief_executive')];
    const signs: { message: string; at: Anchor }[] = [];
    for (const h of leaders) {
      for (const pos of h.member.other_positions?.items ?? []) {
        const t = text(pos);
        if (t && ANOTHER_ICB.test(t) && !(ownName && t.toLowerCase().includes(ownName))) {
          signs.push({ message: `${h.label} also holds: ${t}`, at: pos.loc });
        }
      }
    }
    if (signs.length === 0) return;
    const edit = ctx.editor.addAtPath(['icb', 'cluster'], 'TODO');
    const first = leaders[0];
    ctx.report({
      message: `This ICB appears to share its leadership with another ICB (${signs.map((s) => s.message).join('; ')}), but the constitution does not say it is part of a cluster. NHS England notes that clustered ICBs remain separate legal bodies with their own duties until any merger order: name the cluster in \`icb.cluster\`.`,
      at: first?.declared('role')?.loc ?? icb.icb?.loc ?? ctx.documentAnchor,
      related: signs.map((s) => ({ message: s.message, at: s.at })),
      fixes: edit ? [{ title: 'Name the cluster (to fill in)', safe: false, edits: [edit] }] : undefined,
    });
  },
});
