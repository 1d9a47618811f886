import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeFile, type AnalyzedDocument } from '../core/analyze';
import { buildSystem, frameworkFor } from '../core/engine';
import { ConfigLoader, formatConfigProblem, ignoredBy, mergeOptions, selectedByFiles, type OptionOverrides, type ResolvedConfig, type SettingOrigin } from '../core/config';
import { ALL_RULES, ruleById } from '../core/rules';
import { effectiveSeverity, PROFILE_SOURCES } from '../core/profiles';
import { ruleMarkdown } from '../core/docs';
import { ENGINE_CHECKS, engineCheckById, engineCheckMarkdown } from '../core/checks';
import { editDistance } from '../core/yaml/parse';
import { parseSuppressions, type WaiverState, type WaiverStatus } from '../core/suppressions';
import { text as scalarText } from '../core/model/query';
import { DEFAULT_FRAMEWORK, DEFAULT_PROFILE, type CheckOptions, type RuleMeta, type SeverityOrOff } from '../core/types';
import { displayPath } from '../core/formatters';
import { listRules } from '../api';
import { describeErrno, InputError, walk } from './files';
import { DEFAULT_MAX_FILE_SIZE, ReadError, readSourceOrTooLarge } from '../core/read';
import type { DecodedSource } from '../core/source';
import { UsageError } from './args';

/** `--list-rules`: a table, or JSON. */
export function listRulesOutput(format: string): string {
  const { rules, notImplemented } = listRules();
  if (format === 'json') return JSON.stringify({ rules, notImplemented }, null, 2) + '\n';
  if (format !== 'stylish' && format !== 'table') throw new UsageError(`--list-rules prints a table or -f json, not "${format}"`);
  const rows = [['ID', 'SEVERITY', 'SOURCE', 'PROFILES', 'FRAMEWORKS', 'FIX', 'TITLE']];
  for (const r of rules) rows.push([r.id, r.severity, r.sourceKind, r.profiles.join(','), r.frameworks.join(','), r.fixable ? 'yes' : '', r.title]);
  // Each rule's sources go on the lines under it, lined up with the title.
  const lines = table(rows).split('\n');
  const indent = ' '.repeat(lines[0].indexOf('TITLE'));
  const out = [lines[0]];
  rules.forEach((r, i) => out.push(lines[i + 1], ...r.citations.map((c) => `${indent}${c.text} (${c.confidence})`)));
  out.push('', 'Checks of the engine (every profile):');
  for (const c of ENGINE_CHECKS) out.push(`  ${c.id.padEnd(15)} ${c.title}`);
  out.push('', `${rules.length} rules. Source confidence: V read, I inferred, U not confirmed. Run \`ics-check --explain RULE-ID\` for the links, rationale and examples.`);
  if (notImplemented.length > 0) {
    out.push('', 'Catalogue rules not implemented:');
    for (const n of notImplemented) out.push(`  ${n.id}  ${n.title} — ${n.reason}`);
  }
  return out.join('\n') + '\n';
}

/**
 * `--explain ID`: the documentation page of a rule or of an engine check (the same text as
 * docs/rules/<ID>.md). Every id the output prints is accepted; a typo gets the nearest ids.
 */
export function explainOutput(id: string): string {
  const wanted = id.trim();
  const rule = ruleById(wanted) ?? ruleById(wanted.toUpperCase());
  if (rule) return ruleMarkdown(rule);
  const check = engineCheckById(wanted.toLowerCase());
  if (check) return engineCheckMarkdown(check);
  const near = nearestIds(wanted, [...ALL_RULES.map((r) => r.meta.id), ...ENGINE_CHECKS.map((c) => c.id)]);
  const hint = near.length === 1 ? `; did you mean ${near[0]}?` : near.length > 1 ? `; did you mean one of ${near.join(', ')}?` : '';
  throw new InputError(`unknown rule "${id}"${hint} (ics-check --list-rules lists them all)`);
}

/** The ids closest to a mistyped one: the best edit distance, or ids that contain it. */
export function nearestIds(typed: string, ids: readonly string[]): string[] {
  const norm = (s: string) => s.toUpperCase().replace(/[\s_]+/g, '-');
  const t = norm(typed);
  if (t.length === 0) return [];
  const scored = ids.map((id) => ({ id, d: editDistance(t, norm(id)) }));
  const best = Math.min(...scored.map((s) => s.d));
  const limit = Math.max(2, Math.floor(t.length / 4));
  const close = best <= limit ? scored.filter((s) => s.d === best).map((s) => s.id) : [];
  const containing = t.length >= 3 ? ids.filter((id) => norm(id).includes(t) || (t.includes(norm(id)) && norm(id).length >= 5)) : [];
  return [...new Set([...close, ...containing])].slice(0, 5);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (i === r.length - 1 ? 0 : r[i].length))));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

const where = (o: SettingOrigin | undefined, cwd: string) => (o ? `${displayPath(o.file, cwd)}:${o.line}:${o.column}` : '');

/** Why a rule has its effective severity, in words. */
export function ruleSettingReason(meta: RuleMeta, options: CheckOptions, config: ResolvedConfig, overrides: OptionOverrides, cwd: string): string {
  if (overrides.rules?.[meta.id]) return `--rule ${meta.id}=${overrides.rules[meta.id]}`;
  if (config.options.ruleOverrides?.[meta.id]) return `rules.${meta.id} in ${where(config.origins.rules[meta.id], cwd)}`;
  const profile = options.profile ?? DEFAULT_PROFILE;
  if (!PROFILE_SOURCES[profile].includes(meta.sourceKind)) return `the ${profile} profile does not check ${meta.sourceKind} rules`;
  if (profile === 'strict' && meta.severity === 'hint') return 'a hint, raised to a warning by the strict profile';
  return `the rule's default (${meta.sourceKind})`;
}

interface PrintConfigReport {
  file: string;
  configFiles: string[];
  files: { included: boolean; reason: string };
  documents: {
    index: number;
    kind: string | null;
    schema: string | null;
    profile: { value: string; from: string };
    framework: { value: string; from: string };
    rules: { id: string; setting: SeverityOrOff; reason: string }[];
  }[];
  settings: { board_size_threshold?: { value: number; from: string }; require_waiver_owner_and_expiry?: { value: boolean; from: string } };
  suppressions: { line: number; kind: string; targetLine: number; lastLine: number; rules: string[]; reason: string | null; owner: string | null; expires: string | null }[];
  warnings: string[];
}

/** `--print-config FILE`: what applies to the file, and why. */
export function printConfig(file: string, cwd: string, loader: ConfigLoader, overrides: OptionOverrides, format: string): string {
  const filePath = path.resolve(cwd, file);
  const config = loader.forFile(filePath);
  const limit = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let source: DecodedSource;
  try {
    // Bounded, like every read: a FIFO or /dev/zero must not hang --print-config either.
    source = readSourceOrTooLarge(filePath, limit);
  } catch (err) {
    throw new InputError(`cannot read ${file}: ${err instanceof ReadError ? err.reason : describeErrno(err)}`);
  }
  const { text, ...hints } = source;
  const options = mergeOptions(config.options, overrides);
  const uri = pathToFileURL(filePath).href;
  const analyzed = analyzeFile(uri, text, hints);
  // The ICB of a partnership or place file may be in the same folder: read its siblings for the framework.
  const siblings = safeWalk(path.dirname(filePath)).filter((f) => f !== filePath).flatMap((f) => {
    try {
      const { text: siblingText, ...siblingHints } = readSourceOrTooLarge(f, limit);
      return [analyzeFile(pathToFileURL(f).href, siblingText, siblingHints)];
    } catch {
      return [];
    }
  });
  const system = buildSystem([analyzed, ...siblings]);
  const ignored = ignoredBy(filePath, config);
  const selected = selectedByFiles(filePath, config);
  const profileFrom = overrides.profile ? '--profile' : config.origins.profile ? `profile in ${where(config.origins.profile, cwd)}` : 'the default';

  const report: PrintConfigReport = {
    file: displayPath(filePath, cwd),
    configFiles: config.chain.map((c) => displayPath(c.path, cwd)),
    files: ignored
      ? { included: false, reason: `ignored by ${where(ignored.origin, cwd)} (${ignored.pattern})` }
      : selected
        ? { included: true, reason: config.files ? `matches files in ${where(config.files.origin, cwd)}` : 'every YAML file is checked (no files setting)' }
        : { included: false, reason: `not among files in ${where(config.files?.origin, cwd)} (checked only when named on the command line)` },
    documents: analyzed.documents.map((doc) => ({
      index: doc.index + 1,
      kind: doc.kind ?? null,
      schema: doc.kind ? `schemas/${doc.kind}.schema.json` : null,
      profile: { value: options.profile ?? DEFAULT_PROFILE, from: profileFrom },
      framework: doc.kind ? frameworkReason(doc, system, options, config, cwd) : { value: '', from: '' },
      rules: doc.kind
        ? ALL_RULES.filter((r) => r.meta.appliesTo.includes(doc.kind!)).map((r) => {
            const fw = frameworkFor(doc, system, options);
            if (!r.meta.frameworks.includes(fw)) return { id: r.meta.id, setting: 'off' as const, reason: `not part of the ${fw} framework` };
            return { id: r.meta.id, setting: effectiveSeverity(r.meta, options), reason: ruleSettingReason(r.meta, options, config, overrides, cwd) };
          })
        : [],
    })),
    settings: {
      ...(config.options.boardSizeThreshold !== undefined ? { board_size_threshold: { value: config.options.boardSizeThreshold, from: where(config.origins.board_size_threshold, cwd) } } : {}),
      ...(options.requireWaiverOwnerAndExpiry !== undefined
        ? { require_waiver_owner_and_expiry: { value: options.requireWaiverOwnerAndExpiry, from: overrides.requireWaiverOwnerAndExpiry ? '--require-waiver-owner-and-expiry' : where(config.origins.require_waiver_owner_and_expiry, cwd) } }
        : {}),
    },
    suppressions: parseSuppressions(text, analyzed.lines).map((s) => ({
      line: s.range.start.line + 1,
      kind: s.kind,
      targetLine: s.targetLine + 1,
      lastLine: Math.max(s.targetLine, ...Object.values(s.lastLine)) + 1,
      rules: s.ruleIds,
      reason: s.reason ?? null,
      owner: s.owner ?? null,
      expires: s.expires ?? null,
    })),
    warnings: config.warnings.map(formatConfigProblem),
  };
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format !== 'stylish' && format !== 'text') throw new UsageError(`--print-config prints text or -f json, not "${format}"`);
  return printConfigText(report);
}

function frameworkReason(doc: AnalyzedDocument, system: ReturnType<typeof buildSystem>, options: CheckOptions, config: ResolvedConfig, cwd: string): { value: string; from: string } {
  const value = frameworkFor(doc, system, options);
  if (options.framework) return { value, from: '--framework' };
  const typed = doc.typed;
  if (typed?.kind === 'icb-constitution') {
    const declared = typed.model.icb?.legal_framework;
    if (scalarText(declared) === value) return { value, from: `the document's icb.legal_framework (line ${declared!.loc.range.start.line + 1})` };
  } else if (typed) {
    const icbId = scalarText(typed.model.icb);
    const icb = icbId ? system.icbById(icbId) : undefined;
    const declared = icb?.model.icb?.legal_framework;
    if (icb && scalarText(declared) === value) return { value, from: `icb.legal_framework of its ICB ${icbId} (${displayPath(new URL(icb.uri).pathname, cwd)}:${declared!.loc.range.start.line + 1})` };
  }
  if (config.origins.framework) return { value, from: `framework in ${where(config.origins.framework, cwd)}` };
  return { value, from: `the default (${DEFAULT_FRAMEWORK})` };
}

function safeWalk(dir: string): string[] {
  try {
    return walk(dir).filter((f) => path.dirname(f) === dir);
  } catch {
    return [];
  }
}

function printConfigText(r: PrintConfigReport): string {
  const out = [`File: ${r.file}`];
  const cf = r.configFiles;
  out.push(`Configuration: ${cf.length === 0 ? 'none found (defaults)' : cf.map((f, i) => (i === 0 && cf.length > 1 ? `${f} (nearest)` : f)).join(', then ')}`);
  out.push(`Selected: ${r.files.included ? 'yes' : 'no'} — ${r.files.reason}`);
  if (r.settings.board_size_threshold) out.push(`Board size threshold: ${r.settings.board_size_threshold.value} (${r.settings.board_size_threshold.from})`);
  const waivers = r.settings.require_waiver_owner_and_expiry;
  if (waivers) out.push(`Waivers need an owner and an expiry: ${waivers.value ? 'yes' : 'no'} (${waivers.from})`);
  for (const w of r.warnings) out.push(`Warning: ${w}`);
  for (const d of r.documents) {
    out.push('', r.documents.length > 1 ? `Document ${d.index}:` : 'Document:');
    if (!d.kind) {
      out.push('  Kind: none of ours — this document is not checked');
      continue;
    }
    out.push(`  Kind: ${d.kind}`, `  Schema: ${d.schema}`, `  Profile: ${d.profile.value} (${d.profile.from})`, `  Legal framework: ${d.framework.value} (${d.framework.from})`);
    out.push('  Rules:');
    const rows = d.rules.map((x) => [`    ${x.id}`, x.setting, x.reason]);
    out.push(rows.length > 0 ? table(rows) : '    (no rule applies to this kind)');
  }
  out.push('', r.suppressions.length > 0 ? 'Suppressions:' : 'Suppressions: none');
  for (const s of r.suppressions) {
    const waiver = [s.owner ? `owner: ${s.owner}` : '', s.expires ? `expires: ${s.expires}` : ''].filter(Boolean).join(', ');
    const on = s.lastLine > s.targetLine ? `lines ${s.targetLine}–${s.lastLine}` : `line ${s.targetLine}`;
    out.push(`  line ${s.line}: ${s.rules.join(', ') || '(no rule named)'} on ${on} — ${s.reason ?? '(no reason given)'}${waiver ? ` (${waiver})` : ''}`);
  }
  return out.join('\n') + '\n';
}

/** A waiver's status in the register: the engine's, or `expiring` within the window asked for. */
export type RegisterStatus = WaiverStatus | 'expiring';

export interface WaiverRow {
  file: string;
  /** The line of the comment (1-based). */
  line: number;
  /** `next-line`, `line`, `block`, or `malformed` (a comment that is not a suppression ics-check can read). */
  kind: WaiverState['kind'];
  /** The lines whose findings it hides (`12`, or `12-40` for a block); empty for a malformed comment. */
  appliesTo: string;
  rules: string[];
  reason: string;
  owner: string;
  expires: string;
  status: RegisterStatus;
  /** Why, when the status alone does not say. */
  note: string;
}

/** The date `days` days after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Every suppression comment of the files, as a register. With `expiringWithinDays`, a waiver that
 * has not expired but expires on or before today plus that many days is `expiring`.
 */
export function waiverRows(files: readonly { filePath: string; waivers: readonly WaiverState[] }[], cwd: string, today: string, expiringWithinDays?: number): WaiverRow[] {
  const rows: WaiverRow[] = [];
  const horizon = expiringWithinDays !== undefined ? addDays(today, expiringWithinDays) : undefined;
  const sooner: readonly RegisterStatus[] = ['active', 'unused', 'inactive', 'no reason', 'incomplete'];
  for (const f of files) {
    for (const w of f.waivers) {
      let status: RegisterStatus = w.status;
      let note = w.note ?? '';
      if (horizon && w.expires && /^\d{4}-\d{2}-\d{2}$/.test(w.expires) && w.expires >= today && w.expires <= horizon && sooner.includes(status)) {
        note = [status === 'active' ? '' : `${status}${note ? `: ${note}` : ''}`, `expires within ${expiringWithinDays} days`].filter(Boolean).join('; ');
        status = 'expiring';
      }
      const appliesTo = w.lines ? (w.lines[0] === w.lines[1] ? `${w.lines[0] + 1}` : `${w.lines[0] + 1}-${w.lines[1] + 1}`) : '';
      rows.push({ file: displayPath(f.filePath, cwd), line: w.range.start.line + 1, kind: w.kind, appliesTo, rules: w.ruleIds, reason: w.reason ?? '', owner: w.owner ?? '', expires: w.expires ?? '', status, note });
    }
  }
  return rows;
}

export function waiversOutput(rows: readonly WaiverRow[], format: string, today: string): string {
  if (format === 'json') return JSON.stringify({ today, waivers: rows }, null, 2) + '\n';
  if (format === 'csv') {
    const q = (s: string | number) => (/[",\r\n]/.test(String(s)) ? `"${String(s).replace(/"/g, '""')}"` : String(s));
    const lines = [['file', 'line', 'rules', 'reason', 'owner', 'expires', 'status', 'kind', 'applies_to', 'note'].join(',')];
    for (const r of rows) lines.push([r.file, r.line, r.rules.join(' '), r.reason, r.owner, r.expires, r.status, r.kind, r.appliesTo, r.note].map(q).join(','));
    return lines.join('\r\n') + '\r\n';
  }
  if (format !== 'markdown' && format !== 'stylish') throw new UsageError(`--waivers prints -f markdown, csv or json, not "${format}"`);
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const count = (st: RegisterStatus) => rows.filter((r) => r.status === st).length;
  const counts: [RegisterStatus, string][] = [
    ['active', 'active'],
    ['expiring', 'expiring soon'],
    ['expired', 'expired'],
    ['no reason', 'without a reason'],
    ['incomplete', 'without an owner or an expiry'],
    ['invalid expiry', 'with an invalid expiry'],
    ['inactive', 'inactive (their rules did not run)'],
    ['unused', 'suppressing nothing'],
    ['unknown rule', 'naming an unknown rule'],
    ['malformed', 'not readable as suppressions'],
  ];
  // The first four are always shown (a register that says "0 expired" is a register that was checked).
  const summary = counts.filter(([st], i) => i === 0 || st === 'expired' || st === 'no reason' || count(st) > 0).map(([st, words]) => `${count(st)} ${words}`);
  const out = ['## Waivers and suppressions', '', `${rows.length} suppression${rows.length === 1 ? '' : 's'} as of ${today}: ${summary.join(', ')}.`];
  if (rows.length > 0) {
    out.push('', '| File | Line | Rules | Reason | Owner | Expires | Status | Applies to | Note |', '|---|---:|---|---|---|---|---|---|---|');
    for (const r of rows) out.push(`| \`${cell(r.file)}\` | ${r.line} | ${cell(r.rules.join(', '))} | ${cell(r.reason)} | ${cell(r.owner)} | ${r.expires} | ${r.status} | ${r.appliesTo ? `${r.kind} ${r.appliesTo}` : r.kind} | ${cell(r.note)} |`);
  }
  return out.join('\n') + '\n';
}
