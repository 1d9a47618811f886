import { isMap, isPair, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { AnalyzedFile } from '../analyze';
import type { BoardMember, IcbConstitution, IntegratedCarePartnership, PlacePartnership } from '../model/kinds';
import { items, text } from '../model/query';
import type { List, Loc } from '../model/spec';
import { SCHEMAS } from '../schema/validate';
import type { Range } from '../types';
import type { LineIndex } from '../yaml/lineIndex';
import { roleLabel, roleWords } from './hover';
import { compositionOf, holdersText } from '../model/composition';
import { schemaAtPath } from './schemaNav';

/** The outline of a file (board by role, committees, places, sections) and its folding ranges. */

export type OutlineKind = 'document' | 'section' | 'group' | 'member' | 'committee' | 'place' | 'field';

export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: OutlineKind;
  /** Everything the symbol covers. */
  range: Range;
  /** What to select when it is chosen: its key or first line. */
  selectionRange: Range;
  children: OutlineSymbol[];
}

const ROLE_GROUPS: [string, string][] = [
  ['chair', 'Chair'],
  ['chief_executive', 'Chief executive'],
  ['executive', 'Executive members'],
  ['non_executive', 'Non-executive members'],
  ['partner', 'Partner members'],
  ['other', 'Other members'],
];

function whole(loc: Loc): Range {
  return loc.keyRange ? { start: loc.keyRange.start, end: loc.range.end } : loc.range;
}

function union(ranges: Range[]): Range {
  const sorted = [...ranges].sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
  const end = [...ranges].sort((a, b) => b.end.line - a.end.line || b.end.character - a.end.character)[0].end;
  return { start: sorted[0].start, end };
}

export function outline(file: AnalyzedFile): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  for (const d of file.documents) {
    const t = d.typed;
    if (!t) continue;
    const range = d.range;
    const head = d.declaredKind?.range ?? range;
    if (t.kind === 'icb-constitution') out.push({ name: text(t.model.icb?.name) ?? text(t.model.icb?.id) ?? 'ICB constitution', detail: 'ICB constitution', kind: 'document', range, selectionRange: head, children: icbChildren(t.model) });
    else if (t.kind === 'integrated-care-partnership') out.push({ name: text(t.model.name) ?? 'Integrated care partnership', detail: 'integrated care partnership', kind: 'document', range, selectionRange: head, children: icpChildren(t.model) });
    else out.push({ name: text(t.model.name) ?? text(t.model.id) ?? 'Place partnership', detail: 'place partnership', kind: 'document', range, selectionRange: head, children: placeChildren(t.model) });
  }
  return out;
}

function memberSymbol(m: BoardMember, icb: IcbConstitution): OutlineSymbol {
  return { name: text(m.name) ?? text(m.id) ?? 'Unnamed member', detail: [roleLabel(m, icb), text(m.id)].filter(Boolean).join(' · '), kind: 'member', range: m.loc.range, selectionRange: m.loc.headRange, children: [] };
}

function icbChildren(icb: IcbConstitution): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  const board = icb.board;
  if (board) {
    const members = items(board.members);
    const composition = compositionOf(icb);
    // A member who holds a seat is grouped by the seat's role.
    const roleOf = (m: BoardMember) => composition.holderOf(m)?.role ?? text(m.role);
    const groups: OutlineSymbol[] = [];
    const seats = composition.allPositions.filter((p) => p.kind === 'seat');
    if (seats.length > 0) {
      groups.push({
        name: 'Seats',
        detail: String(seats.length),
        kind: 'group',
        range: union(seats.map((p) => p.loc.range)),
        selectionRange: seats[0].loc.headRange,
        children: seats.map((p) => ({ name: p.title ?? p.id ?? 'Unnamed seat', detail: [roleWords(p), holdersText(p), p.id].filter(Boolean).join(' · '), kind: 'member' as const, range: p.loc.range, selectionRange: p.loc.headRange, children: [] })),
      });
    }
    for (const [role, label] of ROLE_GROUPS) {
      const ms = members.filter((m) => roleOf(m) === role);
      if (ms.length === 0) continue;
      groups.push({ name: label, detail: String(ms.length), kind: 'group', range: union(ms.map((m) => m.loc.range)), selectionRange: ms[0].loc.headRange, children: ms.map((m) => memberSymbol(m, icb)) });
    }
    const unassigned = members.filter((m) => !ROLE_GROUPS.some(([r]) => r === roleOf(m)));
    if (unassigned.length > 0) groups.push({ name: 'Members without a role', detail: String(unassigned.length), kind: 'group', range: union(unassigned.map((m) => m.loc.range)), selectionRange: unassigned[0].loc.headRange, children: unassigned.map((m) => memberSymbol(m, icb)) });
    const participants = items(board.participants);
    if (participants.length > 0) {
      groups.push({
        name: 'Participants',
        detail: String(participants.length),
        kind: 'group',
        range: union(participants.map((p) => p.loc.range)),
        selectionRange: participants[0].loc.headRange,
        children: participants.map((p) => ({ name: text(p.name) ?? text(p.id) ?? 'Participant', detail: text(p.represents), kind: 'member' as const, range: p.loc.range, selectionRange: p.loc.headRange, children: [] })),
      });
    }
    out.push({ name: 'Board', detail: `${seats.length > 0 ? `${seats.length} seat${seats.length === 1 ? '' : 's'}, ` : ''}${members.length} member${members.length === 1 ? '' : 's'}`, kind: 'section', range: whole(board.loc), selectionRange: board.loc.keyRange ?? board.loc.headRange, children: groups });
  }
  if (icb.committees) {
    out.push(listSection('Committees', icb.committees, (c) => ({ name: text(c.name) ?? text(c.id) ?? 'Unnamed committee', detail: [text(c.type), text(c.id)].filter(Boolean).join(' · '), kind: 'committee' })));
  }
  if (icb.places) {
    out.push(listSection('Places', icb.places, (p) => ({ name: text(p.name) ?? text(p.id) ?? 'Unnamed place', detail: text(p.id), kind: 'place' })));
  }
  out.push(...otherSections(icb as unknown as Record<string, { loc?: Loc }>, 'icb-constitution', new Set(['kind', 'version', 'board', 'committees', 'places'])));
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}

function icpChildren(icp: IntegratedCarePartnership): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  const members = icp.members;
  if (members) {
    out.push({
      name: 'Members',
      detail: String(members.items.length),
      kind: 'section',
      range: whole(members.loc),
      selectionRange: members.loc.keyRange ?? members.loc.headRange,
      children: members.items.map((m) => ({ name: text(m.name) ?? 'Unnamed member', detail: text(m.appointed_by) ? `appointed by ${text(m.appointed_by)}` : undefined, kind: 'member' as const, range: m.loc.range, selectionRange: m.loc.headRange, children: [] })),
    });
  }
  out.push(...otherSections(icp as unknown as Record<string, { loc?: Loc }>, 'integrated-care-partnership', new Set(['kind', 'version', 'members'])));
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}

function placeChildren(place: PlacePartnership): OutlineSymbol[] {
  return otherSections(place as unknown as Record<string, { loc?: Loc }>, 'place-partnership', new Set(['kind', 'version'])).sort((a, b) => a.range.start.line - b.range.start.line);
}

/** Top-level keys as fields, named by the schema's title. */
function otherSections(model: Record<string, { loc?: Loc }>, kind: keyof typeof SCHEMAS, skip: Set<string>): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  for (const [key, value] of Object.entries(model)) {
    if (skip.has(key) || key === 'loc' || !value?.loc) continue;
    const title = schemaAtPath(SCHEMAS[kind], [key])?.title ?? key;
    out.push({ name: title, detail: key, kind: 'field', range: whole(value.loc), selectionRange: value.loc.keyRange ?? value.loc.headRange, children: [] });
  }
  return out;
}

// ---------------------------------------------------------------- folding

export interface Fold {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region';
}

/** Folds for every block map or list that spans lines (from its key), every multi-line list item, and runs of comments. */
export function foldingRanges(file: AnalyzedFile): Fold[] {
  const folds: Fold[] = [];
  const lines = file.lines;
  const lastLine = (node: Node): number => lastContentLine(lines, node.range![1]);
  const visit = (node: Node | null, headLine?: number) => {
    if (!node || !node.range) return;
    if (isMap(node) || isSeq(node)) {
      const flow = (node as YAMLMap | YAMLSeq).flow;
      const start = headLine ?? lines.positionAt(node.range[0]).line;
      const end = lastLine(node);
      if (!flow && end > start) folds.push({ startLine: start, endLine: end });
    }
    if (isMap(node)) {
      for (const p of (node as YAMLMap).items) {
        if (!isPair(p)) continue;
        const key = p.key as Node | null;
        const value = p.value as Node | null;
        if (isScalar(key) && key.range && value && (isMap(value) || isSeq(value))) visit(value, lines.positionAt(key.range[0]).line);
        else if (value && !isScalar(value)) visit(value);
      }
    } else if (isSeq(node)) {
      for (const item of (node as YAMLSeq).items as (Node | null)[]) if (item && !isScalar(item)) visit(item, item.range ? lines.positionAt(item.range[0]).line : undefined);
    }
  };
  for (const d of file.documents) {
    // Not the document itself (folding everything is no use): its sections.
    const root = d.yaml.contents as Node | null;
    if (isMap(root) || isSeq(root)) {
      const saved = folds.length;
      visit(root);
      const rootStart = root.range ? lines.positionAt(root.range[0]).line : -1;
      const rootEnd = root.range ? lastLine(root) : -1;
      for (let i = folds.length - 1; i >= saved; i--) if (folds[i].startLine === rootStart && folds[i].endLine === rootEnd && !(isSeq(root))) folds.splice(i, 1);
    }
  }
  // Runs of two or more comment lines.
  let runStart = -1;
  for (let l = 0; l <= lines.lineCount; l++) {
    const isComment = l < lines.lineCount && /^\s*#/.test(lines.lineText(l));
    if (isComment && runStart < 0) runStart = l;
    if (!isComment && runStart >= 0) {
      if (l - 1 > runStart) folds.push({ startLine: runStart, endLine: l - 1, kind: 'comment' });
      runStart = -1;
    }
  }
  // One fold per start line (the outermost), in order.
  const byStart = new Map<number, Fold>();
  for (const f of folds) {
    const existing = byStart.get(f.startLine);
    if (!existing || f.endLine > existing.endLine) byStart.set(f.startLine, f);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

/** The last line with content at or before an end offset (block nodes end after their newline). */
function lastContentLine(lines: LineIndex, endOffset: number): number {
  let offset = Math.max(0, endOffset - 1);
  const t = lines.text;
  while (offset > 0 && /\s/.test(t[offset])) offset--;
  return lines.positionAt(offset).line;
}

/** A top-level list (committees, places) as an outline section with one child per item. */
function listSection<T extends { loc: Loc }>(name: string, list: List<T>, describe: (item: T) => Pick<OutlineSymbol, 'name' | 'detail' | 'kind'>): OutlineSymbol {
  return {
    name,
    detail: String(list.items.length),
    kind: 'section',
    range: whole(list.loc),
    selectionRange: list.loc.keyRange ?? list.loc.headRange,
    children: list.items.map((item) => ({ ...describe(item), range: item.loc.range, selectionRange: item.loc.headRange, children: [] })),
  };
}
