import { analyzeFile, type AnalyzedFile } from './analyze';
import { checkFiles, type EngineOptions } from './engine';
import { applyEdits } from './yaml/edits';
import type { Finding, Fix, TextEdit } from './types';

/** A finding whose safe fix was applied, with the fix and the pass it was applied in (from 1). */
export interface AppliedFix extends Finding {
  fix: Fix;
  pass: number;
}

export interface FixAllResult {
  /** The fixed text (the input when nothing applied). */
  text: string;
  /** What was changed, in the order applied. */
  applied: AppliedFix[];
  /** How many passes ran, including the last one that found nothing more to apply. */
  passes: number;
}

export interface FixOptions extends EngineOptions {
  /** The other files of the system (a folder or workspace), so cross-document rules see them. */
  others?: AnalyzedFile[];
  /** Stop after this many passes (default 10), in case two fixes undo each other. */
  maxPasses?: number;
}

/**
 * Applies every safe fix, then checks again and applies the fixes that the new text offers, until
 * nothing changes. In one pass no two applied fixes overlap (a fix that would touch text another fix
 * already changes waits for the next pass, when it is offered again against the new text). A pass
 * that would leave the YAML broken where it was not is dropped and fixing stops, so a file is never
 * damaged. Comments and layout are kept: fixes are text edits, not re-serialisation.
 */
export function fixAll(text: string, uri: string, options: FixOptions = {}): FixAllResult {
  const { others = [], maxPasses = 10, ...engineOptions } = options;
  const seen = new Set<string>([text]);
  const applied: AppliedFix[] = [];
  let current = text;
  let passes = 0;
  while (passes < maxPasses) {
    passes++;
    const file = analyzeFile(uri, current);
    const findings = checkFiles([file, ...others.filter((o) => o.uri !== uri)], engineOptions).filter((f) => f.uri === uri);
    const chosen = chooseFixes(findings, file);
    if (chosen.length === 0) break;
    const next = applyEdits(current, file.lines, chosen.flatMap((c) => c.fix.edits));
    if (next === current || seen.has(next)) break;
    if (syntaxErrorCount(analyzeFile(uri, next)) > syntaxErrorCount(file)) break;
    seen.add(next);
    for (const c of chosen) applied.push({ ...c.finding, fix: c.fix, pass: passes });
    current = next;
  }
  return { text: current, applied, passes };
}

/** The safe fixes of a pass: the first safe fix of each finding, skipping any that overlaps one already chosen. */
export function chooseFixes(findings: Finding[], file: AnalyzedFile): { finding: Finding; fix: Fix }[] {
  const taken: [number, number][] = [];
  const chosen: { finding: Finding; fix: Fix }[] = [];
  const candidates = findings
    .map((finding) => ({ finding, fix: finding.fixes?.find((f) => f.safe && f.edits.length > 0) }))
    .filter((c): c is { finding: Finding; fix: Fix } => c.fix !== undefined)
    .sort((a, b) => compareEdits(a.fix.edits[0], b.fix.edits[0]));
  const seenEdits = new Set<string>();
  for (const c of candidates) {
    const spans = c.fix.edits.map((e) => [file.lines.offsetAt(e.range.start), file.lines.offsetAt(e.range.end)] as [number, number]);
    // Two findings offering the very same edits (one fix for two reports) apply it once.
    const signature = JSON.stringify(c.fix.edits);
    if (seenEdits.has(signature)) continue;
    if (spans.some((s, i) => spans.some((t, j) => i !== j && overlaps(s, t)))) continue;
    if (spans.some((s) => taken.some((t) => overlaps(s, t)))) continue;
    taken.push(...spans);
    seenEdits.add(signature);
    chosen.push(c);
  }
  return chosen;
}

/** Ranges overlap when they share text, or when both insert at the same place (their order would be a guess). */
function overlaps([a1, a2]: [number, number], [b1, b2]: [number, number]): boolean {
  if (a1 === b1) return true;
  return a1 < b2 && b1 < a2;
}

function compareEdits(a: TextEdit, b: TextEdit): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

function syntaxErrorCount(file: AnalyzedFile): number {
  return file.documents.reduce((n, d) => n + d.yaml.errors.length, 0);
}
