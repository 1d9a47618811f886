import type { Formatter } from './types';
import { displayPath, messageText, rulesOf, sourceText } from './util';
import { countOutcomes } from '../outcomes';

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
 * JUnit XML for GitLab, Azure Pipelines and Jenkins test reports: a testsuite per file; in it, a
 * failing testcase per finding, a skipped testcase per waived finding (the waiver's reason as the
 * message), and a passing testcase per catalogue rule that passed; a file with none of these has one
 * passing testcase. Each testsuite's properties count the rules by outcome.
 */
export const junit: Formatter = (results, context) => {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  const suites = results.map((r) => {
    const passed = rulesOf(r).filter((o) => o.status === 'passed');
    const waived = r.outcome?.waived ?? [];
    const tests = r.findings.length + waived.length + passed.length;
    return { r, passed, waived, tests: Math.max(1, tests), empty: tests === 0 };
  });
  const tests = suites.reduce((n, x) => n + x.tests, 0);
  const failures = results.reduce((n, r) => n + r.findings.length, 0);
  const skipped = suites.reduce((n, x) => n + x.waived.length, 0);
  out.push(`<testsuites name="${xmlEscape(context.tool.name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`);
  for (const { r, passed, waived, tests: n, empty } of suites) {
    const file = xmlEscape(displayPath(r.filePath, context.cwd));
    const c = countOutcomes(rulesOf(r));
    out.push(`  <testsuite name="${file}" tests="${n}" failures="${r.findings.length}" errors="0" skipped="${waived.length}">`);
    if (r.outcome) {
      out.push('    <properties>');
      for (const [name, value] of [['rules.passed', c.passed], ['rules.failed', c.failed], ['rules.waived', c.waived], ['rules.notApplicable', c.notApplicable]] as const) out.push(`      <property name="${name}" value="${value}"/>`);
      out.push('    </properties>');
    }
    if (empty) out.push(`    <testcase classname="${file}" name="no problems" file="${file}"/>`);
    for (const f of r.findings) {
      const line = f.range.start.line + 1;
      const column = f.range.start.character + 1;
      const source = sourceText(f.ruleId);
      const body = [`${f.severity} at ${displayPath(r.filePath, context.cwd)}:${line}:${column} (${f.ruleId})`, f.message, ...(source ? [`Source: ${source}`] : [])].join('\n');
      out.push(`    <testcase classname="${file}" name="${xmlEscape(`${f.ruleId} ${line}:${column}`)}" file="${file}" line="${line}">`);
      // The attribute is one line (XML turns its line breaks into spaces); the body has the YAML to add.
      out.push(`      <failure type="${f.severity}" message="${xmlEscape(messageText(f.message))}">${xmlEscape(body)}</failure>`);
      out.push('    </testcase>');
    }
    for (const { finding: f, waiver } of waived) {
      const line = f.range.start.line + 1;
      const why = `waived${waiver.reason ? `: ${waiver.reason}` : ''}${waiver.owner ? ` (owner: ${waiver.owner}${waiver.expires ? `, expires: ${waiver.expires}` : ''})` : waiver.expires ? ` (expires: ${waiver.expires})` : ''}`;
      out.push(`    <testcase classname="${file}" name="${xmlEscape(`${f.ruleId} ${line}:${f.range.start.character + 1}`)}" file="${file}" line="${line}">`);
      out.push(`      <skipped message="${xmlEscape(why)}">${xmlEscape(f.message)}</skipped>`);
      out.push('    </testcase>');
    }
    for (const o of passed) out.push(`    <testcase classname="${file}" name="${xmlEscape(`${o.ruleId} passed`)}" file="${file}"/>`);
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};
