import { isMap, isPair, isScalar, isSeq, stringify, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { LineIndex } from './lineIndex';
import { codeEnd } from './syntax';
import type { TextEdit } from '../types';

/**
 * Builds text edits that add to a YAML document in its own layout: block or flow style, its own
 * indentation unit, comments left where they are. A fix is a list of such edits (data, not code),
 * so it can travel in a diagnostic and be re-checked against the document version.
 */
export class YamlEditor {
  readonly indentUnit: number;
  /** The document's line ending: inserted lines end the way its own lines do. */
  readonly eol: '\n' | '\r\n';
  /** What each edit made by {@link addAtPath} adds, so a finding can show it (see {@link preview}). */
  private readonly additions = new WeakMap<TextEdit, { path: (string | number)[]; value: unknown }>();

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly root: Node | null,
  ) {
    this.indentUnit = detectIndentUnit(root, lines);
    this.eol = lineEndingOf(text);
  }

  static forDocument(text: string, lines: LineIndex, doc: Document.Parsed): YamlEditor {
    return new YamlEditor(text, lines, doc.contents as Node | null);
  }

  /**
   * Adds `value` at `path` from the document root. Missing maps on the way are created. When the
   * last key already holds a list and `value` is a list, its items are appended to it; a key that
   * holds anything else is left alone (returns undefined): a fix never overwrites.
   */
  addAtPath(path: (string | number)[], value: unknown): TextEdit | undefined {
    const edit = this.buildAddition(path, value);
    if (edit) this.additions.set(edit, { path: [...path], value });
    return edit;
  }

  /** The path and value an edit of {@link addAtPath} adds, or undefined for other edits. */
  additionOf(edit: TextEdit): { path: (string | number)[]; value: unknown } | undefined {
    return this.additions.get(edit);
  }

  /**
   * The YAML that {@link addAtPath} would add, as the author will see it in the document: the
   * lines of the keys it goes under (as they are written), then the new lines, in the document's
   * own indentation and style. For "add this" messages. Undefined when nothing would be added.
   */
  preview(path: (string | number)[], value: unknown, maxLines = 9): string | undefined {
    return this.previewAll([{ path, value }], maxLines);
  }

  /**
   * The YAML that several additions would add together (the keys a message asks for, or the edits
   * of one fix), shown as in {@link preview}: keys that go under the same missing key are added
   * with it, once.
   */
  previewAll(additions: readonly { path: (string | number)[]; value: unknown }[], maxLines = additions.length > 1 ? 12 : 9): string | undefined {
    const edits: TextEdit[] = [];
    const paths: (string | number)[][] = [];
    for (const a of mergeAdditions(additions, (p) => this.firstMissing(p))) {
      const edit = this.buildAddition(a.path, a.value);
      if (edit) {
        edits.push(edit);
        paths.push(a.path);
      }
    }
    if (edits.length === 0) return undefined;
    const at = edits.map((e) => ({ e, start: this.lines.offsetAt(e.range.start), end: this.lines.offsetAt(e.range.end) })).sort((a, b) => a.start - b.start || a.end - b.end);
    // The lines the edits touch, as they read after them. An insertion of whole lines leaves the
    // line after it as it was: it is not part of the addition.
    const wholeLines = (x: (typeof at)[number]) => x.start === x.end && /\n$/.test(x.e.newText) && x.start === this.lines.lineStart(x.e.range.start.line);
    const firstLine = at[0].e.range.start.line;
    const regionStart = this.lines.lineStart(firstLine);
    const regionEnd = Math.max(...at.map((x) => (wholeLines(x) ? x.start : this.lines.lineEnd(x.e.range.end.line))));
    let text = '';
    let from = regionStart;
    for (const x of at) {
      text += this.text.slice(from, Math.max(from, x.start)) + x.e.newText;
      from = Math.max(from, x.end);
    }
    text += this.text.slice(from, Math.max(from, regionEnd));
    let changed = text.replace(/\r\n?/g, '\n').split('\n');
    while (changed.length > 0 && changed[0].trim() === '') changed.shift();
    while (changed.length > 0 && changed[changed.length - 1].trim() === '') changed.pop();
    // The keys above, on the way from the root, that the additions go under and do not already show.
    const context: string[] = [];
    let node: Node | null = this.root;
    for (const seg of commonPrefix(paths)) {
      let head: Node | undefined;
      if (typeof seg === 'number') {
        if (!isSeq(node)) break;
        node = ((node as YAMLSeq).items[seg] as Node | null) ?? null;
        head = node ?? undefined;
      } else {
        if (!isMap(node)) break;
        const pair = findPair(node as YAMLMap, seg);
        if (!pair) break;
        head = pair.key as Node;
        node = pair.value as Node | null;
      }
      if (!head?.range) break;
      const line = this.lines.positionAt(head.range[0]).line;
      if (line >= firstLine) break;
      const lineText = this.lines.lineText(line);
      context.push(lineText.slice(0, codeEnd(lineText)).trimEnd());
    }
    const all = [...context, ...changed];
    return all.length > maxLines ? [...all.slice(0, maxLines), '…'].join('\n') : all.join('\n');
  }

  /** How many keys of `path` the document has with a value: where an addition at `path` starts. */
  private firstMissing(path: (string | number)[]): number {
    let node: Node | null = this.root;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (typeof seg === 'number') {
        if (!isSeq(node) || !(node as YAMLSeq).items[seg]) return i;
        node = (node as YAMLSeq).items[seg] as Node | null;
        continue;
      }
      const pair = isMap(node) ? findPair(node as YAMLMap, seg) : undefined;
      if (!pair || isEmpty(pair.value as Node | null)) return i;
      node = pair.value as Node | null;
    }
    return path.length;
  }

  private buildAddition(path: (string | number)[], value: unknown): TextEdit | undefined {
    let node: Node | null = this.root;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (typeof seg === 'number') {
        if (!isSeq(node)) return undefined;
        node = (node as YAMLSeq).items[seg] as Node | null;
        continue;
      }
      if (!isMap(node)) return undefined;
      const pair = findPair(node as YAMLMap, seg);
      if (!pair) return this.insertIntoMap(node as YAMLMap, seg, nest(path.slice(i + 1) as string[], value));
      const child = pair.value as Node | null;
      if (i === path.length - 1) {
        if (isSeq(child) && Array.isArray(value)) return this.appendToSeq(child as YAMLSeq, value);
        if (isEmpty(child)) return this.fillEmptyValue(node as YAMLMap, pair, value);
        return undefined;
      }
      if (isEmpty(child)) return this.fillEmptyValue(node as YAMLMap, pair, nest(path.slice(i + 1) as string[], value));
      node = child;
    }
    return undefined;
  }

  /**
   * Gives `path` a value: replaces the scalar already there (a wrong id, an empty `evidence: ""`),
   * or adds the key as {@link addAtPath} does.
   */
  setAtPath(path: (string | number)[], value: unknown): TextEdit | undefined {
    const node = nodeAtPath(this.root, path);
    if (node && isScalar(node) && node.range && node.range[1] > node.range[0]) return this.replaceScalar(node, value);
    return this.addAtPath(path, value);
  }

  /** Appends items to a list, in its own style. */
  appendToSeq(seq: YAMLSeq, items: unknown[]): TextEdit {
    if (seq.flow || seq.items.length === 0) {
      const close = this.closingBracket(seq);
      const inline = items.map((v) => flowText(v)).join(', ');
      const prefix = seq.items.length > 0 ? ', ' : '';
      return this.insertAt(close, prefix + inline);
    }
    const dashColumn = this.lines.positionAt(seq.range![0]).character;
    // Match the author's gap after the dash (`- id:` or `-   id:`) so continuation lines line up.
    const firstItem = seq.items[0] as Node | null;
    const gap = firstItem?.range ? Math.max(2, this.lines.positionAt(firstItem.range[0]).character - dashColumn) : 2;
    const block = items
      .map((v) => {
        const text = stringify([v], this.stringifyOptions())
          .replace(/^- /, '-' + ' '.repeat(gap - 1))
          .replace(/\n {2}/g, '\n' + ' '.repeat(gap));
        return indentBlock(text, dashColumn);
      })
      .join('');
    return this.insertAt(this.afterLastLineOf(seq), block, true);
  }

  /** Adds `key: value` to a map, in its own style. */
  insertIntoMap(mapNode: YAMLMap, key: string, value: unknown): TextEdit {
    if (mapNode.flow || mapNode.items.length === 0) {
      const close = this.closingBracket(mapNode);
      const prefix = mapNode.items.length > 0 ? ', ' : '';
      return this.insertAt(close, `${prefix}${key}: ${flowText(value)}`);
    }
    const first = mapNode.items[0] as Pair;
    const column = this.lines.positionAt((first.key as Node).range![0]).character;
    const block = indentBlock(stringify({ [key]: value }, this.stringifyOptions()), column);
    return this.insertAt(this.afterLastLineOf(mapNode), block, true);
  }

  /** Replaces a scalar's text with a new value, keeping everything around it. */
  replaceScalar(node: Node, value: unknown): TextEdit {
    const [start, end] = node.range!;
    return { range: this.lines.range(start, end), newText: flowText(value) };
  }

  /**
   * `key:` with nothing (or `""`, `~`, `null`) after it gets the value: inline in a flow map,
   * a nested block under a block key. Comments on the line stay.
   */
  private fillEmptyValue(mapNode: YAMLMap, pair: Pair, value: unknown): TextEdit {
    const keyNode = pair.key as Node;
    const valueNode = pair.value as Node | null;
    const hasText = !!valueNode?.range && valueNode.range[1] > valueNode.range[0];
    if (mapNode.flow) {
      if (valueNode?.range) {
        const spaced = hasText || /\s/.test(this.text[valueNode.range[0] - 1] ?? '');
        return { range: this.lines.range(valueNode.range[0], valueNode.range[1]), newText: (spaced ? '' : ' ') + flowText(value) };
      }
      const colon = this.text.indexOf(':', keyNode.range![1]);
      return this.insertAt(colon + 1, ' ' + flowText(value));
    }
    const isCollection = Array.isArray(value) || (typeof value === 'object' && value !== null);
    if (!isCollection) {
      if (hasText) return this.replaceScalar(valueNode!, value);
      const colon = this.text.indexOf(':', keyNode.range![1]);
      return this.insertAt(colon + 1, ' ' + flowText(value));
    }
    const keyStart = this.lines.positionAt(keyNode.range![0]);
    const body = indentBlock(stringify(value, this.stringifyOptions()), keyStart.character + this.indentUnit).replace(/\n$/, '');
    const lineEnd = this.lines.lineEnd(keyStart.line);
    if (!hasText) return { range: this.lines.range(lineEnd, lineEnd), newText: withLineEnding('\n' + body, this.eol) };
    // Replace an explicit empty value (`""`, `~`) with the block, keeping a comment on the line.
    const colon = this.text.lastIndexOf(':', valueNode!.range![0]);
    const comment = this.text.slice(valueNode!.range![1], lineEnd).trim();
    return { range: this.lines.range(colon + 1, lineEnd), newText: withLineEnding((comment ? ' ' + comment : '') + '\n' + body, this.eol) };
  }

  private stringifyOptions() {
    return { indent: this.indentUnit, lineWidth: 0, minContentWidth: 0, indentSeq: true } as const;
  }

  private closingBracket(node: YAMLMap | YAMLSeq): number {
    const end = node.range![1];
    let i = end - 1;
    while (i > node.range![0] && this.text[i] !== ']' && this.text[i] !== '}') i--;
    return i;
  }

  /** Offset of the start of the line after the last line of a block node. */
  private afterLastLineOf(node: Node): number {
    const end = node.range![1];
    let pos = this.lines.positionAt(end);
    if (pos.character === 0 && end > node.range![0]) pos = this.lines.positionAt(end - 1);
    const next = pos.line + 1;
    return next < this.lines.lineCount ? this.lines.lineStart(next) : this.text.length;
  }

  private insertAt(offset: number, newText: string, wholeLines = false): TextEdit {
    let t = newText;
    if (wholeLines && offset === this.text.length && this.text.length > 0 && !/[\r\n]$/.test(this.text)) t = '\n' + t;
    const p = this.lines.positionAt(offset);
    return { range: { start: p, end: p }, newText: withLineEnding(t, this.eol) };
  }
}

/** The line ending a text uses (that of its first line break; LF for a text of one line). */
export function lineEndingOf(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** `text` with its line breaks written as `eol`. */
export function withLineEnding(text: string, eol: '\n' | '\r\n'): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, '\r\n');
}

function nodeAtPath(root: Node | null, path: (string | number)[]): Node | null {
  let node = root;
  for (const seg of path) {
    if (typeof seg === 'number') node = isSeq(node) ? ((node as YAMLSeq).items[seg] as Node | null) ?? null : null;
    else node = isMap(node) ? ((findPair(node as YAMLMap, seg)?.value as Node | null) ?? null) : null;
  }
  return node;
}

function findPair(node: YAMLMap, key: string): Pair | undefined {
  return node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

function isEmpty(node: Node | null): boolean {
  return node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === ''));
}

function nest(path: string[], value: unknown): unknown {
  return path.reduceRight<unknown>((acc, key) => ({ [key]: acc }), value);
}

function indentBlock(text: string, column: number): string {
  const pad = ' '.repeat(column);
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l.length ? pad + l : l))
    .join('\n') + '\n';
}

/** A value in flow style, for `[a, b]` and `{a: 1}` collections and scalars. */
export function flowText(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
}

/** The indentation step the author uses (2 by default). */
function detectIndentUnit(root: Node | null, lines: LineIndex): number {
  if (!isMap(root)) return 2;
  for (const pair of (root as YAMLMap).items) {
    const value = pair.value as Node | null;
    if (isMap(value) && !value.flow && value.items.length > 0 && pair.key && (pair.key as Node).range) {
      const parentCol = lines.positionAt((pair.key as Node).range![0]).character;
      const childKey = (value.items[0] as Pair).key as Node;
      if (childKey?.range) {
        const delta = lines.positionAt(childKey.range[0]).character - parentCol;
        if (delta >= 2 && delta <= 8) return delta;
      }
    }
  }
  return 2;
}

/** Applies edits to a text (edits must not overlap). Used by fix-all, `--fix` and tests. */
export function applyEdits(text: string, lines: LineIndex, edits: TextEdit[]): string {
  const sorted = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The path all of several paths start with. */
function commonPrefix(paths: readonly (string | number)[][]): (string | number)[] {
  const out: (string | number)[] = [];
  for (let i = 0; paths.every((p) => i < p.length && p[i] === paths[0][i]); i++) out.push(paths[0][i]);
  return out;
}

/**
 * Additions grouped by the first key they add: `a.b.x` and `a.b.y`, where the document has `a` but
 * not `b`, are one addition of `b` with `x` and `y` in it (two would add `b` twice). Additions at
 * the same place keep the first value.
 */
function mergeAdditions(additions: readonly { path: (string | number)[]; value: unknown }[], firstMissing: (path: (string | number)[]) => number): { path: (string | number)[]; value: unknown }[] {
  const groups = new Map<string, { path: (string | number)[]; value: unknown; merged: boolean }>();
  for (const a of additions) {
    const i = Math.min(firstMissing(a.path), a.path.length - 1);
    const head = a.path.slice(0, i + 1);
    const rest = a.path.slice(i + 1);
    const id = JSON.stringify(head);
    const g = groups.get(id);
    if (!g) {
      groups.set(id, { path: head, value: rest.length === 0 ? a.value : nest(rest as string[], structuredClone(a.value)), merged: rest.length > 0 });
      continue;
    }
    // Only maps of keys can be put together; a list item or a value given twice keeps the first.
    if (g.merged && rest.length > 0 && rest.every((x) => typeof x === 'string')) setIn(g.value as Record<string, unknown>, rest as string[], a.value);
  }
  return [...groups.values()].map(({ path, value }) => ({ path, value }));
}

/** Sets a nested key of a map of maps, creating maps on the way; never overwrites. */
function setIn(into: Record<string, unknown>, keys: string[], value: unknown): void {
  let at = into;
  for (const key of keys.slice(0, -1)) {
    if (!(key in at)) at[key] = {};
    const next = at[key];
    if (!next || typeof next !== 'object' || Array.isArray(next)) return;
    at = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (!(last in at)) at[last] = value;
}
