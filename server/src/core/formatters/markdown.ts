import { ruleDocsUrl } from '../language/links';
import type { Formatter } from './types';
import { byPosition, countsText, displayPath, hiddenText, oneLine, plural, rulesText, summarize } from './util';

/**
 * The report is cut before this many bytes (UTF-8): GitHub refuses a job summary over 1 MiB per step.
 * Below it every finding is listed, so the job summary holds what annotations (10 per level) cannot.
 */
export const MARKDOWN_MAX_BYTES = 1_000_000;

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

/** A summary for pull-request comments and `$GITHUB_STEP_SUMMARY`: counts, a table per file, then the findings and the waived findings. */
export const markdown: Formatter = (results, context) => {
  const s = summarize(results, context);
  const out: string[] = ['## ICS Constitution Checker', ''];
  const hidden = hiddenText(context.hidden);
  if (s.problems === 0) {
    out.push(hidden ? `✔ ${plural(s.files, 'file')} checked, no errors; ${hidden}.` : `✔ ${plural(s.files, 'file')} checked, no problems.`);
  } else {
    out.push(`✖ **${plural(s.problems, 'problem')}** (${countsText(s)}) in ${plural(s.filesWithProblems, 'file')} of ${s.files} checked.${hidden ? ` (${hidden}.)` : ''}`);
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
  // Every finding and every waived finding is listed, as long as the whole report stays under
  // MARKDOWN_MAX_BYTES (the two tables share it; what is left out is counted).
  let bytes = Buffer.byteLength(out.join('\n')) + 1;
  const room = MARKDOWN_MAX_BYTES - 1_000;
  const table = (heading: string, header: string, lines: string[]): void => {
    const head = ['', heading, '', header, header.replace(/[^|]+/g, '---')];
    out.push(...head);
    bytes += Buffer.byteLength(head.join('\n')) + 1;
    let listed = 0;
    for (const line of lines) {
      const n = Buffer.byteLength(line) + 1;
      if (bytes + n > room) break;
      out.push(line);
      bytes += n;
      listed++;
    }
    if (listed < lines.length) out.push('', `…and ${lines.length - listed} more (a job summary holds at most 1 MiB); see the full report (-f sarif, -f json).`);
  };
  if (s.problems > 0) {
    const rows = results.flatMap((r) => [...r.findings].sort(byPosition).map((f) => ({ f, file: displayPath(r.filePath, context.cwd) })));
    table('### Findings', '| Location | Severity | Rule | Message |', rows.map(({ f, file }) => {
      const url = ruleDocsUrl(f.ruleId);
      const rule = url ? `[${f.ruleId}](${url})` : `\`${f.ruleId}\``;
      return `| \`${cell(file)}:${f.range.start.line + 1}:${f.range.start.character + 1}\` | ${f.severity} | ${rule} | ${messageCell(f.message)} |`;
    }));
  }
  const waived = results.flatMap((r) => (r.outcome?.waived ?? []).map((w) => ({ w, file: displayPath(r.filePath, context.cwd) })));
  if (waived.length > 0) {
    table('### Waived findings', '| Location | Rule | Message | Waiver |', waived.map(({ w, file }) => {
      const f = w.finding;
      const waiver = [w.waiver.reason ?? 'no reason given', w.waiver.owner ? `owner: ${w.waiver.owner}` : '', w.waiver.expires ? `expires: ${w.waiver.expires}` : ''].filter(Boolean).join('; ');
      return `| \`${cell(file)}:${f.range.start.line + 1}:${f.range.start.character + 1}\` | \`${f.ruleId}\` | ${cell(f.message)} | ${cell(waiver)} (line ${w.waiver.line + 1}) |`;
    }));
  }
  return out.join('\n') + '\n';
};
