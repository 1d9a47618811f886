import type { AnalyzedFile } from '../analyze';
import type { IcbConstitution, PlacePartnership, IntegratedCarePartnership } from '../model/kinds';
import { items, text } from '../model/query';
import { compositionOf } from '../model/composition';
import { governanceOf, governanceReferences } from '../model/governance';
import type { Scalar } from '../model/spec';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Position, Range, TextEdit } from '../types';
import { scalarTextRange } from './cursor';

/**
 * Ids and the places that use them, across the files of a system. A board member's id is used by
 * `chair:`, `members:`, `deputy_chair:`, …; a board seat's (format 1.1) by its holders' `seat:` and
 * by the same keys as a member's; a committee's by `reports_to:` and a place's `icb_committee`; the
 * ICB's by the `icb:` of partnership and place files and by a shared board's `shared_with`. Ids are
 * scoped to their ICB: two ICBs in one workspace may both have a `jane-smith`.
 */
export type SymbolKind = 'member' | 'seat' | 'committee' | 'arrangement' | 'place' | 'icb';

export interface SymbolOccurrence {
  kind: SymbolKind;
  id: string;
  uri: string;
  /** The id's text (without quotes). */
  range: Range;
  /** True where the id is declared (`- id: jane-smith`, `icb: {id: …}`). */
  definition: boolean;
  /** The ICB whose id space this belongs to (the file's own uri when the ICB has no id). */
  scope: string;
  /** What the reference is (`chair of committee audit`), for lists of references. */
  role: string;
}

/** Keys that hold the id of a board member (or, in format 1.1, of a board seat). */
const MEMBER_REFERENCES = ['board.deputy_chair', 'board.senior_non_executive', 'committees[].chair', 'committees[].members[]', 'committees[].participants[].member', 'clinical_and_care_professional_leadership.board_leads[]', 'clinical_and_care_professional_leadership.principles[].owner', 'conflicts_of_interest.guardian'] as const;
/** Issue 13: keys that name a holder — a board member or seat by id, or a post (a map, not completed). */
export const HOLDER_REFERENCE_PATHS: readonly string[] = [
  'joint_working.arrangements[].icb_members[]',
  'joint_working.arrangements[].pooled_fund.manager',
  'functions_map.functions[].executive_lead',
  'standing_orders.urgent_decisions.taken_by[]',
  'standing_orders.urgent_decisions.consult[]',
  'statutory_duties.duties[].lead',
  ...['accountable_emergency_officer', 'safeguarding_executive_lead', 'senior_information_risk_owner', 'caldicott_guardian', 'net_zero_lead'].map((k) => `officers.${k}.holder`),
  ...['guardian', 'executive_lead', 'non_executive_lead'].map((k) => `officers.freedom_to_speak_up.${k}.holder`),
  'health_and_wellbeing_boards[].icb_representative',
  'clinical_and_care_professional_leadership.evaluation.action_owner',
];
export const MEMBER_REFERENCE_PATHS: readonly string[] = [...MEMBER_REFERENCES, ...HOLDER_REFERENCE_PATHS];
/** Issue 13: keys that name the board (`icb-board`) or a committee. */
export const BODY_REFERENCE_PATHS: readonly string[] = [
  'joint_working.arrangements[].reports_to[]',
  'statutory_duties.duties[].committee',
  'standing_orders.suspension.reported_to',
  'plans.joint_capital_resource_use_plan.approved_by',
  'clinical_and_care_professional_leadership.evaluation.board_sighted.meeting',
  'clinical_and_care_professional_leadership.advice_to_board[].reports_to',
];
/** Issue 13: keys that name a decision-maker: the board, a committee, a joint working arrangement (or a member, seat or post). */
export const DECIDER_REFERENCE_PATHS: readonly string[] = [
  'joint_working.arrangements[].exercised_by',
  'joint_working.arrangements[].overseen_by',
  'reservation_and_delegation.delegated[].to',
  'functions_map.functions[].decided_by',
  'functions_map.functions[].shared_with[]',
  'conflicts_of_interest.procurement.decided_by[]',
];
/** Issue 13: keys that name a committee only, or a joint working arrangement only. */
export const COMMITTEE_REFERENCE_PATHS: readonly string[] = ['joint_working.arrangements[].icb_committee'];
export const ARRANGEMENT_REFERENCE_PATHS: readonly string[] = ['functions_map.functions[].delegated_from', 'places[].joint_committee.arrangement'];
/** Keys that hold the id of a board seat only. */
export const SEAT_REFERENCE_PATHS: readonly string[] = ['board.members[].seat', 'committees[].chair_rule.seat'];
/** Keys that hold the ids of other ICBs. */
export const ICB_REFERENCE_PATHS: readonly string[] = ['board.shared_with[]', 'board.seats[].icbs[]', 'board.members[].icbs[]'];
/** Values of `reports_to` that are not committee ids. */
const REPORTS_TO_BODIES = new Set(['icb-board', 'icp', 'board']);

/** The key of an id across files: same kind, same ICB, same id. */
export function symbolKey(o: Pick<SymbolOccurrence, 'kind' | 'id' | 'scope'>): string {
  return o.kind === 'icb' ? `icb:${o.id}` : `${o.kind}:${o.scope}:${o.id}`;
}

export function occurrencesIn(file: AnalyzedFile): SymbolOccurrence[] {
  const out: SymbolOccurrence[] = [];
  const add = (kind: SymbolKind, s: Scalar<string> | undefined, definition: boolean, scope: string, role: string) => {
    const id = text(s);
    if (!s || !id || !s.loc.node.range) return;
    out.push({ kind, id, uri: file.uri, range: scalarTextRange(s.loc.node, file.text, file.lines), definition, scope, role });
  };
  for (const d of file.documents) {
    const t = d.typed;
    if (!t) continue;
    if (t.kind === 'icb-constitution') collectIcb(t.model, file.uri, add);
    else if (t.kind === 'integrated-care-partnership') collectIcp(t.model, file.uri, add);
    else collectPlaceFile(t.model, file.uri, add);
  }
  return out;
}

type Add = (kind: SymbolKind, s: Scalar<string> | undefined, definition: boolean, scope: string, role: string) => void;

function collectIcb(icb: IcbConstitution, uri: string, add: Add): void {
  const scope = text(icb.icb?.id) ?? uri;
  add('icb', icb.icb?.id, true, scope, 'the ICB');
  // An id where a member or a seat may be named is the seat's when no member has it.
  const composition = compositionOf(icb);
  const onBoard = (s: Scalar<string> | undefined, role: string) => add(composition.resolve(text(s))?.kind === 'seat' ? 'seat' : 'member', s, false, scope, role);
  for (const s of items(icb.board?.seats)) {
    add('seat', s.id, true, scope, 'board seat');
    for (const i of items(s.icbs)) add('icb', i, false, text(i) ?? uri, `a seat of ${text(icb.icb?.name) ?? scope} counts for it`);
  }
  for (const m of items(icb.board?.members)) {
    add('member', m.id, true, scope, 'board member');
    add('seat', m.seat, false, scope, `held by ${text(m.name) ?? text(m.id) ?? 'a member'}`);
    for (const i of items(m.icbs)) add('icb', i, false, text(i) ?? uri, `a member of ${text(icb.icb?.name) ?? scope} counts for it`);
  }
  for (const i of items(icb.board?.shared_with)) add('icb', i, false, text(i) ?? uri, `shares its board with ${text(icb.icb?.name) ?? scope}`);
  onBoard(icb.board?.deputy_chair, 'deputy chair');
  onBoard(icb.board?.senior_non_executive, 'senior non-executive');
  for (const c of items(icb.committees)) {
    const name = text(c.name) ?? text(c.id) ?? 'a committee';
    add('committee', c.id, true, scope, 'committee');
    onBoard(c.chair, `chair of ${name}`);
    add('seat', c.chair_rule?.seat, false, scope, `chairs ${name} (chair rule)`);
    for (const m of items(c.members)) onBoard(m, `member of ${name}`);
    for (const p of items(c.participants)) onBoard(p.member, `attends ${name}`);
    // `reports_to` of a committee is one id in the schema (a list in older drafts): read both.
    for (const r of scalarsUnder(c.loc.node, 'reports_to')) if (!REPORTS_TO_BODIES.has(r.value)) add('committee', r, false, scope, `${name} reports to it`);
  }
  for (const p of items(icb.places)) {
    add('place', p.id, true, scope, 'place');
    const name = text(p.name) ?? text(p.id) ?? 'a place';
    for (const r of items(p.reports_to)) if (!REPORTS_TO_BODIES.has(r.value)) add('committee', r, false, scope, `${name} reports to it`);
    add('committee', p.icb_committee, false, scope, `governs ${name}`);
  }
  const ccpl = icb.clinical_and_care_professional_leadership;
  for (const m of items(ccpl?.board_leads)) onBoard(m, 'clinical and care professional leadership board lead');
  for (const p of items(ccpl?.principles)) onBoard(p.owner, `owner of design principle ${p.number?.value ?? ''}`.trim());
  onBoard(icb.conflicts_of_interest?.guardian, 'conflicts of interest guardian');
  collectBeyondTheBoard(icb, scope, add);
}

/**
 * Issue 13: arrangement ids, and the ids the constitution uses beyond the board (a post, written as
 * a map, is not an id). A reference counts as what it names: a committee, an arrangement, a member
 * or a seat; one that names nothing is left out, since its kind cannot be known.
 */
function collectBeyondTheBoard(icb: IcbConstitution, scope: string, add: Add): void {
  const g = governanceOf(icb);
  const ref = (s: Scalar<unknown> | undefined, role: string) => {
    if (!s || typeof s.value !== 'string') return;
    const r = g.resolve(s);
    const kind: SymbolKind | undefined = r?.kind === 'committee' ? 'committee' : r?.kind === 'arrangement' ? 'arrangement' : r?.kind === 'entity' ? (r.entity.kind === 'seat' ? 'seat' : 'member') : undefined;
    if (kind) add(kind, s as Scalar<string>, false, scope, role);
  };
  for (const a of items(icb.joint_working?.arrangements)) add('arrangement', a.id, true, scope, 'joint working arrangement');
  for (const r of governanceReferences(icb)) ref(r.scalar, r.role);
}

function collectIcp(icp: IntegratedCarePartnership, uri: string, add: Add): void {
  add('icb', icp.icb, false, text(icp.icb) ?? uri, 'the partnership belongs to it');
}

function collectPlaceFile(place: PlacePartnership, uri: string, add: Add): void {
  const scope = text(place.icb) ?? uri;
  add('icb', place.icb, false, scope, 'the place belongs to it');
  add('place', place.id, true, scope, 'place');
  const name = text(place.name) ?? text(place.id) ?? 'the place';
  for (const r of items(place.reports_to)) if (!REPORTS_TO_BODIES.has(r.value)) add('committee', r, false, scope, `${name} reports to it`);
  add('committee', place.icb_committee, false, scope, `governs ${name}`);
}

/** The string scalars under a key of a YAML map: the value itself, or the items of a list. */
function scalarsUnder(mapNode: Node, key: string): Scalar<string>[] {
  if (!isMap(mapNode)) return [];
  const pair = mapNode.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  const value = pair?.value as Node | null | undefined;
  const nodes = isSeq(value) ? (value.items as Node[]) : value ? [value] : [];
  return nodes
    .filter((n) => isScalar(n) && typeof n.value === 'string' && n.range)
    .map((n) => ({ value: String((n as { value: unknown }).value), loc: { node: n, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, headRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } }));
}

/** The occurrences of every file of a system (cached by the caller per version). */
export class SymbolIndex {
  // By analysis, not by text: positions of an analysis kept across edits move with the edits.
  private readonly byFile = new Map<string, { file: AnalyzedFile; occurrences: SymbolOccurrence[] }>();

  occurrences(file: AnalyzedFile): SymbolOccurrence[] {
    const cached = this.byFile.get(file.uri);
    if (cached && cached.file === file) return cached.occurrences;
    const occurrences = occurrencesIn(file);
    this.byFile.set(file.uri, { file, occurrences });
    return occurrences;
  }

  forget(uri: string): void {
    this.byFile.delete(uri);
  }
}

const contains = (r: Range, p: Position): boolean =>
  (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character)) && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));

/** The id under the cursor, if any. */
export function occurrenceAt(occurrences: SymbolOccurrence[], position: Position): SymbolOccurrence | undefined {
  return occurrences.find((o) => contains(o.range, position));
}

/** Every occurrence of the same id (same kind and ICB) in the system. */
export function sameSymbol(all: SymbolOccurrence[], target: SymbolOccurrence): SymbolOccurrence[] {
  const key = symbolKey(target);
  return all.filter((o) => symbolKey(o) === key);
}

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface RenameResult {
  /** Edits by file uri. */
  changes: Record<string, TextEdit[]>;
}

/**
 * Renames an id everywhere it is declared or used in the system, and nowhere else. Refuses a name
 * that is not an id, or one that another member (committee, place, ICB) of the same ICB already has.
 */
export function renameSymbol(all: SymbolOccurrence[], target: SymbolOccurrence, newName: string): RenameResult | { error: string } {
  const name = newName.trim();
  if (!ID_PATTERN.test(name)) return { error: `\`${name}\` is not an id: use lower-case letters a–z, digits and single hyphens, e.g. \`jane-smith\`.` };
  if (name === target.id) return { changes: {} };
  // Members and seats share one id space: a committee's `chair:` may name either; so do committees
  // and joint working arrangements, which `decided_by` and `reports_to` may name (issue 13).
  const space = (k: SymbolKind) => (k === 'seat' ? 'member' : k === 'arrangement' ? 'committee' : k);
  const clash = all.find((o) => o.definition && space(o.kind) === space(target.kind) && o.id === name && (o.kind === 'icb' || o.scope === target.scope));
  if (clash) return { error: `There is already a ${KIND_WORD[clash.kind]} with the id \`${name}\`; choose another.` };
  const changes: Record<string, TextEdit[]> = {};
  for (const o of sameSymbol(all, target)) (changes[o.uri] ??= []).push({ range: o.range, newText: name });
  return { changes };
}

export const KIND_WORD: Record<SymbolKind, string> = { member: 'board member', seat: 'board seat', committee: 'committee', arrangement: 'joint working arrangement', place: 'place', icb: 'ICB' };
