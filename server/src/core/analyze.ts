import { build, ModelMemo } from './model/spec';
import { icbConstitutionSpec, icpSpec, placePartnershipSpec, type IcbConstitution, type IntegratedCarePartnership, type PlacePartnership } from './model/kinds';
import { isOurs, parseFile, type ParsedDocument, type ParsedFile } from './yaml/parse';
import { isMap, isScalar, type Node } from 'yaml';
import { LineIndex } from './yaml/lineIndex';
import { looksOurs, type SourceHints } from './source';
import { SCHEMA_RULE_ID, UNREADABLE_RULE_ID, type Range } from './types';
import { IncrementalParser } from './yaml/incremental';
import { instrumentRoot, RuleResultCache } from './rules/cache';
import { SCHEMAS, validateYaml, locate, type SchemaProblem } from './schema/validate';
import { compositionOf } from './model/composition';
import { isPlaceholder, text } from './model/query';

const ROOT_SPECS = { 'icb-constitution': icbConstitutionSpec, 'integrated-care-partnership': icpSpec, 'place-partnership': placePartnershipSpec } as const;

export type DocumentModel =
  | { kind: 'icb-constitution'; model: IcbConstitution }
  | { kind: 'integrated-care-partnership'; model: IntegratedCarePartnership }
  | { kind: 'place-partnership'; model: PlacePartnership };

export interface AnalyzedDocument extends ParsedDocument {
  /** The typed model, when the document is one of ours (built even from a partial draft). */
  typed?: DocumentModel;
  /** True when the document has YAML errors (schema and rules do not run on it). */
  broken: boolean;
  /** Schema problems, mapped to ranges (empty for broken documents and documents not ours). */
  schemaProblems: SchemaProblem[];
  /** Why the document could not be analysed, when the analysis itself failed (reported, never thrown). */
  failure?: string;
}

export interface AnalyzedFile extends ParsedFile {
  documents: AnalyzedDocument[];
  /**
   * Whether the file is one of ours: a document declares one of our kinds (or a near miss), or the
   * file looks like one of ours (see `looksOurs`) but cannot be read as one. Other YAML files are left alone.
   */
  ours: boolean;
  /** Problems of the file as a whole (its encoding, its size, a missing `kind`), reported when it is ours. */
  problems: FileProblem[];
  /** What the reader said about the bytes (kept so a change of them re-analyses the file). */
  hints: SourceHints;
}

export interface FileProblem {
  ruleId: string;
  message: string;
  range: Range;
}

/**
 * What one file's analyses keep from one version of its text to the next (the language server
 * keeps one per open file): the units of its last parse and the models built from them, so an edit
 * re-parses and re-builds only what it changed. The result is the same as without it (tested).
 */
export class AnalysisCache {
  readonly memo = new ModelMemo();
  readonly parser = new IncrementalParser((nodes, lineDelta) => this.memo.moved(nodes, lineDelta));
  /** The findings of each rule, re-used while what the rule reads is unchanged (rules/cache.ts). */
  readonly rules = new RuleResultCache();
}

/**
 * Text → YAML documents with positions → typed models. Never throws. `hints` are what reading the
 * file found (see source.ts): an encoding that is not UTF-8, a file too large to read, a file the
 * configuration's `files` names. With `cache`, an edit re-reads only what it changed.
 */
export function analyzeFile(uri: string, text: string, hints: SourceHints = {}, cache?: AnalysisCache): AnalyzedFile {
  if (hints.unreadable) {
    // Nothing in it can be checked; it is an error if it looks like one of ours, else it is left alone.
    const lines = new LineIndex(text);
    const looks = looksOurs(uri, text, hints.claimed) !== undefined;
    const at = Math.min(hints.unreadable.offset, text.length);
    const problems = looks ? [{ ruleId: UNREADABLE_RULE_ID, message: hints.unreadable.message, range: lines.range(at, at) }] : [];
    return { uri, text, lines, documents: [], ours: looks, problems, hints };
  }
  const parsed = cache ? cache.parser.parse(uri, text) : parseFile(uri, text);
  const memo = cache?.memo;
  if (cache) {
    // Cached rule findings follow the edit, or go when the file was parsed anew.
    if (cache.parser.stats.incremental && cache.parser.lastChange) cache.rules.edited(cache.parser.lastChange);
    else cache.rules.clear();
  }
  const documents = parsed.documents.map((d): AnalyzedDocument => {
    try {
      return analyzeDocument(d, parsed, memo);
    } catch (err) {
      // One document's failure must not stop the others, nor the file's other findings.
      return { ...d, broken: true, schemaProblems: [], failure: err instanceof Error ? err.message : String(err) };
    }
  });
  const problems: FileProblem[] = [];
  let ours = isOurs(parsed);
  const looks = ours ? undefined : looksOurs(uri, text, hints.claimed);
  if (looks) {
    // It looks like one of ours, but no document says so: broken YAML hides the `kind`, or the bytes
    // are not UTF-8, or the `kind` is missing from what is plainly one of ours (a top-level `icb`).
    if (documents.some((d) => d.broken) || hints.invalidUtf8) ours = true;
    for (const d of documents) {
      if (d.broken || d.declaredKind || !hasTopLevelKey(d, 'icb')) continue;
      ours = true;
      problems.push({
        ruleId: SCHEMA_RULE_ID,
        message: `This document has no \`kind\`, so it cannot be checked, yet it looks like an ICS document (${looks}). Add \`kind: icb-constitution\` (or \`integrated-care-partnership\`, \`place-partnership\`) and \`version: 1\` at the top.`,
        range: headOf(d, parsed.lines),
      });
    }
  }
  if (ours && hints.invalidUtf8) {
    const at = Math.min(hints.invalidUtf8.offset, text.length);
    problems.unshift({ ruleId: UNREADABLE_RULE_ID, message: hints.invalidUtf8.message, range: parsed.lines.range(at, Math.min(at + 1, text.length)) });
  }
  const file: AnalyzedFile = { ...parsed, documents, ours, problems, hints };
  if (cache) cache.rules.current = file;
  return file;
}

function hasTopLevelKey(d: ParsedDocument, key: string): boolean {
  const root = d.yaml.contents;
  return isMap(root) && root.items.some((p) => isScalar(p.key) && p.key.value === key);
}

function headOf(d: ParsedDocument, lines: LineIndex): Range {
  const root = d.yaml.contents;
  const first = isMap(root) ? root.items[0] : undefined;
  const r = first && isScalar(first.key) && first.key.range ? first.key.range : root?.range;
  return r ? lines.range(r[0], r[1]) : d.range;
}

function analyzeDocument(d: ParsedDocument, parsed: ParsedFile, memo: ModelMemo | undefined): AnalyzedDocument {
  {
    const broken = d.yaml.errors.length > 0;
    const root = d.yaml.contents as Node | null;
    let typed: DocumentModel | undefined;
    if (broken && d.yaml.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')) {
      // not read further
    } else if (d.kind === 'icb-constitution') {
      const model = build(icbConstitutionSpec, root, parsed.lines, undefined, memo);
      if (model) typed = { kind: d.kind, model };
    } else if (d.kind === 'integrated-care-partnership') {
      const model = build(icpSpec, root, parsed.lines, undefined, memo);
      if (model) typed = { kind: d.kind, model };
    } else if (d.kind === 'place-partnership') {
      const model = build(placePartnershipSpec, root, parsed.lines, undefined, memo);
      if (model) typed = { kind: d.kind, model };
    }
    // The root notes which sections are read from here on (rule cache), views built from it included.
    if (memo && typed && d.kind) instrumentRoot(typed.model as unknown as Record<string, unknown>, Object.keys(ROOT_SPECS[d.kind].map));
    // Aliases were counted when parsing (an alias bomb is a YAML error), so yaml's own guard is off.
    const schemaProblems = d.kind && !broken ? validateYaml(SCHEMAS[d.kind], root, d.data ?? d.yaml.toJS({ maxAliasCount: -1 }), parsed.lines) : [];
    if (typed) readMisspeltValuesAsMeant(typed.model, root, schemaProblems);
    if (typed?.kind === 'icb-constitution' && d.kind && !broken) schemaProblems.push(...seatProblems(typed.model));
    return { ...d, typed, broken, schemaProblems };
  }
}

export type { ParsedFile };

/**
 * A near-miss enum value (`role: chiar`) is reported once, by the schema, with its suggestion. The
 * rules then read it as the suggested value, so a typo in the chair's role does not also claim
 * that the board has no chair.
 */
function readMisspeltValuesAsMeant(model: object, root: Node | null, problems: SchemaProblem[]): void {
  for (const p of problems) {
    if (p.keyword !== 'enum' || !p.suggestion) continue;
    const target = locate(root, p.path.split('/').slice(1)).node;
    if (!target) continue;
    const scalar = findScalar(model, target);
    if (scalar) scalar.value = p.suggestion.text;
  }
}

function findScalar(value: unknown, node: Node): { value: unknown } | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { loc?: { node: Node }; value?: unknown; items?: unknown[] };
  if (v.loc?.node === node && 'value' in v) return v as { value: unknown };
  const children = Array.isArray(v.items) ? v.items : Object.entries(v).filter(([k]) => k !== 'loc').map(([, c]) => c);
  for (const c of children) {
    const found = findScalar(c, node);
    if (found) return found;
  }
  return undefined;
}

/**
 * What the schema cannot say about seats (format 1.1): a member's `seat:` must name a declared
 * seat (with a suggestion for a near miss), and a seat's size is `count` or `min`/`max`.
 */
function seatProblems(model: IcbConstitution): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const issue of compositionOf(model).issues) {
    if (issue.kind === 'unknown-seat') {
      const id = text(issue.ref)!;
      // A seat still to be named (`seat: todo`) is reported once, as a placeholder.
      if (isPlaceholder(id)) continue;
      const declared = model.board?.seats ? 'no seat in `board.seats`' : 'no seat: the board declares no `seats`';
      out.push({
        keyword: 'reference',
        path: '',
        range: issue.ref.loc.range,
        message: `\`seat: ${id}\` names ${declared}${issue.suggestion ? `; did you mean \`${issue.suggestion}\`?` : '.'}`,
        suggestion: issue.suggestion ? { range: issue.ref.loc.range, text: issue.suggestion } : undefined,
      });
    } else if (issue.kind === 'size') {
      out.push({ keyword: 'size', path: '', range: issue.at.range, message: issue.message });
    }
  }
  return out;
}
