import * as path from 'node:path';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { INTERNAL_RULE_ID, type Finding, type Rule } from '../core';
import { ConfigError, isConfigFileName, ConfigLoader, ignoredBy, parseConfig, readConfigFile, selectedByFiles, type ConfigProblem, type ResolvedConfig } from '../core/config';
import { DEFAULT_MAX_FILE_SIZE, ReadError, readSourceOrTooLarge } from '../core/read';
import type { DecodedSource } from '../core/source';
import type { EngineOptions } from '../core/engine';
import { Project } from '../core/language/project';
import { SymbolIndex } from '../core/language/references';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './convert';
import { DEFAULT_SETTINGS, normaliseSettings, toCheckOptions, type EditorSettings } from './settings';
import { scanFolder } from './scan';
import { baseName, pathToUri, uriKey, uriToPath } from './uris';
import { featureCapabilities, registerFeatures } from './features';
import { statusFor, STATUS_NOTIFICATION } from './status';
import type { FileContext, ServerView } from './context';

export type { FileContext } from './context';
import { adaptiveDelay, CheckCosts, MAX_DEBOUNCE_MS } from './scheduling';
import { IdleCollector, YoungGenerationCap } from './memory';
import { warmUpSteps } from '../core/warmup';
import { performance } from 'node:perf_hooks';

/** Above this much text (about 5,000 lines), an open document is checked with the young generation free to grow (memory.ts). */
const LARGE_TEXT_BYTES = 256 * 1024;

/** Lets queued messages (a hover, a keystroke) run between files of a long scan. */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ServerOptions {
  /**
   * A fixed quiet time after a keystroke before a document is checked. Default: none fixed — the
   * wait follows what the file's last check cost (`adaptiveDelay`), near zero for a small file.
   */
  debounceMs?: number;
  /** Rules to run instead of the catalogue. For tests (a rule that throws); the product never sets it. */
  rules?: readonly Rule[];
  /** Today's date (YYYY-MM-DD) for waiver expiry; defaults to the clock. */
  today?: string;
  /** Collect garbage this long after the last check (the language server process; not in tests). */
  collectWhenIdleMs?: number;
  /** The most V8's young generation may grow to, in bytes (the language server process; not in tests). */
  youngGenerationBytes?: number;
  /** Run the engine on the rules' examples while idle after start-up (see core/warmup.ts; not in tests). */
  warmUp?: boolean;
}


/**
 * The language server. Registers every handler on the connection and starts listening. Each handler
 * is guarded: a failure is logged and answered with an empty result, and the server keeps serving.
 */
export function startServer(connection: Connection, serverOptions: ServerOptions = {}): IcsServer {
  const server = new IcsServer(connection, serverOptions);
  server.register();
  connection.listen();
  return server;
}

export class IcsServer implements ServerView {
  readonly documents = new TextDocuments(TextDocument);
  readonly project = new Project();
  /** Ids and their uses, per file version (hover, completion, rename, inlay hints). */
  readonly symbols = new SymbolIndex();
  /** The findings last published for each file, with the document version they were computed for. */
  private readonly lastFindings = new Map<string, { version: number | undefined; text: string; findings: Finding[] }>();
  readonly debounceMs: number;
  capabilities: ClientCapabilities = {};
  workspaceFolders: WorkspaceFolder[] = [];
  /** Commands the client handles itself (the VS Code extension opens rule docs inside the editor). */
  clientCommands = new Set<string>();
  private initSettings: unknown;
  private pushedSettings: unknown;
  private readonly settingsCache = new Map<string, Promise<EditorSettings>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** What checking each file has cost lately, for the wait after a keystroke. */
  private readonly costs = new CheckCosts();
  private readonly idle: IdleCollector | undefined;
  private readonly young: YoungGenerationCap | undefined;
  /** Checks under way (one may wait at a cancellation point while another runs). */
  private checking = 0;
  /** Bumped on every change of a file: a check that started before a newer change does not publish. */
  private readonly generation = new Map<string, number>();
  /** Files with diagnostics on screen (so they can be cleared). */
  private readonly published = new Set<string>();
  private readonly configLoader: ConfigLoader;
  private readonly configDiagnostics = new Set<string>();
  /** Files found by the workspace scan (closed files are checked only when they are among these). */
  private readonly scanned = new Set<string>();
  private scanning: Promise<void> | undefined;
  private disposed = false;

  constructor(
    readonly connection: Connection,
    readonly options: ServerOptions,
  ) {
    this.debounceMs = options.debounceMs ?? MAX_DEBOUNCE_MS;
    this.idle = options.collectWhenIdleMs !== undefined ? new IdleCollector(options.collectWhenIdleMs, () => this.timers.size > 0 || this.checking > 0) : undefined;
    this.young = options.youngGenerationBytes ? new YoungGenerationCap(options.youngGenerationBytes, LARGE_TEXT_BYTES) : undefined;
    this.configLoader = new ConfigLoader({ readFile: (p) => this.readFile(p) });
  }

  /** Work was done: memory is looked after (the young generation's cap, a collection when idle). */
  private worked(): void {
    if (this.young) {
      let largest = 0;
      for (const d of this.documents.all()) largest = Math.max(largest, d.getText().length);
      this.young.update(largest);
    }
    this.idle?.touch();
  }

  // ---------------------------------------------------------------- plumbing

  log(message: string): void {
    try {
      this.connection.console.log(message);
    } catch {
      /* the connection is gone */
    }
  }

  logError(where: string, err: unknown): void {
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    try {
      this.connection.console.error(`${where} failed: ${detail}`);
    } catch {
      /* the connection is gone */
    }
  }

  /** Wraps a handler so a throw (or a rejected promise) becomes a logged error and a fallback answer. */
  guard<P extends unknown[], R>(name: string, fallback: R, fn: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
    return async (...args: P) => {
      try {
        return await fn(...args);
      } catch (err) {
        this.logError(name, err);
        return fallback;
      }
    };
  }

  /** The open document for a file, if the editor has it open. */
  openDocument(key: string): TextDocument | undefined {
    const direct = this.documents.get(key);
    if (direct) return direct;
    for (const d of this.documents.all()) if (uriKey(d.uri) === key) return d;
    return undefined;
  }

  /**
   * Reads a configuration file, preferring the editor's unsaved text. From disk, only a regular file
   * of at most the size limit is read (a `.ics-check.yaml` that is a link to /dev/zero, or a FIFO,
   * is a configuration error, not a hang).
   */
  readFile(p: string): string | undefined {
    const open = this.openDocument(pathToUri(p));
    if (open) return open.getText();
    return readConfigFile(p);
  }

  /**
   * Reads a document from disk (a closed file of the workspace): a regular file of at most the size
   * limit in force for it, with what decoding found. Undefined when it cannot be read.
   */
  readDocument(p: string): DecodedSource | undefined {
    const accepted = this.acceptedByConfig(p);
    try {
      const { identity: _identity, ...source } = readSourceOrTooLarge(p, (accepted && accepted.maxBytes) || DEFAULT_MAX_FILE_SIZE);
      if (accepted && accepted.claimed) source.claimed = true;
      return source;
    } catch (err) {
      if (!(err instanceof ReadError)) throw err;
      if (err.code !== 'ENOENT' && err.code !== 'ENOTDIR') this.log(`Skipped ${p}: ${err.reason}.`);
      return undefined;
    }
  }

  /** Whether the configuration's `files` name a file (so a broken one is reported as ours). */
  private claimed(key: string): boolean {
    const p = uriToPath(key);
    const accepted = p ? this.acceptedByConfig(p) : false;
    return accepted !== false && accepted.claimed;
  }

  /**
   * Brings the project's copy of a file up to date with the editor (or disk) and returns it. Cheap
   * when nothing changed: files are analysed once per version. When a file's content changes, the
   * other files of its ICB are queued for a re-check (cross-document rules may now say otherwise).
   */
  sync(key: string): ReturnType<Project['get']> {
    const doc = this.openDocument(key);
    if (doc) {
      const before = this.project.has(key) ? this.project.icbIdsOf(key) : new Set<string>();
      const { file, changed } = this.project.update(key, doc.getText(), doc.version, this.claimed(key) ? { claimed: true } : {});
      if (changed) this.scheduleDependents(key, before);
      return file;
    }
    return this.project.get(key);
  }

  private scheduleDependents(key: string, before: Set<string>): void {
    const ids = new Set([...before, ...this.project.icbIdsOf(key)]);
    const others = this.project.filesOfIcbs(ids, key);
    for (const other of others) this.schedule(other);
    if (others.length > 0) this.refreshInlayHints();
  }

  private inlayRefresh: NodeJS.Timeout | undefined;

  /** Asks the client to re-query inlay hints (names shown after ids may have changed in another file). */
  refreshInlayHints(): void {
    if (!this.capabilities.workspace?.inlayHint?.refreshSupport || this.inlayRefresh || this.disposed) return;
    this.inlayRefresh = setTimeout(() => {
      this.inlayRefresh = undefined;
      void this.connection.languages.inlayHint.refresh().catch((err: unknown) => this.logError('inlay hint refresh', err));
    }, this.debounceMs);
  }

  /** The URI the client knows a file by (its own spelling when the file is open). */
  clientUri(key: string): string {
    return this.openDocument(key)?.uri ?? key;
  }

  /** The findings of a file as it is now: the published ones when still current, else a fresh check. */
  async findingsFor(key: string): Promise<Finding[]> {
    const file = this.sync(key);
    if (!file) return [];
    const last = this.lastFindings.get(key);
    if (last && last.text === file.analyzed.text) return last.findings;
    try {
      const context = await this.contextFor(key);
      if (context.ignoredBy !== undefined) return [];
      return this.project.check(key, context.options);
    } catch (err) {
      // Hover and code actions still answer with what they know without findings.
      this.logError(`checking ${key}`, err);
      return [];
    }
  }

  // ---------------------------------------------------------------- settings and options

  private folderOf(key: string): WorkspaceFolder | undefined {
    let best: WorkspaceFolder | undefined;
    for (const f of this.workspaceFolders) {
      const k = uriKey(f.uri).replace(/\/?$/, '/');
      if (key.startsWith(k) && (!best || k.length > uriKey(best.uri).length)) best = f;
    }
    return best;
  }

  /** The `icsCheck` settings for a file (per workspace folder), from the client. */
  settingsFor(key: string): Promise<EditorSettings> {
    const folder = this.folderOf(key);
    const cacheKey = folder?.uri ?? '';
    let cached = this.settingsCache.get(cacheKey);
    if (!cached) {
      cached = this.fetchSettings(folder?.uri ?? key);
      this.settingsCache.set(cacheKey, cached);
    }
    return cached;
  }

  private async fetchSettings(scopeUri: string): Promise<EditorSettings> {
    if (this.capabilities.workspace?.configuration) {
      try {
        const [raw] = await this.connection.workspace.getConfiguration([{ scopeUri, section: 'icsCheck' }]);
        return normaliseSettings(raw);
      } catch (err) {
        this.logError('workspace/configuration', err);
      }
    }
    const pushed = (this.pushedSettings as { icsCheck?: unknown } | undefined)?.icsCheck;
    const init = (this.initSettings as { settings?: { icsCheck?: unknown } } | undefined)?.settings?.icsCheck;
    return normaliseSettings(pushed ?? init ?? DEFAULT_SETTINGS);
  }

  /** Everything a file is checked with: editor settings, then its `.ics-check.yaml`. */
  async contextFor(key: string): Promise<FileContext> {
    const settings = await this.settingsFor(key);
    const filePath = uriToPath(key);
    let config: ResolvedConfig | undefined;
    if (filePath) {
      try {
        config = this.configLoader.forFile(filePath);
        this.clearConfigErrors(config);
      } catch (err) {
        if (err instanceof ConfigError) this.publishConfigProblems(err.problems);
        else this.logError(`reading the configuration for ${filePath}`, err);
      }
    }
    const options: EngineOptions = { ...toCheckOptions(settings, config?.options) };
    if (this.options.rules) options.rules = this.options.rules;
    if (this.options.today) options.today = this.options.today;
    const ignored = filePath && config ? ignoredBy(filePath, config) : undefined;
    return { settings, options, config, ignoredBy: ignored?.pattern };
  }

  private publishConfigProblems(problems: ConfigProblem[]): void {
    const byFile = new Map<string, ConfigProblem[]>();
    for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    for (const [file, list] of byFile) {
      const uri = pathToUri(file);
      const diagnostics: Diagnostic[] = list.map((p) => ({
        range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.line - 1, character: p.column - 1 + 1 } },
        severity: 1,
        source: DIAGNOSTIC_SOURCE,
        code: 'config',
        message: `${p.message} (this configuration is not used until it is fixed)`,
      }));
      this.sendDiagnostics(this.openDocument(uri)?.uri ?? uri, diagnostics, undefined);
      this.configDiagnostics.add(uri);
    }
  }

  private clearConfigErrors(config: ResolvedConfig): void {
    for (const f of config.chain) {
      const uri = pathToUri(f.path);
      if (this.configDiagnostics.has(uri) && !this.openDocument(uri)) {
        this.configDiagnostics.delete(uri);
        this.sendDiagnostics(uri, [], undefined);
      }
    }
  }

  /** Diagnostics for an open `.ics-check.yaml`: its schema problems and unknown rule ids, as you type. */
  private checkConfigDocument(doc: TextDocument): void {
    const filePath = uriToPath(doc.uri) ?? doc.uri;
    let problems: { p: ConfigProblem; severity: 1 | 2 }[] = [];
    try {
      const file = parseConfig(doc.getText(), filePath);
      problems = file.warnings.map((p) => ({ p, severity: 2 as const }));
    } catch (err) {
      if (err instanceof ConfigError) problems = err.problems.map((p) => ({ p, severity: 1 as const }));
      else throw err;
    }
    const lines = doc.getText().split(/\r?\n/);
    const diagnostics: Diagnostic[] = problems.map(({ p, severity }) => {
      const line = Math.max(0, p.line - 1);
      const start = Math.max(0, p.column - 1);
      const rest = (lines[line] ?? '').slice(start);
      const token = /^[^\s:,#]+/.exec(rest)?.[0].length ?? 1;
      return { range: { start: { line, character: start }, end: { line, character: start + token } }, severity, source: DIAGNOSTIC_SOURCE, code: 'config', message: p.message };
    });
    this.configDiagnostics.add(uriKey(doc.uri));
    this.sendDiagnostics(doc.uri, diagnostics, doc.version);
  }

  // ---------------------------------------------------------------- checking

  /** The quiet time before checking a file after it changed: fixed if configured, else from its cost. */
  delayFor(key: string): number {
    return this.options.debounceMs ?? adaptiveDelay(this.costs.get(key));
  }

  /** Queues a check of a file after the quiet time. A newer call replaces the pending one. */
  schedule(key: string, delay = this.delayFor(key)): void {
    if (this.disposed) return;
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.checkAndPublish(key);
      }, delay),
    );
  }

  /** Checks a file against the system and publishes its diagnostics — unless a newer change came in meanwhile. */
  async checkAndPublish(key: string): Promise<void> {
    this.checking++;
    try {
      await this.checkAndPublishNow(key);
    } finally {
      this.checking--;
    }
  }

  private async checkAndPublishNow(key: string): Promise<void> {
    const generation = this.generation.get(key) ?? 0;
    const isCurrent = () => !this.disposed && (this.generation.get(key) ?? 0) === generation;
    try {
      const doc = this.openDocument(key);
      if (doc && isConfigFileName(path.basename(uriToPath(key) ?? ''))) {
        this.checkConfigDocument(doc);
        return;
      }
      const context = await this.contextFor(key);
      if (!isCurrent()) return;
      const started = performance.now();
      const file = this.sync(key);
      if (!file) return;
      let cost = performance.now() - started;
      // Cancellation point: an edit that arrived while the file was read makes this check moot.
      await yieldToRequests();
      if (!isCurrent()) return;
      const publishUri = doc?.uri ?? key;
      const version = doc?.version;
      if (context.ignoredBy !== undefined || (!doc && !this.scanned.has(key))) {
        if (this.published.has(key)) this.sendDiagnostics(publishUri, [], version);
        this.published.delete(key);
        if (doc) this.sendStatus(doc.uri, file, context, []);
        return;
      }
      const checkStarted = performance.now();
      const findings = this.project.check(key, context.options);
      cost += performance.now() - checkStarted;
      this.costs.record(key, cost);
      // The engine reports a document it could not check as a finding; the log keeps it for bug reports.
      for (const f of findings) if (f.ruleId === INTERNAL_RULE_ID) this.logError(`checking ${key}`, f.message);
      if (!isCurrent()) return;
      this.lastFindings.set(key, { version, text: file.analyzed.text, findings });
      this.worked();
      this.publish(publishUri, key, findings, version, file.analyzed.ours || this.published.has(key) || doc !== undefined);
      if (doc) this.sendStatus(doc.uri, file, context, findings);
    } catch (err) {
      this.logError(`checking ${key}`, err);
      if (!isCurrent()) return;
      const doc = this.openDocument(key);
      const message = `ICS Constitution Checker could not check this file: ${err instanceof Error ? err.message : String(err)}. The rest of the editor keeps working; see the "ICS Constitution Checker" output for details.`;
      this.sendDiagnostics(doc?.uri ?? key, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: DIAGNOSTIC_SOURCE, code: INTERNAL_RULE_ID, message }], doc?.version);
      this.published.add(key);
    }
  }

  private publish(uri: string, key: string, findings: Finding[], version: number | undefined, send: boolean): void {
    if (!send) return;
    const diagnostics = findings.map((f) => toDiagnostic(f, version));
    this.sendDiagnostics(uri, diagnostics, version);
    if (diagnostics.length > 0) this.published.add(key);
    else this.published.delete(key);
  }

  sendDiagnostics(uri: string, diagnostics: Diagnostic[], version: number | undefined): void {
    if (this.disposed) return;
    void this.connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics }).catch((err: unknown) => this.logError('publishing diagnostics', err));
  }

  private sendStatus(uri: string, file: NonNullable<ReturnType<Project['get']>>, context: FileContext, findings: Finding[]): void {
    if (this.disposed) return;
    void this.connection.sendNotification(STATUS_NOTIFICATION, statusFor(uri, file.analyzed, context, findings, this.project.system())).catch((err: unknown) => this.logError('sending status', err));
  }

  /** Re-checks every open document and every scanned file (after a settings or configuration change). */
  recheckAll(): void {
    const keys = new Set<string>([...this.documents.all().map((d) => uriKey(d.uri)), ...this.scanned]);
    for (const k of keys) this.schedule(k, 0);
  }

  // ---------------------------------------------------------------- workspace

  /** Finds our files in the workspace folders and checks them, so closed files show their problems too. */
  scanWorkspace(): Promise<void> {
    // One scan at a time: a rescan (settings or folders changed) waits for the running one.
    const previous = this.scanning ?? Promise.resolve();
    this.scanning = previous.then(() => this.scanOnce()).catch((err: unknown) => this.logError('scanning the workspace', err));
    return this.scanning;
  }

  private async scanOnce(): Promise<void> {
    const found = new Set<string>();
    for (const folder of this.workspaceFolders) {
      const root = uriToPath(folder.uri);
      if (!root) continue;
      const settings = await this.settingsFor(uriKey(folder.uri) + '/');
      if (!settings.workspaceDiagnostics) continue;
      const files = await scanFolder(root, {
        include: settings.files,
        exclude: settings.exclude,
        accept: (p) => this.acceptedByConfig(p),
        log: (m) => this.log(m),
      });
      for (const f of files) {
        if (this.disposed) return;
        const key = uriKey(pathToUri(f.path));
        found.add(key);
        this.scanned.add(key);
        if (!this.openDocument(key)) this.project.update(key, f.text, undefined, f.hints);
        await yieldToRequests();
      }
    }
    // Files no longer in the scan (settings, folders or .ics-check.yaml changed): forget them unless open.
    for (const key of [...this.scanned]) {
      if (found.has(key)) continue;
      this.scanned.delete(key);
      if (this.openDocument(key)) continue;
      const before = this.project.icbIdsOf(key);
      this.forget(key);
      if (this.published.delete(key)) this.sendDiagnostics(key, [], undefined);
      for (const other of this.project.filesOfIcbs(before, key)) this.schedule(other);
    }
    const keys = [...found].filter((k) => this.project.get(k)?.analyzed.ours);
    this.log(`Workspace scan: ${keys.length} constitution file(s) found.`);
    for (const k of keys) {
      if (this.disposed) return;
      if (!this.openDocument(k)) await this.checkAndPublish(k);
      await yieldToRequests();
    }
  }

  /**
   * Whether `.ics-check.yaml` lets a file be checked (its `files` and `ignore` settings): false, or
   * whether its `files` name the file, and the size limit (`max_file_size`) in force for it.
   */
  private acceptedByConfig(filePath: string): false | { claimed: boolean; maxBytes?: number } {
    try {
      const config = this.configLoader.forFile(filePath);
      if (!selectedByFiles(filePath, config) || ignoredBy(filePath, config) !== undefined) return false;
      return { claimed: config.files !== undefined, maxBytes: config.maxFileSize };
    } catch (err) {
      if (err instanceof ConfigError) this.publishConfigProblems(err.problems);
      return { claimed: false };
    }
  }

  /** Waits for the workspace scan (tests, and requests that need the whole system). */
  async ready(): Promise<void> {
    await this.scanning;
  }

  private onWatchedFile(uri: string, type: FileChangeType): void {
    const key = uriKey(uri);
    const p = uriToPath(key);
    if (p && isConfigFileName(path.basename(p))) {
      this.configLoader.clear();
      void this.scanWorkspace(); // its `files` and `ignore` may have changed
      if (type === FileChangeType.Deleted && this.configDiagnostics.has(key)) {
        this.configDiagnostics.delete(key);
        this.sendDiagnostics(uri, [], undefined);
      }
      this.recheckAll();
      return;
    }
    if (!p || !/\.ya?ml$/i.test(p)) return;
    if (this.openDocument(key)) return; // the editor's text wins over disk
    if (type === FileChangeType.Deleted) {
      const before = this.project.icbIdsOf(key);
      this.forget(key);
      this.scanned.delete(key);
      if (this.published.delete(key)) this.sendDiagnostics(uri, [], undefined);
      for (const other of this.project.filesOfIcbs(before, key)) this.schedule(other);
      return;
    }
    const settingsPromise = this.settingsFor(key);
    void settingsPromise
      .then((settings) => {
        if (!settings.workspaceDiagnostics || !this.inWorkspace(key) || !this.acceptedByConfig(p)) return;
        const source = this.readDocument(p);
        if (source === undefined) return;
        const { text, ...hints } = source;
        const before = this.project.icbIdsOf(key);
        const { changed } = this.project.update(key, text, undefined, hints);
        this.scanned.add(key);
        if (changed) this.scheduleDependents(key, before);
        this.schedule(key);
      })
      .catch((err: unknown) => this.logError(`reading ${p}`, err));
  }

  /** Compiles the engine by using it, a step at a time, until the first real work arrives. */
  private async warmUp(): Promise<void> {
    try {
      for (const _ of warmUpSteps()) {
        this.worked();
        await yieldToRequests();
        if (this.disposed || this.documents.all().length > 0 || this.timers.size > 0) return;
      }
    } catch (err) {
      this.logError('warming up', err);
    }
  }

  private forget(key: string): void {
    this.project.remove(key);
    this.symbols.forget(key);
    this.lastFindings.delete(key);
    this.costs.forget(key);
  }

  private inWorkspace(key: string): boolean {
    return this.folderOf(key) !== undefined;
  }

  // ---------------------------------------------------------------- registration

  register(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(
      this.guard('initialized', undefined, async () => {
        if (this.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
          await c.client.register(DidChangeConfigurationNotification.type, { section: 'icsCheck' });
        }
        if (this.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
          await c.client.register(DidChangeWatchedFilesNotification.type, {
            watchers: [{ globPattern: '**/*.{yaml,yml}' }, { globPattern: '**/.ics-check.{yaml,yml}' }],
          });
        }
        if (this.capabilities.workspace?.workspaceFolders) {
          c.workspace.onDidChangeWorkspaceFolders(
            this.guard('workspace folders change', undefined, (e) => {
              this.workspaceFolders = [...this.workspaceFolders.filter((f) => !e.removed.some((r) => r.uri === f.uri)), ...e.added];
              this.settingsCache.clear();
              void this.scanWorkspace();
            }),
          );
        }
        await this.scanWorkspace();
        if (this.options.warmUp) void this.warmUp();
      }),
    );
    c.onDidChangeConfiguration(
      this.guard('configuration change', undefined, (params) => {
        this.pushedSettings = params.settings;
        this.settingsCache.clear();
        this.recheckAll();
        this.refreshInlayHints();
        // `files`, `exclude` or `workspaceDiagnostics` may have changed what belongs to the workspace.
        void this.scanWorkspace();
      }),
    );
    c.onDidChangeWatchedFiles(
      this.guard('watched files change', undefined, (params) => {
        for (const change of params.changes) this.onWatchedFile(change.uri, change.type);
      }),
    );

    // Opening checks at once; typing waits for a pause. (An open also fires a content change: skip it.)
    const opening = new Set<string>();
    this.documents.onDidOpen(
      this.guard('didOpen', undefined, (e) => {
        opening.add(uriKey(e.document.uri));
        this.schedule(uriKey(e.document.uri), 0);
      }),
    );
    this.documents.onDidChangeContent(
      this.guard('didChange', undefined, (e) => {
        const key = uriKey(e.document.uri);
        if (opening.delete(key)) return;
        if (isConfigFileName(path.basename(uriToPath(key) ?? ''))) {
          this.configLoader.clear();
          this.schedule(key);
          for (const k of this.documents.all().map((d) => uriKey(d.uri))) if (k !== key) this.schedule(k);
          for (const k of this.scanned) this.schedule(k);
          return;
        }
        this.schedule(key);
      }),
    );
    this.documents.onDidClose(
      this.guard('didClose', undefined, (e) => {
        const key = uriKey(e.document.uri);
        const pending = this.timers.get(key);
        if (pending) clearTimeout(pending);
        this.timers.delete(key);
        this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
        const p = uriToPath(key);
        if (p && isConfigFileName(path.basename(p))) {
          this.configLoader.clear();
          void this.scanWorkspace(); // its `files` and `ignore` may have changed
          this.configDiagnostics.delete(key);
          this.sendDiagnostics(e.document.uri, [], undefined);
          this.recheckAll();
          return;
        }
        // A closed file of the workspace keeps its problems (as saved on disk); any other file is forgotten.
        const source = p && this.scanned.has(key) ? this.readDocument(p) : undefined;
        if (source !== undefined) {
          const { text, ...hints } = source;
          const before = this.project.icbIdsOf(key);
          const { changed } = this.project.update(key, text, undefined, hints);
          if (changed) this.scheduleDependents(key, before);
          this.schedule(key, 0);
        } else {
          const before = this.project.icbIdsOf(key);
          this.forget(key);
          if (this.published.delete(key)) this.sendDiagnostics(e.document.uri, [], undefined);
          for (const other of this.project.filesOfIcbs(before, key)) this.schedule(other);
        }
      }),
    );
    this.documents.listen(c);

    registerFeatures(this);
    c.onShutdown(() => this.dispose());
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.capabilities = params.capabilities;
    this.workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: baseName(params.rootUri) }] : []);
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; clientCommands?: unknown };
    this.initSettings = init;
    if (Array.isArray(init.clientCommands)) for (const cmd of init.clientCommands) if (typeof cmd === 'string') this.clientCommands.add(cmd);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...featureCapabilities(),
      },
      serverInfo: { name: 'ics-language-server', version: process.env.ICS_CHECK_VERSION },
    };
  }

  dispose(): void {
    this.disposed = true;
    this.idle?.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    if (this.inlayRefresh) clearTimeout(this.inlayRefresh);
  }
}
