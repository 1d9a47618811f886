import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import { CONFIG_SCHEMA, validateYaml } from './schema/validate';
import { LineIndex } from './yaml/lineIndex';
import { aliasOverflow } from './yaml/aliases';
import { DEFAULT_MAX_FILE_SIZE, parseSize, ReadError, readSource } from './read';
import { KNOWN_RULE_IDS, NOT_IMPLEMENTED } from './rules';
import { nearest } from './yaml/parse';
import type { CheckOptions, FrameworkId, ProfileId, SeverityOrOff } from './types';

/**
 * The `.ics-check.yaml` configuration, shared by the editor and the CLI. For a file, the loader walks
 * up from the file's folder collecting `.ics-check.yaml` files until one says `root: true` (or the
 * file system ends); the nearest file wins setting by setting, and rule settings merge rule by rule.
 * `--config FILE` (or `configPath`) replaces the walk with that one file.
 *
 * A broken configuration is an error with file:line:col, never a silent fallback to defaults.
 * This module reads files through `node:fs` (or a `readFile` you pass) and imports nothing from the
 * editor, so the language server, the CLI and tests share it.
 */
export const CONFIG_FILENAME = '.ics-check.yaml';
/** The names a configuration file may have, in order of preference (`.yml` as well, like other YAML tools). */
export const CONFIG_FILENAMES: readonly string[] = [CONFIG_FILENAME, '.ics-check.yml'];

/** Whether a file name (not a path) is a configuration file's. */
export function isConfigFileName(name: string): boolean {
  return CONFIG_FILENAMES.includes(name);
}

/** Where a setting was written: a config file and the 1-based line and column of its key. */
export interface SettingOrigin {
  file: string;
  line: number;
  column: number;
}

/** One problem in a configuration file, with its 1-based position. */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatConfigProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** A configuration that cannot be used. `message` is the first problem as `file:line:col: message`. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.length > 0 ? formatConfigProblem(problems[0]) : 'invalid configuration');
    this.name = 'ConfigError';
  }
}

/** The settings of one configuration file, as written (validated). */
export interface ConfigFileSettings {
  profile?: ProfileId;
  framework?: FrameworkId;
  rules?: Record<string, SeverityOrOff>;
  files?: string[];
  ignore?: string[];
  root?: boolean;
  board_size_threshold?: number;
  require_waiver_owner_and_expiry?: boolean;
  /** The largest file read, in bytes or with a unit ("10MB"). */
  max_file_size?: number | string;
}

export interface ConfigFile {
  /** Absolute path of the file. */
  path: string;
  /** Its folder: `files` and `ignore` globs are relative to it. */
  dir: string;
  settings: ConfigFileSettings;
  /** Position of each top-level key, and of each rule under `rules` (as `rules.ICS-X`). */
  keyOrigins: Record<string, SettingOrigin>;
  /** Problems that do not stop the configuration being used (an unknown rule id). */
  warnings: ConfigProblem[];
}

/** Globs and the folder they are relative to. */
export interface GlobSet {
  patterns: string[];
  base: string;
  origin: SettingOrigin;
}

/** The configuration in force for one file. */
export interface ResolvedConfig {
  /**
   * Engine options from the configuration files: `profile`, `defaultFramework` (the config's
   * `framework`: a document's own `icb.legal_framework` still wins), `ruleOverrides`,
   * `boardSizeThreshold`, `requireWaiverOwnerAndExpiry`. Only what a file sets is present.
   */
  options: CheckOptions;
  /** The nearest `files` setting: which files a folder or workspace run checks. */
  files?: GlobSet;
  /** Every `ignore` setting of the chain, each relative to its own file's folder. */
  ignore: GlobSet[];
  /** The configuration files that apply, nearest first (empty: defaults only). */
  chain: ConfigFile[];
  /** Where each setting came from. Rule settings are keyed by rule id. */
  origins: {
    profile?: SettingOrigin;
    framework?: SettingOrigin;
    board_size_threshold?: SettingOrigin;
    require_waiver_owner_and_expiry?: SettingOrigin;
    files?: SettingOrigin;
    max_file_size?: SettingOrigin;
    rules: Record<string, SettingOrigin>;
  };
  /** The largest document read, in bytes (`max_file_size`), when a file of the chain sets it. */
  maxFileSize?: number;
  /** Warnings of every file in the chain. */
  warnings: ConfigProblem[];
}

/**
 * Parses and validates the text of a configuration file. Throws `ConfigError` for YAML errors and
 * schema problems (every problem, each with its position).
 */
export function parseConfig(text: string, filePath: string): ConfigFile {
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const p = lines.positionAt(offset);
    return { file: filePath, line: p.line + 1, column: p.character + 1 };
  };
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((e) => ({ ...at(e.pos[0]), message: `YAML syntax: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}` })));
  }
  const overflow = aliasOverflow(doc);
  if (overflow) {
    throw new ConfigError([{ ...at(overflow.alias.range?.[0] ?? 0), message: `too many aliases: with every \`*alias\` expanded, this file would hold more than ${overflow.budget.toLocaleString('en-GB')} values` }]);
  }
  const root = doc.contents as Node | null;
  const data = doc.toJS({ maxAliasCount: -1 }) ?? {};
  const problems = validateYaml(CONFIG_SCHEMA, root, data, lines).map((p) => ({
    file: filePath,
    line: p.range.start.line + 1,
    column: p.range.start.character + 1,
    message: p.message,
  }));
  const size = (data as ConfigFileSettings).max_file_size;
  if (size !== undefined && typeof size === 'string' && parseSize(size) === undefined) {
    const node = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'max_file_size')?.value : undefined;
    const offset = (node as Node | undefined)?.range?.[0] ?? 0;
    problems.push({ ...at(offset), message: `\`max_file_size\` must be a size such as 10MB, 512KB or a number of bytes — "${size}" is not` });
  }
  if (problems.length > 0) throw new ConfigError(problems.sort((a, b) => a.line - b.line || a.column - b.column));

  const keyOrigins: Record<string, SettingOrigin> = {};
  const warnings: ConfigProblem[] = [];
  const map = doc.contents as { items?: { key: { value?: unknown; range?: [number, number, number] }; value: unknown }[] } | null;
  for (const pair of map?.items ?? []) {
    const key = String(pair.key?.value);
    if (pair.key?.range) keyOrigins[key] = at(pair.key.range[0]);
    if (key === 'files') {
      const list = pair.value as { items?: { range?: [number, number, number] }[] } | null;
      (list?.items ?? []).forEach((item, i) => {
        if (item?.range) keyOrigins[`files.${i}`] = at(item.range[0]);
      });
    }
    if (key === 'rules') {
      const rulesMap = pair.value as { items?: { key: { value?: unknown; range?: [number, number, number] } }[] } | null;
      for (const r of rulesMap?.items ?? []) {
        const id = String(r.key?.value);
        const origin = r.key?.range ? at(r.key.range[0]) : keyOrigins.rules;
        keyOrigins[`rules.${id}`] = origin;
        const warning = unknownRuleWarning(id);
        if (warning) warnings.push({ ...origin, message: warning });
      }
    }
  }
  const dir = path.dirname(filePath);
  return { path: filePath, dir, settings: data as ConfigFileSettings, keyOrigins, warnings };
}

const NOT_IMPLEMENTED_IDS = new Set(NOT_IMPLEMENTED.map((n) => n.id));

function unknownRuleWarning(id: string): string | undefined {
  if (KNOWN_RULE_IDS.has(id) || NOT_IMPLEMENTED_IDS.has(id)) return undefined;
  const guess = nearest(id, KNOWN_RULE_IDS);
  const hint = guess && guess.distance <= 2 ? `; did you mean \`${guess.value}\`?` : '; this setting has no effect.';
  return `\`${id}\` is not a rule of ICS Constitution Checker${hint}`;
}

export interface ConfigLoaderOptions {
  /** Use this configuration file for every file instead of walking up (`--config`). */
  configPath?: string;
  /**
   * Reads a file; return undefined when it does not exist. Defaults to a bounded read from disk
   * (`readConfigFile`). The editor passes unsaved buffers through this.
   */
  readFile?: (filePath: string) => string | undefined;
  /** The largest configuration file read (default DEFAULT_MAX_FILE_SIZE). */
  maxFileSize?: number;
}

/**
 * Reads a configuration file from disk: a regular file of at most `maxBytes`, in UTF-8. Undefined
 * when there is none; a ConfigError (with the reason) when it cannot be read — a FIFO, a device, too
 * large, not UTF-8 — never a hang.
 */
export function readConfigFile(filePath: string, maxBytes = DEFAULT_MAX_FILE_SIZE): string | undefined {
  let source;
  try {
    source = readSource(filePath, maxBytes);
  } catch (err) {
    const code = err instanceof ReadError ? err.code : (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    const reason = err instanceof ReadError ? err.reason : (code ?? (err as Error).message);
    throw new ConfigError([{ file: filePath, line: 1, column: 1, message: `cannot read the configuration file: ${reason}` }]);
  }
  const problem = source.unreadable ?? source.invalidUtf8;
  if (problem) {
    const p = new LineIndex(source.text).positionAt(problem.offset);
    throw new ConfigError([{ file: filePath, line: p.line + 1, column: p.character + 1, message: problem.message }]);
  }
  return source.text;
}

/**
 * Finds and loads the configuration for files, with a cache per folder. Call `clear()` when a
 * configuration file changes (the language server does on `workspace/didChangeWatchedFiles`).
 */
export class ConfigLoader {
  private readonly files = new Map<string, ConfigFile | null>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly readFile: (filePath: string) => string | undefined;
  readonly configPath?: string;

  constructor(options: ConfigLoaderOptions = {}) {
    this.readFile = options.readFile ?? ((p) => readConfigFile(p, options.maxFileSize));
    this.configPath = options.configPath ? path.resolve(options.configPath) : undefined;
  }

  clear(): void {
    this.files.clear();
    this.resolved.clear();
  }

  /** The configuration in force for a file (an absolute or cwd-relative path). Throws `ConfigError`. */
  forFile(filePath: string): ResolvedConfig {
    return this.forDirectory(path.dirname(path.resolve(filePath)));
  }

  /** The configuration in force for files in a folder. Throws `ConfigError`. */
  forDirectory(dir: string): ResolvedConfig {
    const key = this.configPath ? '\0explicit' : path.resolve(dir);
    const cached = this.resolved.get(key);
    if (cached) return cached;
    const chain: ConfigFile[] = [];
    if (this.configPath) {
      const file = this.load(this.configPath);
      if (!file) throw new ConfigError([{ file: this.configPath, line: 1, column: 1, message: 'the configuration file does not exist' }]);
      chain.push(file);
    } else {
      let current = path.resolve(dir);
      for (;;) {
        const file = this.loadFromFolder(current);
        if (file) {
          chain.push(file);
          if (file.settings.root === true) break;
        }
        const parent = path.dirname(current);
        if (parent === current) break;
        current = parent;
      }
    }
    const result = resolveChain(chain);
    this.resolved.set(key, result);
    return result;
  }

  /** The folder's `.ics-check.yaml`, else its `.ics-check.yml`; with both, the `.yml` is named in a warning. */
  private loadFromFolder(dir: string): ConfigFile | undefined {
    const [preferred, ...others] = CONFIG_FILENAMES.map((name) => this.load(path.join(dir, name)));
    const first = preferred ?? others.find((f) => f !== undefined);
    if (!first) return undefined;
    const ignored = [preferred, ...others].filter((f): f is ConfigFile => f !== undefined && f !== first);
    if (ignored.length > 0 && !first.warnings.some((w) => w.message.startsWith('another configuration file'))) {
      first.warnings.push({ file: first.path, line: 1, column: 1, message: `another configuration file in this folder is not used: ${ignored.map((f) => path.basename(f.path)).join(', ')} (${path.basename(first.path)} wins); remove one` });
    }
    return first;
  }

  private load(filePath: string): ConfigFile | undefined {
    if (this.files.has(filePath)) return this.files.get(filePath) ?? undefined;
    const text = this.readFile(filePath);
    const file = text === undefined ? null : parseConfig(text, filePath);
    this.files.set(filePath, file);
    return file ?? undefined;
  }
}

/** Merges a chain of configuration files, nearest first: the nearest setting wins. */
export function resolveChain(chain: ConfigFile[]): ResolvedConfig {
  const options: CheckOptions = {};
  const origins: ResolvedConfig['origins'] = { rules: {} };
  let files: GlobSet | undefined;
  let maxFileSize: number | undefined;
  const ignore: GlobSet[] = [];
  // Farthest first, so nearer files overwrite.
  for (const file of [...chain].reverse()) {
    const s = file.settings;
    if (s.profile !== undefined) {
      options.profile = s.profile;
      origins.profile = file.keyOrigins.profile;
    }
    if (s.framework !== undefined) {
      options.defaultFramework = s.framework;
      origins.framework = file.keyOrigins.framework;
    }
    if (s.max_file_size !== undefined) {
      maxFileSize = parseSize(s.max_file_size);
      origins.max_file_size = file.keyOrigins.max_file_size;
    }
    if (s.board_size_threshold !== undefined) {
      options.boardSizeThreshold = s.board_size_threshold;
      origins.board_size_threshold = file.keyOrigins.board_size_threshold;
    }
    if (s.require_waiver_owner_and_expiry !== undefined) {
      options.requireWaiverOwnerAndExpiry = s.require_waiver_owner_and_expiry;
      origins.require_waiver_owner_and_expiry = file.keyOrigins.require_waiver_owner_and_expiry;
    }
    for (const [id, value] of Object.entries(s.rules ?? {})) {
      options.ruleOverrides = { ...options.ruleOverrides, [id]: value };
      origins.rules[id] = file.keyOrigins[`rules.${id}`];
    }
    if (s.files !== undefined) {
      files = { patterns: s.files, base: file.dir, origin: file.keyOrigins.files };
      origins.files = file.keyOrigins.files;
    }
    if (s.ignore !== undefined && s.ignore.length > 0) ignore.push({ patterns: s.ignore, base: file.dir, origin: file.keyOrigins.ignore });
  }
  return { options, files, ignore, chain, origins, warnings: chain.flatMap((f) => f.warnings), ...(maxFileSize !== undefined ? { maxFileSize } : {}) };
}

/** Options given on the command line or by the API, which win over the configuration files. */
export interface OptionOverrides {
  profile?: ProfileId;
  /** An explicit framework: wins even over a document's own `icb.legal_framework`. */
  framework?: FrameworkId;
  rules?: Record<string, SeverityOrOff>;
  today?: string;
  /** `--require-waiver-owner-and-expiry`: turns the requirement on whatever the configuration says. */
  requireWaiverOwnerAndExpiry?: boolean;
}

/** The engine options for a file: defaults, then the configuration, then explicit overrides. */
export function mergeOptions(config: CheckOptions, overrides: OptionOverrides = {}): CheckOptions {
  const out: CheckOptions = { ...config };
  if (overrides.profile) out.profile = overrides.profile;
  if (overrides.framework) out.framework = overrides.framework;
  if (overrides.rules && Object.keys(overrides.rules).length > 0) out.ruleOverrides = { ...config.ruleOverrides, ...overrides.rules };
  if (overrides.today) out.today = overrides.today;
  if (overrides.requireWaiverOwnerAndExpiry) out.requireWaiverOwnerAndExpiry = true;
  return out;
}

const matchers = new Map<string, (p: string) => boolean>();
function matcher(pattern: string): (p: string) => boolean {
  let m = matchers.get(pattern);
  if (!m) {
    m = picomatch(pattern, { dot: true });
    matchers.set(pattern, m);
  }
  return m;
}

/** The path of `filePath` relative to `base` with `/` separators, or undefined when it is outside. */
function relativeInside(base: string, filePath: string): string | undefined {
  const rel = path.relative(base, path.resolve(filePath));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** Whether a glob matches the path or one of its parent folders (so `drafts` ignores `drafts/x.yaml`). */
function matchesPathOrParent(pattern: string, rel: string): boolean {
  const m = matcher(pattern.replace(/^\.\//, '').replace(/\/$/, ''));
  const parts = rel.split('/');
  for (let i = parts.length; i > 0; i--) if (m(parts.slice(0, i).join('/'))) return true;
  return false;
}

/** The ignore setting that excludes a file, if any. */
export function ignoredBy(filePath: string, config: ResolvedConfig): { pattern: string; origin: SettingOrigin } | undefined {
  for (const set of config.ignore) {
    const rel = relativeInside(set.base, filePath);
    if (rel === undefined) continue;
    for (const pattern of set.patterns) if (matchesPathOrParent(pattern, rel)) return { pattern, origin: set.origin };
  }
  return undefined;
}

/** Whether a file found by walking a folder is among the configuration's `files` (all YAML when unset). */
export function selectedByFiles(filePath: string, config: ResolvedConfig): boolean {
  if (!config.files) return true;
  const rel = relativeInside(config.files.base, filePath);
  if (rel === undefined) return false;
  return config.files.patterns.some((p) => matcher(p.replace(/^\.\//, ''))(rel));
}
