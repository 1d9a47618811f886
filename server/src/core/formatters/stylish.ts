import type { Severity } from '../types';
import type { Formatter } from './types';
import { countsText, displayPath, hiddenText, isFixable, oneLine, plural, summarize } from './util';

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  underline: '\x1b[4m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m',
  blue: '\x1b[34m',
  gray: '\x1b[90m',
};

const SEVERITY_COLOUR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, information: ANSI.blue, hint: ANSI.gray };

/**
 * Like ESLint's stylish: findings grouped by file, `line:col  severity  message  rule-id`, then a
 * summary line. A clean run prints only `✔ N files checked, no problems`.
 */
export const stylish: Formatter = (results, context) => {
  const paint = (codes: string, s: string) => (context.color ? codes + s + ANSI.reset : s);
  const out: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    out.push(paint(ANSI.underline, displayPath(r.filePath, context.cwd)));
    const rows = r.findings.map((f) => [`${f.range.start.line + 1}:${f.range.start.character + 1}`, f.severity, oneLine(f.message), f.ruleId] as const);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const [pos, severity, message, ruleId] of rows) {
      out.push(`  ${paint(ANSI.dim, pos.padEnd(w0))}  ${paint(SEVERITY_COLOUR[severity], severity.padEnd(w1))}  ${message}  ${paint(ANSI.dim, ruleId)}`);
    }
    out.push('');
  }
  const s = summarize(results, context);
  const hidden = hiddenText(context.hidden);
  if (s.problems === 0 && hidden) {
    out.push(paint(ANSI.yellow, `✔ ${plural(s.files, 'file')} checked, no errors; ${hidden}`));
  } else if (s.problems === 0) {
    out.push(paint(ANSI.green, `✔ ${plural(s.files, 'file')} checked, no problems`));
  } else {
    const colour = s.error > 0 ? ANSI.red + ANSI.bold : s.warning > 0 ? ANSI.yellow + ANSI.bold : ANSI.bold;
    out.push(paint(colour, `✖ ${plural(s.problems, 'problem')} (${countsText(s)})`));
    if (s.fixable > 0) {
      const fixableErrors = results.flatMap((r) => r.findings).filter((f) => f.severity === 'error' && isFixable(f)).length;
      out.push(paint(colour, `  ${plural(fixableErrors, 'error')} and ${plural(s.fixable - fixableErrors, 'other problem')} potentially fixable with the \`--fix\` option.`));
    }
    if (hidden) out.push(`  (${hidden})`);
  }
  return out.join('\n') + '\n';
};
