import type { Finding, Position, Range } from '../types';
import { WHOLE } from '../model/reads';
export { instrumentRoot, noteRead, rawSections, SYSTEM, tracking, WHOLE } from '../model/reads';

/**
 * Which top-level sections of a document a rule reads, found out by running it: the root of each
 * model built for incremental analysis answers its fields through getters that note the reads
 * (`instrumentRoot`). A rule whose sections, settings and system did not change since it last ran
 * gives the same findings, so its last findings are used again, their positions moved by the edits
 * in between (`RuleResultCache.edited`). Reading the whole document (`ctx.file`, `ctx.document`, the
 * root's YAML node) counts as reading every section: such a rule runs after every edit.
 */

/** The same section: the same model, or a list of the same items (a list is rebuilt around kept items). */
export function sameSection(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const x = a as { items?: unknown[] } | undefined;
  const y = b as { items?: unknown[] } | undefined;
  if (!x || !y || !Array.isArray(x.items) || !Array.isArray(y.items) || x.items.length !== y.items.length) return false;
  for (let i = 0; i < x.items.length; i++) if (x.items[i] !== y.items[i]) return false;
  // The list's own position (its key) is compared through the findings' positions.
  return true;
}

/** What a cached result was computed from, besides the sections it read. */
export interface RuleRunKey {
  /** The rule itself (tests replace the catalogue). */
  rule: unknown;
  severity: string;
  framework: string;
  options: string;
  /** Top-level keys present, the `kind:` line and the indentation unit. */
  shape: string;
  /** For rules that read the system: the other documents of the system, as they were. */
  others?: readonly unknown[];
}

interface Entry {
  key: RuleRunKey;
  sections: Map<string, unknown>;
  findings: Finding[];
}

/** An edit, in the positions of the text before it. */
export interface TextChange {
  start: Position;
  oldEnd: Position;
  newEnd: Position;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Where a position before an edit is after it; undefined inside the edit (or touching it). */
function mapPosition(p: Position, c: TextChange): Position | undefined {
  if (before(p, c.start)) return p;
  if (!before(c.oldEnd, p)) return undefined;
  if (p.line === c.oldEnd.line) return { line: c.newEnd.line, character: c.newEnd.character + (p.character - c.oldEnd.character) };
  return { line: p.line + (c.newEnd.line - c.oldEnd.line), character: p.character };
}

function mapRange(r: Range, c: TextChange): Range | undefined {
  const start = mapPosition(r.start, c);
  const end = start && mapPosition(r.end, c);
  return start && end ? { start, end } : undefined;
}

/** Moves a finding's positions in this file through an edit; undefined when any lies in the edit. */
function mapFinding(f: Finding, c: TextChange): Finding | undefined {
  const range = mapRange(f.range, c);
  if (!range) return undefined;
  let related = f.related;
  if (related) {
    const moved: NonNullable<Finding['related']> = [];
    for (const r of related) {
      if (r.uri !== undefined && r.uri !== f.uri) {
        moved.push(r);
        continue;
      }
      const m = mapRange(r.range, c);
      if (!m) return undefined;
      moved.push({ ...r, range: m });
    }
    related = moved;
  }
  let fixes = f.fixes;
  if (fixes) {
    const moved: NonNullable<Finding['fixes']> = [];
    for (const fix of fixes) {
      const edits: typeof fix.edits = [];
      for (const e of fix.edits) {
        const m = mapRange(e.range, c);
        if (!m) return undefined;
        edits.push({ ...e, range: m });
      }
      moved.push({ ...fix, edits });
    }
    fixes = moved;
  }
  return { ...f, range, ...(related ? { related } : {}), ...(fixes ? { fixes } : {}) };
}

/** The findings of each rule on each document of one file, kept between edits of the file. */
export class RuleResultCache {
  private readonly entries = new Map<string, Entry>();
  /** The analysis the cached positions belong to: the cache serves checks of that analysis only. */
  current: object | undefined;
  /** Rule results re-used and computed, since the cache was made (tests, benchmarks). */
  readonly stats = { reused: 0, ran: 0 };

  clear(): void {
    this.entries.clear();
  }

  /** The file was edited: move every cached finding, and drop results with a finding in the edit. */
  edited(change: TextChange): void {
    for (const [id, entry] of this.entries) {
      const moved: Finding[] = [];
      for (const f of entry.findings) {
        const m = mapFinding(f, change);
        if (!m) {
          this.entries.delete(id);
          break;
        }
        moved.push(m);
      }
      if (this.entries.has(id)) entry.findings = moved;
    }
  }

  /**
   * The findings of a rule computed from the same sections and settings, if any. They are shared,
   * not copied: findings are never changed once made (an edit makes moved copies, see `edited`).
   */
  get(id: string, key: RuleRunKey, sections: Map<string, unknown>): Finding[] | undefined {
    const entry = this.entries.get(id);
    if (!entry || !sameKey(entry.key, key)) return undefined;
    for (const [name, value] of entry.sections) if (!sameSection(sections.get(name), value)) return undefined;
    this.stats.reused++;
    return entry.findings;
  }

  set(id: string, key: RuleRunKey, read: Set<string>, sections: Map<string, unknown>, findings: Finding[]): void {
    this.stats.ran++;
    if (read.has(WHOLE)) {
      this.entries.delete(id);
      return;
    }
    const used = new Map<string, unknown>();
    for (const name of read) used.set(name, sections.get(name));
    this.entries.set(id, { key, sections: used, findings });
  }
}

/** `cached` was stored with `others` only when the rule read the system. */
function sameKey(cached: RuleRunKey, now: RuleRunKey): boolean {
  if (cached.rule !== now.rule || cached.severity !== now.severity || cached.framework !== now.framework || cached.options !== now.options || cached.shape !== now.shape) return false;
  if (!cached.others) return true;
  const others = now.others ?? [];
  return cached.others.length === others.length && cached.others.every((x, i) => x === others[i]);
}
