import { analyzeFile, type AnalyzedDocument, type AnalyzedFile } from './analyze';
import { ALL_RULES, KNOWN_RULE_IDS } from './rules';
import { anchorRange, type Report, type Rule, type RuleContext, type SystemDoc, type SystemView } from './rules/framework';
import type { RuleMeta } from './types';
import { icbIdAnchor } from './rules/place/system';
import { placeReport, sectionAt, sectionOfKey } from './rules/placement';
import { effectiveSeverity } from './profiles';
import { ruleNotRun } from './applicability';
import { applySuppressions, type DocumentActivity, type SuppressionResult } from './suppressions';
import { noteRead, rawSections, tracking, WHOLE, SYSTEM, type RuleResultCache } from './rules/cache';
import { withLineEnding, YamlEditor } from './yaml/edits';
import { nearestKind } from './yaml/parse';
import {
  DEFAULT_FRAMEWORK,
  DUPLICATE_ID_RULE_ID,
  FRAMEWORKS,
  INTERNAL_RULE_ID,
  PLACEHOLDER_RULE_ID,
  SCHEMA_RULE_ID,
  SYNTAX_RULE_ID,
  type CheckOptions,
  type Finding,
  type FrameworkId,
  type Range,
} from './types';
import type { IcbConstitution, IntegratedCarePartnership, PlacePartnership } from './model/kinds';
import { isPlaceholder, text } from './model/query';
import { isMap, isPair, isScalar, isSeq, type Scalar } from 'yaml';

export interface EngineOptions extends CheckOptions {
  /** Rules to use instead of the catalogue (tests). */
  rules?: readonly Rule[];
}

/** Checks one file on its own (its system is just itself). */
export function checkText(uri: string, source: string, options: EngineOptions = {}): Finding[] {
  return checkFiles([analyzeFile(uri, source)], options);
}

/**
 * Checks files together, as a system: cross-document rules see every document. Returns the
 * findings of every file, each with its `uri`. Files that are not ours produce nothing.
 */
export function checkFiles(files: AnalyzedFile[], options: EngineOptions = {}): Finding[] {
  const system = buildSystem(files);
  const out: Finding[] = [];
  for (const file of files) out.push(...checkFileInSystem(file, system, options));
  return out;
}

/**
 * Checks one file against a system built from many (the language server re-checks one file at a
 * time). With `cache` (the language server's, for an open file analysed incrementally), a rule
 * whose inputs did not change since its last run gives its last findings again (rules/cache.ts).
 */
export function checkFileInSystem(file: AnalyzedFile, system: SystemView, options: EngineOptions = {}, cache?: RuleResultCache): Finding[] {
  return checkFileDetailed(file, system, options, cache).findings;
}

/**
 * The findings of a file, how each of its suppression comments stands (for the waiver register),
 * and the findings they hide, each with its waiver (for the reports and the rule outcomes). With
 * `cache` (the language server's, for an open file analysed incrementally), a rule whose inputs did
 * not change since its last run gives its last findings again (rules/cache.ts).
 */
export function checkFileDetailed(file: AnalyzedFile, system: SystemView, options: EngineOptions = {}, cache?: RuleResultCache): SuppressionResult {
  if (!file.ours) return { findings: [], waivers: [], waived: [] };
  const findings: Finding[] = file.problems.map((p) => ({ uri: file.uri, ruleId: p.ruleId, severity: 'error' as const, message: p.message, range: p.range }));
  const documents: DocumentActivity[] = [];
  const usable = cache && cache.current === file ? cache : undefined;
  for (const doc of file.documents) {
    try {
      findings.push(...checkDocument(file, doc, system, options, usable));
    } catch (err) {
      // One document's failure must not stop the file's other documents, nor the other files.
      findings.push(internalError(file, doc, err));
    }
    documents.push({ firstLine: doc.range.start.line, lastLine: doc.range.end.line, whyNotRun: (id) => whyRuleDidNotRunOn(id, doc, system, options) });
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return applySuppressions(file.uri, file.text, file.lines, findings, { knownRuleIds: KNOWN_RULE_IDS, today, documents, requireOwnerAndExpiry: options.requireWaiverOwnerAndExpiry });
}

/** Why a rule does not run on a document of a kind under a framework and the options (as a waiver's note names it), or undefined when it runs. */
function whyRuleDoesNotRun(meta: RuleMeta, kind: AnalyzedDocument['kind'], framework: FrameworkId, options: EngineOptions): string | undefined {
  if (!kind) return `${meta.id} does not apply to this document`;
  const notRun = ruleNotRun(meta, kind, framework, options);
  switch (notRun?.why) {
    case undefined:
      return undefined;
    case 'kind':
      return `${meta.id} does not apply to ${kind} documents`;
    case 'framework':
      return `${meta.id} is not part of the ${framework} framework`;
    case 'override':
      return `${meta.id} is turned off (${meta.id}: off)`;
    case 'profile':
      return `the ${options.profile ?? 'recommended'} profile does not run ${meta.id}`;
  }
}

function whyRuleDidNotRunOn(id: string, doc: AnalyzedDocument, system: SystemView, options: EngineOptions): string | undefined {
  if (doc.broken) return 'the document has YAML errors, so no rule ran on it';
  if (!doc.kind || !doc.typed) return 'no rule ran on this document';
  const rule = (options.rules ?? ALL_RULES).find((r) => r.meta.id === id);
  if (!rule) return `${id} did not run`;
  return whyRuleDoesNotRun(rule.meta, doc.kind, frameworkFor(doc, system, options), options);
}

function internalError(file: AnalyzedFile, doc: AnalyzedDocument, err: unknown): Finding {
  return {
    uri: file.uri,
    documentIndex: doc.index,
    ruleId: INTERNAL_RULE_ID,
    severity: 'error',
    message: `This document could not be checked (${err instanceof Error ? err.message : String(err)}). The other documents and files were checked; please report this.`,
    range: doc.declaredKind?.range ?? { start: doc.range.start, end: doc.range.start },
  };
}

function checkDocument(file: AnalyzedFile, doc: AnalyzedDocument, system: SystemView, options: EngineOptions, cache: RuleResultCache | undefined): Finding[] {
  const findings: Finding[] = [];
  const base = { uri: file.uri, documentIndex: doc.index };
  if (doc.failure !== undefined) return [internalError(file, doc, doc.failure)];
  for (const p of doc.syntaxProblems) {
    // Errors stop the checks of this document (`doc.broken`); warnings do not: the YAML is read.
    findings.push({ ...base, ruleId: SYNTAX_RULE_ID, severity: p.severity, message: p.message, range: p.range, fixes: p.fix ? [{ ...p.fix, safe: false }] : undefined });
  }
  if (doc.broken) return findings;

  if (!doc.kind) {
    const declared = doc.declaredKind;
    const guess = declared ? nearestKind(declared.value) : undefined;
    if (declared && guess) {
      findings.push({
        ...base,
        ruleId: SCHEMA_RULE_ID,
        severity: 'error',
        message: `\`kind\` must be one of icb-constitution, integrated-care-partnership, place-partnership — \`${declared.value}\` is not; did you mean \`${guess}\`?`,
        range: declared.range,
        fixes: [{ title: `Change to \`${guess}\``, safe: false, edits: [{ range: declared.range, newText: guess }] }],
      });
    }
    return findings;
  }

  const editor = YamlEditor.forDocument(file.text, file.lines, doc.yaml);
  const documentAnchor = doc.declaredKind?.range ?? doc.range;
  for (const p of doc.schemaProblems) {
    findings.push({
      ...base,
      ruleId: SCHEMA_RULE_ID,
      severity: 'error',
      // A key the document must have ("needs `id`") is shown as YAML to add, like the rules' findings.
      message: p.keyword === 'required' ? placeReport({ file, document: doc, editor, documentAnchor }, undefined, { message: p.message, at: p.range }).message : p.message,
      range: copyRange(p.range),
      section: sectionAt(doc, file.lines.offsetAt(p.range.start)),
      fixes: p.suggestion ? [{ title: `Change to \`${p.suggestion.text}\``, safe: false, edits: [{ range: copyRange(p.suggestion.range), newText: p.suggestion.text }] }] : undefined,
    });
  }

  findings.push(...placeholderFindings(file, doc));
  findings.push(...duplicateIcbFindings(file, doc, system));

  if (!doc.typed) return findings;
  const framework = frameworkFor(doc, system, options);
  // What a cached rule result must have been computed from (see rules/cache.ts).
  const sections = cache ? rawSections(doc.typed.model) : undefined;
  const runKey = sections && {
    framework,
    // With today's date: a rule may read the clock when no date is given (terms of office).
    options: `${JSON.stringify(options, (k, v: unknown) => (k === 'rules' || k === 'others' ? undefined : v))}|${options.today ?? new Date().toISOString().slice(0, 10)}`,
    shape: `${[...sections].filter(([k, v]) => k !== 'loc' && v !== undefined).map(([k]) => k).join(',')}|${JSON.stringify(documentAnchor)}|${editor.indentUnit}|${JSON.stringify(editor.eol)}`,
    others: [...system.icbs, ...system.icps, ...system.places].filter((d) => d.uri !== file.uri).map((d) => d.document),
  };
  for (const rule of options.rules ?? ALL_RULES) {
    const meta = rule.meta;
    if (whyRuleDoesNotRun(meta, doc.kind, framework, options) !== undefined) continue;
    const severity = effectiveSeverity(meta, options) as Finding['severity'];
    const cacheId = `${doc.index}|${meta.id}`;
    const key = runKey && { ...runKey, rule, severity };
    const cached = cache && key ? cache.get(cacheId, key, sections!) : undefined;
    if (cached) {
      findings.push(...cached);
      continue;
    }
    const reports: Report[] = [];
    const ctx: RuleContext = {
      uri: file.uri,
      // Reading the whole file, or the other documents, is noted for the rule cache.
      get file() {
        noteRead(WHOLE);
        return file;
      },
      get document() {
        noteRead(WHOLE);
        return doc;
      },
      icb: doc.typed.kind === 'icb-constitution' ? doc.typed.model : undefined,
      icp: doc.typed.kind === 'integrated-care-partnership' ? doc.typed.model : undefined,
      place: doc.typed.kind === 'place-partnership' ? doc.typed.model : undefined,
      get system() {
        noteRead(SYSTEM);
        return system;
      },
      framework,
      options,
      editor,
      documentAnchor,
      report: (r) => reports.push(r),
    };
    const found: Finding[] = [];
    // Where each finding sits and what it shows reads the document too: placed while the reads of
    // the rule are noted, so a cached result is re-used only while its placement holds.
    const run = () => {
      rule.check(ctx);
      for (const r of reports) {
        // A value still to be filled in is reported once, as a placeholder: not also as a wrong value.
        if (pointsAtPlaceholder(r)) continue;
        const placed = placeReport({ file, document: doc, editor, documentAnchor }, meta, r);
        found.push({
          ...base,
          ruleId: meta.id,
          severity,
          message: placed.message,
          range: copyRange(placed.range),
          section: placed.section,
          related: r.related?.map((x) => ({ message: x.message, range: copyRange(anchorRange(x.at)), uri: x.uri })),
          // Whatever a rule wrote, the lines it adds end the way the document's lines do.
          fixes: r.fixes && r.fixes.length > 0 ? r.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, range: copyRange(e.range), newText: withLineEnding(e.newText, editor.eol) })) })) : undefined,
        });
      }
    };
    let read: Set<string> | undefined;
    try {
      if (key) read = tracking(run).reads;
      else run();
    } catch (err) {
      // One rule's failure must not stop the others, nor the server.
      findings.push({
        ...base,
        ruleId: INTERNAL_RULE_ID,
        severity: 'error',
        message: `Rule ${meta.id} failed on this document (${err instanceof Error ? err.message : String(err)}). Other rules still ran; please report this.`,
        range: documentAnchor,
      });
      continue;
    }
    findings.push(...found);
    if (cache && key && read) cache.set(cacheId, read.has(SYSTEM) ? key : { ...key, others: undefined }, read, sections!, found);
  }
  return findings;
}

function pointsAtPlaceholder(r: Report): boolean {
  if ('start' in r.at) return false;
  const node = r.at.node;
  return isScalar(node) && typeof node.value === 'string' && isPlaceholder(node.value);
}

/**
 * The legal framework: the explicit option (CLI flag, editor setting) wins, then the document's
 * own `icb.legal_framework` (or its ICB's, for partnership and place files), then the config file.
 */
export function frameworkFor(doc: AnalyzedDocument, system: SystemView, options: CheckOptions): FrameworkId {
  if (options.framework) return options.framework;
  let declared: string | undefined;
  if (doc.typed?.kind === 'icb-constitution') declared = text(doc.typed.model.icb?.legal_framework);
  else if (doc.typed) {
    const icbId = text(doc.typed.model.icb);
    declared = icbId ? text(system.icbById(icbId)?.model.icb?.legal_framework) : undefined;
  }
  if (declared && (FRAMEWORKS as readonly string[]).includes(declared)) return declared as FrameworkId;
  return options.defaultFramework ?? DEFAULT_FRAMEWORK;
}

/** The system of these files, and of ICBs checked elsewhere (`remote`, parallel CLI runs), if any. */
export function buildSystem(files: AnalyzedFile[], remote: readonly SystemDoc<IcbConstitution>[] = []): SystemView {
  const icbs: SystemDoc<IcbConstitution>[] = [];
  const icps: SystemDoc<IntegratedCarePartnership>[] = [];
  const places: SystemDoc<PlacePartnership>[] = [];
  for (const file of files) {
    if (!file.ours) continue;
    for (const document of file.documents) {
      const t = document.typed;
      if (!t) continue;
      if (t.kind === 'icb-constitution') icbs.push({ uri: file.uri, document, model: t.model });
      else if (t.kind === 'integrated-care-partnership') icps.push({ uri: file.uri, document, model: t.model });
      else places.push({ uri: file.uri, document, model: t.model });
    }
  }
  icbs.push(...remote);
  const byId = new Map<string, SystemDoc<IcbConstitution>>();
  for (const d of icbs) {
    const id = text(d.model.icb?.id);
    if (id && !byId.has(id)) byId.set(id, d);
  }
  const memos = new Map<string, unknown>();
  return {
    icbs,
    icps,
    places,
    icbById: (id) => byId.get(id),
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}

export type { Range };

/**
 * A finding owns its positions: the ranges of the model are moved when an edit above them changes
 * the line numbers (incremental analysis), and a finding already published must not move with them.
 */
function copyRange(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/**
 * Two documents that declare the same ICB id make the system ambiguous: partnership and place
 * files resolve to one of them, and the cross-ICB rules would compare an ICB with its own copy (a
 * draft next to the approved text, say). Each copy gets an error pointing at the others.
 */
function duplicateIcbFindings(file: AnalyzedFile, doc: AnalyzedDocument, system: SystemView): Finding[] {
  if (doc.typed?.kind !== 'icb-constitution') return [];
  const id = text(doc.typed.model.icb?.id);
  if (!id) return [];
  // A copy whose YAML is broken is not checked (its own findings wait for the YAML), so it is not counted either.
  // The ICBs by id, grouped once for the system (per document, a scan of every ICB made checking n
  // constitutions together cost n²).
  const byId = system.memo('duplicate ICB ids', () => {
    const index = new Map<string, SystemDoc<IcbConstitution>[]>();
    for (const d of system.icbs) {
      const declared = d.document.broken ? undefined : text(d.model.icb?.id);
      if (declared === undefined) continue;
      const list = index.get(declared);
      if (list) list.push(d);
      else index.set(declared, [d]);
    }
    return index;
  });
  const others = (byId.get(id) ?? []).filter((d) => !(d.uri === file.uri && d.document.index === doc.index));
  if (others.length === 0) return [];
  const where = (d: SystemDoc<IcbConstitution>) => (d.uri === file.uri ? `document ${d.document.index + 1} of this file` : decodeURIComponent(d.uri.replace(/^.*\//, '')));
  return [
    {
      uri: file.uri,
      documentIndex: doc.index,
      ruleId: DUPLICATE_ID_RULE_ID,
      severity: 'error',
      message: `The ICB id \`${id}\` is also declared in ${others.map(where).join(', ')}: each ICB is checked once, so keep one constitution per ICB in the files checked together (ignore or remove the copy, or give each its own id).`,
      range: anchorRange(icbIdAnchor(doc.typed.model)),
      section: 'icb',
      related: others.map((d) => ({ message: `ICB \`${id}\` is also declared here`, range: anchorRange(icbIdAnchor(d.model)), uri: d.uri })),
    },
  ];
}

/**
 * Whether a text may hold a placeholder value: one of the words, or an escape that could spell one
 * (`"\x74odo"`). Most files checked in CI have none, and then no tree is walked for them.
 */
const MAY_HOLD_PLACEHOLDER = /todo|tbc|tbd|xxx|\\/i;

/**
 * Quick fixes insert `TODO` where only a person knows the answer (a name, a registration number).
 * Each placeholder is flagged until someone fills it in, so a fixed draft is never mistaken for a
 * finished one.
 */
function placeholderFindings(file: AnalyzedFile, doc: AnalyzedDocument): Finding[] {
  if (!MAY_HOLD_PLACEHOLDER.test(file.text)) return [];
  const found: { node: Scalar; field: string; section?: string }[] = [];
  const root = doc.yaml.contents;
  if (isMap(root)) {
    // Each top-level key is a section of the document: its placeholders are grouped under it.
    for (const item of root.items) {
      const section = isScalar(item.key) ? sectionOfKey(String(item.key.value)) : undefined;
      const inKey = isScalar(item.key) ? NONE : placeholdersIn(item.key, 'this value');
      const inValue = placeholdersIn(item.value, isScalar(item.key) ? `\`${String(item.key.value)}\`` : 'this value');
      for (const p of [...inKey, ...inValue]) found.push({ ...p, section });
    }
  } else found.push(...placeholdersIn(root, 'this value'));
  return found.map(({ node, field, section }) => ({
    uri: file.uri,
    documentIndex: doc.index,
    ruleId: PLACEHOLDER_RULE_ID,
    severity: 'warning' as const,
    message: `${field} is still a placeholder (\`${String(node.value)}\`): fill it in before the constitution is agreed.`,
    range: file.lines.range(node.range![0], node.range![1]),
    section,
  }));
}

type Placeholder = { node: Scalar; field: string };
const NONE: readonly Placeholder[] = Object.freeze([]);
/** The placeholders under each collection node: a node kept across edits (incremental analysis) is not walked again. */
const placeholdersUnder = new WeakMap<object, readonly Placeholder[]>();

/**
 * Placeholder values under a node, in document order (keys are never placeholders), each named by
 * the key it is the value of — or, for an item of a list, by the key of the list.
 */
function placeholdersIn(node: unknown, field: string): readonly Placeholder[] {
  if (isScalar(node)) return typeof node.value === 'string' && node.range && isPlaceholder(node.value) ? [{ node, field }] : NONE;
  if (!isMap(node) && !isSeq(node)) return NONE;
  const known = placeholdersUnder.get(node);
  if (known) return known;
  let out: Placeholder[] | undefined;
  const add = (found: readonly Placeholder[]) => {
    if (found.length > 0) (out ??= []).push(...found);
  };
  for (const item of node.items) {
    if (isPair(item)) {
      if (!isScalar(item.key)) add(placeholdersIn(item.key, 'this value'));
      add(placeholdersIn(item.value, isScalar(item.key) ? `\`${String(item.key.value)}\`` : 'this value'));
    } else add(placeholdersIn(item, field));
  }
  const result = out ?? NONE;
  placeholdersUnder.set(node, result);
  return result;
}
