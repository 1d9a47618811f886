import type { AnalyzedFile } from '../analyze';
import type { EngineOptions } from '../engine';
import { fixAll, type AppliedFix } from '../fix';
import { DIRECTIVE, parseSuppressions } from '../suppressions';
import type { LineIndex } from '../yaml/lineIndex';
import { lineEndingOf } from '../yaml/edits';
import type { TextEdit } from '../types';

/** What a new suppression says until someone writes the reason (the suppression check then asks for one). */
export const SUPPRESSION_REASON_PLACEHOLDER = 'TODO: reason';

/**
 * The edit that suppresses `ruleId` on `line`: a `# ics-check-disable-next-line` comment above it at
 * the line's own indentation, or the id added to a suppression comment already there.
 */
export function suppressionEdit(text: string, lines: LineIndex, line: number, ruleId: string): TextEdit {
  const existing = parseSuppressions(text, lines).find((s) => s.kind === 'next-line' && s.targetLine === line && s.range.start.line === line - 1);
  if (existing && !existing.ruleIds.includes(ruleId) && existing.ruleIds.length > 0) {
    // Insert after the last id already named.
    const commentLine = lines.lineText(existing.range.start.line);
    const afterDirective = commentLine.indexOf(DIRECTIVE) + DIRECTIVE.length;
    const idsText = commentLine.slice(afterDirective);
    const lastId = existing.ruleIds[existing.ruleIds.length - 1];
    const at = afterDirective + idsText.indexOf(lastId) + lastId.length;
    const pos = { line: existing.range.start.line, character: at };
    return { range: { start: pos, end: pos }, newText: `, ${ruleId}` };
  }
  const lineText = lines.lineText(line);
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  const eol = lineEndingOf(text);
  const pos = { line, character: 0 };
  return { range: { start: pos, end: pos }, newText: `${indent}# ${DIRECTIVE} ${ruleId} -- ${SUPPRESSION_REASON_PLACEHOLDER}${eol}` };
}

/** One edit that turns `before` into `after`, touching only the span that differs (cursor and folds stay put). */
export function minimalEdit(before: string, lines: LineIndex, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { range: lines.range(start, endBefore), newText: after.slice(start, endAfter) };
}

export interface FixAllEdit {
  edit: TextEdit;
  applied: AppliedFix[];
}

/**
 * Every safe fix of a file, applied until stable, as one edit — or undefined when there is nothing
 * safe to fix. The other files of the system are passed so cross-document rules see them.
 */
export function fixAllEdit(file: AnalyzedFile, others: AnalyzedFile[], options: EngineOptions): FixAllEdit | undefined {
  if (!file.ours) return undefined;
  const result = fixAll(file.text, file.uri, { ...options, others });
  const edit = minimalEdit(file.text, file.lines, result.text);
  return edit && result.applied.length > 0 ? { edit, applied: result.applied } : undefined;
}
