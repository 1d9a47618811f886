import { SEVERITY_FOR_SOURCE, type CheckOptions, type ProfileId, type RuleMeta, type Severity, type SeverityOrOff, type SourceKind } from './types';

/** Which kinds of source each profile checks against. */
export const PROFILE_SOURCES: Record<ProfileId, SourceKind[]> = {
  statutory: ['statute'],
  nhse: ['statute', 'nhse-policy'],
  recommended: ['statute', 'nhse-policy', 'guidance', 'heuristic'],
  strict: ['statute', 'nhse-policy', 'guidance', 'heuristic'],
};

export const PROFILE_DESCRIPTIONS: Record<ProfileId, string> = {
  statutory: 'The law only: the NHS Act 2006 as amended by the Health and Care Act 2022, and the Local Government and Public Involvement in Health Act 2007.',
  nhse: 'The law and NHS England policy (model constitution, statutory and policy guidance).',
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
