import { SEVERITY_FOR_SOURCE, type Citation, type CheckOptions, type ProfileId, type RuleMeta, type Severity, type SeverityOrOff, type SourceKind } from './types';

/** Which kinds of source each profile checks against. */
export const PROFILE_SOURCES: Record<ProfileId, SourceKind[]> = {
  statutory: ['statute'],
  nhse: ['statute', 'nhse-policy', 'data-check'],
  recommended: ['statute', 'nhse-policy', 'data-check', 'guidance', 'heuristic'],
  strict: ['statute', 'nhse-policy', 'data-check', 'guidance', 'heuristic'],
};

export const PROFILE_DESCRIPTIONS: Record<ProfileId, string> = {
  statutory: 'The law only: the NHS Act 2006 as amended by the Health and Care Act 2022, and the Local Government and Public Involvement in Health Act 2007.',
  nhse: 'The law and NHS England policy (model constitution, statutory and policy guidance), with the data checks (references, registration numbers).',
  recommended: 'The law, NHS England policy and good practice from guidance; heuristics as hints. The default.',
  strict: 'Everything, with heuristics raised from hints to warnings.',
};

/** The severity a rule reports with under the options, or `off`. An override always wins. */
export function effectiveSeverity(meta: RuleMeta, options: CheckOptions): SeverityOrOff {
  const override = options.ruleOverrides?.[meta.id];
  if (override) return override;
  const profile = options.profile ?? 'recommended';
  if (!PROFILE_SOURCES[profile].includes(meta.sourceKind)) return 'off';
  if (profile === 'strict' && meta.severity === 'hint') return 'warning';
  return meta.severity;
}

/** The severity a rule's source calls for; a source nobody has read is capped at information. */
export function expectedSeverity(meta: Pick<RuleMeta, 'sourceKind' | 'citations'>): Severity {
  const base = SEVERITY_FOR_SOURCE[meta.sourceKind];
  const unread = meta.citations.length > 0 && meta.citations.every((c) => c.confidence === 'U');
  if (unread && (base === 'error' || base === 'warning')) return 'information';
  return base;
}

/** Whether a citation is to the text of legislation itself (legislation.gov.uk), not to a commentary on it. */
export function citesLegislation(c: Citation): boolean {
  return /^https:\/\/(www\.)?legislation\.gov\.uk\//.test(c.url);
}

/**
 * What is wrong with the sources behind a rule's default severity, if anything (empty when nothing
 * is). An error says "the law requires this", so an error-severity rule must cite at least one source
 * that was read (confidence V or I), and at least one provision of legislation that was read: a rule
 * whose every source is unread is capped at information (see expectedSeverity), and one whose law is
 * known only through commentary is not an error.
 */
export function sourceProblems(meta: Pick<RuleMeta, 'id' | 'severity' | 'citations'>): string[] {
  if (meta.severity !== 'error') return [];
  const problems: string[] = [];
  const read = (c: Citation) => c.confidence !== 'U';
  if (!meta.citations.some(read)) problems.push(`${meta.id} is an error but cites only sources marked unread (U)`);
  if (!meta.citations.some((c) => read(c) && citesLegislation(c))) problems.push(`${meta.id} is an error but cites no provision of legislation that was read (V or I, on legislation.gov.uk)`);
  return problems;
}
