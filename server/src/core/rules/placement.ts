import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { AnalyzedDocument, AnalyzedFile } from '../analyze';
import { ITEM, resolve, schemaAtPath, type ResolvedSchema } from '../language/schemaNav';
import { SCHEMAS, type JsonSchema } from '../schema/validate';
import type { DocumentKind, Range, RuleMeta } from '../types';
import type { YamlEditor } from '../yaml/edits';
import { anchorRange, type Report } from './framework';
import { noteRead } from '../model/reads';

/**
 * Where a finding goes and what it shows, for every rule alike (the framework's report path).
 *
 * A finding about something missing sits on the nearest key that exists on the way to it — the
 * section's key, else its parent — and only what concerns the document as a whole stays on its
 * first line. Where the message asks the author to add something, it shows the YAML to add, in the
 * document's own indentation, built by {@link YamlEditor} exactly as a fix would add it; the dotted
 * path (`conflicts_of_interest.guardian`) the message names becomes the last key (`guardian`). Each
 * finding is also given its section: the top-level key it concerns, for grouping.
 *
 * What is missing is read, in this order, from: the report's `missing`; the path a fix adds at
 * (`YamlEditor.addAtPath`); a key or dotted path the message names that the schema knows and the
 * document lacks; and — for the place and section only — the part of the document in which the
 * rule's documented incorrect and correct examples differ.
 */

export type YamlPath = (string | number)[];

/** What a finding is about: what is missing, the value to show there, and the message's name for it. */
interface Addition {
  path: YamlPath;
  value?: unknown;
  /** The message's dotted path for it (`plans.joint_forward_plan`), shortened once the YAML is shown. */
  token?: { text: string; short: string };
}

interface Subject extends Addition {
  show: boolean;
  /** Further keys the message asks for, or the fix adds, beside the first. */
  more?: Addition[];
}

export interface Placement {
  range: Range;
  message: string;
  /** The top-level key the finding concerns (`board`, `conflicts_of_interest`), if any. */
  section?: string;
}

export interface PlacementContext {
  file: AnalyzedFile;
  document: AnalyzedDocument;
  editor: YamlEditor;
  documentAnchor: Range;
}

export function placeReport(ctx: PlacementContext, meta: RuleMeta | undefined, report: Report): Placement {
  const root = ctx.document.yaml.contents as Node | null;
  const kind = ctx.document.kind;
  const schema = kind ? SCHEMAS[kind] : undefined;
  const at = anchorRange(report.at);
  const docLevel = isDocumentLevel(ctx, at);
  const atPath = 'start' in report.at ? pathAtOffset(root, ctx.file.lines.offsetAt(at.start)) : (pathTo(root, report.at.node) ?? []);

  let subject: Subject | undefined;
  if (report.missing) subject = { path: report.missing, value: report.add, show: true };
  if (!subject) {
    for (const fix of report.fixes ?? []) {
      // Everything the fix adds (a fix may add several keys: both leads, each missing officer).
      const added = fix.edits.map((e) => ctx.editor.additionOf(e)).filter((x) => x !== undefined);
      if (added.length > 0) {
        subject = { path: added[0].path, value: added[0].value, show: true, more: added.slice(1) };
        break;
      }
    }
  }
  if (!subject && schema) {
    // A key the message names is looked for from the root, under the node the rule pointed at — or,
    // when it pointed at a key, the map that holds it (a rule points at a list item by its first
    // key) — and under the part of the document the rule's examples are about.
    const bases: YamlPath[] = [[]];
    if (!docLevel && atPath.length > 0) bases.push(atPath);
    if (!docLevel && atPath.length > 1 && typeof atPath[atPath.length - 1] === 'string') bases.push(atPath.slice(0, -1));
    const about = kind && meta ? exampleSubject(meta, kind) : undefined;
    for (let i = about ? about.length - 1 : 0; about && i > 0; i--) bases.push(about.slice(0, i));
    subject = fromMessage(report.message, root, schema, bases) ?? fromMessage(report.message, root, schema, [], docLevel ? true : atPath[0]);
  }
  if (subject && subject.token === undefined) subject.token = tokenFor(report.message, [...subject.path, ...nestedKeys(subject.value)]);
  for (const m of subject?.more ?? []) m.token ??= tokenFor(report.message, [...m.path, ...nestedKeys(m.value)]);

  // Where the finding sits: the nearest key that exists on the way to what is missing, when the
  // rule pointed at the document as a whole or at an ancestor of that key.
  let range = at;
  const about = subject?.path ?? (docLevel && kind && meta ? exampleSubject(meta, kind) : undefined);
  if (about) {
    const nearest = nearestExisting(root, about);
    if (nearest.head && (docLevel || (nearest.path.length > atPath.length && isAncestorPath(atPath, nearest.path)))) {
      range = ctx.file.lines.range(nearest.head[0], nearest.head[1]);
    }
  }

  let message = report.message;
  if (subject?.show) {
    const valueOf = (a: { path: YamlPath; value?: unknown }) => (a.value !== undefined ? a.value : schema ? templateValue(meta, kind!, schema, a.path) : 'TODO');
    const all = [subject, ...(subject.more ?? [])];
    const yaml = ctx.editor.previewAll(all.map((a) => ({ path: a.path, value: valueOf(a) })));
    if (yaml) {
      for (const a of all) if (a.token) message = message.split(a.token.text).join(a.token.short);
      message = `${message}\n\n${yaml}`;
    }
  }

  const section = firstKey(subject?.path) ?? (docLevel ? undefined : firstKey(pathAtOffset(root, ctx.file.lines.offsetAt(range.start)))) ?? firstKey(kind && meta ? exampleSubject(meta, kind) : undefined);
  return { range, message, section };
}

/** The top-level key a finding at an offset concerns (for schema and placeholder findings). */
export function sectionAt(document: AnalyzedDocument, offset: number): string | undefined {
  return firstKey(pathAtOffset(document.yaml.contents as Node | null, offset));
}

function firstKey(path: YamlPath | undefined): string | undefined {
  const k = path?.[0];
  return typeof k === 'string' ? sectionOfKey(k) : undefined;
}

/** The section a top-level key is (`kind` and `version` concern the document as a whole). */
export function sectionOfKey(key: string): string | undefined {
  return key !== 'kind' && key !== 'version' ? key : undefined;
}

/** True when the rule pointed at the whole document: the `kind:` line or the document's first line. */
function isDocumentLevel(ctx: PlacementContext, at: Range): boolean {
  return at.start.line === ctx.documentAnchor.start.line || at.start.line === ctx.document.range.start.line;
}

/** Whether `ancestor` is `path` or leads to it. */
function isAncestorPath(ancestor: YamlPath, path: YamlPath): boolean {
  return ancestor.length <= path.length && ancestor.every((seg, i) => String(seg) === String(path[i]));
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

function isEmpty(node: Node | null | undefined): boolean {
  return node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === ''));
}

/** The deepest part of `path` the document has, with where to point: its key, or a list item's first line. */
function nearestExisting(root: Node | null, path: YamlPath): { path: YamlPath; head?: [number, number]; node: Node | null; complete: boolean } {
  // The placement reads the section: a rule result re-used from the cache must not outlive it.
  if (typeof path[0] === 'string') noteRead(path[0]);
  let node = root;
  let head: [number, number] | undefined;
  const found: YamlPath = [];
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!isSeq(node)) break;
      const item = (node as YAMLSeq).items[seg] as Node | null | undefined;
      if (!item?.range) break;
      head = firstLineOf(item);
      node = item;
    } else {
      if (!isMap(node)) break;
      const pair = findPair(node as YAMLMap, seg);
      if (!pair || !(pair.key as Node).range) break;
      const k = (pair.key as Node).range!;
      head = [k[0], k[1]];
      node = pair.value as Node | null;
    }
    found.push(seg);
  }
  return { path: found, head, node, complete: found.length === path.length };
}

/** A list item's first line: its first key and value, as a model node's `headRange`. */
function firstLineOf(item: Node): [number, number] {
  if (isMap(item)) {
    const first = (item as YAMLMap).items[0] as Pair | undefined;
    const key = first?.key as Node | undefined;
    if (key?.range) {
      const value = first!.value as Node | null;
      return [key.range[0], value && isScalar(value) && value.range ? value.range[1] : key.range[1]];
    }
  }
  return [item.range![0], item.range![1]];
}

/**
 * The path from the root to a node (by identity), for `YamlEditor.addAtPath`: found by descending
 * through the keys and items whose range holds the node's start, so it costs the depth of the node,
 * not the size of the document.
 */
export function pathTo(root: Node | null, target: Node): YamlPath | undefined {
  if (!target.range) return undefined;
  const at = target.range[0];
  const path: YamlPath = [];
  let node = root;
  while (node && node !== target) {
    let next: Node | null | undefined;
    if (isMap(node)) {
      for (const p of (node as YAMLMap).items) {
        const v = p.value as Node | null;
        if (v === target || (v?.range && v.range[0] <= at && at < Math.max(v.range[1], v.range[0] + 1))) {
          if (!isScalar(p.key)) return undefined;
          path.push(String(p.key.value));
          next = v;
          break;
        }
      }
    } else if (isSeq(node)) {
      const items = (node as YAMLSeq).items as (Node | null)[];
      const i = items.findIndex((it) => it === target || (it?.range && it.range[0] <= at && at < Math.max(it.range[1], it.range[0] + 1)));
      if (i >= 0) {
        path.push(i);
        next = items[i];
      }
    }
    if (!next) return undefined;
    node = next;
  }
  return node === target ? path : undefined;
}

/** The path of the innermost key or list item at an offset. */
function pathAtOffset(root: Node | null, offset: number): YamlPath {
  const path: YamlPath = [];
  let node = root;
  for (;;) {
    if (isMap(node)) {
      const holds = (p: Pair, endInclusive: boolean) => {
        const k = p.key as Node | null;
        const v = p.value as Node | null;
        const start = k?.range?.[0] ?? v?.range?.[0];
        const end = v?.range?.[1] ?? k?.range?.[1];
        return start !== undefined && end !== undefined && start <= offset && (offset < end || (endInclusive && offset === end));
      };
      // A pair's range ends where the next key starts: the offset of that key is the next pair's.
      const items = (node as YAMLMap).items as Pair[];
      const pair = items.find((p) => holds(p, false)) ?? items.find((p) => holds(p, true));
      if (!pair || !isScalar(pair.key)) return path;
      if (path.length === 0) noteRead(String(pair.key.value));
      path.push(String(pair.key.value));
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const items = (node as YAMLSeq).items as (Node | null)[];
      const i = items.findIndex((it) => it?.range && it.range[0] <= offset && offset <= it.range[1]);
      if (i < 0) return path;
      path.push(i);
      node = items[i];
    } else return path;
  }
}

const TOKEN = /`([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*)(?::[ ]?([^`]*))?`/g;

/**
 * A key or dotted path the message names that the schema knows and the document lacks, looked for
 * under each base in turn: the root (`plans.joint_forward_plan`), the node the rule pointed at
 * (`published_on`), the section the rule is about (`board_leads`).
 */
function fromMessage(message: string, root: Node | null, schema: JsonSchema, bases: YamlPath[], bySection: boolean | string | number = false): Subject | undefined {
  const tokens = [...message.matchAll(TOKEN)];
  for (const m of tokens) {
    // Keys listed together ("references such as `exercised_by`, `decided_by` and `reports_to`")
    // are named as examples, not asked for.
    if (listOf(message, m.index!, m[0].length) === 'and') continue;
    const segs = m[1].split('.');
    // Last resort: a key that only one section of the format has (`principles` → clinical leadership),
    // for a finding about the document as a whole or inside that section.
    const own = bySection !== false ? sectionsWithKey(schema, segs[0]).filter((p) => bySection === true || p[0] === bySection) : [];
    for (const base of bySection !== false ? (own.length === 1 ? own : []) : bases) {
      const found = missingAt(m, base, root, schema);
      if (!found) continue;
      // The other keys the same sentence asks for under the same place ("who carries it out (`by`),
      // to whom it is reported (`reported_to`) and…"); not an alternative ("…, or link the
      // `agreement`"; of `url`, `path` or `relation`, the first only).
      const more = tokens
        .filter((t) => t.index! > m.index! && ['first-of-or', undefined].includes(listOf(message, t.index!, t[0].length)) && !/\bor\b|[.:;] /.test(message.slice(m.index! + m[0].length, t.index!)))
        .map((t) => missingAt(t, base, root, schema))
        .filter((x): x is Addition => x !== undefined && JSON.stringify(x.path) !== JSON.stringify(found.path));
      return { ...found, show: true, more };
    }
  }
  return undefined;
}

/** The key a token of the message names under `base`, if the schema knows it there and the document lacks it. */
function missingAt(m: RegExpMatchArray, base: YamlPath, root: Node | null, schema: JsonSchema): Addition | undefined {
  const segs = m[1].split('.');
  if (base.length === 0 && segs.length === 1 && !(segs[0] in (resolve(schema, schema)?.properties ?? {}))) return undefined;
  const path = [...base, ...segs];
  if (!schemaAtPath(schema, path.map(String))) return undefined;
  const have = nearestExisting(root, path);
  if (have.complete && !isEmpty(have.node)) return undefined;
  const valueText = m[2]?.trim();
  return { path, value: valueText ? parseValue(valueText) : undefined, token: { text: m[0], short: shortToken(segs, m[2]) } };
}

/**
 * Whether the token at `index` is one of a run of keys (`a`, `b` and `c`; `a`, `b` or `c`), and how
 * the run is joined: "and" — keys named together, as examples, not asked for; "or" — alternatives,
 * of which the first is shown. Undefined for a key on its own, or the first of alternatives.
 */
function listOf(message: string, index: number, length: number): 'and' | 'or' | 'first-of-or' | undefined {
  const AFTER = /^(, | and | or )`[^`]*`/;
  const BEFORE = /`[^`]*`(, | and | or )$/;
  const before: string[] = [];
  const after: string[] = [];
  // The run of keys the token is in, and the words that join them.
  for (let head = message.slice(0, index), m = BEFORE.exec(head); m; head = head.slice(0, m.index), m = BEFORE.exec(head)) before.unshift(m[1]);
  for (let tail = message.slice(index + length), m = AFTER.exec(tail); m; tail = tail.slice(m[0].length), m = AFTER.exec(tail)) after.push(m[1]);
  const words = [...before, ...after].filter((j) => j !== ', ');
  if (words.length === 0) return before.length + after.length > 0 ? 'and' : undefined;
  if (words[words.length - 1] === ' and ') return 'and';
  return before.length === 0 ? 'first-of-or' : 'or';
}

/** The top-level keys whose value is a map with this key. */
function sectionsWithKey(schema: JsonSchema, key: string): YamlPath[] {
  const top = resolve(schema, schema)?.properties ?? {};
  return Object.keys(top)
    .filter((k) => resolve(schema, top[k])?.properties[key] !== undefined)
    .map((k) => [k]);
}

/** The message's own dotted path for a path, if it names one (to shorten it once the YAML is shown). */
function tokenFor(message: string, path: YamlPath): { text: string; short: string } | undefined {
  const keys = '.' + path.filter((s): s is string => typeof s === 'string').join('.') + '.';
  for (const m of message.matchAll(TOKEN)) {
    const segs = m[1].split('.');
    if (segs.length >= 2 && keys.includes('.' + m[1] + '.')) return { text: m[0], short: shortToken(segs, m[2]) };
  }
  return undefined;
}

/** The keys of a value that is a map of one key, and so on down (`{a: {b: 1}}` → a, b). */
function nestedKeys(value: unknown): string[] {
  const out: string[] = [];
  let v = value;
  while (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1) {
    const k = Object.keys(v)[0];
    out.push(k);
    v = (v as Record<string, unknown>)[k];
  }
  return out;
}

function shortToken(segs: string[], value: string | undefined): string {
  return '`' + segs[segs.length - 1] + (value !== undefined ? ': ' + value.trim() : '') + '`';
}

function parseValue(text: string): unknown {
  try {
    const docs = parseAllDocuments(text);
    const v = Array.isArray(docs) && docs.length === 1 && docs[0].errors.length === 0 ? docs[0].toJS() : text;
    return v === null ? text : v;
  } catch {
    return text;
  }
}

const exampleSubjects = new Map<string, YamlPath | null>();

/**
 * The part of a document a rule is about, read from its documentation: the deepest key on which its
 * incorrect and correct examples differ (`board.members`, `conflicts_of_interest.guardian`).
 */
export function exampleSubject(meta: RuleMeta, kind: DocumentKind): YamlPath | undefined {
  const key = `${meta.id} ${kind}`;
  if (!exampleSubjects.has(key)) {
    const read = (t: string) => {
      const doc = parseAllDocuments(t);
      return Array.isArray(doc) ? doc.map((d) => d.toJS()).find((x) => x && typeof x === 'object' && x.kind === kind) : undefined;
    };
    let path: YamlPath | null = null;
    try {
      const found = diffPath(read(meta.docs.incorrect), read(meta.docs.correct), []);
      path = found && found.length > 0 ? found : null;
    } catch {
      path = null;
    }
    exampleSubjects.set(key, path);
  }
  return exampleSubjects.get(key) ?? undefined;
}

function diffPath(a: unknown, b: unknown, path: YamlPath): YamlPath | undefined {
  if (a === undefined || b === undefined) return a === b ? undefined : path;
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
  if (!isObj(a) || !isObj(b)) return path;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (keys.length !== 1) return path;
  return diffPath(a[keys[0]], b[keys[0]], [...path, keys[0]]) ?? path;
}

/**
 * A value to show for a path when the rule gives none: the rule's correct example at that path,
 * with free text, web addresses and dates left for the author (`TODO`) and fixed vocabulary kept;
 * else `TODO`.
 */
const correctExamples = new Map<string, unknown>();

/** A rule's correct example of a kind, read once. */
function correctExample(meta: RuleMeta | undefined, kind: DocumentKind): unknown {
  if (!meta) return undefined;
  const key = `${meta.id} ${kind}`;
  if (!correctExamples.has(key)) {
    let example: unknown;
    try {
      const docs = parseAllDocuments(meta.docs.correct);
      example = Array.isArray(docs) ? docs.map((d) => d.toJS()).find((x) => x && typeof x === 'object' && x.kind === kind) : undefined;
    } catch {
      example = undefined;
    }
    correctExamples.set(key, example);
  }
  return correctExamples.get(key);
}

function templateValue(meta: RuleMeta | undefined, kind: DocumentKind, schema: JsonSchema, path: YamlPath): unknown {
  let example = correctExample(meta, kind);
  for (const seg of path) {
    if (example === undefined || example === null || typeof example !== 'object') {
      example = undefined;
      break;
    }
    example = Array.isArray(example) ? example[Number(seg)] : (example as Record<string, unknown>)[String(seg)];
  }
  const at = schemaAtPath(schema, path.map((s) => (typeof s === 'number' ? ITEM : s)));
  return example === undefined ? placeholderFor(at) : template(example, at, schema);
}

function template(value: unknown, schema: ResolvedSchema | undefined, root: JsonSchema): unknown {
  if (Array.isArray(value)) {
    const items = schema?.items ? resolve(root, schema.items) : undefined;
    if (value.every((v) => v === null || typeof v !== 'object')) return value.every((v) => keepsValue(items, v)) ? value : [placeholderFor(items)];
    return value.length > 0 ? [template(value[0], items, root)] : [];
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = template(v, schema?.properties[k] ? resolve(root, schema.properties[k]) : undefined, root);
    return out;
  }
  return keepsValue(schema, value) ? value : placeholderFor(schema);
}

/** Fixed vocabulary, numbers and yes/no are the rule's to say; text, addresses and dates are the author's. */
function keepsValue(schema: ResolvedSchema | undefined, value: unknown): boolean {
  if (!schema) return false;
  if (schema.enum?.some((v) => v === value) || (schema.const !== undefined && schema.const === value)) return true;
  return typeof value === 'boolean' || typeof value === 'number';
}

/** What the author fills in: `TODO`, or the form of it the value's pattern allows (`todo` for an id, `https://TODO`). */
function placeholderFor(schema: ResolvedSchema | undefined): string {
  const pattern = schema?.pattern ? new RegExp(schema.pattern) : undefined;
  return ['TODO', 'todo', 'https://TODO'].find((p) => !pattern || pattern.test(p)) ?? 'TODO';
}
