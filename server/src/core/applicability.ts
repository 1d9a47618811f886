import { effectiveSeverity, PROFILE_SOURCES } from './profiles';
import { DEFAULT_PROFILE, type CheckOptions, type DocumentKind, type FrameworkId, type RuleMeta } from './types';

/**
 * Whether a catalogue rule runs on a document, and if not, why — decided once, here, for the
 * engine (which skips the rule, and keeps a waiver of it quiet) and for the rule outcomes (the
 * reviewer's checklist says "not applicable" with the reason in `text`).
 */
export type NotRun =
  | { why: 'kind'; text: string }
  | { why: 'framework'; text: string }
  | { why: 'override'; text: string }
  | { why: 'profile'; text: string };

const KIND_PLURAL: Record<DocumentKind, string> = {
  'icb-constitution': 'ICB constitutions',
  'integrated-care-partnership': 'integrated care partnership documents',
  'place-partnership': 'place partnership documents',
};

const SOURCE_WORDS: Record<RuleMeta['sourceKind'], string> = {
  statute: 'requirements of the law',
  'nhse-policy': 'NHS England policy',
  'data-check': 'data checks (the document’s own consistency)',
  guidance: 'good practice from guidance',
  heuristic: 'heuristics',
};

/** Undefined when the rule runs on a document of this kind under this framework and these options. */
export function ruleNotRun(meta: RuleMeta, kind: DocumentKind, framework: FrameworkId, options: CheckOptions): NotRun | undefined {
  if (!meta.appliesTo.includes(kind)) return { why: 'kind', text: `applies to ${meta.appliesTo.map((k) => KIND_PLURAL[k]).join(' and ')}, not to ${KIND_PLURAL[kind]}` };
  if (!meta.frameworks.includes(framework)) return { why: 'framework', text: `not part of the ${framework} legal framework` };
  if (effectiveSeverity(meta, options) !== 'off') return undefined;
  if (options.ruleOverrides?.[meta.id] === 'off') return { why: 'override', text: `switched off by the rule setting ${meta.id}: off` };
  const profile = options.profile ?? DEFAULT_PROFILE;
  return { why: 'profile', text: PROFILE_SOURCES[profile].includes(meta.sourceKind) ? `switched off by the ${profile} profile` : `the ${profile} profile does not check ${SOURCE_WORDS[meta.sourceKind]}` };
}
