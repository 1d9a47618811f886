import { isSeq, type Node, type YAMLSeq } from 'yaml';
import type { Committee, IcbConstitution, Quorum } from '../../model/kinds';
import type { Loc, Scalar } from '../../model/spec';
import { firstLoc, items, linkGiven, nearMiss, text, values } from '../../model/query';
import { committeeChair, compositionOf, maximumOf, minimumOf, positionsWithRole, type BoardEntity, type Holder, type BoardPosition } from '../../model/composition';
import type { LineIndex } from '../../yaml/lineIndex';
import { isRegisteredClinician } from '../../regulators';
import type { TextEdit } from '../../types';
import type { RuleContext } from '../framework';

/** Small helpers shared by the §4–5 rules (committees, quorum, transparency, conflicts of interest). */

export const SECTION_4 = '4. Committees, standing orders, delegation documents, quorum, transparency';
export const SECTION_5 = '5. Conflicts of interest (good practice beyond ICS-COI-001)';

/** The id committees use for the board itself in `reports_to`. */
export const BOARD_ID = 'icb-board';

/** Clauses that may hold commas of their own: "a, and b" / "a; b; and c". */
export function clauses(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  if (parts.length === 2) return `${parts[0]}, and ${parts[1]}`;
  return `${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1]}`;
}

/** "a, b and c" */
export function listText(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A committee's name for messages: "the Audit and Risk Committee (audit)". */
export function committeeLabel(c: Committee, fallback = 'this committee'): string {
  const name = text(c.name);
  const id = text(c.id);
  if (name && id) return `the ${name} (${id})`;
  if (name) return `the ${name}`;
  if (id) return `committee \`${id}\``;
  return fallback;
}

const ROLE_WORDS: Record<string, string> = {
  chair: 'the chair of the board',
  chief_executive: 'the chief executive',
  executive: 'an executive member',
  non_executive: 'a non-executive member',
  partner: 'a partner member',
  other: 'an ordinary member who is not a non-executive',
};

/** A board member or a seat (format 1.1), as the committee rules judge them. */
export type OnBoard = Holder | BoardPosition;

/** "an executive member" — what a member's (or seat's) role makes them, in words. */
export function roleWords(m: BoardEntity): string {
  const role = m.role;
  const words = role ? (ROLE_WORDS[role] ?? `a member with role \`${role}\``) : 'a member with no `role`';
  return m.kind === 'seat' ? `${words} (a seat)` : words;
}

export function isNonExecutive(m: BoardEntity): boolean {
  return m.role === 'non_executive';
}

/** Non-executives are independent by definition of the role, unless the document says otherwise. */
export function isIndependentNonExecutive(m: BoardEntity): boolean {
  return isNonExecutive(m) && m.independent !== false;
}

/**
 * Whether a member is an employee of the ICB: their `employment` says so (employee or secondee),
 * or, when it is not stated, they are the chief executive or an executive member, who are ICB
 * employees (Sch 1B para 7(2) for the chief executive; the model constitution for executives).
 */
export function isEmployee(m: BoardEntity): boolean {
  if (m.employment) return m.employment === 'employee' || m.employment === 'secondee';
  return m.role === 'chief_executive' || m.role === 'executive';
}

/** Expertise words, normalised: lower case, words split on spaces, hyphens and underscores. */
function expertiseWords(m: { expertise: string[] }): string[] {
  return m.expertise.flatMap((e) => e.toLowerCase().split(/[\s_\-/,&]+/).filter(Boolean));
}

const FINANCE_AUDIT_WORDS = new Set(['finance', 'financial', 'audit', 'auditing', 'auditor', 'accountancy', 'accounting', 'accountant']);

/** Whether the member's recorded expertise covers finance or audit (free list; several spellings accepted). */
export function hasFinanceOrAuditExpertise(m: { expertise: string[] }): boolean {
  return expertiseWords(m).some((w) => FINANCE_AUDIT_WORDS.has(w));
}

export function hasExpertise(m: { expertise: string[] }, word: string): boolean {
  return expertiseWords(m).includes(word);
}

/** Ids of the board chair(s): members and seats with `role: chair`. */
export function boardChairIds(icb: IcbConstitution): Set<string> {
  const c = compositionOf(icb);
  return new Set([...c.holders.filter((h) => h.role === 'chair'), ...positionsWithRole(c, 'chair')].map((e) => e.id).filter((x): x is string => !!x));
}

/** Ids of the members who chair a committee of the given type. */
export function chairIdsOfType(icb: IcbConstitution, type: string): Set<string> {
  return new Set(
    items(icb.committees)
      .filter((c) => text(c.type) === type)
      .map((c) => text(c.chair))
      .filter((x): x is string => !!x),
  );
}

/** The member (or seat) a committee's `chair` names, or undefined (no chair, or an id that names nobody). */
export function chairOf(icb: IcbConstitution, c: Committee): OnBoard | undefined {
  return compositionOf(icb).resolve(text(c.chair));
}

/**
 * Who could be named to a role: the named members who fit, then (format 1.1) the seats that fit
 * and have no named holder who fits already — so a fix offers a person where the constitution
 * names people, and a seat where it describes seats only.
 */
function candidates(icb: IcbConstitution, fits: (e: OnBoard) => boolean): OnBoard[] {
  const c = compositionOf(icb);
  const people = c.holders.filter((h) => h.id !== undefined && fits(h));
  const seats = c.positions.filter((p) => p.kind === 'seat' && p.id !== undefined && fits(p) && !p.holders.some((h) => people.includes(h)));
  return [...people, ...seats];
}

/**
 * Independent non-executives who could chair the audit committee without creating another
 * finding: finance or audit expertise, and neither the deputy chair nor the senior non-executive
 * (NHS England 2023/24 guidance keeps both apart from the audit chair).
 */
export function auditChairCandidates(icb: IcbConstitution): OnBoard[] {
  const taken = new Set([text(icb.board?.deputy_chair), text(icb.board?.senior_non_executive)].filter((x): x is string => !!x));
  return candidates(icb, (m) => isIndependentNonExecutive(m) && hasFinanceOrAuditExpertise(m) && !taken.has(m.id ?? ''));
}

/** Non-executives who could chair the remuneration committee: not the board chair, not an audit chair. */
export function remunerationChairCandidates(icb: IcbConstitution): OnBoard[] {
  const audit = chairIdsOfType(icb, 'audit');
  return candidates(icb, (m) => isNonExecutive(m) && !audit.has(m.id!));
}

/**
 * Non-executives who could chair the quality committee: those with quality expertise if any,
 * else any non-executive who chairs neither audit nor remuneration.
 */
export function qualityChairCandidates(icb: IcbConstitution): OnBoard[] {
  const busy = new Set([...chairIdsOfType(icb, 'audit'), ...chairIdsOfType(icb, 'remuneration')]);
  const neds = candidates(icb, isIndependentNonExecutive);
  const quality = neds.filter((m) => hasExpertise(m, 'quality'));
  if (quality.length > 0) return quality;
  return neds.filter((m) => !busy.has(m.id!));
}

/** The index of a committee in the YAML `committees` list (the model may skip malformed items). */
export function committeePath(icb: IcbConstitution, c: Committee): (string | number)[] | undefined {
  const seq = icb.committees?.loc.node;
  if (!seq || !isSeq(seq)) return undefined;
  const index = (seq as YAMLSeq).items.indexOf(c.loc.node);
  return index < 0 ? undefined : ['committees', index];
}

/** A committee id based on `base` that no committee, member or participant uses yet. */
export function unusedCommitteeId(icb: IcbConstitution, base: string): string {
  const used = new Set<string>([
    ...items(icb.committees).map((c) => text(c.id) ?? ''),
    ...compositionOf(icb).ids(),
    ...items(icb.board?.participants).map((p) => text(p.id) ?? ''),
    BOARD_ID,
  ]);
  if (!used.has(base)) return base;
  if (!used.has(`${base}-committee`)) return `${base}-committee`;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Where to point when a committee is missing: the committees list, else the board, else `kind:`. */
export function committeesAnchor(ctx: RuleContext): Loc | RuleContext['documentAnchor'] {
  const icb = ctx.icb!;
  return firstLoc(icb.committees, icb.board) ?? ctx.documentAnchor;
}

/** Where to point when a governance document is missing: `documents`, else `kind:`. */
export function documentsAnchor(ctx: RuleContext): Loc | RuleContext['documentAnchor'] {
  return firstLoc(ctx.icb!.documents) ?? ctx.documentAnchor;
}

// ---------------------------------------------------------------------------------------------
// Quorum

/**
 * Someone who can count towards a quorum: a voting board member or seat (a seat counts its
 * members at its minimum), or a voting committee member who is not on the board.
 */
export interface QuorumSeat {
  entity?: OnBoard;
  /** How many people this counts: 1, or a seat's minimum. */
  count: number;
  /** The most people it may count: 1, or a seat's maximum (Infinity when it has none). */
  most: number;
  /** For a committee member who is not on the board. */
  otherName?: string;
  /** True when the constitution does not state that this member or seat votes (counted as voting). */
  assumed?: boolean;
}

/** The number of people the seats count. */
export function headCount(seats: QuorumSeat[]): number {
  return seats.reduce((n, s) => n + s.count, 0);
}

/** The most people the seats may count (Infinity when a seat has no maximum). */
export function mostCount(seats: QuorumSeat[]): number {
  return seats.reduce((n, s) => n + s.most, 0);
}

/** How many of them are counted as voting though the constitution does not say so. */
export function assumedCount(seats: QuorumSeat[]): number {
  return seats.filter((s) => s.assumed).reduce((n, s) => n + s.count, 0);
}

/**
 * Positions that count towards the board's quorum: voting members and seats only (those whose
 * voting is not stated are counted, and marked as assumed); participants never count.
 */
export function boardQuorumSeats(icb: IcbConstitution): QuorumSeat[] {
  return compositionOf(icb)
    .positions.filter((p) => p.voting !== false)
    .map((p) => ({ entity: p, count: minimumOf(p), most: maximumOf(p) ?? Infinity, assumed: p.voting === undefined }));
}

/**
 * Members who count towards a committee's quorum: its chair and board members (ids that name a
 * voting board member or seat, each once), a chair fixed by a rule or an independent chair who is
 * not otherwise counted, and its voting non-board members. Participants never count.
 */
export function committeeQuorumSeats(icb: IcbConstitution, c: Committee): QuorumSeat[] {
  const composition = compositionOf(icb);
  const seats: QuorumSeat[] = [];
  const seen = new Set<string>();
  for (const id of [text(c.chair), ...values(c.members)]) {
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const entity = composition.resolve(id);
    if (entity) seats.push(entity.kind === 'seat' ? { entity, count: minimumOf(entity), most: maximumOf(entity) ?? Infinity } : { entity, count: 1, most: 1 });
  }
  const chair = committeeChair(composition, c);
  if (chair.kind === 'rule' && !(chair.seat?.id && seen.has(chair.seat.id))) {
    // The chair is someone the rule picks; count them unless they are among the members listed.
    const among = values(c.members).some((id) => {
      const e = composition.resolve(id);
      return e !== undefined && (e === chair.seat || (text(chair.rule.role) !== undefined && e.role === text(chair.rule.role)));
    });
    if (!among) seats.push({ entity: chair.seat, count: 1, most: 1, otherName: chair.seat ? undefined : 'the chair (by rule)' });
  } else if (chair.kind === 'independent') {
    seats.push({ count: 1, most: 1, otherName: text(chair.chair.name) ?? 'the independent chair' });
  }
  for (const o of items(c.other_members)) {
    if (o.voting?.value === false) continue;
    seats.push({ count: 1, most: 1, otherName: text(o.name) ?? 'a member who is not on the board' });
  }
  return seats;
}

/** Whether the committee lists anyone whose id does not resolve (then counts are unreliable). */
export function hasUnresolvedMembers(icb: IcbConstitution, c: Committee): boolean {
  const composition = compositionOf(icb);
  return [text(c.chair), ...values(c.members)].some((id) => id !== undefined && !composition.resolve(id));
}

export const QUORUM_WORDS: Record<string, string> = {
  chair_or_deputy: 'the chair or the deputy chair',
  non_executive: 'a non-executive member',
  executive: 'an executive member',
  clinical: 'a clinically qualified member',
  partner: 'a partner member',
  finance: 'the director of finance',
};

/** Clinical professions of the format (social work and social care are care professions, not clinical). */
const CLINICAL_PROFESSIONS = new Set([
  'medicine', 'general_practice', 'nursing', 'midwifery', 'nursing_associate', 'allied_health', 'pharmacy', 'pharmacy_technician',
  'dentistry', 'optometry', 'psychology', 'healthcare_science', 'public_health',
]);

/**
 * Whether a member is clinically qualified: registered with a health regulator, a clinical
 * profession, or the medical or nursing portfolio.
 */
export function isClinical(m: OnBoard): boolean {
  if (m.kind === 'holder' && isRegisteredClinician(m.member)) return true;
  if (m.kind === 'member' && isRegisteredClinician(m.member)) return true;
  if (CLINICAL_PROFESSIONS.has(m.profession ?? '')) return true;
  return m.function === 'medical' || m.function === 'nursing';
}

/**
 * Whether one quorum requirement (`must_include` vocabulary) can be met by the given seats.
 * `chair_or_deputy` on a committee means the committee's chair; on the board, the chair or the
 * named deputy chair.
 */
export function requirementMet(icb: IcbConstitution, req: string, seats: QuorumSeat[], committee?: Committee): boolean {
  const members = seats.map((s) => s.entity).filter((m): m is OnBoard => !!m);
  switch (req) {
    case 'chair_or_deputy': {
      if (committee) {
        const chair = committeeChair(compositionOf(icb), committee);
        return chair.kind !== 'none' && chair.kind !== 'unknown';
      }
      const deputy = text(icb.board?.deputy_chair);
      // The deputy may be named by member id, or by a seat that holds them (format 1.1).
      return members.some((m) => m.role === 'chair' || (deputy !== undefined && (m.id === deputy || (m.kind === 'seat' && m.holders.some((h) => h.id === deputy)))));
    }
    case 'non_executive':
      return members.some(isNonExecutive);
    case 'executive':
      return members.some((m) => m.role === 'executive' || m.role === 'chief_executive');
    case 'clinical':
      return members.some((m) => isClinical(m) || (m.kind === 'seat' && m.holders.some(isClinical)));
    case 'partner':
      return members.some((m) => m.role === 'partner');
    case 'finance':
      return members.some((m) => m.role === 'executive' && m.function === 'finance');
    default:
      // Not our vocabulary: the schema reports it.
      return true;
  }
}

/** Majority of a membership: the usual default for a quorum, offered as a starting point in fixes. */
export function majorityOf(n: number): number {
  return Math.floor(n / 2) + 1;
}

export function minimumMembers(q: Quorum | undefined): number | undefined {
  const n = q?.minimum_members?.value;
  return typeof n === 'number' ? n : undefined;
}

// ---------------------------------------------------------------------------------------------
// Edits the shared editor does not offer

/**
 * Removes one item from a YAML list, keeping the rest of the list in its own style: in flow style
 * (`[a, b, c]`) the item and one separating comma go; in block style the item's lines go.
 */
export function removeSeqItem(text: string, lines: LineIndex, seq: Node, item: Node): TextEdit | undefined {
  if (!isSeq(seq) || !item.range) return undefined;
  const list = seq as YAMLSeq;
  const nodes = list.items as Node[];
  const index = nodes.indexOf(item);
  if (index < 0) return undefined;
  if (list.flow) {
    const [start, end] = item.range;
    if (nodes.length === 1) return { range: lines.range(start, end), newText: '' };
    if (index < nodes.length - 1) {
      const next = nodes[index + 1];
      if (!next?.range) return undefined;
      return { range: lines.range(start, next.range[0]), newText: '' };
    }
    const prev = nodes[index - 1];
    if (!prev?.range) return undefined;
    return { range: lines.range(prev.range[1], end), newText: '' };
  }
  // Block style: from the start of the item's `- ` line to the start of the line after its end.
  if (nodes.length === 1) return undefined; // an empty block list would change the key's meaning
  const first = lines.positionAt(item.range[0]);
  let endPos = lines.positionAt(item.range[1]);
  if (endPos.character === 0 && item.range[1] > item.range[0]) endPos = lines.positionAt(item.range[1] - 1);
  const dashLine = text.slice(lines.lineStart(first.line), item.range[0]);
  if (!/^\s*-\s*$/.test(dashLine)) return undefined; // something else shares the line: leave it to a person
  const startOffset = lines.lineStart(first.line);
  const endOffset = endPos.line + 1 < lines.lineCount ? lines.lineStart(endPos.line + 1) : text.length;
  return { range: lines.range(startOffset, endOffset), newText: '' };
}

/** A member's (or seat's) label for messages, or the bare id when none has it. */
export function labelFor(icb: IcbConstitution, id: string): string {
  return compositionOf(icb).resolve(id)?.label ?? `\`${id}\``;
}

// ---------------------------------------------------------------------------------------------
// Governance documents (ICS-GOV-*)

export type GovernanceDocumentKey =
  | 'standing_orders'
  | 'scheme_of_reservation_and_delegation'
  | 'functions_and_decisions_map'
  | 'standing_financial_instructions'
  | 'governance_handbook';

/**
 * Reports a governance document the constitution does not link (`documents.<key>` with a `url`
 * or a `path`), with a fix that adds a `path: TODO` placeholder to fill in.
 */
export function checkGovernanceDocument(ctx: RuleContext, key: GovernanceDocumentKey, message: string): void {
  const icb = ctx.icb!;
  const link = icb.documents?.[key];
  // By address, or (format 1.1) by how it is held: appended, in the governance handbook, to be published.
  if (linkGiven(link)) return;
  const edit = ctx.editor.addAtPath(['documents', key], { path: 'TODO' });
  ctx.report({
    message,
    at: link?.loc ?? documentsAnchor(ctx),
    fixes: edit ? [{ title: `Add \`documents.${key}\` (location to fill in)`, safe: false, edits: [edit] }] : undefined,
  });
}

// ---------------------------------------------------------------------------------------------
// References by id

export { nearMiss } from '../../model/query';

/** Ids of the board members and seats, for near-miss suggestions. */
export function memberIds(icb: IcbConstitution): string[] {
  return compositionOf(icb).ids();
}

/**
 * The sentence and fix for a role that names an id no board member has: used by the rules that
 * own the role (audit, remuneration and quality chairs, the conflicts guardian), so that the
 * finding says what the role needs. ICS-REF-001 leaves these references to them.
 */
export function unknownMemberReport(ctx: RuleContext, ref: Scalar<string>, role: string, needs: string): { message: string; fixes?: { title: string; safe: boolean; edits: TextEdit[] }[] } {
  const icb = ctx.icb!;
  const participant = items(icb.board?.participants).find((p) => text(p.id) === ref.value);
  if (participant) {
    return {
      message: `${role} is \`${ref.value}\`, a participant (${text(participant.name) ?? ref.value}), not a board member: participants attend but never vote or count to a quorum. ${needs}`,
    };
  }
  const best = nearMiss(ref.value, memberIds(icb));
  const bestMember = best ? compositionOf(icb).resolve(best) : undefined;
  return {
    message: `${role} is \`${ref.value}\`, which names no board member ${compositionOf(icb).seated ? 'or seat ' : ''}in this constitution${bestMember ? ` (did you mean \`${best}\`, ${bestMember.label}?)` : ''}, so it does not show who holds the role. ${needs}`,
    fixes: best ? [{ title: `Change to \`${best}\``, safe: false, edits: [ctx.editor.replaceScalar(ref.loc.node, best)] }] : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Committee chairs (format 1.1: a member, a seat, a rule, or an independent chair)

/** Who chairs a committee, as the committee rules judge them: as they would judge a named chair. */
export type ChairView =
  | { kind: 'none' }
  | { kind: 'unknown'; ref: Scalar<string> }
  | {
      kind: 'entity' | 'rule' | 'independent';
      role?: string;
      independent?: boolean;
      expertise: string[];
      /** "Pat Lee (pat-lee)", "the non-executive its rule picks", "Ann Bell, an independent chair" */
      label: string;
      /** Where the committee says who chairs it. */
      at: Loc;
      /** The board member or seat named (`chair:`), or the seat a rule names. */
      entity?: OnBoard;
      /** What a chair rule excludes (`excluding`). */
      excluding: Set<string>;
      /** The rule's own words, if given. */
      description?: string;
      /** For a chair rule: true when no member or seat of the board has the role it picks. */
      nobody?: boolean;
    };

const RULE_ROLE_WORDS: Record<string, string> = {
  chair: 'the chair of the board',
  chief_executive: 'the chief executive',
  executive: 'an executive member',
  non_executive: 'a non-executive member',
  partner: 'a partner member',
  other: 'an ordinary member',
};

/** What a chair rule's role makes its chair, in words: "a non-executive member". */
export function ruleRoleWords(role: string | undefined): string {
  return role ? (RULE_ROLE_WORDS[role] ?? `a member with \`role: ${role}\``) : 'a member of any role';
}

export function chairView(icb: IcbConstitution, c: Committee): ChairView {
  const composition = compositionOf(icb);
  const chair = committeeChair(composition, c);
  if (chair.kind === 'none' || chair.kind === 'unknown') return chair;
  if (chair.kind === 'entity') {
    const e = chair.entity;
    // A seat of several: any holder might take the chair, so their recorded expertise counts too.
    const expertise = e.kind === 'seat' ? [...e.expertise, ...e.holders.flatMap((h) => h.expertise)] : e.expertise;
    return { kind: 'entity', role: e.role, independent: e.independent, expertise, label: e.label, at: chair.ref.loc, entity: e, excluding: new Set() };
  }
  if (chair.kind === 'rule') {
    const r = chair.rule;
    const role = text(r.role) ?? chair.seat?.role;
    const description = text(r.description);
    const who = role ? RULE_ROLE_WORDS[role] ?? `a member with \`role: ${role}\`` : 'a member';
    return {
      kind: 'rule',
      role,
      independent: r.independent?.value ?? chair.seat?.independent,
      expertise: [...values(r.expertise).map((x) => x.toLowerCase()), ...(chair.seat?.expertise ?? [])],
      label: `${who} under its chair rule${description ? ` ("${description}")` : ''}`,
      at: r.loc,
      entity: chair.seat,
      excluding: new Set(values(r.excluding)),
      description,
      nobody: role !== undefined && !chair.seat && !composition.positions.some((p) => p.role === role),
    };
  }
  const ic = chair.chair;
  const who = text(ic.name) ?? (text(ic.title) ? `the ${text(ic.title)}${text(ic.organisation) ? ` (${text(ic.organisation)})` : ''}` : 'an independent chair');
  return { kind: 'independent', independent: true, expertise: values(ic.expertise).map((x) => x.toLowerCase()), label: `${who}, who is not a member of the board`, at: ic.loc, excluding: new Set() };
}
