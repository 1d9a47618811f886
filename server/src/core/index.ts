/**
 * The pure engine: text → YAML documents with positions → typed model → schema findings + rule
 * findings → fixes. It imports nothing from `vscode` or the LSP transport, so the language server,
 * the CLI and tests all call these same functions.
 */
export * from './types';
export { analyzeFile, type AnalyzedFile, type AnalyzedDocument, type DocumentModel } from './analyze';
export { checkText, checkFiles, checkFileInSystem, checkFileDetailed, buildSystem, frameworkFor, type EngineOptions } from './engine';
// The composition of a board (format 1.1 seats, or members): one view for rules, renderers, reports and `init`.
export {
  compositionOf,
  committeeChair,
  executivePositions,
  holdersText,
  maximumCount,
  maximumOf,
  minimumCount,
  minimumOf,
  ordinaryPositions,
  personOrPost,
  positionsOfSector,
  positionsWithRole,
  seatLabel,
  votingCount,
  type BoardEntity,
  type BoardPosition,
  type CommitteeChair,
  type Composition,
  type CompositionIssue,
  type Holder,
  type Tri,
  type VotingCount,
} from './model/composition';
export { ALL_RULES, ruleById, KNOWN_RULE_IDS, NOT_IMPLEMENTED } from './rules';
export type { Rule, RuleContext, SystemView, Report, NotImplemented } from './rules/framework';
export { citesLegislation, effectiveSeverity, expectedSeverity, sourceProblems, PROFILE_SOURCES, PROFILE_DESCRIPTIONS } from './profiles';
export { parseSuppressions, parseDirectives, applySuppressions, DIRECTIVE as SUPPRESSION_DIRECTIVE, DIRECTIVES as SUPPRESSION_DIRECTIVES, type Suppression, type WaiverState, type WaiverStatus } from './suppressions';
export { checkFileOutcomes, fileRuleOutcomes, countOutcomes, whyRuleDoesNotRun, RULE_STATUSES, type RuleOutcome, type RuleStatus, type DocumentOutcome, type FileOutcome, type WaivedFinding, type Waiver, type OutcomeCounts } from './outcomes';
export { renderConstitutions } from './render/constitution';
export { applyEdits, YamlEditor } from './yaml/edits';
export { LineIndex } from './yaml/lineIndex';
export { SCHEMAS, CONFIG_SCHEMA, validateYaml, locate } from './schema/validate';
export { ruleMarkdown, rulesIndexMarkdown, profilesOf, citationText } from './docs';
export { RULE_DOCS_BASE_URL, ruleDocsUrl } from './language/links';
