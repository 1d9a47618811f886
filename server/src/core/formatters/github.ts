import { SEVERITY_ORDER, type Severity } from '../types';
import type { Formatter } from './types';
import { byPosition, displayPath, sourceText } from './util';

/**
 * GitHub shows at most 10 annotations of each level (error, warning, notice) per step, and drops
 * the rest silently; this is the default per-level cap.
 */
export const DEFAULT_MAX_ANNOTATIONS = 10;

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Escapes the message of a workflow command (GitHub's rules: `%`, CR, LF). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (also `:` and `,`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: one annotation per finding on the lines of the pull request,
 * most serious first, at most `maxAnnotations` of each level. When some are left out, a notice
 * comes first (so GitHub never drops it) saying how many, and the job summary (`-f markdown`)
 * lists everything.
 */
export const github: Formatter = (results, context) => {
  const limit = context.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
  const all = results
    .flatMap((r) => r.findings.map((f) => ({ f, file: displayPath(r.filePath, context.cwd) })))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.file.localeCompare(b.file) || byPosition(a.f, b.f));
  const byLevel = new Map<string, typeof all>();
  for (const x of all) {
    const level = COMMAND[x.f.severity];
    if (!byLevel.has(level)) byLevel.set(level, []);
    byLevel.get(level)!.push(x);
  }
  const over = [...byLevel.values()].some((xs) => xs.length > limit);
  const shown: typeof all = [];
  for (const [level, xs] of byLevel) shown.push(...xs.slice(0, over && level === 'notice' ? Math.max(0, limit - 1) : limit));
  const out: string[] = [];
  const left = all.length - shown.length;
  if (left > 0) {
    const counts = (['error', 'warning', 'notice'] as const)
      .map((level) => [level, (byLevel.get(level)?.length ?? 0) - shown.filter((x) => COMMAND[x.f.severity] === level).length] as const)
      .filter(([, n]) => n > 0)
      .map(([level, n]) => `${n} ${level}${n === 1 ? '' : 's'}`);
    out.push(`::notice title=${escapeProperty(context.tool.name)}::${escapeData(`${left} more finding${left === 1 ? '' : 's'} not shown as annotations (${counts.join(', ')}; GitHub shows ${limit} per level in a step). The job summary and the full report (-f markdown, -f sarif) list every finding.`)}`);
  }
  for (const { f, file } of shown.sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.file.localeCompare(b.file) || byPosition(a.f, b.f))) {
    const r = f.range;
    const props = [`file=${escapeProperty(file)}`, `line=${r.start.line + 1}`, `col=${r.start.character + 1}`, `endLine=${r.end.line + 1}`, `endColumn=${r.end.character + 1}`, `title=${escapeProperty(f.ruleId)}`];
    const source = sourceText(f.ruleId);
    out.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message + (source ? `\nSource: ${source}` : ''))}`);
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
};
