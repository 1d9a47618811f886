import type { LineIndex } from './yaml/lineIndex';
import { nearest } from './yaml/parse';
import { SUPPRESSION_RULE_ID, type Finding, type Range } from './types';

/**
 * Suppression comments, as ESLint has them, for accepted deviations:
 *
 * - `# ics-check-disable-next-line ICS-X[, ICS-Y] -- reason` hides the named findings on the next
 *   line of content (blank lines and comment lines between are skipped);
 * - `key: value  # ics-check-disable-line ICS-X -- reason` hides them on its own line;
 * - `# ics-check-disable ICS-X -- reason` … `# ics-check-enable ICS-X` hides them on every line in
 *   between; with no `ics-check-enable`, to the end of the file (at the top: the whole file).
 *
 * With `(owner: Head of Governance, expires: 2027-03-31)` after the reason, a suppression is a
 * waiver that governance keeps in a register (`ics-check --waivers`). A comment that nearly has this
 * form is reported with the form it should have, and hides nothing.
 */
export const DIRECTIVE = 'ics-check-disable-next-line';
export const DIRECTIVES = {
  nextLine: 'ics-check-disable-next-line',
  line: 'ics-check-disable-line',
  disable: 'ics-check-disable',
  enable: 'ics-check-enable',
} as const;
const KNOWN_DIRECTIVES: readonly string[] = Object.values(DIRECTIVES);

export type SuppressionKind = 'next-line' | 'line' | 'block';

export interface Suppression {
  kind: SuppressionKind;
  /** The directive word as written (`ics-check-disable-next-line`, …). */
  directive: string;
  /** Rule ids named by the comment. */
  ruleIds: string[];
  reason?: string;
  owner?: string;
  expires?: string;
  /** The comment itself. */
  range: Range;
  /** The first line (0-based) whose findings it hides. */
  targetLine: number;
  /** The last line (0-based) whose findings it hides, by rule id: a block ends at its `ics-check-enable`. */
  lastLine: Record<string, number>;
}

/** A comment that looks like a directive but cannot be read as one: it hides nothing. */
export interface DirectiveProblem {
  /** The comment. */
  range: Range;
  directive: string;
  ruleIds: string[];
  /** What is wrong, for people. */
  message: string;
  /** The comment as it should be written, when that can be worked out. */
  rewrite?: string;
  reason?: string;
  owner?: string;
  expires?: string;
}

export interface ParsedDirectives {
  suppressions: Suppression[];
  problems: DirectiveProblem[];
}

const RULE_ID = /^ICS-[A-Z]+-\d{3}$/;
/** A token that is meant as a rule id, right or wrong (`ICS-FOO-001`, `NED-003`, `ics-ned-003`). */
const ID_LIKE = /^[A-Za-z]+-[A-Za-z0-9-]*\d[A-Za-z0-9-]*$/;
/** A comment whose first word starts `ics-check-`: meant as a directive. */
const COMMENT_DIRECTIVE = /(?:^|\s)#\s*(ics[-_]check[-_][A-Za-z_-]*)(.*)$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WAIVER_WORDS = /\b(owner|owners|expires|expire|expiry|expiring|until)\b/i;

/**
 * The form a directive should have, with what is known of this one filled in. Without `template`,
 * exactly the comment to write (no placeholders); with it, placeholders where a value is missing.
 */
function expectedForm(directive: string, ids: string[], reason?: string, owner?: string, expires?: string, template = false): string {
  const idText = ids.length > 0 ? ids.join(', ') : 'ICS-XXX-000';
  if (directive === DIRECTIVES.enable) return `# ${directive} ${idText}`;
  const waiver = owner || expires || template ? ` (owner: ${owner || '<name>'}, expires: ${expires || 'YYYY-MM-DD'})` : '';
  return `# ${directive} ${idText} -- ${reason || '<reason>'}${waiver}`;
}

interface Body {
  ids: string[];
  reason?: string;
  owner?: string;
  expires?: string;
  problems: string[];
  /** False when the rewrite would be a guess (owner and expiry written somewhere we cannot read). */
  canRewrite: boolean;
}

/** Reads what follows the directive word: ids, then `-- reason (owner: …, expires: …)`. */
function parseBody(body: string, directive: string): Body {
  const out: Body = { ids: [], problems: [], canRewrite: true };
  const sep = body.indexOf('--');
  const idsPart = sep >= 0 ? body.slice(0, sep) : body;
  let reason = sep >= 0 ? body.slice(sep + 2).trim() : undefined;

  // The ids, up to the first word that is not one: the reason, written without `--`.
  const tokenRe = /[^\s,]+/g;
  for (let m = tokenRe.exec(idsPart); m; m = tokenRe.exec(idsPart)) {
    const token = m[0];
    const bare = token.replace(/:$/, '');
    if (!ID_LIKE.test(bare)) {
      if (directive !== DIRECTIVES.enable) {
        out.problems.push('separate the reason from the rule ids with ` -- `');
        const rest = idsPart.slice(m.index).trim();
        reason = reason ? `${rest} ${reason}` : rest;
      } else {
        out.problems.push(`\`${token}\` is not a rule id`);
      }
      break;
    }
    const upper = bare.toUpperCase();
    if (bare !== upper && RULE_ID.test(upper)) out.problems.push(`rule ids are written in capitals: \`${upper}\`, not \`${bare}\``);
    out.ids.push(RULE_ID.test(upper) ? upper : bare);
    if (token.endsWith(':') && directive !== DIRECTIVES.enable) {
      // `ICS-NED-003: reason`
      out.problems.push('separate the reason from the rule ids with ` -- `, not `:`');
      const rest = idsPart.slice(m.index + token.length).trim();
      if (rest) reason = reason ? `${rest} ${reason}` : rest;
      break;
    }
  }

  if (reason) {
    const waiver = /\(([^()]*)\)\s*$/.exec(reason);
    if (waiver && WAIVER_WORDS.test(waiver[1])) {
      for (const part of waiver[1].split(',')) {
        const text = part.trim();
        if (!text) continue;
        const m = /^([A-Za-z_-]+)\s*(:?)\s*(.*)$/.exec(text);
        const key = m?.[1] ?? '';
        const value = (m?.[3] ?? '').trim();
        const meant = /^owners?$/i.test(key) ? 'owner' : /^(expires?|expiry|expiring|until)$/i.test(key) ? 'expires' : undefined;
        if (!meant) {
          out.problems.push(`the waiver's brackets hold \`owner:\` and \`expires:\` only, not \`${text}\``);
          out.canRewrite = false;
          continue;
        }
        if (key !== meant) out.problems.push(`write \`${meant}:\`, not \`${key}\``);
        else if (m?.[2] !== ':') out.problems.push(`write \`${meant}:\` with a colon`);
        if (meant === 'owner') out.owner = value;
        else out.expires = value;
      }
      reason = reason.slice(0, waiver.index).trim();
    } else if (/\b(owner|expires|expiry)\s*:/i.test(reason) || /\bexpir(es|y)\s+\d{4}-\d{2}-\d{2}/i.test(reason)) {
      out.problems.push('put the owner and the expiry in brackets at the end');
      out.canRewrite = false;
    }
  }
  // "Suppress on this line" inserts `TODO: reason`: until someone writes one, there is none.
  out.reason = reason && !/^TODO\b/i.test(reason) ? reason : undefined;
  return out;
}

/** The directive a misspelt word most likely meant. */
function nearestDirective(word: string): string | undefined {
  const best = nearest(word.toLowerCase().replace(/_/g, '-'), KNOWN_DIRECTIVES);
  return best && best.distance <= 4 ? best.value : undefined;
}

/** Every directive comment of a text, and the comments that nearly are directives. */
export function parseDirectives(text: string, lines: LineIndex): ParsedDirectives {
  const suppressions: Suppression[] = [];
  const problems: DirectiveProblem[] = [];
  const lastLine = Math.max(0, lines.lineCount - 1);
  /** Blocks still open, by rule id. */
  const open: { s: Suppression; id: string }[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const lineText = lines.lineText(line);
    if (!lineText.includes('#')) continue;
    const m = COMMENT_DIRECTIVE.exec(lineText);
    if (!m) continue;
    const hash = lineText.indexOf('#', m.index);
    const range = { start: { line, character: hash }, end: { line, character: lineText.length } };
    const word = m[1];
    const body = m[2];
    if (!KNOWN_DIRECTIVES.includes(word)) {
      const meant = nearestDirective(word);
      const parsed = parseBody(body, meant ?? DIRECTIVE);
      const problem = meant ? `\`${word}\` is not a directive; did you mean \`${meant}\`?` : `\`${word}\` is not a directive (ics-check reads ${KNOWN_DIRECTIVES.map((d) => `\`${d}\``).join(', ')})`;
      problems.push({
        range,
        directive: word,
        ruleIds: parsed.ids,
        message: problem,
        rewrite: meant && parsed.canRewrite ? expectedForm(meant, parsed.ids, parsed.reason, parsed.owner, parsed.expires) : undefined,
        reason: parsed.reason,
        owner: parsed.owner,
        expires: parsed.expires,
      });
      continue;
    }
    // `ics-check-disable-next-line: ICS-X` — the punctuation after the word is not needed.
    const spaced = /^\s/.test(body) || body === '';
    const parsed = parseBody(spaced ? body : body.replace(/^[^\sA-Za-z]+/, ' '), word);
    if (!spaced) parsed.problems.unshift(`put a space, and nothing else, after \`${word}\``);
    if (parsed.problems.length > 0) {
      problems.push({
        range,
        directive: word,
        ruleIds: parsed.ids,
        message: parsed.problems.join('; '),
        rewrite: parsed.canRewrite ? expectedForm(word, parsed.ids, parsed.reason, parsed.owner, parsed.expires) : undefined,
        reason: parsed.reason,
        owner: parsed.owner,
        expires: parsed.expires,
      });
      continue;
    }
    if (word === DIRECTIVES.enable) {
      const ids = parsed.ids.length > 0 ? parsed.ids : [...new Set(open.map((o) => o.id))];
      const unmatched: string[] = [];
      for (const id of ids) {
        const blocks = open.filter((o) => o.id === id);
        if (blocks.length === 0) unmatched.push(id);
        for (const o of blocks) {
          o.s.lastLine[id] = line;
          open.splice(open.indexOf(o), 1);
        }
      }
      if (parsed.ids.length === 0 && ids.length === 0) unmatched.push('');
      if (unmatched.length > 0) {
        problems.push({
          range,
          directive: word,
          ruleIds: parsed.ids,
          message: unmatched[0] === '' ? 'there is no `ics-check-disable` above it to end' : `there is no \`ics-check-disable ${unmatched.join(', ')}\` above it to end`,
        });
      }
      continue;
    }
    const kind: SuppressionKind = word === DIRECTIVES.nextLine ? 'next-line' : word === DIRECTIVES.line ? 'line' : 'block';
    const targetLine = kind === 'next-line' ? nextContentLine(lines, line) : line;
    const s: Suppression = {
      kind,
      directive: word,
      ruleIds: parsed.ids,
      reason: parsed.reason,
      owner: parsed.owner,
      expires: parsed.expires,
      range,
      targetLine,
      lastLine: Object.fromEntries(parsed.ids.map((id) => [id, kind === 'block' ? lastLine : targetLine])),
    };
    if (kind === 'block') for (const id of parsed.ids) open.push({ s, id });
    suppressions.push(s);
  }
  return { suppressions, problems };
}

/** The suppressions of a text (directives that can be read; see {@link parseDirectives} for the rest). */
export function parseSuppressions(text: string, lines: LineIndex): Suppression[] {
  return parseDirectives(text, lines).suppressions;
}

/** Where a suppression stands, for the waiver register (`ics-check --waivers`) and the editor. */
export type WaiverStatus = 'active' | 'expired' | 'no reason' | 'invalid expiry' | 'incomplete' | 'inactive' | 'unused' | 'unknown rule' | 'malformed';

/** A suppression comment as the checker judged it on one run. */
export interface WaiverState {
  kind: SuppressionKind | 'malformed';
  /** The comment. */
  range: Range;
  /** The lines whose findings it hides (0-based, inclusive); none for a malformed comment. */
  lines?: [number, number];
  ruleIds: string[];
  reason?: string;
  owner?: string;
  expires?: string;
  status: WaiverStatus;
  /** Why, when the status alone does not say (which rule is off, what is malformed). */
  note?: string;
}

/** The status from the comment alone: whether it has a reason and a readable, current expiry. */
export function waiverStatus(s: Pick<Suppression, 'reason' | 'expires'>, today: string): WaiverStatus {
  if (s.expires !== undefined && !DATE.test(s.expires)) return 'invalid expiry';
  if (isExpired(s, today)) return 'expired';
  return s.reason ? 'active' : 'no reason';
}

/** True when the waiver has an expiry date (YYYY-MM-DD) before `today`: it is good through its expiry day. */
export function isExpired(s: Pick<Suppression, 'expires'>, today: string): boolean {
  return s.expires !== undefined && DATE.test(s.expires) && s.expires < today;
}

function nextContentLine(lines: LineIndex, from: number): number {
  for (let l = from + 1; l < lines.lineCount; l++) {
    const t = lines.lineText(l).trim();
    if (t !== '' && !t.startsWith('#')) return l;
  }
  return from + 1;
}

export interface SuppressionOptions {
  /** Catalogue rule ids: a suppression of anything else is reported. */
  knownRuleIds: ReadonlySet<string>;
  /** YYYY-MM-DD. */
  today: string;
  /**
   * The documents of the file (0-based first and last lines) and, for a rule, why it did not run on
   * the document (the rule is off, or the document has YAML errors), or undefined when it ran. A
   * suppression whose rules ran on none of its lines is inactive: kept quiet, since another profile
   * may need it. Default: every rule ran.
   */
  documents?: readonly DocumentActivity[];
  /** Every waiver must say who owns it and when it expires (`require_waiver_owner_and_expiry`). */
  requireOwnerAndExpiry?: boolean;
}

export interface DocumentActivity {
  firstLine: number;
  lastLine: number;
  whyNotRun(ruleId: string): string | undefined;
}

export interface SuppressionResult {
  /** The findings left visible, then the findings about the comments themselves. */
  findings: Finding[];
  /** Every directive comment and how it stands. */
  waivers: WaiverState[];
  /** The findings the comments hide, each with the waiver that hides it (for the reports: no format hides what was waived). */
  waived: { finding: Finding; waiver: WaiverState }[];
}

const lineWords = (from: number, to: number) => (from === to ? `line ${from + 1}` : `lines ${from + 1}–${to + 1}`);

/**
 * Hides suppressed findings and reports comments that are themselves wrong: a near-miss of the
 * syntax, no reason, an unknown rule, nothing suppressed, an expired waiver (whose findings then
 * show again), and, when required, a waiver without an owner or an expiry. A suppression whose rules
 * did not run on its lines is inactive: it reports nothing.
 */
export function applySuppressions(uri: string, text: string, lines: LineIndex, findings: Finding[], options: SuppressionOptions): SuppressionResult {
  const { suppressions, problems: malformed } = parseDirectives(text, lines);
  if (suppressions.length === 0 && malformed.length === 0) return { findings, waivers: [], waived: [] };
  const { knownRuleIds, today } = options;
  const hidden = new Map<Finding, WaiverState>();
  const problems: Finding[] = [];
  const waivers: WaiverState[] = [];
  const report = (range: Range, severity: Finding['severity'], message: string, fixes?: Finding['fixes']) => problems.push({ ruleId: SUPPRESSION_RULE_ID, severity, message, uri, range, ...(fixes ? { fixes } : {}) });

  for (const p of malformed) {
    const form = p.rewrite ?? expectedForm(KNOWN_DIRECTIVES.includes(p.directive) ? p.directive : DIRECTIVE, p.ruleIds, undefined, undefined, undefined, true);
    report(
      p.range,
      'warning',
      `This comment is not a suppression ics-check can read, so it hides nothing: ${p.message}${/[?.]$/.test(p.message) ? '' : '.'} Write it as \`${form}\`.`,
      p.rewrite ? [{ title: `Rewrite as \`${p.rewrite}\``, safe: false, edits: [{ range: p.range, newText: p.rewrite }] }] : undefined,
    );
    waivers.push({ kind: 'malformed', range: p.range, ruleIds: p.ruleIds, reason: p.reason, owner: p.owner, expires: p.expires, status: 'malformed', note: p.message });
  }

  for (const s of suppressions) {
    const last = Math.max(s.targetLine, ...Object.values(s.lastLine));
    const state: WaiverState = { kind: s.kind, range: s.range, lines: [s.targetLine, last], ruleIds: s.ruleIds, reason: s.reason, owner: s.owner, expires: s.expires, status: 'active' };
    waivers.push(state);
    if (s.ruleIds.length === 0) {
      report(s.range, 'warning', `\`${s.directive}\` must name the rule it suppresses, e.g. \`${expectedForm(s.directive, ['ICS-NED-001'], 'reason').replace(/ \(owner.*\)$/, '')}\`.`);
      state.status = 'malformed';
      state.note = 'names no rule';
      continue;
    }
    const unknown = s.ruleIds.filter((id) => !knownRuleIds.has(id));
    for (const id of unknown) {
      const guess = nearestRuleId(id, knownRuleIds);
      report(s.range, 'warning', `\`${id}\` is not a rule of ICS Constitution Checker, so there is nothing to suppress${guess ? `; did you mean \`${guess}\`?` : '.'}`);
    }
    const known = s.ruleIds.filter((id) => knownRuleIds.has(id));
    // For each rule: why it did not run on any line of the span, or undefined when it ran on one.
    const why = new Map(known.map((id) => [id, whyNotRunOn(id, s.targetLine, s.lastLine[id] ?? s.targetLine, options.documents ?? [])]));
    const active = known.filter((id) => why.get(id) === undefined);
    const expired = isExpired(s, today);
    const invalidExpiry = s.expires !== undefined && !DATE.test(s.expires);

    if (active.length === 0) {
      // Nothing this comment names ran here: kept quiet (another profile, or the YAML being fixed).
      state.status = unknown.length > 0 && known.length === 0 ? 'unknown rule' : expired ? 'expired' : invalidExpiry ? 'invalid expiry' : 'inactive';
      if (state.status === 'inactive') state.note = known.map((id) => why.get(id)).filter((w, i, all) => all.indexOf(w) === i).join('; ');
      if (state.status === 'unknown rule') state.note = unknown.join(', ');
      continue;
    }

    if (!s.reason) report(s.range, 'warning', `Say why ${s.ruleIds.join(', ')} is suppressed: add \`-- <reason>\` to the comment.`);
    if (invalidExpiry) report(s.range, 'warning', `The waiver's expiry \`${s.expires}\` must be a date written YYYY-MM-DD.`);
    if (expired) report(s.range, 'error', `The waiver for ${s.ruleIds.join(', ')} expired on ${s.expires}${s.owner ? ` (owner: ${s.owner})` : ''}: renew it or fix the finding.`);
    const missing = [s.owner ? '' : 'owner', s.expires ? '' : 'expiry'].filter(Boolean);
    if (options.requireOwnerAndExpiry && missing.length > 0) {
      report(s.range, 'error', `This project requires every waiver to have an owner and an expiry (require_waiver_owner_and_expiry); this one has no ${missing.join(' and no ')}. Add \`(owner: <name>, expires: YYYY-MM-DD)\` after the reason.`);
    }
    let used = false;
    for (const id of active) {
      const to = s.lastLine[id] ?? s.targetLine;
      const matches = findings.filter((f) => f.ruleId === id && f.range.start.line >= s.targetLine && f.range.start.line <= to);
      if (matches.length === 0) {
        report(s.range, 'warning', `Nothing to suppress: ${id} reports nothing on ${lineWords(s.targetLine, to)}. Remove this comment.`);
        continue;
      }
      used = true;
      if (!expired) for (const f of matches) if (!hidden.has(f)) hidden.set(f, state);
    }
    state.status = expired ? 'expired' : invalidExpiry ? 'invalid expiry' : unknown.length > 0 ? 'unknown rule' : !s.reason ? 'no reason' : options.requireOwnerAndExpiry && missing.length > 0 ? 'incomplete' : !used ? 'unused' : 'active';
    if (state.status === 'unknown rule') state.note = unknown.join(', ');
    if (state.status === 'incomplete') state.note = `no ${missing.join(' and no ')}`;
  }
  return { findings: [...findings.filter((f) => !hidden.has(f)), ...problems], waivers, waived: [...hidden].map(([finding, waiver]) => ({ finding, waiver })) };
}

/** Why a rule ran on none of the documents the lines from..to touch (undefined when it ran on one of them, or they touch none). */
function whyNotRunOn(id: string, from: number, to: number, documents: readonly DocumentActivity[]): string | undefined {
  let first: string | undefined;
  for (const d of documents) {
    if (d.lastLine < from || d.firstLine > to) continue;
    const why = d.whyNotRun(id);
    if (why === undefined) return undefined;
    first ??= why;
  }
  return first;
}

/** A catalogue id one slip away (`ICS-NED-03`, `ics-ned-003`), if any. */
function nearestRuleId(id: string, known: ReadonlySet<string>): string | undefined {
  const best = nearest(id.toUpperCase(), known);
  return best && best.distance <= 1 ? best.value : undefined;
}
