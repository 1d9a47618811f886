import type { Finding, RuleMeta, Severity } from '../types';

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
}

export type SeverityCounts = Record<Severity, number>;
