import { ruleDocsUrl } from '../language/links';
import type { Finding, Range } from '../types';
import type { FileResult, FormatContext, Formatter } from './types';
import { citationsOf, displayPath, isFixable, rulesOf, sourceText, summarize, uriToPath } from './util';

/** The version of the JSON report (`docs/json-format.md`). A breaking change raises it. */
export const JSON_FORMAT_VERSION = 1;

function span(r: Range) {
  return { line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function findingJson(f: Finding, file: FileResult, context: FormatContext) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...span(f.range),
    source: sourceText(f.ruleId) ?? null,
    citations: citationsOf(f.ruleId).map((c) => ({ instrument: c.instrument, provision: c.provision, url: c.url, confidence: c.confidence })),
    docsUrl: ruleDocsUrl(f.ruleId) ?? null,
    fixable: isFixable(f),
    fixes: (f.fixes ?? []).map((x) => ({ title: x.title, safe: x.safe })),
    related: (f.related ?? []).map((rel) => {
      const p = rel.uri ? uriToPath(rel.uri) : undefined;
      return { message: rel.message, file: displayPath(p ?? file.filePath, context.cwd), ...span(rel.range) };
    }),
  };
}

/** The machine-readable report: stable, versioned, documented in docs/json-format.md. */
export const json: Formatter = (results, context) => {
  const report = {
    version: JSON_FORMAT_VERSION,
    tool: { name: context.tool.name, version: context.tool.version },
    results: results.map((r) => ({
      file: displayPath(r.filePath, context.cwd),
      findings: r.findings.map((f) => findingJson(f, r, context)),
      waived: (r.outcome?.waived ?? []).map((w) => ({
        ...findingJson(w.finding, r, context),
        waiver: { line: w.waiver.line + 1, rules: w.waiver.ruleIds, reason: w.waiver.reason ?? null, owner: w.waiver.owner ?? null, expires: w.waiver.expires ?? null },
      })),
      rules: rulesOf(r).map((o) => ({ id: o.ruleId, status: o.status, ...(o.severity ? { severity: o.severity } : {}), findings: o.findings, waived: o.waived, ...(o.reason ? { reason: o.reason } : {}) })),
      ...(r.fixed ? { fixed: r.fixed } : {}),
    })),
    skipped: (context.skipped ?? []).map((s) => ({ file: displayPath(s.filePath, context.cwd), reason: s.reason })),
    summary: summarize(results, context),
  };
  return JSON.stringify(report, null, 2) + '\n';
};
