import { SEVERITY_ORDER, type Severity } from '../types';
import type { Formatter } from './types';
import { byPosition, displayPath, sourceText } from './util';

/** GitHub shows a limited number of annotations per step; beyond this we print a notice instead. */
export const DEFAULT_MAX_ANNOTATIONS = 50;

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
 * most serious first, capped at `maxAnnotations` with a final notice saying how many were left out.
 */
export const github: Formatter = (results, context) => {
  const limit = context.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
  const all = results
    .flatMap((r) => r.findings.map((f) => ({ f, file: displayPath(r.filePath, context.cwd) })))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.file.localeCompare(b.file) || byPosition(a.f, b.f));
  const out: string[] = [];
  for (const { f, file } of all.slice(0, limit)) {
    const r = f.range;
    const props = [`file=${escapeProperty(file)}`, `line=${r.start.line + 1}`, `col=${r.start.character + 1}`, `endLine=${r.end.line + 1}`, `endColumn=${r.end.character + 1}`, `title=${escapeProperty(f.ruleId)}`];
    const source = sourceText(f.ruleId);
    out.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message + (source ? `\nSource: ${source}` : ''))}`);
  }
  if (all.length > limit) {
    const left = all.length - limit;
    out.push(`::notice title=${escapeProperty(context.tool.name)}::${escapeData(`${left} more finding${left === 1 ? '' : 's'} not shown as annotations (limit ${limit}); see the full report (for example -f sarif or -f markdown).`)}`);
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
};
