import { defineRule } from '../framework';
import type { Participant } from '../../model/kinds';
import { items, text } from '../../model/query';
import { maximumCount, type BoardPosition } from '../../model/composition';
import { board } from '../positions';
import { isRegisteredClinician } from '../../regulators';
import { LSC_BOARD } from './citations';

/** Clinical professions of the format, for `must_include: clinical`. */
const CLINICAL = new Set([
  'medicine', 'general_practice', 'nursing', 'midwifery', 'nursing_associate', 'allied_health', 'pharmacy', 'pharmacy_technician',
  'dentistry', 'optometry', 'psychology', 'healthcare_science', 'public_health',
]);

/** For each `must_include` kind a participant might seem to satisfy: who among members does, and which participants seem to. */
const KINDS: Record<string, { member: (p: BoardPosition) => boolean; participant: (p: Participant) => boolean; words: string }> = {
  partner: {
    member: (p) => p.role === 'partner',
    participant: (p) => ['nhs_provider', 'primary_care', 'local_authority', 'provider_collaborative'].includes(text(p.represents) ?? ''),
    words: 'a partner member',
  },
  clinical: {
    // A seat that requires a clinical profession, or a member (holder) who is registered or of one.
    member: (p) => CLINICAL.has(p.profession ?? '') || p.holders.some((h) => isRegisteredClinician(h.member) || CLINICAL.has(h.profession ?? '')),
    participant: (p) => text(p.represents) === 'public_health',
    words: 'a clinically qualified member',
  },
};

const SOURCE = 'Participants and observers attend and speak but never vote and never count as members (Lancashire and South Cumbria ICB)';

export default defineRule({
  meta: {
    id: 'ICS-PART-003',
    slug: 'participants-not-counted-as-members',
    title: 'Participants and observers are not counted as members for the quorum or for voting.',
    section: '2. ICB board composition and roles',
    sourceKind: 'nhse-policy',
    severity: 'warning',
    citations: [LSC_BOARD],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: false,
    docs: {
      description:
        'Flags a participant given `voting: true`; a board quorum (`minimum_members`) larger than the number of board members, which only participants could make up; and a `must_include` kind (partner, clinical) that no member is but a participant seems to be.',
      rationale:
        'Participants and observers may attend board meetings but have no vote and are not accountable as members (Lancashire and South Cumbria ICB). A quorum that can only be reached, or a quorum condition that can only be met, by counting them means decisions could be taken without enough accountable members. The catalogue marks the voting point as read and the quorum point as not read; the rule keeps the catalogue severity (warning).',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
  participants:
    - {id: hw, name: Healthwatch Exampleshire, represents: healthwatch}
  quorum: {minimum_members: 3}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
  participants:
    - {id: hw, name: Healthwatch Exampleshire, represents: healthwatch}
  quorum: {minimum_members: 2}
`,
      howToFix:
        'Set the quorum from board members only, and remove `voting: true` from participants. Someone who should vote or count towards the quorum must be appointed as a board member.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const positions = board(ctx).positions;
    const participants = items(icb.board?.participants);

    for (const p of participants) {
      if (p.voting?.value !== true) continue;
      ctx.report({
        message: `Participant ${text(p.name) ?? text(p.id) ?? ''} is given \`voting: true\`. ${SOURCE}: remove it, or appoint them as a board member if they should vote.`,
        at: p.voting.loc,
      });
    }

    const quorum = icb.board?.quorum;
    if (!quorum || participants.length === 0) return;
    const min = quorum.minimum_members;
    // The most members the board can have (seats at their maximum); a seat without a maximum leaves no ceiling.
    const most = maximumCount(positions);
    if (min && most !== undefined && min.value > most && min.value <= most + participants.length) {
      ctx.report({
        message: `The board quorum of ${min.value} can only be reached by counting participants: the board has ${board(ctx).seated ? 'at most ' : ''}${most} member${most === 1 ? '' : 's'}. ${SOURCE}: set the quorum from board members only.`,
        at: min.loc,
        related: [{ message: 'participants declared here', at: icb.board!.participants!.loc }],
      });
    }
    for (const kind of items(quorum.must_include)) {
      const k = KINDS[kind.value];
      if (!k || positions.some(k.member)) continue;
      const standIns = participants.filter(k.participant);
      if (standIns.length === 0) continue;
      ctx.report({
        message: `The quorum must include ${k.words}, but no board member is one; only participants (${standIns.map((p) => text(p.name) ?? text(p.id)).join(', ')}) come close. ${SOURCE}, so they cannot meet this condition.`,
        at: kind.loc,
        related: standIns.map((p) => ({ message: 'participant declared here', at: p.loc })),
      });
    }
  },
});

