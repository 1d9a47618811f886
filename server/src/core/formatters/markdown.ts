import { ruleDocsUrl } from '../language/links';
import type { Formatter } from './types';
import { byPosition, countsText, displayPath, oneLine, plural, rulesText, summarize } from './util';

/** Rows of the findings table before it is cut (PR comments and job summaries have size limits). */
export const MARKDOWN_MAX_ROWS = 200;

/** Escapes text for a Markdown table cell. */
export function cell(s: string): string {
  return oneLine(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A finding's message for a table cell: its sentences, and the YAML an "add" message shows (after a
 * blank line) as code on lines of its own, indentation kept.
 */
export function messageCell(message: string): string {
  const [text, ...blocks] = message.split(/\r?\n\r?\n/);
  const yaml = blocks.join('\n').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (yaml.length === 0) return cell(message);
  const code = yaml.map((l) => '<code>' + cell(l).replace(/^ +/, (sp) => '&nbsp;'.repeat(sp.length)) + '</code>').join('<br>');
  return `${cell(text)}<br>${code}`;
}

/** A summary for pull-request comments and `$GITHUB_STEP_SUMMARY`: counts, a table per file, then the findings. */
export const markdown: Formatter = (results, context) => {
  const s = summarize(results, context);
  const out: string[] = ['## ICS Constitution Checker', ''];
  if (s.problems === 0) {
    out.push(`✔ ${plural(s.files, 'file')} checked, no problems.`);
  } else {
    out.push(`✖ **${plural(s.problems, 'problem')}** (${countsText(s)}) in ${plural(s.filesWithProblems, 'file')} of ${s.files} checked.`);
  }
  out.push('', `Rules: ${rulesText(s.rules)}${s.waived > 0 ? `; ${plural(s.waived, 'finding')} waived` : ''}.`);
  if (s.skipped > 0) out.push('', `${plural(s.skipped, 'file')} skipped (not ICS documents, or ignored by the configuration).`);
  out.push('', '| File | Errors | Warnings | Information | Hints |', '|---|---:|---:|---:|---:|');
  for (const r of results) {
    const c = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const f of r.findings) c[f.severity]++;
    out.push(`| \`${cell(displayPath(r.filePath, context.cwd))}\` | ${c.error} | ${c.warning} | ${c.information} | ${c.hint} |`);
  }
  out.push(`| **Total** | **${s.error}** | **${s.warning}** | **${s.information}** | **${s.hint}** |`);
  if (s.problems > 0) {
    const rows = results.flatMap((r) => [...r.findings].sort(byPosition).map((f) => ({ f, file: displayPath(r.filePath, context.cwd) })));
    out.push('', '### Findings', '', '| Location | Severity | Rule | Message |', '|---|---|---|---|');
    for (const { f, file } of rows.slice(0, MARKDOWN_MAX_ROWS)) {
      const url = ruleDocsUrl(f.ruleId);
      const rule = url ? `[${f.ruleId}](${url})` : `\`${f.ruleId}\``;
      out.push(`| \`${cell(file)}:${f.range.start.line + 1}:${f.range.start.character + 1}\` | ${f.severity} | ${rule} | ${messageCell(f.message)} |`);
    }
    if (rows.length > MARKDOWN_MAX_ROWS) out.push('', `…and ${rows.length - MARKDOWN_MAX_ROWS} more; see the full report.`);
  }
  const waived = results.flatMap((r) => (r.outcome?.waived ?? []).map((w) => ({ w, file: displayPath(r.filePath, context.cwd) })));
  if (waived.length > 0) {
    out.push('', '### Waived findings', '', '| Location | Rule | Message | Waiver |', '|---|---|---|---|');
    for (const { w, file } of waived.slice(0, MARKDOWN_MAX_ROWS)) {
      const f = w.finding;
      const waiver = [w.waiver.reason ?? 'no reason given', w.waiver.owner ? `owner: ${w.waiver.owner}` : '', w.waiver.expires ? `expires: ${w.waiver.expires}` : ''].filter(Boolean).join('; ');
      out.push(`| \`${cell(file)}:${f.range.start.line + 1}:${f.range.start.character + 1}\` | \`${f.ruleId}\` | ${cell(f.message)} | ${cell(waiver)} (line ${w.waiver.line + 1}) |`);
    }
    if (waived.length > MARKDOWN_MAX_ROWS) out.push('', `…and ${waived.length - MARKDOWN_MAX_ROWS} more; see the full report.`);
  }
  return out.join('\n') + '\n';
};
