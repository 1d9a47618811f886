import { ruleDocsUrl } from '../language/links';
import type { Formatter } from './types';
import { byPosition, countsText, displayPath, hiddenText, oneLine, plural, summarize } from './util';

/**
 * The report is cut before this many bytes (UTF-8): GitHub refuses a job summary over 1 MiB per step.
 * Below it every finding is listed, so the job summary holds what annotations (10 per level) cannot.
 */
export const MARKDOWN_MAX_BYTES = 1_000_000;

/** Escapes text for a Markdown table cell. */
export function cell(s: string): string {
  return oneLine(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A summary for pull-request comments and `$GITHUB_STEP_SUMMARY`: counts, a table per file, then the findings. */
export const markdown: Formatter = (results, context) => {
  const s = summarize(results, context);
  const out: string[] = ['## ICS Constitution Checker', ''];
  const hidden = hiddenText(context.hidden);
  if (s.problems === 0) {
    out.push(hidden ? `✔ ${plural(s.files, 'file')} checked, no errors; ${hidden}.` : `✔ ${plural(s.files, 'file')} checked, no problems.`);
  } else {
    out.push(`✖ **${plural(s.problems, 'problem')}** (${countsText(s)}) in ${plural(s.filesWithProblems, 'file')} of ${s.files} checked.${hidden ? ` (${hidden}.)` : ''}`);
  }
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
    let bytes = Buffer.byteLength(out.join('\n'));
    let listed = 0;
    for (const { f, file } of rows) {
      const url = ruleDocsUrl(f.ruleId);
      const rule = url ? `[${f.ruleId}](${url})` : `\`${f.ruleId}\``;
      const line = `| \`${cell(file)}:${f.range.start.line + 1}:${f.range.start.character + 1}\` | ${f.severity} | ${rule} | ${cell(f.message)} |`;
      bytes += Buffer.byteLength(line) + 1;
      if (bytes > MARKDOWN_MAX_BYTES - 200) break;
      out.push(line);
      listed++;
    }
    if (listed < rows.length) out.push('', `…and ${rows.length - listed} more (a job summary holds at most 1 MiB); see the full report (-f sarif, -f json).`);
  }
  return out.join('\n') + '\n';
};
