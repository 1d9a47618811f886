import type { AnalyzedDocument, AnalyzedFile } from './analyze';
import { checkFileDetailed, frameworkFor, type EngineOptions } from './engine';
import { ALL_RULES } from './rules';
import type { SystemView } from './rules/framework';
import { effectiveSeverity } from './profiles';
import { ruleNotRun } from './applicability';
import type { WaiverState, WaiverStatus } from './suppressions';
import { DEFAULT_PROFILE, INTERNAL_RULE_ID, type DocumentKind, type Finding, type FrameworkId, type ProfileId, type RuleMeta, type Severity } from './types';

/**
 * Rule outcomes: for each checked document, every catalogue rule with what became of it — the
 * checklist a reviewer reads, and the data behind `-f html`, the JSON `rules` list and
 * `--format checklist`. Pure: worked out from the same findings the engine reports.
 *
 * - `passed`: the rule ran on the document and found nothing;
 * - `failed`: it ran and reported at least one finding that is shown (or it failed to run: an
 *   internal error is never a pass);
 * - `waived`: it ran, and every one of its findings is hidden by a waiver (a suppression comment);
 * - `not-applicable`: it did not run, with the reason: another kind of document, another legal
 *   framework, switched off by the profile or by a rule setting, or a document with YAML errors.
 */
export type RuleStatus = 'passed' | 'failed' | 'waived' | 'not-applicable';
export const RULE_STATUSES: readonly RuleStatus[] = ['passed', 'failed', 'waived', 'not-applicable'];

export interface RuleOutcome {
  ruleId: string;
  status: RuleStatus;
  /** The severity the rule ran with; absent when it did not run. */
  severity?: Severity;
  /** Findings of the rule that are shown. */
  findings: number;
  /** Findings of the rule hidden by a waiver. */
  waived: number;
  /** Why the rule did not run (`not-applicable` only), in words. */
  reason?: string;
}

/** The suppression comment that hides a finding, as the waiver register shows it. */
export interface Waiver {
  ruleIds: string[];
  reason?: string;
  owner?: string;
  /** YYYY-MM-DD, as written. */
  expires?: string;
  /** The comment's line (0-based). */
  line: number;
  /** Where the waiver stands (`active`, `no reason`, …: see `ics-check --waivers`). */
  status: WaiverStatus;
}

export interface WaivedFinding {
  finding: Finding;
  waiver: Waiver;
}

export interface DocumentOutcome {
  /** Index of the YAML document in the file. */
  documentIndex: number;
  kind?: DocumentKind;
  /** The legal framework the document was checked against (absent when no rule could run). */
  framework?: FrameworkId;
  profile: ProfileId;
  /** Every catalogue rule, in catalogue order. */
  rules: RuleOutcome[];
}

/** What a check of one file comes to: the findings shown, the findings waived, and the checklist. */
export interface FileOutcome {
  findings: Finding[];
  waived: WaivedFinding[];
  documents: DocumentOutcome[];
  /** Every suppression comment of the file and how it stands (the waiver register). */
  waivers: WaiverState[];
}

export interface OutcomeCounts {
  passed: number;
  failed: number;
  waived: number;
  notApplicable: number;
}

/** Why a rule does not run on a document, in words; undefined when it runs. */
export function whyRuleDoesNotRun(meta: RuleMeta, doc: AnalyzedDocument, framework: FrameworkId | undefined, options: EngineOptions): string | undefined {
  if (doc.broken) return 'the document has YAML errors, so no rule ran on it';
  if (!doc.kind || !doc.typed || !framework) return 'the document could not be read as one of the three kinds';
  return ruleNotRun(meta, doc.kind, framework, options)?.text;
}

/**
 * Checks a file in its system and works out its outcomes. `findings` are exactly what
 * `checkFileInSystem` returns; `waived` are the findings suppression comments hide, each with its
 * waiver.
 */
export function checkFileOutcomes(file: AnalyzedFile, system: SystemView, options: EngineOptions = {}): FileOutcome {
  if (!file.ours) return { findings: [], waived: [], documents: [], waivers: [] };
  const { findings, waivers, waived: hiddenBy } = checkFileDetailed(file, system, options);
  const hidden = hiddenBy.map((w) => w.finding);
  const waived: WaivedFinding[] = hiddenBy.map(({ finding, waiver: s }) => ({
    finding,
    waiver: { ruleIds: s.ruleIds, reason: s.reason, owner: s.owner, expires: s.expires, line: s.range.start.line, status: s.status },
  }));
  const rules = options.rules ?? ALL_RULES;
  const documents: DocumentOutcome[] = file.documents
    .filter((doc) => doc.kind !== undefined || doc.broken)
    .map((doc) => {
      const framework = doc.typed && !doc.broken ? frameworkFor(doc, system, options) : undefined;
      const mine = (list: Finding[]) => list.filter((f) => (f.documentIndex ?? 0) === doc.index);
      const shownHere = mine(findings);
      const waivedHere = mine(hidden);
      return {
        documentIndex: doc.index,
        kind: doc.kind,
        framework,
        profile: options.profile ?? DEFAULT_PROFILE,
        rules: rules.map(({ meta }): RuleOutcome => {
          const reason = whyRuleDoesNotRun(meta, doc, framework, options);
          if (reason !== undefined) return { ruleId: meta.id, status: 'not-applicable', findings: 0, waived: 0, reason };
          const n = shownHere.filter((f) => f.ruleId === meta.id).length;
          const w = waivedHere.filter((f) => f.ruleId === meta.id).length;
          const crashed = shownHere.some((f) => f.ruleId === INTERNAL_RULE_ID && f.message.startsWith(`Rule ${meta.id} failed`));
          const status: RuleStatus = n > 0 || crashed ? 'failed' : w > 0 ? 'waived' : 'passed';
          return { ruleId: meta.id, status, severity: effectiveSeverity(meta, options) as Severity, findings: n, waived: w };
        }),
      };
    });
  return { findings, waived, documents, waivers };
}

/**
 * One outcome per rule for a whole file (a file usually holds one document): failed if it failed
 * on any document, else waived if waived on any, else passed if it ran on any, else not applicable.
 */
export function fileRuleOutcomes(documents: readonly DocumentOutcome[]): RuleOutcome[] {
  if (documents.length === 1) return documents[0].rules;
  const rank: Record<RuleStatus, number> = { failed: 0, waived: 1, passed: 2, 'not-applicable': 3 };
  const out = new Map<string, RuleOutcome>();
  for (const d of documents) {
    for (const r of d.rules) {
      const prev = out.get(r.ruleId);
      if (!prev) {
        out.set(r.ruleId, { ...r });
        continue;
      }
      const best = rank[r.status] < rank[prev.status] ? { ...r } : prev;
      best.findings = prev.findings + r.findings;
      best.waived = prev.waived + r.waived;
      if (best.status !== 'not-applicable') delete best.reason;
      out.set(r.ruleId, best);
    }
  }
  return [...out.values()];
}

export function countOutcomes(rules: readonly RuleOutcome[]): OutcomeCounts {
  const c: OutcomeCounts = { passed: 0, failed: 0, waived: 0, notApplicable: 0 };
  for (const r of rules) {
    if (r.status === 'not-applicable') c.notApplicable++;
    else c[r.status]++;
  }
  return c;
}

export function addCounts(a: OutcomeCounts, b: OutcomeCounts): OutcomeCounts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, waived: a.waived + b.waived, notApplicable: a.notApplicable + b.notApplicable };
}
