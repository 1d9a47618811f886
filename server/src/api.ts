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
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeFile, type AnalyzedFile } from './core/analyze';
import { buildSystem, checkFileDetailed } from './core/engine';
import type { WaiverState } from './core/suppressions';
import { ConfigLoader, ignoredBy, mergeOptions, selectedByFiles, formatConfigProblem, type ResolvedConfig } from './core/config';
import { fixAll } from './core/fix';
import { ALL_RULES, NOT_IMPLEMENTED, ruleById } from './core/rules';
import { effectiveSeverity } from './core/profiles';
import { profilesOf, citationText } from './core/docs';
import { ruleDocsUrl } from './core/language/links';
import { FRAMEWORKS, PROFILES, type CheckOptions, type Citation, type FrameworkId, type ProfileId, type RuleMeta, type Severity, type SeverityOrOff } from './core/types';
import { formatters, summarize, type FileResult, type FormatContext, type SkippedFile, type Summary, type ToolInfo } from './core/formatters';
import { byPosition, plural } from './core/formatters/util';
import { describeErrno, expandGlob, expandInputs, InputError, isGlob, UNMATCHED_HINT, type FoundFile } from './cli/files';
import { FixRefused, readSource, replaceFileContent, type FileIdentity } from './cli/atomic';
import { catalogueVersion, DOCUMENT_FORMAT_VERSION, DOCUMENT_FORMAT_VERSIONS, type CatalogueVersion } from './core/versions';
import { JSON_FORMAT_VERSION } from './core/formatters';

export { formatters, FORMAT_NAMES, isFormatName, JSON_FORMAT_VERSION, type FormatName } from './core/formatters';
export type { FileResult, FormatContext, Formatter, SkippedFile, Summary, ToolInfo } from './core/formatters';
export { ConfigError, ConfigLoader, CONFIG_FILENAME, type ResolvedConfig, type ConfigProblem } from './core/config';
export { InputError } from './cli/files';
export { DOCUMENT_FORMAT_VERSION, DOCUMENT_FORMAT_VERSIONS, type CatalogueVersion } from './core/versions';
export type { Finding, Fix, Range, Position, Severity, SeverityOrOff, ProfileId, FrameworkId, RuleMeta, Citation } from './core/types';

/** What to check and how. Every field is optional: by default, the current folder with its configuration. */
export interface CheckInput {
  /** Files, folders (walked for `*.yaml`/`*.yml`) and globs, relative to `cwd`. Default: the configuration's `files`, else `.`. */
  files?: string[];
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

/** Checks the values of a `CheckInput`; a wrong one is an `InputError` naming it. */
export function validateInput(input: CheckInput): void {
  if (input.profile !== undefined && !PROFILES.includes(input.profile)) throw new InputError(`unknown profile "${input.profile}" (use one of ${PROFILES.join(', ')})`);
  if (input.framework !== undefined && !FRAMEWORKS.includes(input.framework)) throw new InputError(`unknown legal framework "${input.framework}" (use one of ${FRAMEWORKS.join(', ')})`);
  for (const [id, value] of Object.entries(input.rules ?? {})) {
    if (!ruleById(id) && !NOT_IMPLEMENTED.some((n) => n.id === id)) throw new InputError(`unknown rule "${id}" (see ics-check --list-rules)`);
    if (!SEVERITY_VALUES.includes(value)) throw new InputError(`"${value}" is not a rule setting for ${id} (use one of ${SEVERITY_VALUES.join(', ')})`);
  }
  if (input.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.today)) throw new InputError(`the date "${input.today}" must be written YYYY-MM-DD`);
}

const NOT_OURS = 'not an ICS document (its `kind` is not icb-constitution, integrated-care-partnership or place-partnership)';

interface Entry {
  filePath: string;
  uri: string;
  text: string;
  config: ResolvedConfig;
  options: CheckOptions;
  analyzed: AnalyzedFile;
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
  const loader = new ConfigLoader({ configPath: input.config ? path.resolve(cwd, input.config) : undefined });
  const overrides = { profile: input.profile, framework: input.framework, rules: input.rules, today: input.today, requireWaiverOwnerAndExpiry: input.requireWaiverOwnerAndExpiry };
  const skipped: SkippedFile[] = [];
  const entries: Entry[] = [];

  const add = (filePath: string, text: string, config: ResolvedConfig, source?: { identity: FileIdentity; notWritable?: string }) => {
    const uri = pathToFileURL(filePath).href;
    entries.push({ filePath, uri, text, config, options: mergeOptions(config.options, overrides), analyzed: analyzeFile(uri, text), identity: source?.identity, notWritable: source?.notWritable });
  };

  if (input.text !== undefined) {
    const filePath = path.resolve(cwd, input.filename ?? '<stdin>');
    add(filePath, input.text, loader.forFile(filePath));
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
    let source: ReturnType<typeof readSource>;
    try {
      // A FIFO or device behind a symbolic link would block the read: only regular files are read.
      if (!fs.statSync(found.filePath).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
      source = readSource(found.filePath);
    } catch (err) {
      throw new InputError(`cannot read ${path.relative(cwd, found.filePath) || found.filePath}: ${describeErrno(err)}`);
    }
    add(found.filePath, source.text, config, source);
  }

  const ours = entries.filter((e) => {
    if (e.analyzed.ours) return true;
    skipped.push({ filePath: e.filePath, reason: NOT_OURS });
    return false;
  });
  const inputs = input.files && input.files.length > 0 ? input.files : input.text === undefined && !loader.forDirectory(cwd).files ? ['.'] : [];
  if (input.errorOnUnmatchedPattern !== false) checkEveryInputFoundSomething(cwd, inputs, discovered, ours, skipped);

  const fixed = new Map<Entry, FileResult['fixed']>();
  if (input.fix) {
    for (const e of ours) {
      const others = ours.filter((o) => o !== e).map((o) => o.analyzed);
      const result = fixAll(e.analyzed.text, e.uri, { ...e.options, others });
      if (result.applied.length > 0 && e.notWritable) {
        // Fixing would also rewrite bytes the text could not represent: leave the file as it is.
        e.notFixed = e.notWritable;
      } else if (result.applied.length > 0) {
        e.analyzed = analyzeFile(e.uri, result.text);
        fixed.set(e, result.applied.map((a) => ({ ruleId: a.ruleId, title: a.fix.title, line: a.range.start.line + 1 })));
      }
    }
  }

  const system = buildSystem(ours.map((e) => e.analyzed));
  const results: CheckFileResult[] = ours
    .map((e) => ({ e, checked: checkFileDetailed(e.analyzed, system, e.options) }))
    .map(({ e, checked }) => ({
      filePath: e.filePath,
      uri: e.uri,
      text: e.text,
      findings: checked.findings.sort(byPosition),
      waivers: checked.waivers,
      options: e.options,
      config: e.config,
      ...(e.identity ? { identity: e.identity } : {}),
      ...(input.fix ? { output: e.analyzed.text } : {}),
      ...(fixed.has(e) ? { fixed: fixed.get(e) } : {}),
      ...(e.notFixed ? { notFixed: e.notFixed } : {}),
    }))
    .sort((a, b) => a.filePath.localeCompare(b.filePath));
  skipped.sort((a, b) => a.filePath.localeCompare(b.filePath));

  const configs = new Set(entries.map((e) => e.config));
  if (entries.length === 0) configs.add(loader.forDirectory(cwd));
  const warnings = [...new Set([...configs].flatMap((c) => c.warnings.map(formatConfigProblem)))];
  const rules = rulesThatRan(results.length > 0 ? results.map((r) => r.options) : [...configs].map((c) => mergeOptions(c.options, overrides)));
  const context: FormatContext = { cwd: input.basePath ? path.resolve(cwd, input.basePath) : cwd, tool: toolInfo(), rules, skipped };
  return { results, skipped, summary: summarize(results, context), rules, warnings, context };
}

/**
 * Each folder or glob given must yield at least one ICS document to check; otherwise the run would
 * pass having checked nothing. The error says why: no YAML file, no ICS document among the YAML
 * files, or every one ignored by the configuration.
 */
function checkEveryInputFoundSomething(cwd: string, inputs: readonly string[], found: readonly FoundFile[], checked: readonly Entry[], skipped: readonly SkippedFile[]): void {
  const checkedPaths = new Set(checked.map((e) => e.filePath));
  const ignoredPaths = new Set(skipped.filter((s) => s.reason !== NOT_OURS).map((s) => s.filePath));
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
  if (input.files && input.files.length > 0) return expandInputs(input.files, cwd, options);
  if (input.text !== undefined) return [];
  const config = loader.forDirectory(cwd);
  if (config.files) {
    const set = new Map<string, FoundFile>();
    for (const pattern of config.files.patterns) for (const f of expandGlob(pattern, config.files.base)) set.set(f, { filePath: f, explicit: false });
    return [...set.values()].sort((a, b) => a.filePath.localeCompare(b.filePath));
  }
  return expandInputs(['.'], cwd, options);
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
