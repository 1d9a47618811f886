import type { Finding, Severity } from '../types';
import { SEVERITY_ORDER } from '../types';
import { sectionTitle } from '../sections';
import type { Formatter } from './types';
import { countsText, displayPath, hiddenText, isFixable, plural, summarize } from './util';

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
const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint'];

interface Section {
  key: string | undefined;
  title: string;
  findings: Finding[];
  counts: Record<Severity, number>;
  firstLine: number;
}

/** A file's findings by section (the document's top-level keys), the most severe section first. */
function sectionsOf(findings: readonly Finding[]): Section[] {
  const byKey = new Map<string, Section>();
  for (const f of findings) {
    // YAML slips come first in their own group: nothing else in the document is read until they are put right.
    const syntax = f.ruleId === 'yaml-syntax';
    const key = syntax ? undefined : f.section;
    const id = syntax ? '\0yaml' : (key ?? '');
    let s = byKey.get(id);
    if (!s) {
      s = { key, title: syntax ? 'YAML syntax' : sectionTitle(key), findings: [], counts: { error: 0, warning: 0, information: 0, hint: 0 }, firstLine: f.range.start.line };
      byKey.set(id, s);
    }
    s.findings.push(f);
    s.counts[f.severity]++;
    s.firstLine = Math.min(s.firstLine, f.range.start.line);
  }
  const sections = [...byKey.values()];
  for (const s of sections) s.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId));
  // The most severe first: by the count of each severity in turn, then in the order of the document.
  return sections.sort((a, b) => {
    for (const sev of SEVERITIES) if (a.counts[sev] !== b.counts[sev]) return b.counts[sev] - a.counts[sev];
    return a.firstLine - b.firstLine;
  });
}

function sectionCounts(c: Record<Severity, number>): string {
  const words: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], information: ['information', 'information'], hint: ['hint', 'hints'] };
  return SEVERITIES.filter((s) => c[s] > 0)
    .map((s) => `${c[s]} ${c[s] === 1 ? words[s][0] : words[s][1]}`)
    .join(', ');
}

/**
 * Like ESLint's stylish, for people who are not programmers: each file's findings are grouped under
 * the section of the document they concern (board, committees, conflicts of interest…), the most
 * severe section and finding first, as `line:col  severity  message  rule-id`, with the YAML an
 * "add" message shows printed under it; each file ends with a one-line summary per section. A
 * clean run prints only `✔ N files checked, no problems`.
 */
export const stylish: Formatter = (results, context) => {
  const paint = (codes: string, s: string) => (context.color ? codes + s + ANSI.reset : s);
  const out: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    out.push(paint(ANSI.underline, displayPath(r.filePath, context.cwd)));
    const sections = sectionsOf(r.findings);
    const rows = r.findings.map((f) => ({ pos: `${f.range.start.line + 1}:${f.range.start.character + 1}`, severity: f.severity }));
    const w0 = Math.max(...rows.map((x) => x.pos.length));
    const w1 = Math.max(...rows.map((x) => x.severity.length));
    const indent = ' '.repeat(4 + w0 + 2 + w1 + 2);
    for (const s of sections) {
      out.push('', `  ${paint(ANSI.bold, s.title)}${s.key ? paint(ANSI.dim, ` (${s.key})`) : ''}`);
      for (const f of s.findings) {
        const [first, ...rest] = f.message.split(/\r?\n/);
        const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
        out.push(`    ${paint(ANSI.dim, pos.padEnd(w0))}  ${paint(SEVERITY_COLOUR[f.severity], f.severity.padEnd(w1))}  ${first}  ${paint(ANSI.dim, f.ruleId)}`);
        for (const line of rest) if (line.trim() !== '') out.push(indent + paint(ANSI.dim, line));
      }
    }
    out.push('', '  By section:');
    const tw = Math.max(...sections.map((s) => s.title.length));
    for (const s of sections) out.push(`    ${s.title.padEnd(tw)}  ${sectionCounts(s.counts)}`);
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
