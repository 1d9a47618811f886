/**
 * The engine's vocabulary. Positions and edits use the LSP shape (0-based line, UTF-16 character)
 * so the language server passes them through untouched; the CLI adds 1 when it prints them.
 * Nothing here imports from `vscode` or the LSP transport.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** Severity as the user sees it. `off` only appears in configuration. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOrOff = Severity | 'off';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * Where a rule's requirement comes from; it fixes the rule's default severity. A `data-check` is
 * not a requirement of law or policy but of the document's own consistency (an id that names
 * nothing, a registration number in the wrong format or with the wrong regulator): it is reported
 * as a warning, because what follows from bad data cannot be trusted.
 */
export type SourceKind = 'statute' | 'nhse-policy' | 'data-check' | 'guidance' | 'heuristic';

export const SEVERITY_FOR_SOURCE: Record<SourceKind, Severity> = {
  statute: 'error',
  'nhse-policy': 'warning',
  'data-check': 'warning',
  guidance: 'information',
  heuristic: 'hint',
};

/** Confidence marks of the rule catalogue: V read, I inferred, U not read. */
export type Confidence = 'V' | 'I' | 'U';

export interface Citation {
  /** e.g. "NHS Act 2006", "NHS England guidance on ICB constitutions (2023/24)" */
  instrument: string;
  /** e.g. "Schedule 1B paragraph 3(1)(a)" */
  provision: string;
  url: string;
  confidence: Confidence;
}

export type DocumentKind = 'icb-constitution' | 'integrated-care-partnership' | 'place-partnership';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['icb-constitution', 'integrated-care-partnership', 'place-partnership'];

export type FrameworkId = 'hca-2022' | 'health-bill-2026';
export const FRAMEWORKS: readonly FrameworkId[] = ['hca-2022', 'health-bill-2026'];
export const DEFAULT_FRAMEWORK: FrameworkId = 'hca-2022';

export type ProfileId = 'statutory' | 'nhse' | 'recommended' | 'strict';
export const PROFILES: readonly ProfileId[] = ['statutory', 'nhse', 'recommended', 'strict'];
export const DEFAULT_PROFILE: ProfileId = 'recommended';

/** A fix carried as data (it travels in `Diagnostic.data` in the editor). */
export interface Fix {
  title: string;
  /** Edits to the document the finding is in. */
  edits: TextEdit[];
  /** Safe fixes may be applied without a person looking (fix-all, `--fix`). */
  safe: boolean;
}

export interface RelatedLocation {
  message: string;
  range: Range;
  /** Defaults to the finding's own document. */
  uri?: string;
}

/** Ids for findings that do not come from a catalogue rule. */
export const SYNTAX_RULE_ID = 'yaml-syntax';
export const SCHEMA_RULE_ID = 'schema';
export const INTERNAL_RULE_ID = 'internal-error';
export const SUPPRESSION_RULE_ID = 'suppression';
export const PLACEHOLDER_RULE_ID = 'placeholder';
/** A file that looks like one of ours but cannot be read: not UTF-8, or over the size limit. */
export const UNREADABLE_RULE_ID = 'unreadable';
/** Problems of a `.ics-check.yaml` (the editor shows them in the file; the CLI stops on them). */
export const CONFIG_RULE_ID = 'config';
/** The same ICB id declared by two documents of one run (or one workspace). */
export const DUPLICATE_ID_RULE_ID = 'duplicate-id';

export interface Finding {
  /** Catalogue id (`ICS-BOARD-001`) or one of the engine ids above. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** The document the finding belongs to. */
  uri: string;
  range: Range;
  related?: RelatedLocation[];
  fixes?: Fix[];
  /** Index of the YAML document in a multi-document stream. */
  documentIndex?: number;
  /** The top-level key of the document the finding concerns (`board`, `committees`…), for grouping. */
  section?: string;
}

export interface RuleDocs {
  /** What the rule checks, one or two sentences. */
  description: string;
  /** Why: the source, in our own words. */
  rationale: string;
  /** A YAML document that the rule flags. */
  incorrect: string;
  /** A YAML document that the rule accepts. */
  correct: string;
  /** How to fix it, in a sentence or two. */
  howToFix: string;
  /**
   * What changed in the rule and why, newest first (shown on the rule page): a correction of its
   * reading of the law, its severity or its sources.
   */
  changes?: string[];
}

export interface RuleMeta {
  /** Catalogue id, e.g. ICS-BOARD-001 */
  id: string;
  /** Short kebab-case name, e.g. board-has-chair */
  slug: string;
  /** One-line statement of the requirement, plain English. */
  title: string;
  /** Catalogue section, e.g. "1. ICB constitution: statutory content" */
  section: string;
  sourceKind: SourceKind;
  /** Default severity. Follows sourceKind; a U-confidence source caps it at information. */
  severity: Severity;
  citations: Citation[];
  /** Legal frameworks the rule belongs to. */
  frameworks: FrameworkId[];
  /** Document kinds the rule looks at. */
  appliesTo: DocumentKind[];
  /** Whether the rule needs the other documents of the system (a folder or workspace). */
  crossDocument?: boolean;
  fixable: boolean;
  docs: RuleDocs;
}

export interface ParsedFile {
  uri: string;
  text: string;
}

/** Options the engine takes; the CLI and the server build them from settings and config files. */
export interface CheckOptions {
  profile?: ProfileId;
  /** An explicit framework (CLI flag, editor setting): wins over the document's own. */
  framework?: FrameworkId;
  /** The framework when neither the option nor the document names one (config file). */
  defaultFramework?: FrameworkId;
  /** Per-rule override: a severity, or `off`. */
  ruleOverrides?: Record<string, SeverityOrOff>;
  /** Voting-member threshold for ICS-SIZE-001. */
  boardSizeThreshold?: number;
  /** Today's date (YYYY-MM-DD), for waiver expiry; defaults to the clock. */
  today?: string;
  /** Every waiver (suppression comment) must give an owner and an expiry: one without is an error. */
  requireWaiverOwnerAndExpiry?: boolean;
}
