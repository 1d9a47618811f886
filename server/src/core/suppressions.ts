import type { LineIndex } from './yaml/lineIndex';
import { SUPPRESSION_RULE_ID, type Finding, type Range } from './types';

/**
 * `# ics-check-disable-next-line ICS-X[, ICS-Y] -- reason (owner: Head of Governance, expires: 2027-03-31)`
 * An accepted deviation: it hides the named findings on the next line of content, and, with an owner
 * and an expiry, it is a waiver that governance keeps in a register.
 */
export const DIRECTIVE = 'ics-check-disable-next-line';
const DIRECTIVE_RE = /#\s*ics-check-disable-next-line\b(.*)$/;

export interface Suppression {
  /** Rule ids named by the comment. */
  ruleIds: string[];
  reason?: string;
  owner?: string;
  expires?: string;
  /** The comment itself. */
  range: Range;
  /** The line (0-based) whose findings it hides. */
  targetLine: number;
}

export function parseSuppressions(text: string, lines: LineIndex): Suppression[] {
  const out: Suppression[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const lineText = lines.lineText(line);
    const m = DIRECTIVE_RE.exec(lineText);
    if (!m) continue;
    const hash = lineText.indexOf('#', m.index);
    const body = m[1];
    const sep = body.indexOf('--');
    const idsPart = (sep >= 0 ? body.slice(0, sep) : body).trim();
    let reason = sep >= 0 ? body.slice(sep + 2).trim() : undefined;
    let owner: string | undefined;
    let expires: string | undefined;
    if (reason) {
      const waiver = /\(([^()]*)\)\s*$/.exec(reason);
      if (waiver && /\b(owner|expires)\s*:/.test(waiver[1])) {
        for (const part of waiver[1].split(',')) {
          const [k, ...v] = part.split(':');
          const value = v.join(':').trim();
          if (k.trim() === 'owner') owner = value;
          if (k.trim() === 'expires') expires = value;
        }
        reason = reason.slice(0, waiver.index).trim();
      }
    }
    out.push({
      ruleIds: idsPart.split(/[\s,]+/).filter(Boolean),
      // "Suppress on this line" inserts `TODO: reason`: until someone writes one, there is none.
      reason: reason && !/^TODO\b/i.test(reason) ? reason : undefined,
      owner,
      expires,
      range: { start: { line, character: hash }, end: { line, character: lineText.length } },
      targetLine: nextContentLine(lines, line),
    });
  }
  return out;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Where a suppression stands on a given day, for the waiver register (`ics-check --waivers`). */
export type WaiverStatus = 'active' | 'expired' | 'no reason' | 'invalid expiry';

export function waiverStatus(s: Suppression, today: string): WaiverStatus {
  if (s.expires !== undefined && !DATE.test(s.expires)) return 'invalid expiry';
  if (isExpired(s, today)) return 'expired';
  return s.reason ? 'active' : 'no reason';
}

/** True when the waiver has an expiry date (YYYY-MM-DD) before `today`. */
export function isExpired(s: Suppression, today: string): boolean {
  return s.expires !== undefined && DATE.test(s.expires) && s.expires < today;
}

function nextContentLine(lines: LineIndex, from: number): number {
  for (let l = from + 1; l < lines.lineCount; l++) {
    const t = lines.lineText(l).trim();
    if (t !== '' && !t.startsWith('#')) return l;
  }
  return from + 1;
}

/**
 * Hides suppressed findings and reports suppressions that are themselves wrong: no reason, an
 * unknown rule, nothing suppressed, or an expired waiver (whose findings then show again).
 */
export function applySuppressions(
  uri: string,
  text: string,
  lines: LineIndex,
  findings: Finding[],
  knownRuleIds: ReadonlySet<string>,
  today: string,
): Finding[] {
  const suppressions = parseSuppressions(text, lines);
  if (suppressions.length === 0) return findings;
  const hidden = new Set<Finding>();
  const problems: Finding[] = [];
  const report = (s: Suppression, severity: Finding['severity'], message: string) =>
    problems.push({ ruleId: SUPPRESSION_RULE_ID, severity, message, uri, range: s.range });
  for (const s of suppressions) {
    if (s.ruleIds.length === 0) {
      report(s, 'warning', `\`${DIRECTIVE}\` must name the rule it suppresses, e.g. \`# ${DIRECTIVE} ICS-NED-001 -- reason\`.`);
      continue;
    }
    if (!s.reason) report(s, 'warning', `Say why ${s.ruleIds.join(', ')} is suppressed: add \`-- <reason>\` to the comment.`);
    const expired = isExpired(s, today);
    if (s.expires !== undefined && !DATE.test(s.expires)) report(s, 'warning', `The waiver's expiry \`${s.expires}\` must be a date written YYYY-MM-DD.`);
    if (expired) report(s, 'error', `The waiver for ${s.ruleIds.join(', ')} expired on ${s.expires}${s.owner ? ` (owner: ${s.owner})` : ''}: renew it or fix the finding.`);
    for (const id of s.ruleIds) {
      if (!knownRuleIds.has(id)) {
        report(s, 'warning', `\`${id}\` is not a rule of ICS Constitution Checker, so there is nothing to suppress.`);
        continue;
      }
      const matches = findings.filter((f) => f.ruleId === id && f.range.start.line === s.targetLine);
      if (matches.length === 0) {
        report(s, 'warning', `Nothing to suppress: ${id} reports nothing on line ${s.targetLine + 1}. Remove this comment.`);
        continue;
      }
      if (!expired) for (const f of matches) hidden.add(f);
    }
  }
  return [...findings.filter((f) => !hidden.has(f)), ...problems];
}
