import { defineRule, type RuleContext } from '../framework';
import { firstLoc, items, text } from '../../model/query';
import { compositionOf, maximumCount } from '../../model/composition';
import type { Committee, IcbConstitution, Quorum } from '../../model/kinds';
import type { Loc } from '../../model/spec';
import { NHSE_MODEL_STANDING_ORDERS } from './citations';
import {
  assumedCount,
  boardQuorumSeats,
  capitalise,
  committeeLabel,
  committeePath,
  committeeQuorumSeats,
  hasUnresolvedMembers,
  headCount,
  isClinical,
  majorityOf,
  minimumMembers,
  mostCount,
  QUORUM_WORDS,
  requirementMet,
  SECTION_4,
  type QuorumSeat,
} from './helpers';

export default defineRule({
  meta: {
    id: 'ICS-QUORUM-001',
    slug: 'quorum-defined-and-achievable',
    title: 'The board and every committee have a quorum that their own voting members can meet.',
    section: SECTION_4,
    sourceKind: 'nhse-policy',
    // The model standing orders' quorum clauses were not read: capped at information.
    severity: 'information',
    citations: [NHSE_MODEL_STANDING_ORDERS],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'Checks that `board.quorum.minimum_members` and every committee\'s `quorum.minimum_members` are set, and that each quorum can be met by members who count: voting board members for the board (participants and `voting: false` members never count), and the chair, board members and voting other members of a committee (only when the committee lists its `members`: membership kept in the terms of reference is not counted). Each `must_include` requirement must be something a counting member can meet (e.g. `clinical` needs a member with a clinical profession or registration; `finance` an executive with `function: finance`). Where participants seem to make up the shortfall, ICS-PART-003 reports it instead.',
      rationale:
        'Source not confirmed: the standing orders of the NHS England model constitution define the quorum of the board and its committees, but their quorum clauses were not read, so this is information only. A meeting without a defined quorum cannot show its decisions were validly taken, and a quorum that only participants or absent kinds of member could complete can never be met.',
      changes: [
        'Issue 9: an impossible quorum now says how many of the members counted towards it were assumed to vote; seats count their members (at their maximum for whether the quorum can ever be met); a committee\'s participants never count, and a chair fixed by a rule or an independent chair counts once.',
      ],
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
    - {id: pat-lee, name: Pat Lee, role: non_executive}
    - {id: sam-obi, name: Sam Obi, role: other, voting: false}
  quorum: {minimum_members: 4}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: amir-khan, name: Amir Khan, role: chief_executive}
    - {id: pat-lee, name: Pat Lee, role: non_executive}
    - {id: sam-obi, name: Sam Obi, role: other, voting: false}
  quorum: {minimum_members: 2}
`,
      howToFix:
        'Set `quorum.minimum_members` (and, if you wish, `must_include`) for the board in the standing orders and for each committee in its terms of reference, at a number the voting members can reach without participants. The quick fix proposes a majority of the voting members as a starting point.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    if (icb.board) {
      checkQuorum(ctx, {
        quorum: icb.board.quorum,
        seats: boardQuorumSeats(icb),
        who: 'The board',
        where: 'the standing orders',
        basePath: ['board'],
        anchor: firstLoc(icb.board.quorum, icb.board)!,
        countsWho: 'voting board members (participants and members with `voting: false` never count)',
        participantStandIn: (min, req) => participantStandIn(icb, min, req),
      });
    }
    for (const c of items(icb.committees)) {
      const path = committeePath(icb, c);
      checkQuorum(ctx, {
        quorum: c.quorum,
        seats: committeeQuorumSeats(icb, c),
        who: capitalise(committeeLabel(c)),
        where: 'its terms of reference',
        basePath: path,
        anchor: c.quorum?.loc ?? c.loc,
        committee: c,
        // Membership not stated here (it may be in the terms of reference), or a member id that
        // names nobody (ICS-REF-001): the head count is unreliable, so skip the arithmetic.
        skipCounts: (!c.members && !c.other_members) || hasUnresolvedMembers(icb, c),
        countsWho: 'its chair, its board members and its voting other members',
      });
    }
  },
});

interface QuorumCheck {
  quorum: Quorum | undefined;
  seats: QuorumSeat[];
  who: string;
  where: string;
  basePath: (string | number)[] | undefined;
  anchor: Loc;
  committee?: Committee;
  skipCounts?: boolean;
  countsWho: string;
  /**
   * Whether a shortfall is one that participants seem to make up: ICS-PART-003 reports those
   * (participants never count), so this rule does not report them twice.
   */
  participantStandIn?: (min: number | undefined, req: string | undefined) => boolean;
}

/** The cases ICS-PART-003 reports: a quorum only participants could reach, or a partner/clinical need only a participant seems to meet. */
function participantStandIn(icb: IcbConstitution, min: number | undefined, req: string | undefined): boolean {
  const participants = items(icb.board?.participants);
  if (participants.length === 0) return false;
  const positions = compositionOf(icb).positions;
  if (min !== undefined) {
    const most = maximumCount(positions);
    return most !== undefined && min > most && min <= most + participants.length;
  }
  const represents = (p: (typeof participants)[number]) => text(p.represents) ?? '';
  if (req === 'partner') return !positions.some((m) => m.role === 'partner') && participants.some((p) => PARTNER_LIKE.has(represents(p)));
  if (req === 'clinical') return !positions.some((m) => isClinical(m) || m.holders.some(isClinical)) && participants.some((p) => represents(p) === 'public_health');
  return false;
}

const PARTNER_LIKE = new Set(['nhs_provider', 'primary_care', 'local_authority', 'provider_collaborative']);

function checkQuorum(ctx: RuleContext, q: QuorumCheck): void {
  const icb = ctx.icb!;
  const min = minimumMembers(q.quorum);
  const seats = headCount(q.seats);
  const assumed = assumedCount(q.seats);
  if (min === undefined) {
    const proposal = seats > 0 ? majorityOf(seats) : undefined;
    const edit = proposal && q.basePath ? ctx.editor.addAtPath([...q.basePath, 'quorum', 'minimum_members'], proposal) : undefined;
    ctx.report({
      message: `${q.who} has no quorum. Set \`quorum.minimum_members\` — how many members must be present for decisions to be valid — as ${q.where} set it: standing orders define a quorum for the board and each committee (NHS England model standing orders; source not confirmed).`,
      at: q.anchor,
      fixes: edit ? [{ title: `Set the quorum to a majority of the ${seats} voting members (${proposal})`, safe: false, edits: [edit] }] : undefined,
    });
    return;
  }
  if (q.skipCounts) return;
  // Seats count their members at their minimum; the quorum is impossible only if it exceeds the most there may be.
  const most = mostCount(q.seats);
  if (min > most && seats > 0 && !q.participantStandIn?.(min, undefined)) {
    ctx.report({
      message: `${q.who}'s quorum is ${min} members, but only ${most} count towards it: ${q.countsWho}${assumed > 0 ? ` (${assumed === seats ? 'all' : assumed} of them counted as voting though the constitution does not say whether they vote)` : ''}. The quorum could never be met; lower \`minimum_members\` or add members (quorum rules belong in the standing orders: NHS England model standing orders, source not confirmed).`,
      at: q.quorum!.minimum_members!.loc,
    });
  }
  for (const req of items(q.quorum?.must_include)) {
    if (requirementMet(icb, req.value, q.seats, q.committee)) continue;
    if (q.participantStandIn?.(undefined, req.value)) continue;
    const words = QUORUM_WORDS[req.value] ?? `\`${req.value}\``;
    const why =
      req.value === 'chair_or_deputy' && q.committee
        ? 'the committee has no chair named'
        : req.value === 'chair_or_deputy'
          ? 'no voting member is the chair or the named deputy chair'
          : `no member who counts towards the quorum is ${words}`;
    ctx.report({
      message: `${q.who}'s quorum must include ${words} (\`${req.value}\`), but ${why}. The quorum could never be met; participants and non-voting members do not count (quorum rules belong in the standing orders: NHS England model standing orders, source not confirmed).`,
      at: req.loc,
    });
  }
}
