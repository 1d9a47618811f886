import type { Finding, RuleMeta, Severity } from '../types';
import type { DocumentOutcome, OutcomeCounts, WaivedFinding } from '../outcomes';
import type { WaiverState } from '../suppressions';

/**
 * What every formatter receives. Formatters are pure functions of the findings: no file system, no
 * clock, no environment. Paths are printed relative to `cwd` with `/` separators.
 */
export interface FileResult {
  /** Absolute path of the file (or the name given for standard input, resolved). */
  filePath: string;
  /** The URI the engine used for it. */
  uri: string;
  /** Findings in this file, sorted by position. */
  findings: Finding[];
  /** Safe fixes `--fix` applied to this file. */
  fixed?: { ruleId: string; title: string; line: number }[];
  /** The text that was read (the reviewer's report renders the constitution and quotes lines from it). */
  text?: string;
  /** With `--fix`: the text after safe fixes, which is what was checked. */
  output?: string;
  /** SHA-256 of the text that was checked (UTF-8), hex: which version of the file was reviewed. */
  sha256?: string;
  /** What became of every catalogue rule, per document, and the findings waivers hide. */
  outcome?: { documents: DocumentOutcome[]; waived: WaivedFinding[] };
  /** Every suppression comment of the file and how it stands (the waiver register). */
  waivers?: WaiverState[];
}

export interface SkippedFile {
  filePath: string;
  reason: string;
}

export interface ToolInfo {
  name: string;
  version: string;
  /** The project's home page. */
  informationUri: string;
}

export interface FormatContext {
  /** Paths are printed relative to this folder. */
  cwd: string;
  tool: ToolInfo;
  /** The catalogue rules that ran (enabled for at least one file), for SARIF's rule table. */
  rules: readonly RuleMeta[];
  /** Files left out, with the reason (not ours, ignored by the configuration). */
  skipped?: readonly SkippedFile[];
  /** ANSI colours (stylish only). */
  color?: boolean;
  /** Annotations per severity level (github only; default 10, GitHub's limit per step). */
  maxAnnotations?: number;
  /** The day of the check, YYYY-MM-DD (waivers expire against it; the reviewer's report is dated by it). */
  today?: string;
  /** Findings left out of the results by `--quiet`, by severity: the summary line says so. */
  hidden?: SeverityCounts;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

export interface Summary {
  /** Files checked (ours). */
  files: number;
  filesWithProblems: number;
  skipped: number;
  problems: number;
  error: number;
  warning: number;
  information: number;
  hint: number;
  /** Findings with a safe fix (`--fix` would apply it). */
  fixable: number;
  /** Findings hidden by waivers (not counted in `problems`). */
  waived: number;
  /** Catalogue rules by outcome, added up over the files (a rule counts once per file). */
  rules: OutcomeCounts;
}

export type SeverityCounts = Record<Severity, number>;
