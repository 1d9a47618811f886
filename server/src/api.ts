/**
 * The programmatic API of ICS Constitution Checker: `import { check } from 'ics-constitution-checker'`.
 * The `ics-check` command line is built on it, so `check` returns exactly the findings the CLI prints.
 *
 * @example
 * ```ts
 * import { check, formatters } from 'ics-constitution-checker';
 * const result = await check({ files: ['governance/'] });
 * if (result.summary.error > 0) console.log(formatters.stylish(result.results, result.context));
 * ```
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { analyzeFile, type AnalyzedFile } from './core/analyze';
import { buildSystem } from './core/engine';
import type { WaiverState } from './core/suppressions';
import { checkFileOutcomes } from './core/outcomes';
import { ConfigError, ConfigLoader, ignoredBy, mergeOptions, selectedByFiles, formatConfigProblem, type ResolvedConfig } from './core/config';
import { fixAll } from './core/fix';
import { ALL_RULES, NOT_IMPLEMENTED, ruleById } from './core/rules';
import { effectiveSeverity } from './core/profiles';
import { profilesOf, citationText } from './core/docs';
import { ruleDocsUrl } from './core/language/links';
import { FRAMEWORKS, PROFILES, type CheckOptions, type Citation, type Finding, type FrameworkId, type ProfileId, type RuleMeta, type Severity, type SeverityOrOff } from './core/types';
import { formatters, summarize, type FileResult, type FormatContext, type SkippedFile, type Summary, type ToolInfo } from './core/formatters';
import { byPosition, plural } from './core/formatters/util';
import { expandGlob, expandInputs, InputError, isGlob, UNMATCHED_HINT, type FoundFile } from './cli/files';
import { FixRefused, replaceFileContent, writeBackProblem, type FileIdentity } from './cli/atomic';
import { DEFAULT_MAX_FILE_SIZE, describeErrno, parseSize, ReadError, readSourceOrTooLarge } from './core/read';
import type { DecodedSource, SourceHints } from './core/source';
import { isCalendarDate } from './core/dates';
import { checkInParallel, workerCount } from './cli/parallel';
// In a checking thread of a parallel run, this bundle is the thread's script (see cli/worker.ts).
import './cli/worker';
import { catalogueVersion, DOCUMENT_FORMAT_VERSION, DOCUMENT_FORMAT_VERSIONS, type CatalogueVersion } from './core/versions';
import { JSON_FORMAT_VERSION } from './core/formatters';

export { formatters, FORMAT_NAMES, isFormatName, JSON_FORMAT_VERSION, type FormatName } from './core/formatters';
export type { FileResult, FormatContext, Formatter, SkippedFile, Summary, ToolInfo } from './core/formatters';
export { ConfigError, ConfigLoader, CONFIG_FILENAME, type ResolvedConfig, type ConfigProblem } from './core/config';
export { InputError } from './cli/files';
export { DOCUMENT_FORMAT_VERSION, DOCUMENT_FORMAT_VERSIONS, type CatalogueVersion } from './core/versions';
export type { Finding, Fix, Range, Position, Severity, SeverityOrOff, ProfileId, FrameworkId, RuleMeta, Citation } from './core/types';
export type { RuleOutcome, RuleStatus, DocumentOutcome, FileOutcome, OutcomeCounts, WaivedFinding, Waiver } from './core/outcomes';

/** What to check and how. Every field is optional: by default, the current folder with its configuration. */
export interface CheckInput {
  /** Files, folders (walked for `*.yaml`/`*.yml`) and globs, relative to `cwd` (one, or a list). Default: the configuration's `files`, else `.`. */
  files?: string | string[];
  /** The text of one document to check (standard input). Checked with `files`, as one system. */
  text?: string;
  /** The name `text` is reported under; its folder is where the configuration is looked up. */
  filename?: string;
  /** A configuration file to use instead of looking for `.ics-check.yaml` files. */
  config?: string;
  /** Overrides the configuration's profile. */
  profile?: ProfileId;
  /** An explicit legal framework: wins over the configuration and the documents' own `icb.legal_framework`. */
  framework?: FrameworkId;
  /** Rule settings that win over the configuration, e.g. `{ 'ICS-SIZE-001': 'off' }`. */
  rules?: Record<string, SeverityOrOff>;
  /** Compute safe fixes (`output` on each result); nothing is written. See {@link writeFixes}. */
  fix?: boolean;
  /** The folder relative paths are resolved against and reported relative to. Default: `process.cwd()`. */
  cwd?: string;
  /** Today's date, YYYY-MM-DD, for waiver expiry. Default: the clock. */
  today?: string;
  /** Every waiver must give an owner and an expiry (as `require_waiver_owner_and_expiry: true` in the configuration). */
  requireWaiverOwnerAndExpiry?: boolean;
  /**
   * The largest file read, in bytes or with a unit (`'10MB'`). Wins over the configuration's
   * `max_file_size`; default 10MB. A larger file that looks like an ICS document is an error finding.
   */
  maxFileSize?: number | string;
  /**
   * The folder that reports print paths relative to (and SARIF's `%SRCROOT%`). Default: `cwd`.
   * The CLI passes the repository root (see `findBasePath`), so paths agree wherever it runs.
   */
  basePath?: string;
  /**
   * A folder or glob given in `files` (or the current folder, when `files` is not given) that
   * yields no ICS document to check is an `InputError`, as ESLint does for patterns that match
   * nothing: usually a typo in a CI script, which would otherwise pass with nothing checked.
   * `false` allows it (`--no-error-on-unmatched-pattern`). Default: `true`.
   */
  errorOnUnmatchedPattern?: boolean;
}

/** One checked file. */
export interface CheckFileResult extends FileResult {
  /** The text that was read. */
  text: string;
  /** With `fix: true`: the text after safe fixes (equal to `text` when nothing applied). */
  output?: string;
  /** The engine options the file was checked with (configuration, then `CheckInput` overrides). */
  options: CheckOptions;
  /** The configuration in force for the file. */
  config: ResolvedConfig;
  /** The file that was read (device and inode), so {@link writeFixes} can tell when it was replaced meanwhile. */
  identity?: FileIdentity;
  /** With `fix: true`: why safe fixes were found but not applied (a file that is not valid UTF-8). */
  notFixed?: string;
  /** Every suppression comment of the file and how it stands (the waiver register, `ics-check --waivers`). */
  waivers: WaiverState[];
}

export interface CheckResult {
  /** One entry per checked file, sorted by path. */
  results: CheckFileResult[];
  /** Files that were found but not checked, with the reason. */
  skipped: SkippedFile[];
  summary: Summary;
  /** The catalogue rules that ran for at least one file. */
  rules: RuleMeta[];
  /** Configuration warnings (`file:line:col: message`), e.g. an unknown rule id. */
  warnings: string[];
  /** Everything a formatter needs: `formatters.sarif(result.results, result.context)`. */
  context: FormatContext;
}

export const TOOL_NAME = 'ics-check';
export const INFORMATION_URI = 'https://github.com/ics-constitution-checker/ics-constitution-checker';

let cachedVersion: string | undefined;
/** The version of this package (from its package.json). */
export function toolVersion(): string {
  if (cachedVersion) return cachedVersion;
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'ics-constitution-checker' && pkg.version) return (cachedVersion = pkg.version);
    } catch {
      // not here
    }
    const parent = path.dirname(dir);
    if (parent === dir) return (cachedVersion = '0.0.0');
    dir = parent;
  }
}

/** Everything a report depends on: the tool, the document format, the rule catalogue and the JSON report. */
export interface Versions {
  /** The package's semver version. */
  tool: string;
  /** The newest document format version read (`formats` lists every one). */
  format: number;
  /** Every document format version read, oldest first. */
  formats: readonly number[];
  /** The rule catalogue: rule counts and a fingerprint that changes whenever a rule's behaviour-defining metadata does. */
  catalogue: CatalogueVersion;
  /** The version of `-f json` (docs/json-format.md). */
  jsonReport: number;
}

export function versions(): Versions {
  return { tool: toolVersion(), format: DOCUMENT_FORMAT_VERSION, formats: DOCUMENT_FORMAT_VERSIONS, catalogue: catalogueVersion(), jsonReport: JSON_FORMAT_VERSION };
}

export function toolInfo(): ToolInfo {
  return { name: TOOL_NAME, version: toolVersion(), informationUri: INFORMATION_URI };
}

const SEVERITY_VALUES: readonly SeverityOrOff[] = ['off', 'error', 'warning', 'information', 'hint'];

/** Every option of `CheckInput` (the compiler insists that a new one is added here). */
const INPUT_KEYS = Object.keys({ files: 1, text: 1, filename: 1, config: 1, profile: 1, framework: 1, rules: 1, fix: 1, cwd: 1, today: 1, maxFileSize: 1, requireWaiverOwnerAndExpiry: 1, basePath: 1, errorOnUnmatchedPattern: 1 } satisfies Record<keyof CheckInput, 1>);

/** How a value reads in a message: `null`, `a number (3)`, `a list`. */
function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v === 'number' ? 'a number' : 'a boolean'} (${String(v)})`;
  return `${typeof v === 'object' ? 'an object' : `a ${typeof v}`}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Checks a `CheckInput` as it came, from TypeScript or not: its type, each field's type and value.
 * A wrong one is an `InputError` naming the field and what it got.
 */
export function validateInput(input: unknown): asserts input is CheckInput {
  if (input === undefined) return;
  if (!isPlainObject(input)) throw new InputError(`check() takes an object of options, such as { files: ['governance/'] }, not ${describeValue(input)}`);
  for (const key of Object.keys(input)) {
    if (!INPUT_KEYS.includes(key)) throw new InputError(`unknown option "${key}" (the options are ${INPUT_KEYS.join(', ')})`);
  }
  const i = input as Record<string, unknown>;
  const text = (key: string, what: string) => {
    if (i[key] !== undefined && typeof i[key] !== 'string') throw new InputError(`\`${key}\` must be ${what}, not ${describeValue(i[key])}`);
  };
  if (i.files !== undefined && typeof i.files !== 'string' && !(Array.isArray(i.files) && i.files.every((f) => typeof f === 'string'))) {
    throw new InputError(`\`files\` must be a path or glob, or a list of them, not ${Array.isArray(i.files) ? `a list holding ${describeValue(i.files.find((f) => typeof f !== 'string'))}` : describeValue(i.files)}`);
  }
  if (Array.isArray(i.files) && i.files.some((f) => f === '')) throw new InputError('`files` holds an empty path');
  if (i.files === '') throw new InputError('`files` is an empty path');
  text('text', 'the text of a document');
  text('filename', 'a file name');
  text('config', 'the path of a configuration file');
  text('cwd', 'the path of a folder');
  text('today', 'a date written YYYY-MM-DD');
  text('basePath', 'the path of a folder');
  if (i.basePath === '') throw new InputError('`basePath` is an empty path');
  for (const key of ['fix', 'requireWaiverOwnerAndExpiry', 'errorOnUnmatchedPattern']) {
    if (i[key] !== undefined && typeof i[key] !== 'boolean') throw new InputError(`\`${key}\` must be true or false, not ${describeValue(i[key])}`);
  }
  if (i.profile !== undefined && !(PROFILES as readonly unknown[]).includes(i.profile)) throw new InputError(`unknown profile ${typeof i.profile === 'string' ? `"${i.profile}"` : describeValue(i.profile)} (use one of ${PROFILES.join(', ')})`);
  if (i.framework !== undefined && !(FRAMEWORKS as readonly unknown[]).includes(i.framework)) throw new InputError(`unknown legal framework ${typeof i.framework === 'string' ? `"${i.framework}"` : describeValue(i.framework)} (use one of ${FRAMEWORKS.join(', ')})`);
  if (i.rules !== undefined) {
    if (!isPlainObject(i.rules)) throw new InputError(`\`rules\` must be an object of rule settings, such as { 'ICS-SIZE-001': 'off' }, not ${describeValue(i.rules)}`);
    for (const [id, value] of Object.entries(i.rules)) {
      if (!ruleById(id) && !NOT_IMPLEMENTED.some((n) => n.id === id)) throw new InputError(`unknown rule "${id}" (see ics-check --list-rules)`);
      if (!(SEVERITY_VALUES as readonly unknown[]).includes(value)) throw new InputError(`${typeof value === 'string' ? `"${value}"` : describeValue(value)} is not a rule setting for ${id} (use one of ${SEVERITY_VALUES.join(', ')})`);
    }
  }
  if (typeof i.today === 'string' && !isCalendarDate(i.today)) {
    throw new InputError(/^\d{4}-\d{2}-\d{2}$/.test(i.today) ? `the date "${i.today}" does not exist` : `the date "${i.today}" must be written YYYY-MM-DD`);
  }
  if (i.maxFileSize !== undefined && ((typeof i.maxFileSize !== 'string' && typeof i.maxFileSize !== 'number') || parseSize(i.maxFileSize) === undefined)) {
    throw new InputError(`\`maxFileSize\` must be a size such as 10MB, 512KB or a number of bytes, not ${describeValue(i.maxFileSize)}`);
  }
}

/** Lets timers and I/O run between files of a long check. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const NOT_OURS = 'not an ICS document (its `kind` is not icb-constitution, integrated-care-partnership or place-partnership)';

interface Entry {
  filePath: string;
  uri: string;
  text: string;
  config: ResolvedConfig;
  options: CheckOptions;
  /** What reading the file found (its encoding, its size). */
  hints: SourceHints;
  /** Analysed on this thread (undefined when checked on worker threads). */
  analyzed?: AnalyzedFile;
  identity?: FileIdentity;
  /** Why `--fix` must not rewrite the file. */
  notWritable?: string;
  notFixed?: string;
}

/**
 * Checks files (and/or a text) together as one system, each with the configuration in force for
 * it. Throws `InputError` (a missing file, a glob matching nothing, an unreadable file, a bad
 * option) or `ConfigError` (a broken `.ics-check.yaml`, with file:line:col); never writes a file.
 */
export async function check(input: CheckInput = {}): Promise<CheckResult> {
  validateInput(input);
  const cwd = path.resolve(input.cwd ?? process.cwd());
  if (input.cwd !== undefined) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(cwd);
    } catch {
      /* reported below */
    }
    if (!stat?.isDirectory()) throw new InputError(`\`cwd\` must be a folder: ${input.cwd} is not one`);
  }
  const maxFileSize = input.maxFileSize !== undefined ? parseSize(input.maxFileSize) : undefined;
  const loader = new ConfigLoader({ configPath: input.config ? path.resolve(cwd, input.config) : undefined, maxFileSize });
  const overrides = { profile: input.profile, framework: input.framework, rules: input.rules, today: input.today, requireWaiverOwnerAndExpiry: input.requireWaiverOwnerAndExpiry };
  const skipped: SkippedFile[] = [];
  const entries: Entry[] = [];

  const add = (filePath: string, source: DecodedSource, config: ResolvedConfig, identity?: FileIdentity) => {
    const uri = pathToFileURL(filePath).href;
    const { text, ...hints } = source;
    const notWritable = writeBackProblem(source);
    entries.push({ filePath, uri, text, hints, config, options: mergeOptions(config.options, overrides), identity, notWritable });
  };

  if (input.text !== undefined) {
    const filePath = path.resolve(cwd, input.filename ?? '<stdin>');
    add(filePath, { text: input.text }, loader.forFile(filePath));
  }
  const discovered = discover(input, cwd, loader);
  for (const found of discovered) {
    if (input.text !== undefined && input.filename && found.filePath === path.resolve(cwd, input.filename)) continue;
    const config = loader.forFile(found.filePath);
    if (!found.explicit && !selectedByFiles(found.filePath, config)) continue;
    const ignored = ignoredBy(found.filePath, config);
    if (ignored) {
      skipped.push({ filePath: found.filePath, reason: `ignored by ${path.relative(cwd, ignored.origin.file) || ignored.origin.file}:${ignored.origin.line} (${ignored.pattern})` });
      continue;
    }
    let source: DecodedSource & { identity: FileIdentity };
    try {
      // Only regular files, and at most the size limit: a FIFO or a device would hang the run or fill the memory.
      source = readSourceOrTooLarge(found.filePath, maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    } catch (err) {
      const reason = err instanceof ReadError ? err.reason : describeErrno(err);
      throw new InputError(`cannot read ${path.relative(cwd, found.filePath) || found.filePath}: ${reason}`);
    }
    if (config.files && selectedByFiles(found.filePath, config)) source.claimed = true;
    const { identity, ...decoded } = source;
    add(found.filePath, decoded, config, identity);
    await yieldToEventLoop();
  }

  // A large system without fixes is checked on worker threads (the same findings, sooner).
  const threads = input.fix ? 0 : workerCount(entries);
  const parallel = threads > 1 ? await checkInParallel(entries, threads) : undefined;
  if (!parallel) for (const e of entries) e.analyzed = analyzeFile(e.uri, e.text, e.hints);

  const ours = entries.filter((e, i) => {
    if (parallel ? parallel[i].ours : e.analyzed!.ours) return true;
    skipped.push({ filePath: e.filePath, reason: e.hints.unreadable ? `not read: ${e.hints.unreadable.reason}` : NOT_OURS });
    return false;
  });
  const given = typeof input.files === 'string' ? [input.files] : input.files;
  const inputs = given && given.length > 0 ? given : input.text === undefined && !loader.forDirectory(cwd).files ? ['.'] : [];
  if (input.errorOnUnmatchedPattern !== false) checkEveryInputFoundSomething(cwd, inputs, discovered, ours, skipped);

  const fixed = new Map<Entry, FileResult['fixed']>();
  if (input.fix) {
    for (const e of ours) {
      // A file that could not be read as text at all has nothing to fix.
      if (e.hints.unreadable) continue;
      const others = ours.filter((o) => o !== e).map((o) => o.analyzed!);
      const result = fixAll(e.analyzed!.text, e.uri, { ...e.options, others });
      if (result.applied.length > 0 && e.notWritable) {
        // Fixing would also rewrite bytes the text could not represent: leave the file as it is.
        e.notFixed = e.notWritable;
      } else if (result.applied.length > 0) {
        e.analyzed = analyzeFile(e.uri, result.text);
        fixed.set(e, result.applied.map((a) => ({ ruleId: a.ruleId, title: a.fix.title, line: a.range.start.line + 1 })));
      }
    }
  }

  const system = parallel ? undefined : buildSystem(ours.map((e) => e.analyzed!));
  const outcomes = new Map(parallel ? entries.map((e, i) => [e, parallel[i].outcome] as const) : []);
  const results: CheckFileResult[] = [];
  for (const e of ours) {
    const outcome = outcomes.get(e) ?? checkFileOutcomes(e.analyzed!, system!, e.options);
    results.push({
      filePath: e.filePath,
      uri: e.uri,
      text: e.text,
      findings: outcome.findings.sort(byPosition),
      waivers: outcome.waivers,
      options: e.options,
      config: e.config,
      sha256: createHash('sha256').update(e.analyzed?.text ?? e.text, 'utf8').digest('hex'),
      outcome: { documents: outcome.documents, waived: outcome.waived.sort((a, b) => byPosition(a.finding, b.finding)) },
      ...(e.identity ? { identity: e.identity } : {}),
      ...(input.fix ? { output: e.analyzed!.text } : {}),
      ...(fixed.has(e) ? { fixed: fixed.get(e) } : {}),
      ...(e.notFixed ? { notFixed: e.notFixed } : {}),
    });
    await yieldToEventLoop();
  }
  results.sort((a, b) => a.filePath.localeCompare(b.filePath));
  skipped.sort((a, b) => a.filePath.localeCompare(b.filePath));

  const configs = new Set(entries.map((e) => e.config));
  if (entries.length === 0) configs.add(loader.forDirectory(cwd));
  const warnings = [...new Set([...configs].flatMap((c) => c.warnings.map(formatConfigProblem)))];
  const rules = rulesThatRan(results.length > 0 ? results.map((r) => r.options) : [...configs].map((c) => mergeOptions(c.options, overrides)));
  const context: FormatContext = { cwd: input.basePath ? path.resolve(cwd, input.basePath) : cwd, tool: toolInfo(), rules, skipped, today: input.today ?? new Date().toISOString().slice(0, 10) };
  return { results, skipped, summary: summarize(results, context), rules, warnings, context };
}

/**
 * Each folder or glob given must yield at least one ICS document to check; otherwise the run would
 * pass having checked nothing. The error says why: no YAML file, no ICS document among the YAML
 * files, or every one ignored by the configuration.
 */
function checkEveryInputFoundSomething(cwd: string, inputs: readonly string[], found: readonly FoundFile[], checked: readonly Entry[], skipped: readonly SkippedFile[]): void {
  const checkedPaths = new Set(checked.map((e) => e.filePath));
  // Skipped because of an `ignore` glob (not because it is not ours, or not readable as text).
  const ignoredPaths = new Set(skipped.filter((s) => s.reason.startsWith('ignored by ')).map((s) => s.filePath));
  for (const given of inputs) {
    const files = found.filter((f) => f.inputs?.includes(given));
    // A file named on its own is checked, or skipped with the reason, like ESLint's explicit files.
    if (files.some((f) => f.explicit && f.filePath === path.resolve(cwd, given))) continue;
    if (files.some((f) => checkedPaths.has(f.filePath))) continue;
    const what = isGlob(given) ? `the pattern "${given}"` : given === '.' ? 'the current folder' : `the folder "${given}"`;
    const ignored = files.filter((f) => ignoredPaths.has(f.filePath)).length;
    const reason =
      files.length === 0
        ? isGlob(given) ? `no files match the pattern "${given}"` : `no YAML files in ${what}`
        : ignored === files.length
          ? `every file of ${what} (${plural(files.length, 'YAML file')}) is ignored by the configuration`
          : `no ICS document in ${what}: ${plural(files.length, 'YAML file')}, none with \`kind: icb-constitution\`, \`integrated-care-partnership\` or \`place-partnership\``;
    throw new InputError(`${reason} ${UNMATCHED_HINT}`);
  }
}

/** The files a run looks at: the inputs, or the configuration's `files` globs, or the current folder. */
function discover(input: CheckInput, cwd: string, loader: ConfigLoader): FoundFile[] {
  const options = { allowUnmatched: input.errorOnUnmatchedPattern === false };
  const inputs = typeof input.files === 'string' ? [input.files] : input.files;
  if (inputs && inputs.length > 0) return expandInputs(inputs, cwd, options);
  if (input.text !== undefined) return [];
  const config = loader.forDirectory(cwd);
  if (config.files) {
    const set = new Map<string, FoundFile>();
    const scope = projectScope(config.files.base);
    for (const [i, pattern] of config.files.patterns.entries()) {
      const where = settingPlace(config, i, cwd);
      // Globs of a configuration stay inside its project (`/etc/*` or `../..` is refused); the command line may name anything.
      const base = path.resolve(config.files.base, picomatch.scan(pattern.split(path.sep).join('/')).base || '.');
      if (path.isAbsolute(pattern) || !isInside(scope.root, base)) {
        throw new ConfigError([{ ...where.origin, message: `the pattern "${pattern}" in \`files\` reaches outside ${scope.describe} (${scope.root}); a configuration may only name files inside its project. Name other files on the command line instead.` }]);
      }
      const matches = expandGlob(pattern, config.files.base);
      if (matches.length === 0) throw new InputError(`no files match the pattern "${pattern}" (\`files\` in ${where.text})`);
      for (const f of matches) set.set(f, { filePath: f, explicit: false });
    }
    return [...set.values()].sort((a, b) => a.filePath.localeCompare(b.filePath));
  }
  return expandInputs(['.'], cwd, options);
}

/** The folder a configuration's globs must stay in: the git root above it, else its own folder. */
function projectScope(configDir: string): { root: string; describe: string } {
  for (let dir = configDir; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return { root: dir, describe: 'the git repository' };
    if (path.dirname(dir) === dir) return { root: configDir, describe: 'the folder of the configuration' };
  }
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Where the i-th `files` pattern is written, as an origin and as `file:line:col`. */
function settingPlace(config: ResolvedConfig, index: number, cwd: string): { origin: { file: string; line: number; column: number }; text: string } {
  const file = config.chain.find((f) => f.settings.files !== undefined);
  const origin = file?.keyOrigins[`files.${index}`] ?? config.files!.origin;
  return { origin, text: `${path.relative(cwd, origin.file) || origin.file}:${origin.line}:${origin.column}` };
}

/** Catalogue rules enabled under at least one of the options, in catalogue order. */
export function rulesThatRan(options: readonly CheckOptions[]): RuleMeta[] {
  return ALL_RULES.map((r) => r.meta).filter((m) => options.some((o) => effectiveSeverity(m, o) !== 'off'));
}

/** What {@link writeFixes} did. */
export interface WriteFixesResult {
  /** The files written (for a symbolic link, the path given; its target is what changed). */
  written: string[];
  /** The files with fixes that were not written, and why (nothing of them was changed). */
  refused: { filePath: string; reason: string }[];
}

/**
 * Writes the `output` of each result whose text changed, never losing data: a symbolic link's
 * target is written and the link kept; a hard-linked file is written in place; a read-only file is
 * refused; the mode (and, where allowed, the owner) is kept; and just before each file is replaced,
 * it is checked to be the very file that was read, with the very content — a save made meanwhile is
 * refused, not overwritten. Each write is atomic (a temporary file beside it, flushed, then
 * renamed). A refused file does not stop the others.
 */
export async function writeFixes(results: readonly CheckFileResult[]): Promise<WriteFixesResult> {
  const out: WriteFixesResult = { written: [], refused: [] };
  for (const r of results) {
    if (r.notFixed) {
      out.refused.push({ filePath: r.filePath, reason: r.notFixed });
      continue;
    }
    if (r.output === undefined || r.output === r.text) continue;
    try {
      await replaceFileContent(r.filePath, r.text, r.output, r.identity);
      out.written.push(r.filePath);
    } catch (err) {
      const reason = err instanceof FixRefused ? err.message : `it could not be written (${describeErrno(err)}); it was left as it was`;
      out.refused.push({ filePath: r.filePath, reason });
    }
  }
  return out;
}

/** A rule as `--list-rules` describes it. */
export interface RuleInfo {
  id: string;
  slug: string;
  title: string;
  section: string;
  severity: Severity;
  sourceKind: RuleMeta['sourceKind'];
  profiles: ProfileId[];
  frameworks: FrameworkId[];
  appliesTo: RuleMeta['appliesTo'];
  citations: (Citation & { text: string })[];
  fixable: boolean;
  docsUrl: string;
}

/** Every implemented rule, in catalogue order, and the catalogue rules not implemented with the reason. */
export function listRules(): { rules: RuleInfo[]; notImplemented: { id: string; title: string; reason: string }[] } {
  return {
    rules: ALL_RULES.map(({ meta: m }) => ({
      id: m.id,
      slug: m.slug,
      title: m.title,
      section: m.section,
      severity: m.severity,
      sourceKind: m.sourceKind,
      profiles: profilesOf(m),
      frameworks: m.frameworks,
      appliesTo: m.appliesTo,
      citations: m.citations.map((c) => ({ ...c, text: citationText(c) })),
      fixable: m.fixable,
      docsUrl: ruleDocsUrl(m.id) ?? '',
    })),
    notImplemented: NOT_IMPLEMENTED.map((n) => ({ id: n.id, title: n.title, reason: n.reason })),
  };
}
