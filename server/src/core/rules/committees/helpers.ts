import { isSeq, type Node, type YAMLSeq } from 'yaml';
import type { BoardMember, Committee, IcbConstitution, Quorum } from '../../model/kinds';
import type { Loc, Scalar } from '../../model/spec';
import { boardMembers, firstLoc, isVoting, items, memberById, memberLabel, membersWithRole, nearMiss, text, values } from '../../model/query';
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

/** "an executive member" — what a member's role makes them, in words. */
export function roleWords(m: BoardMember): string {
  const role = text(m.role);
  return role ? (ROLE_WORDS[role] ?? `a member with role \`${role}\``) : 'a member with no `role`';
}

export function isNonExecutive(m: BoardMember): boolean {
  return text(m.role) === 'non_executive';
}

/** Non-executives are independent by definition of the role, unless the document says otherwise. */
export function isIndependentNonExecutive(m: BoardMember): boolean {
  return isNonExecutive(m) && m.independent?.value !== false;
}

/**
 * Whether a member is an employee of the ICB: their `employment` says so (employee or secondee),
 * or, when it is not stated, they are the chief executive or an executive member, who are ICB
 * employees (Sch 1B para 7(2) for the chief executive; the model constitution for executives).
 */
export function isEmployee(m: { role?: BoardMember['role']; employment?: BoardMember['employment'] }): boolean {
  const employment = text(m.employment);
  if (employment) return employment === 'employee' || employment === 'secondee';
  const role = text(m.role);
  return role === 'chief_executive' || role === 'executive';
}

/** Expertise words, normalised: lower case, words split on spaces, hyphens and underscores. */
function expertiseWords(m: BoardMember): string[] {
  return values(m.expertise).flatMap((e) => e.toLowerCase().split(/[\s_\-/,&]+/).filter(Boolean));
}

const FINANCE_AUDIT_WORDS = new Set(['finance', 'financial', 'audit', 'auditing', 'auditor', 'accountancy', 'accounting', 'accountant']);

/** Whether the member's recorded expertise covers finance or audit (free list; several spellings accepted). */
export function hasFinanceOrAuditExpertise(m: BoardMember): boolean {
  return expertiseWords(m).some((w) => FINANCE_AUDIT_WORDS.has(w));
}

export function hasExpertise(m: BoardMember, word: string): boolean {
  return expertiseWords(m).includes(word);
}

/** Ids of the board chair(s): members with `role: chair`. */
export function boardChairIds(icb: IcbConstitution): Set<string> {
  return new Set(membersWithRole(icb, 'chair').map((m) => text(m.id)).filter((x): x is string => !!x));
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

/** The member a committee's `chair` names, or undefined (no chair, or an id that names nobody). */
export function chairOf(icb: IcbConstitution, c: Committee): BoardMember | undefined {
  return memberById(icb, text(c.chair));
}

/**
 * Independent non-executives who could chair the audit committee without creating another
 * finding: finance or audit expertise, and neither the deputy chair nor the senior non-executive
 * (NHS England 2023/24 guidance keeps both apart from the audit chair).
 */
export function auditChairCandidates(icb: IcbConstitution): BoardMember[] {
  const taken = new Set([text(icb.board?.deputy_chair), text(icb.board?.senior_non_executive)].filter((x): x is string => !!x));
  return boardMembers(icb).filter((m) => isIndependentNonExecutive(m) && hasFinanceOrAuditExpertise(m) && !taken.has(text(m.id) ?? ''));
}

/** Non-executives who could chair the remuneration committee: not the board chair, not an audit chair. */
export function remunerationChairCandidates(icb: IcbConstitution): BoardMember[] {
  const audit = chairIdsOfType(icb, 'audit');
  return boardMembers(icb).filter((m) => isNonExecutive(m) && text(m.id) !== undefined && !audit.has(text(m.id)!));
}

/**
 * Non-executives who could chair the quality committee: those with quality expertise if any,
 * else any non-executive who chairs neither audit nor remuneration.
 */
export function qualityChairCandidates(icb: IcbConstitution): BoardMember[] {
  const busy = new Set([...chairIdsOfType(icb, 'audit'), ...chairIdsOfType(icb, 'remuneration')]);
  const neds = boardMembers(icb).filter((m) => isIndependentNonExecutive(m) && text(m.id) !== undefined);
  const quality = neds.filter((m) => hasExpertise(m, 'quality'));
  if (quality.length > 0) return quality;
  return neds.filter((m) => !busy.has(text(m.id)!));
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
    ...boardMembers(icb).map((m) => text(m.id) ?? ''),
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

/** Someone who can count towards a quorum: a voting board member, or a voting non-board committee member. */
export interface QuorumSeat {
  member?: BoardMember;
  /** For a committee member who is not on the board. */
  otherName?: string;
}

/** Board members who count towards the board's quorum: voting members only; participants never count. */
export function boardQuorumSeats(icb: IcbConstitution): QuorumSeat[] {
  return boardMembers(icb)
    .filter(isVoting)
    .map((member) => ({ member }));
}

/**
 * Members who count towards a committee's quorum: its chair and board members (ids that name a
 * voting board member, each once) and its voting non-board members.
 */
export function committeeQuorumSeats(icb: IcbConstitution, c: Committee): QuorumSeat[] {
  const seats: QuorumSeat[] = [];
  const seen = new Set<string>();
  for (const id of [text(c.chair), ...values(c.members)]) {
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const member = memberById(icb, id);
    if (member) seats.push({ member });
  }
  for (const o of items(c.other_members)) {
    if (o.voting?.value === false) continue;
    seats.push({ otherName: text(o.name) ?? 'a member who is not on the board' });
  }
  return seats;
}

/** Whether the committee lists anyone whose id does not resolve (then counts are unreliable). */
export function hasUnresolvedMembers(icb: IcbConstitution, c: Committee): boolean {
  return [text(c.chair), ...values(c.members)].some((id) => id !== undefined && !memberById(icb, id));
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
export function isClinical(m: BoardMember): boolean {
  if (isRegisteredClinician(m)) return true;
  if (CLINICAL_PROFESSIONS.has(text(m.profession) ?? '')) return true;
  const fn = text(m.function);
  return fn === 'medical' || fn === 'nursing';
}

/**
 * Whether one quorum requirement (`must_include` vocabulary) can be met by the given seats.
 * `chair_or_deputy` on a committee means the committee's chair; on the board, the chair or the
 * named deputy chair.
 */
export function requirementMet(icb: IcbConstitution, req: string, seats: QuorumSeat[], committee?: Committee): boolean {
  const members = seats.map((s) => s.member).filter((m): m is BoardMember => !!m);
  switch (req) {
    case 'chair_or_deputy': {
      if (committee) return memberById(icb, text(committee.chair)) !== undefined;
      const deputy = text(icb.board?.deputy_chair);
      return members.some((m) => text(m.role) === 'chair' || (deputy !== undefined && text(m.id) === deputy));
    }
    case 'non_executive':
      return members.some(isNonExecutive);
    case 'executive':
      return members.some((m) => text(m.role) === 'executive' || text(m.role) === 'chief_executive');
    case 'clinical':
      return members.some(isClinical);
    case 'partner':
      return members.some((m) => text(m.role) === 'partner');
    case 'finance':
      return members.some((m) => text(m.role) === 'executive' && text(m.function) === 'finance');
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

/** A member's label for messages, or the bare id when no member has it. */
export function labelFor(icb: IcbConstitution, id: string): string {
  const m = memberById(icb, id);
  return m ? memberLabel(m) : `\`${id}\``;
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
  if (link && (text(link.url) || text(link.path))) return;
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

/** Ids of the board members, for near-miss suggestions. */
export function memberIds(icb: IcbConstitution): string[] {
  return boardMembers(icb).map((m) => text(m.id)).filter((x): x is string => !!x);
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
  const bestMember = best ? memberById(icb, best) : undefined;
  return {
    message: `${role} is \`${ref.value}\`, which names no board member in this constitution${bestMember ? ` (did you mean \`${best}\`, ${memberLabel(bestMember)}?)` : ''}, so it does not show who holds the role. ${needs}`,
    fixes: best ? [{ title: `Change to \`${best}\``, safe: false, edits: [ctx.editor.replaceScalar(ref.loc.node, best)] }] : undefined,
  };
}
