import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { AnalyzedDocument, AnalyzedFile } from '../analyze';
import type { Position, Range } from '../types';
import type { LineIndex } from '../yaml/lineIndex';
import { ITEM, type PathSegment } from './schemaNav';

/**
 * Where the cursor is in a YAML document. Two readings:
 *  - `nodeAt` reads the parsed tree (exact, for hover, definition, rename on written text);
 *  - `completionContextAt` reads the lines around the cursor by indentation, because while you type
 *    the line under the cursor is usually not valid YAML yet.
 */

/** The document of a `---` stream that holds an offset. */
export function documentAt(file: AnalyzedFile, offset: number): AnalyzedDocument | undefined {
  let best: AnalyzedDocument | undefined;
  for (const d of file.documents) {
    const [start, , end] = d.yaml.range;
    if (offset >= start && offset <= end) best = d;
  }
  return best ?? file.documents[file.documents.length - 1];
}

export interface NodeAt {
  /** Keys and list indices from the document root to the node. */
  path: (string | number)[];
  /** Whether the cursor is on a key, or on a (scalar) value. */
  on: 'key' | 'value';
  /** The scalar under the cursor (a key or a value). */
  scalar: Scalar;
  /** The pair whose key or value it is, when in a map. */
  pair?: Pair;
  document: AnalyzedDocument;
}

/** The scalar (key or value) under the cursor in the parsed tree. */
export function nodeAt(file: AnalyzedFile, offset: number): NodeAt | undefined {
  const document = documentAt(file, offset);
  if (!document) return undefined;
  const root = document.yaml.contents as Node | null;
  return walk(root, offset, [], document);
}

const within = (n: Node | null | undefined, offset: number): boolean => !!n?.range && offset >= n.range[0] && offset <= n.range[1];

function walk(node: Node | null, offset: number, path: (string | number)[], document: AnalyzedDocument, pair?: Pair): NodeAt | undefined {
  if (!node) return undefined;
  if (isScalar(node)) return within(node, offset) ? { path, on: 'value', scalar: node, pair, document } : undefined;
  if (isMap(node)) {
    for (const p of (node as YAMLMap).items) {
      if (!isPair(p)) continue;
      const key = p.key as Node | null;
      if (isScalar(key) && within(key, offset)) return { path: [...path, String(key.value)], on: 'key', scalar: key, pair: p as Pair, document };
      const value = p.value as Node | null;
      if (value && within(value, offset) || (value && value.range && offset >= value.range[0] && offset <= value.range[2])) {
        const found = walk(value, offset, [...path, isScalar(key) ? String(key.value) : '?'], document, p as Pair);
        if (found) return found;
      }
    }
    return undefined;
  }
  if (isSeq(node)) {
    const items = (node as YAMLSeq).items as (Node | null)[];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item && item.range && offset >= item.range[0] && offset <= item.range[2]) {
        const found = walk(item, offset, [...path, i], document);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** The range of a scalar's text without its quotes (what a rename replaces). */
export function scalarTextRange(scalar: Node, text: string, lines: LineIndex): Range {
  let [start, end] = scalar.range!;
  const first = text[start];
  if ((first === '"' || first === "'") && end - start >= 2 && text[end - 1] === first) {
    start++;
    end--;
  }
  return lines.range(start, end);
}

// ---------------------------------------------------------------- completion context

export interface CompletionContext {
  /** Keys from the root to the map (for a key) or to the key (for a value); `[]` marks a list item. */
  path: PathSegment[];
  /** `key`: a key of the map at `path` goes here. `value`: a value of the last key of `path` (or a list item of it). */
  at: 'key' | 'value';
  /** The word typed so far. */
  prefix: string;
  /** What an accepted completion replaces: the word typed so far. */
  replace: Range;
  /** Keys the map already has (for a key). */
  siblings: string[];
  /** The column of the key (or list item dash) being written: a snippet's later lines are indented from it. */
  column: number;
  /** True when the line starts with a dash for this entry (`- |`): a new list item is being written. */
  dashed: boolean;
  /** True for a value inside a flow list (`[a, |]`) or after a dash in a list of scalars. */
  inList: boolean;
  /** True when the cursor is inside `{…}` or `[…]` on one line (snippets would not fit). */
  flow: boolean;
}

interface LineShape {
  indent: number;
  /** Columns of the dashes that open list items on this line. */
  dashes: number[];
  /** Column where the content after the dashes starts. */
  contentColumn: number;
  /** The key on this line, if the content is `key:` or `key: value`. */
  key?: string;
  /** The text after `key:` (trimmed), if any. */
  rest?: string;
  blank: boolean;
}

const KEY_RE = /^("[^"]*"|'[^']*'|[^\s#:{}[\],'"][^:#]*?)\s*:(?:\s+(.*))?$/;

function shapeOf(line: string): LineShape {
  const indent = /^[ \t]*/.exec(line)![0].length;
  let i = indent;
  const dashes: number[] = [];
  while (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === undefined || line[i + 1] === '\t')) {
    dashes.push(i);
    i++;
    while (line[i] === ' ' || line[i] === '\t') i++;
  }
  const content = line.slice(i).replace(/\s+#.*$/, '').replace(/^#.*$/, '');
  const m = KEY_RE.exec(content.trimEnd());
  const blank = content.trim() === '' && dashes.length === 0;
  if (m) return { indent, dashes, contentColumn: i, key: m[1].replace(/^["']|["']$/g, ''), rest: (m[2] ?? '').trim(), blank };
  return { indent, dashes, contentColumn: i, blank };
}

/**
 * The keys above a position, by indentation: the parents of an entry whose key starts at `column`
 * on `line` (or, with `dash`, of a list item whose dash is at `column`). Works on drafts the parser
 * cannot read yet.
 */
export function parentsOf(lines: LineIndex, line: number, column: number, dash = false): PathSegment[] {
  const path: PathSegment[] = [];
  let target = column;
  let targetIsDash = dash;
  for (let l = line - 1; l >= 0; l--) {
    if (target === 0 && !targetIsDash) break;
    const text = lines.lineText(l);
    if (/^(---|\.\.\.)\s*$/.test(text)) break;
    const s = shapeOf(text);
    if (s.blank || text.trim().startsWith('#')) continue;
    // A list may sit at its key's own indentation: `members:` then `- id: …` in the same column.
    const keyHoldsList = targetIsDash && s.dashes.length === 0 && s.key !== undefined && s.rest === '' && s.indent === target;
    if (s.indent >= target && !keyHoldsList) continue;
    if (s.key !== undefined && (s.contentColumn < target || keyHoldsList)) {
      path.unshift(s.key);
      target = s.contentColumn;
      targetIsDash = false;
    }
    for (let d = s.dashes.length - 1; d >= 0; d--) {
      if (s.dashes[d] < target || (s.dashes[d] === target && !targetIsDash && s.key === undefined)) {
        path.unshift(ITEM);
        target = s.dashes[d];
        targetIsDash = true;
      }
    }
  }
  return path;
}

/** The parents of the entry that starts on a line with this shape, plus its own list-item markers. */
function parentsOfEntry(lines: LineIndex, line: number, shape: LineShape, column: number): PathSegment[] {
  if (shape.dashes.length === 0) return parentsOf(lines, line, column);
  return [...parentsOf(lines, line, shape.dashes[0], true), ...shape.dashes.map(() => ITEM)];
}

export function completionContextAt(text: string, lines: LineIndex, position: Position): CompletionContext {
  const lineText = lines.lineText(position.line);
  const before = lineText.slice(0, position.character);
  const wordMatch = /[A-Za-z0-9_\-.]*$/.exec(before)!;
  const prefix = wordMatch[0];
  const replaceStart = position.character - prefix.length;
  const afterWord = /^[A-Za-z0-9_\-.]*/.exec(lineText.slice(position.character))![0];
  const replace: Range = { start: { line: position.line, character: replaceStart }, end: { line: position.line, character: position.character + afterWord.length } };
  const shape = shapeOf(before);
  const dashed = shape.dashes.length > 0;

  // Inside a flow collection on this line: `key: [a, |` or `- {id: x, role: |`.
  const flow = openFlow(before);
  if (flow) {
    const head = shapeOf(before.slice(0, flow.openAt));
    const entry = parentsOfEntry(lines, position.line, head, head.contentColumn);
    const owner = head.key !== undefined ? [...entry, head.key] : entry;
    if (flow.kind === '[') {
      return { path: owner, at: 'value', prefix, replace, siblings: [], column: flow.openAt, dashed: false, inList: true, flow: true };
    }
    const inside = before.slice(flow.openAt + 1);
    const current = inside.split(',').pop() ?? '';
    const kv = /^\s*([^:\s]+)\s*:\s*(.*)$/.exec(current);
    if (kv) return { path: [...owner, kv[1]], at: 'value', prefix, replace, siblings: [], column: flow.openAt, dashed: false, inList: false, flow: true };
    const rest = lineText.slice(flow.openAt + 1);
    const siblings = [...rest.matchAll(/(?:^|,)\s*([^:,\s{}]+)\s*:/g)].map((m) => m[1]).filter((k) => k !== prefix);
    return { path: owner, at: 'key', prefix, replace, siblings, column: flow.openAt, dashed: false, inList: false, flow: true };
  }

  // `key: va|` — a value.
  if (shape.key !== undefined && /:\s/.test(before.slice(shape.contentColumn))) {
    const parents = parentsOfEntry(lines, position.line, shape, shape.contentColumn);
    return { path: [...parents, shape.key], at: 'value', prefix, replace, siblings: [], column: shape.contentColumn, dashed, inList: false, flow: false };
  }

  // `ke|` or `- ke|` or an empty line — a key (or a list item).
  const column = before.trim() === '' ? position.character : shape.contentColumn;
  const parents = parentsOfEntry(lines, position.line, shape, column);
  const siblings = siblingKeys(lines, position.line, column, dashed);
  return { path: parents, at: 'key', prefix, replace, siblings, column, dashed, inList: false, flow: false };
}

/** The innermost `{` or `[` left open before the cursor on this line. */
function openFlow(before: string): { kind: '{' | '['; openAt: number } | undefined {
  const stack: { kind: '{' | '['; openAt: number }[] = [];
  let quote: string | undefined;
  for (let i = 0; i < before.length; i++) {
    const ch = before[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(before[i - 1]))) break;
    else if (ch === '{' || ch === '[') stack.push({ kind: ch, openAt: i });
    else if ((ch === '}' || ch === ']') && stack.length > 0) stack.pop();
  }
  return stack[stack.length - 1];
}

/** Keys at `column` in the same map as `line`: up and down until the map ends. */
function siblingKeys(lines: LineIndex, line: number, column: number, dashed: boolean): string[] {
  const keys: string[] = [];
  const consider = (l: number, direction: -1 | 1): boolean => {
    const text = lines.lineText(l);
    if (/^(---|\.\.\.)\s*$/.test(text)) return false;
    const s = shapeOf(text);
    if (s.blank || text.trim().startsWith('#')) return true;
    const col = s.contentColumn;
    if (s.dashes.length > 0) {
      // A new list item at our level starts another map.
      const dash = s.dashes[s.dashes.length - 1];
      if (dash < column) {
        if (direction === -1 && col === column && s.key !== undefined) keys.push(s.key);
        return false;
      }
      return true;
    }
    if (s.indent < column) return false;
    if (s.indent === column && s.key !== undefined) keys.push(s.key);
    return true;
  };
  // `- |` starts an item: its siblings are all below.
  if (!dashed) for (let l = line - 1; l >= 0 && consider(l, -1); l--);
  for (let l = line + 1; l < lines.lineCount && consider(l, 1); l++);
  return keys;
}
