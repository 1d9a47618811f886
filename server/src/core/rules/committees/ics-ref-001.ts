import { defineRule, type RuleContext } from '../framework';
import { boardMembers, items, memberLabel, text } from '../../model/query';
import { seatLabel } from '../../model/composition';
import type { Scalar } from '../../model/spec';
import { LINC, SNEE_GH } from './citations';
import { THRIVING_PLACES } from '../citations';
import { BOARD_ID, committeeLabel, nearMiss, SECTION_4 } from './helpers';
import { checkGovernanceReferences } from './governance-refs';

/** The id places use for the integrated care partnership in `reports_to`. */
const ICP_ID = 'icp';

/** Committee types whose chair is checked, unknown ids included, by the committee's own rule. */
const OWNED_CHAIRS = new Set(['audit', 'remuneration', 'quality']);

export interface Target {
  /** What the id should name, in words: "board member". */
  noun: string;
  ids: Map<string, string>;
  /** An id in `ids` that does not count here (a committee cannot report to itself). */
  except?: string;
  /** Why the reference must resolve, with its source. */
  why?: string;
}

const COMMITTEES_WHY =
  'Committees are made up of, and report to, members and bodies the constitution names (as in Lincolnshire and Suffolk and North East Essex ICBs; a data check of this tool)';
const PLACES_WHY =
  'Each place\'s reporting lines to the ICB and the integrated care partnership are defined by naming them ("Thriving places", NHS England and NHS Improvement with the LGA, 2021; a consistency check of this tool)';

export default defineRule({
  meta: {
    id: 'ICS-REF-001',
    slug: 'references-resolve',
    title: 'Every id the constitution refers to names a board member or committee that it declares, and ids are unique.',
    section: SECTION_4,
    sourceKind: 'data-check',
    severity: 'warning',
    citations: [
      { ...LINC, provision: 'committees of the board, chaired and made up of named board members' },
      { ...SNEE_GH, provision: 'committee terms of reference set out membership and reporting lines' },
      { ...THRIVING_PLACES, provision: 'each place\'s reporting lines to the ICB and the ICP are defined' },
    ],
    frameworks: ['hca-2022', 'health-bill-2026'],
    appliesTo: ['icb-constitution'],
    fixable: true,
    docs: {
      description:
        'A consistency check of this tool. Every reference by id must name something the document declares: committee `members`, and the `chair` of committees other than audit, remuneration and quality, must each be the `id` of a board member (not a participant, who never votes or counts to a quorum); committee `reports_to` must be `icb-board` or another committee\'s id; the `reports_to` of a place inside the constitution must be `icb-board`, `icp` or a committee\'s id. Board member, participant and committee ids must each be unique. Issue 13: the references a constitution makes beyond the board are checked too — the joint working arrangements (`exercised_by`, `icb_committee`, `overseen_by`, `icb_members`, `reports_to`, the pooled fund manager), the scheme of reservation and delegation (`delegated[].to`), the functions map (`decided_by`, `executive_lead`, `delegated_from`, `shared_with`), urgent decisions and suspension in the standing orders, statutory duty leads and committees, named officers, health and wellbeing board representatives, the joint capital resource use plan\'s approver, the leadership evaluation and advice routes, Provider Selection Regime decision-makers and a place\'s joint committee arrangement — each must name a declared committee, joint working arrangement, board member or seat of the kind it may name (a post written as `{title, organisation}` is not checked); arrangement ids are unique and differ from committee, member and seat ids. References to a role with a rule of its own are checked by that rule, in the role\'s terms: the audit, remuneration and quality chairs (ICS-COMM-002, ICS-COMM-004, ICS-QUAL-001), the conflicts of interest guardian (ICS-COI-003), the deputy chair and senior non-executive (ICS-NED-003, ICS-NED-004), and the clinical and care professional leadership leads and owners (ICS-CCPL-002, ICS-CCPL-010 to 014). ICS-PLACE-004 checks that every place reports to the ICB and the partnership, and the ids of place-partnership files.',
      rationale:
        'This is a data check of this tool, not a requirement of law or NHS England policy: it is reported as a warning because the rules on committees depend on it. ICBs establish committees of the board chaired by and made up of named board members, reporting to the board (Lincolnshire ICB), with membership and reporting lines set in published terms of reference (Suffolk and North East Essex ICB). An id that names nobody — often a typo, or a member who has left — means the constitution does not say who sits on a committee or to whom it answers, and a repeated id makes every reference to it ambiguous.',
      incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: pat-lee, name: Pat Lee, role: non_executive, expertise: [finance, audit]}
committees:
  - {id: audit, name: Audit Committee, type: audit, chair: pat-lee, members: [pat-le]}
`,
      correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
    - {id: pat-lee, name: Pat Lee, role: non_executive, expertise: [finance, audit]}
committees:
  - {id: audit, name: Audit Committee, type: audit, chair: pat-lee, members: [pat-lee]}
`,
      changes: [
        'Issue 10: its source kind is now "data check" (still a warning), not "NHS England policy": whether the ids a document uses name what it declares is the document\'s own consistency, not a policy requirement.',
      ],
      howToFix:
        'Correct the id so that it matches the `id` of a board member (or committee) declared in the document, or add the missing member. When one declared id is a near miss, the quick fix changes the reference to it.',
    },
  },
  check(ctx) {
    const icb = ctx.icb!;
    const memberIds = new Map<string, string>();
    const participantIds = new Map<string, string>();
    const committeeIds = new Map<string, string>();

    // Uniqueness: a repeated id makes every reference to it ambiguous.
    const declared = new Map<string, { what: string; at: Scalar<string> }>();
    const declare = (id: Scalar<string> | undefined, what: string, into: Map<string, string>, label: string) => {
      if (!id || !text(id)) return;
      const first = declared.get(id.value);
      if (first) {
        ctx.report({
          message: `The id \`${id.value}\` is used twice: by ${what} and, earlier, by ${first.what}. Ids must be unique in the document, or references to them are ambiguous, and the constitution no longer says who sits on which committee (a data check of this tool): give one of them another id.`,
          at: id.loc,
          related: [{ message: `\`${id.value}\` first declared here`, at: first.at.loc }],
        });
        return;
      }
      declared.set(id.value, { what, at: id });
      into.set(id.value, label);
    };
    for (const m of boardMembers(icb)) declare(m.id, `board member ${memberLabel(m)}`, memberIds, text(m.name) ?? text(m.id)!);
    // Seats (format 1.1) share the members' id space: a chair or a committee member may name either.
    for (const s of items(icb.board?.seats)) declare(s.id, `board seat ${seatLabel(s).replace(/^the /, '')}`, memberIds, text(s.title) ?? `seat ${text(s.id)}`);
    const seated = icb.board?.seats !== undefined;
    for (const p of items(icb.board?.participants)) declare(p.id, `participant ${text(p.name) ?? text(p.id)}`, participantIds, text(p.name) ?? text(p.id)!);
    for (const c of items(icb.committees)) declare(c.id, committeeLabel(c), committeeIds, text(c.name) ?? text(c.id)!);

    const members: Target = { noun: seated ? 'board member or seat' : 'board member', ids: memberIds };
    const seatIds = new Map(items(icb.board?.seats).flatMap((s) => (text(s.id) ? [[text(s.id)!, text(s.title) ?? `seat ${text(s.id)}`] as [string, string]] : [])));
    const toMember = (ref: Scalar<string> | undefined, where: string) => checkRef(ctx, ref, where, members, participantIds);

    // Roles whose own rule reports an id that names nobody, in the role's terms, are left to it:
    // the audit, remuneration and quality chairs (ICS-COMM-002, ICS-COMM-004, ICS-QUAL-001), the
    // conflicts guardian (ICS-COI-003), the deputy chair and senior non-executive (ICS-NED-003,
    // ICS-NED-004), and the clinical and care professional leadership leads and owners (ICS-CCPL-*).
    const bodies = new Map(committeeIds);
    bodies.set(BOARD_ID, 'the board');
    // A committee's participants may be board members, seats or the board's own participants.
    const attendees: Target = { noun: seated ? 'board member, seat or participant' : 'board member or participant', ids: new Map([...memberIds, ...participantIds]) };
    for (const c of items(icb.committees)) {
      if (!OWNED_CHAIRS.has(text(c.type) ?? '')) toMember(c.chair, `The chair of ${committeeLabel(c)}`);
      for (const m of items(c.members)) toMember(m, `A member of ${committeeLabel(c)}`);
      for (const p of items(c.participants)) checkRef(ctx, p.member, `A participant of ${committeeLabel(c)}`, attendees);
      checkRef(ctx, c.chair_rule?.seat, `The seat of the chair rule of ${committeeLabel(c)}`, { noun: 'board seat', ids: seatIds });
      // One map for every committee (a copy per committee made this quadratic in their number).
      checkRef(ctx, c.reports_to, `The body ${committeeLabel(c)} reports to (\`reports_to\`)`, { noun: `committee (nor is it \`${BOARD_ID}\`, the board)`, ids: bodies, except: text(c.id) === BOARD_ID ? undefined : text(c.id) });
    }
    // The places inside this constitution: ICS-PLACE-004 checks that they report to the ICB and
    // link to the ICP, and leaves their unknown ids to this rule (place-partnership files are its own).
    const placeTargets = new Map(committeeIds);
    placeTargets.set(BOARD_ID, 'the board');
    placeTargets.set(ICP_ID, 'the integrated care partnership');
    for (const place of items(icb.places)) {
      const name = text(place.name) ?? text(place.id) ?? 'a place';
      checkRef(ctx, place.icb_committee, `The ICB committee that governs the place ${name} (\`icb_committee\`)`, { noun: 'committee', ids: committeeIds, why: PLACES_WHY });
      for (const r of items(place.reports_to)) {
        checkRef(ctx, r, `A body the place ${name} reports to (\`reports_to\`)`, {
          noun: `committee (nor is it \`${BOARD_ID}\`, the board, or \`${ICP_ID}\`, the integrated care partnership)`,
          ids: placeTargets,
          why: PLACES_WHY,
        });
      }
    }
    // Issue 13: references beyond the board (joint working, the functions map, officers, …).
    // Members and seats share one id space (`memberIds` holds both).
    checkGovernanceReferences(ctx, memberIds, committeeIds, checkRef);
  },
});

export function checkRef(ctx: RuleContext, ref: Scalar<string> | undefined, where: string, target: Target, participants?: Map<string, string>): void {
  const id = text(ref);
  if (!ref || !id || (target.ids.has(id) && id !== target.except)) return;
  const subject = `${where} is \`${id}\``;
  const participant = participants?.get(id);
  if (participant) {
    ctx.report({
      message: `${subject}, which is a participant (${participant}), not a ${target.noun}. Participants attend board meetings but never vote or count towards a quorum, so they cannot sit on a committee of the board as a member (as in Lincolnshire ICB's committees of the board; a data check of this tool): name a board member, or list them under \`other_members\`.`,
      at: ref.loc,
    });
    return;
  }
  const best = nearMiss(id, [...target.ids.keys()].filter((k) => k !== target.except));
  ctx.report({
    message: `${subject}, which names no ${target.noun} in this document${best ? ` — did you mean \`${best}\` (${target.ids.get(best)})?` : '.'} ${target.why ?? COMMITTEES_WHY}: correct the id, or declare the missing ${target.noun === 'board member' ? 'member' : target.noun.startsWith('board ') ? target.noun.replace(/^board /, '') : 'body'}.`,
    at: ref.loc,
    fixes: best ? [{ title: `Change to \`${best}\``, safe: false, edits: [ctx.editor.replaceScalar(ref.loc.node, best)] }] : undefined,
  });
}
