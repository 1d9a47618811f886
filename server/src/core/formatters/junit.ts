import type { Formatter } from './types';
import { displayPath, sourceText } from './util';

/** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot hold. */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JUnit XML for GitLab, Azure Pipelines and Jenkins test reports: a testsuite per file, a failing
 * testcase per finding, and one passing testcase for a file with no findings.
 */
export const junit: Formatter = (results, context) => {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  const tests = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failures = results.reduce((n, r) => n + r.findings.length, 0);
  out.push(`<testsuites name="${xmlEscape(context.tool.name)}" tests="${tests}" failures="${failures}" errors="0">`);
  for (const r of results) {
    const file = xmlEscape(displayPath(r.filePath, context.cwd));
    out.push(`  <testsuite name="${file}" tests="${Math.max(1, r.findings.length)}" failures="${r.findings.length}" errors="0" skipped="0">`);
    if (r.findings.length === 0) out.push(`    <testcase classname="${file}" name="no problems" file="${file}"/>`);
    for (const f of r.findings) {
      const line = f.range.start.line + 1;
      const column = f.range.start.character + 1;
      const source = sourceText(f.ruleId);
      const body = [`${f.severity} at ${displayPath(r.filePath, context.cwd)}:${line}:${column} (${f.ruleId})`, f.message, ...(source ? [`Source: ${source}`] : [])].join('\n');
      out.push(`    <testcase classname="${file}" name="${xmlEscape(`${f.ruleId} ${line}:${column}`)}" file="${file}" line="${line}">`);
      out.push(`      <failure type="${f.severity}" message="${xmlEscape(f.message)}">${xmlEscape(body)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};
