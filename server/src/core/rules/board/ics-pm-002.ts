import { defineRule } from '../framework';
import { capitalise, text } from '../../model/query';
import { positionsWithRole } from '../../model/composition';
import { board, declarerPath } from '../positions';
import { CAP_ICB } from './citations';

/** What the interim ICB guidance expects of each partner seat (Capsticks' summary). */
const EXPECTATION: Record<string, string> = {
  nhs_trusts: 'the trust partner member is often a trust chief executive and is also expected to engage the major social-enterprise providers in the area',
  primary_medical_services: 'the primary care partner member covers dental, community pharmacy and optometry as well as general practice',
  local_authorities: 'the local authority partner member is often a council chief executive or senior officer, but may be an elected member',
};

export default defineRule({
  meta: {
    id: 'ICS-PM-002',
    slug: 'partner-member-background',
    title: 'Each partner member’s background is recorded against what the seat is expected to bring.',
    section: '2. ICB board composition and roles',
    sourceKind: 'guidance',
    severity: 'information',
    citations: [CAP_ICB],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description: 'Checks that each partner member with a `sector` has a `background` describing who they are, e.g. "chief executive of a mental health trust" or "elected councillor".',
      rationale:
        'The interim ICB guidance, as summarised by Capsticks (April 2022), sets expectations for each partner seat: the trust partner member (often a trust chief executive) also engages major social-enterprise providers; the primary care partner member covers dental, community pharmacy and optometry as well as general practice; the local authority partner member is often a chief executive or senior officer but may be an elected member. Recording the background lets reviewers see whether the seat is filled as intended. This is good practice, so the rule is information.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: tom-reid, name: Tom Reid, role: partner, sector: local_authorities}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: tom-reid, name: Tom Reid, role: partner, sector: local_authorities, background: Chief executive of Exampleshire County Council}
`,
      howToFix: "Add a `background` to each partner member: their post and organisation, and for the primary care seat how they cover dental, pharmacy and optometry as well as general practice.",
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    // Once per partner seat, or per partner member: who fills the seat.
    for (const p of positionsWithRole(board(ctx), 'partner')) {
      const sector = p.sector;
      if (!sector || !EXPECTATION[sector] || text(p.declared('background'))) continue;
      const path = declarerPath(icb, p.declarer);
      const edit = path ? ctx.editor.addAtPath([...path, 'background'], 'TODO') : undefined;
      ctx.report({
        message: `${p.kind === 'seat' ? capitalise(p.label) : `Partner member ${p.label}`} has no recorded background. Under the interim ICB guidance (as summarised by Capsticks, 2022), ${EXPECTATION[sector]}: add a \`background\` saying who fills the seat.`,
        at: p.loc,
        fixes: edit ? [{ title: 'Add a background (to fill in)', safe: false, edits: [edit] }] : undefined,
      });
    }
  },
});
