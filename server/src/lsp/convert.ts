import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Fix, Severity } from '../core';
import { ruleDocsUrl } from '../core/language/links';

export const DIAGNOSTIC_SOURCE = 'ics-check';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for its code actions: the fixes, and the document version they were computed for. */
export interface DiagnosticData {
  ruleId: string;
  /** The document version the fixes apply to; undefined for a file read from disk. */
  version: number | undefined;
  fixes: Fix[];
}

export function toDiagnostic(f: Finding, version: number | undefined): Diagnostic {
  const href = ruleDocsUrl(f.ruleId);
  const data: DiagnosticData = { ruleId: f.ruleId, version, fixes: f.fixes ?? [] };
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.ruleId,
    message: f.message,
    data,
  };
  if (href) d.codeDescription = { href };
  if (f.related && f.related.length > 0) {
    d.relatedInformation = f.related.map((r) => ({ message: r.message, location: { uri: r.uri ?? f.uri, range: r.range } }));
  }
  // A suppression that hides nothing is dead text: editors fade it out.
  if (f.ruleId === 'suppression' && /^Nothing to suppress/.test(f.message)) d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

export function readDiagnosticData(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data !== 'object' || typeof data.ruleId !== 'string' || !Array.isArray(data.fixes)) return undefined;
  return { ruleId: data.ruleId, version: typeof data.version === 'number' ? data.version : undefined, fixes: data.fixes as Fix[] };
}
