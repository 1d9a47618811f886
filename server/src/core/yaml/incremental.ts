import { Document, Pair, YAMLMap, YAMLSeq, isAlias, isCollection, isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { LineIndex } from './lineIndex';
import type { TextChange } from '../rules/cache';
import { declaredKindOf, kindOf, parseFile, PARSE_OPTIONS, type ParsedDocument, type ParsedFile } from './parse';

/**
 * Re-parses only what an edit changed. A constitution is one YAML mapping whose top-level keys
 * start at column 0, and whose long sections are lists (board members, committees, places). The
 * text is cut into units at those boundaries — a top-level key with its value, or one item of a
 * top-level list — and each unit is parsed on its own with `yaml`. After an edit, units whose text
 * is unchanged are kept (their positions moved by the edit's length), and only the others are
 * parsed again. The units are then put together into one `yaml` Document, node for node the tree a
 * full parse gives (ranges, values; tested against the full parse), so everything that reads the
 * Document — the model, the schema, fixes and edits — works on it unchanged.
 *
 * Whatever this cannot be sure of falls back to a full parse: several documents, directives,
 * anchors and aliases, a root that is not a block mapping, a duplicate top-level key, and any unit
 * with a YAML error or warning (a cut through a multi-line quoted string or flow collection shows
 * up as one). A file with a syntax error is therefore parsed in full, with yaml's own messages.
 */

type UnitKind = 'pair' | 'header' | 'item';

interface Span {
  start: number;
  end: number;
  kind: UnitKind;
  /** For items and headers: the index of their top-level section. */
  section: number;
}

interface Unit extends Span {
  doc: Document.Parsed;
  /** pair, header: the top-level pair (a header's value is filled with its items). */
  pair?: Pair;
  /** item: the list item, and the offset of its `-`. */
  item?: Node;
  dash?: number;
  /** The unit as plain data: `{key: value}` for a pair, the item's value for an item. */
  data: unknown;
}

/** Called for each node of a kept unit whose lines moved, so caches of things built from it can follow. */
export type MovedNodes = (nodes: Node[], lineDelta: number) => void;

export interface IncrementalStats {
  /** Whether the last parse was incremental (false: parsed in full). */
  incremental: boolean;
  /** Units parsed, and units kept from the previous version. */
  parsed: number;
  kept: number;
}

export class IncrementalParser {
  private units: Unit[] = [];
  private text = '';
  private lines: LineIndex | undefined;
  readonly stats: IncrementalStats = { incremental: false, parsed: 0, kept: 0 };
  /** The edit from the previous text to the last one parsed, when that parse was incremental. */
  lastChange: TextChange | undefined;

  constructor(private readonly onMoved?: MovedNodes) {}

  /** The parse of `text`, re-using the units of the previous text that did not change. */
  parse(uri: string, text: string): ParsedFile {
    const lines = new LineIndex(text);
    const spans = splitUnits(text);
    const units = spans && this.unitsFor(text, lines, spans);
    const assembled = units && assemble(text, units);
    if (!units || !assembled) {
      this.units = [];
      this.text = '';
      this.lines = undefined;
      this.lastChange = undefined;
      Object.assign(this.stats, { incremental: false, parsed: 0, kept: 0 });
      return parseFile(uri, text);
    }
    this.units = units;
    this.text = text;
    this.lines = lines;
    const declared = declaredKindOf(assembled.doc.contents as Node, lines);
    const [start, , end] = assembled.doc.range;
    const document: ParsedDocument = { index: 0, yaml: assembled.doc, kind: kindOf(declared), declaredKind: declared, syntaxProblems: [], range: lines.range(start, end), data: assembled.data };
    return { uri, text, lines, documents: [document] };
  }

  private unitsFor(text: string, lines: LineIndex, spans: Span[]): Unit[] | undefined {
    const previous = this.text;
    const previousLines = this.lines;
    const byStart = new Map(this.units.map((u) => [u.start, u]));
    // The edit, as one replaced span: [prefix, previous.length - suffix) became [prefix, text.length - suffix).
    let prefix = 0;
    const max = Math.min(previous.length, text.length);
    while (prefix < max && previous.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && previous.charCodeAt(previous.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
    const delta = text.length - previous.length;
    const lineDelta = countLines(text, prefix, text.length - suffix) - countLines(previous, prefix, previous.length - suffix);
    this.lastChange = previousLines
      ? { start: previousLines.positionAt(prefix), oldEnd: previousLines.positionAt(previous.length - suffix), newEnd: lines.positionAt(text.length - suffix) }
      : undefined;
    let parsed = 0;
    let kept = 0;
    const out: Unit[] = [];
    for (const span of spans) {
      let unit: Unit | undefined;
      // A unit inside the unchanged start, or the unchanged end, of the text is the same text as before
      // when it starts and ends at the same places.
      if (span.end <= prefix) {
        const old = byStart.get(span.start);
        if (old && old.kind === span.kind && old.end === span.end) unit = { ...old, section: span.section };
      } else if (span.start >= text.length - suffix) {
        const old = byStart.get(span.start - delta);
        if (old && old.kind === span.kind && old.end === span.end - delta) {
          move(old, delta, lineDelta, this.onMoved);
          unit = { ...old, start: span.start, end: span.end, section: span.section };
        }
      }
      if (unit) kept++;
      else {
        unit = parseUnit(detach(text.slice(span.start, span.end)), span);
        if (!unit) return undefined;
        parsed++;
      }
      out.push(unit);
    }
    Object.assign(this.stats, { incremental: true, parsed, kept });
    return out;
  }
}

/**
 * A copy of a string that does not keep the string it was cut from alive: the nodes of a unit kept
 * across many edits would otherwise hold on to the whole text of the version they were parsed from.
 */
function detach(s: string): string {
  return (' ' + s).slice(1);
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Cuts the text into units, or undefined when it is not a single block mapping this can follow. */
export function splitUnits(text: string): Span[] | undefined {
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return undefined; // lone CR line breaks
  const starts: number[] = [];
  for (let i = 0; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) starts.push(i);
  const lineAt = (k: number) => text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : text.length).replace(/\r?\n$/, '');
  const keyLines: number[] = [];
  for (let k = 0; k < starts.length; k++) {
    const c = text.charCodeAt(starts[k]);
    const line = lineAt(k);
    if (line.startsWith('---') || line.startsWith('...') || c === 37 /* % */) return undefined;
    // A top-level key: text at column 0 that is not a comment, a list item, or a blank line.
    if (line.length > 0 && c !== 32 && c !== 9 && c !== 35 /* # */ && c !== 45 /* - */) keyLines.push(k);
  }
  if (keyLines.length === 0) return undefined;
  const spans: Span[] = [];
  keyLines.forEach((k, section) => {
    const start = section === 0 ? 0 : starts[k];
    const endLine = section + 1 < keyLines.length ? keyLines[section + 1] : starts.length;
    const end = endLine < starts.length ? starts[endLine] : text.length;
    // A list section: `key:` with nothing after it but a comment, then items at one indentation.
    const items: number[] = [];
    if (/^[^#]*:[ \t]*(#.*)?$/.test(lineAt(k)) && !/^["']/.test(lineAt(k))) {
      let indent: string | undefined;
      for (let j = k + 1; j < endLine; j++) {
        const line = lineAt(j);
        if (indent === undefined) {
          if (/^\s*(#.*)?$/.test(line)) continue;
          const m = /^( *)-( |$)/.exec(line);
          if (!m) break;
          indent = m[1];
        }
        if (line.startsWith(indent + '-') && (line.length === indent.length + 1 || line.charCodeAt(indent.length + 1) === 32)) items.push(j);
      }
    }
    if (items.length === 0) {
      spans.push({ start, end, kind: 'pair', section });
      return;
    }
    spans.push({ start, end: starts[items[0]], kind: 'header', section });
    items.forEach((j, i) => spans.push({ start: starts[j], end: i + 1 < items.length ? starts[items[i + 1]] : end, kind: 'item', section }));
  });
  return spans;
}

/** Parses one unit on its own, positions moved to where it is in the file; undefined when it is not clean. */
function parseUnit(text: string, span: Span): Unit | undefined {
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.length > 0 || doc.warnings.length > 0 || hasAnchorsOrAliases(doc)) return undefined;
  const root = doc.contents as Node | null;
  let unit: Unit;
  if (span.kind === 'item') {
    if (!isSeq(root) || root.items.length !== 1 || !root.range) return undefined;
    unit = { ...span, doc, item: root.items[0] as Node, dash: root.range[0], data: (doc.toJS() as unknown[])[0] };
  } else {
    if (!isMap(root) || root.items.length !== 1 || !isScalar(root.items[0].key)) return undefined;
    const pair = root.items[0] as Pair;
    if (span.kind === 'header' && !(isScalar(pair.value) && pair.value.value === null)) return undefined;
    unit = { ...span, doc, pair, data: span.kind === 'pair' ? doc.toJS() : undefined };
  }
  shiftOffsets(unit, span.start);
  return unit;
}

function hasAnchorsOrAliases(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, (_key, node) => {
    if (isAlias(node) || ((isScalar(node) || isCollection(node)) && node.anchor)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** Every node of a unit (a plain walk: yaml's `visit` costs several times more, and this runs for every unit an edit moves). */
function nodesOf(unit: Unit): Node[] {
  const out: Node[] = [];
  const walk = (n: unknown) => {
    if (!n || typeof n !== 'object') return;
    const node = n as { items?: unknown[]; key?: unknown; value?: unknown; range?: unknown };
    if (node.range) out.push(n as Node);
    if (node.items) {
      for (const item of node.items) {
        const pair = item as { key?: unknown; value?: unknown; range?: unknown };
        if (!pair.range && ('key' in pair || 'value' in pair)) {
          walk(pair.key);
          walk(pair.value);
        } else walk(item);
      }
    }
  };
  walk(unit.doc.contents);
  return out;
}

function shiftOffsets(unit: Unit, delta: number): void {
  if (delta === 0) return;
  for (const node of nodesOf(unit)) {
    const r = node.range;
    if (r) node.range = [r[0] + delta, r[1] + delta, r[2] + delta];
  }
  const r = unit.doc.range;
  unit.doc.range = [r[0] + delta, r[1] + delta, r[2] + delta];
  if (unit.dash !== undefined) unit.dash += delta;
}

/** Moves a kept unit by an edit before it: its offsets, and (through `onMoved`) what was built from its nodes. */
function move(unit: Unit, delta: number, lineDelta: number, onMoved: MovedNodes | undefined): void {
  shiftOffsets(unit, delta);
  if (lineDelta !== 0 && onMoved) onMoved(nodesOf(unit), lineDelta);
}

/** One Document from the units, as a full parse would give it; undefined for a duplicate top-level key. */
function assemble(text: string, units: Unit[]): { doc: Document.Parsed; data: Record<string, unknown> } | undefined {
  const doc = new Document(null, PARSE_OPTIONS) as unknown as Document.Parsed;
  const root = new YAMLMap(doc.schema);
  const data: Record<string, unknown> = {};
  const keys = new Set<string>();
  let open: { pair: Pair; seq: YAMLSeq; values: unknown[]; lastList?: Node } | undefined;
  const close = () => {
    if (!open) return;
    // A block collection ends where its last item ends, with the comments and blank lines after it
    // that are indented as its items (they belong to the list, not to the next key): where the list
    // of the last item's unit, parsed on its own, ends.
    const items = open.seq.items as Node[];
    open.seq.range = [open.seq.range![0], items[items.length - 1].range![2], open.lastList!.range![2]];
    open = undefined;
  };
  for (const u of units) {
    if (u.kind === 'item') {
      if (!open) return undefined;
      if (open.seq.items.length === 0) open.seq.range = [u.dash!, 0, 0];
      open.seq.items.push(u.item!);
      open.values.push(u.data);
      open.lastList = u.doc.contents as Node;
      continue;
    }
    close();
    const key = String((u.pair!.key as { value: unknown }).value);
    if (keys.has(key) || key === '__proto__') return undefined;
    keys.add(key);
    if (u.kind === 'pair') {
      root.items.push(u.pair!);
      data[key] = (u.data as Record<string, unknown>)[key];
    } else {
      const seq = new YAMLSeq(doc.schema);
      const pair = new Pair(u.pair!.key, seq);
      root.items.push(pair);
      open = { pair, seq, values: [] };
      data[key] = open.values;
    }
  }
  close();
  const first = units[0].doc;
  const last = units[units.length - 1].doc;
  const firstKey = (root.items[0].key as Node).range!;
  const lastPair = root.items[root.items.length - 1];
  const lastValue = (lastPair.value as Node | null)?.range ?? (lastPair.key as Node).range!;
  root.range = [firstKey[0], lastValue[2], lastValue[2]];
  doc.contents = root as unknown as Document.Parsed["contents"];
  doc.range = [first.range[0], last.range[1], last.range[2]];
  void text;
  return { doc, data };
}
