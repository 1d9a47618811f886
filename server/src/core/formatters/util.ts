import * as path from 'node:path';
import { ruleById } from '../rules';
import { citationText } from '../docs';
import type { Citation, Finding, Severity } from '../types';
import { SEVERITY_ORDER } from '../types';
import type { FileResult, FormatContext, SeverityCounts, Summary } from './types';
import { addCounts, countOutcomes, fileRuleOutcomes, type RuleOutcome } from '../outcomes';

/** A path for people and reports: relative to cwd when inside it, `/`-separated. */
export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath.split(path.sep).join('/');
  const rel = path.relative(cwd, filePath);
  const shown = rel === '' ? path.basename(filePath) : rel.startsWith('..') || path.isAbsolute(rel) ? filePath : rel;
  return shown.split(path.sep).join('/');
}

/** The file a URI names, when it is a `file:` URI. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return undefined;
  }
}

export function summarize(results: readonly FileResult[], context: Pick<FormatContext, 'skipped'>): Summary {
  const s: Summary = {
    files: results.length,
    filesWithProblems: 0,
    skipped: context.skipped?.length ?? 0,
    problems: 0,
    error: 0,
    warning: 0,
    information: 0,
    hint: 0,
    fixable: 0,
    waived: 0,
    rules: { passed: 0, failed: 0, waived: 0, notApplicable: 0 },
  };
  for (const r of results) {
    s.waived += r.outcome?.waived.length ?? 0;
    s.rules = addCounts(s.rules, countOutcomes(rulesOf(r)));
    if (r.findings.length > 0) s.filesWithProblems++;
    for (const f of r.findings) {
      s.problems++;
      s[f.severity]++;
      if (isFixable(f)) s.fixable++;
    }
  }
  return s;
}

export function isFixable(f: Finding): boolean {
  return (f.fixes ?? []).some((x) => x.safe && x.edits.length > 0);
}

export function citationsOf(ruleId: string): Citation[] {
  return ruleById(ruleId)?.meta.citations ?? [];
}

/** The finding's source in one line: `NHS Act 2006 …, Schedule 1B paragraph 3(1)(a)`; several joined by `; `. */
export function sourceText(ruleId: string): string | undefined {
  const cs = citationsOf(ruleId);
  return cs.length > 0 ? cs.map(citationText).join('; ') : undefined;
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `2 errors, 1 warning, 0 information, 0 hints` */
export function countsText(s: Pick<Summary, Severity>): string {
  return `${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.information} information, ${plural(s.hint, 'hint')}`;
}

/** Findings in reading order. */
export function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId);
}

/** Messages are one line in every report. */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * A finding's message without the YAML an "add" message shows after a blank line: for formats that
 * hold one line (an attribute, a code quality description) and for identities that must not change
 * when the lines around the addition do.
 */
export function messageText(message: string): string {
  return oneLine(message.split(/\r?\n[ \t]*\r?\n/)[0]);
}

/** One outcome per catalogue rule for a file (empty when outcomes were not worked out). */
export function rulesOf(r: FileResult): RuleOutcome[] {
  return r.outcome ? fileRuleOutcomes(r.outcome.documents) : [];
}

/** `12 rules passed, 3 failed, 1 waived, 40 not applicable` */
export function rulesText(c: Summary['rules']): string {
  return `${plural(c.passed, 'rule')} passed, ${c.failed} failed, ${c.waived} waived, ${c.notApplicable} not applicable`;
}

/** `3 warnings and 1 hint hidden by --quiet`, or undefined when nothing was hidden. */
export function hiddenText(hidden: SeverityCounts | undefined): string | undefined {
  if (!hidden) return undefined;
  const parts = [
    hidden.warning > 0 ? plural(hidden.warning, 'warning') : '',
    hidden.information > 0 ? `${hidden.information} information` : '',
    hidden.hint > 0 ? plural(hidden.hint, 'hint') : '',
  ].filter((x) => x !== '');
  if (parts.length === 0) return undefined;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${list} hidden by --quiet`;
}
