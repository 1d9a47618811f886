// A minimal LSP client for benchmarks: starts a language server as its own process over stdio, the
// way an editor does, and times what comes back. Only what `bench:lsp` needs.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';

export interface ServerSpec {
  /** Short name for the tables. */
  name: string;
  /** The script node runs (with `--stdio`). */
  script: string;
  /** Settings answered to `workspace/configuration`, by section, and pushed once after `initialized`. */
  settings: Record<string, unknown>;
  initializationOptions?: unknown;
}

/** Capabilities of a typical editor (what VS Code announces for the parts that matter here). */
const CAPABILITIES = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true, applyEdit: true },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } },
      dataSupport: true,
      resolveSupport: { properties: ['edit'] },
      isPreferredSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
  },
};

/** Clock ticks a second, the unit of /proc/<pid>/stat's times (100 on Linux). */
const CLOCK_TICKS = 100;

export interface Publish {
  at: number;
  params: PublishDiagnosticsParams;
}

export class LspProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  private readonly waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: Publish) => void }[] = [];
  private readonly versions = new Map<string, { version: number; text: string }>();
  stderr = '';

  constructor(readonly spec: ServerSpec) {
    // ICS_BENCH_NODE_ARGS: extra node flags for the servers, e.g. --cpu-prof to see where the time goes.
    const nodeArgs = (process.env.ICS_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    this.child = spawn(process.execPath, [...nodeArgs, spec.script, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((i) => (i.section ? (spec.settings[i.section] ?? null) : null)));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const at = performance.now();
      for (const w of [...this.waiters]) {
        if (w.uri === params.uri && w.test(params)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve({ at, params });
        }
      }
    });
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid!;
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: CAPABILITIES, initializationOptions: this.spec.initializationOptions });
    await this.connection.sendNotification('initialized', {});
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: this.spec.settings });
  }

  /** Resident set size of the server process, in MB (from /proc). */
  rssMb(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  }

  /**
   * CPU time the server process has used so far (user + system, all its threads), in ms, from /proc.
   * On a shared machine this moves far less with the load than the wall-clock times do.
   */
  cpuMs(): number {
    const fields = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  }

  /** The next publish for `uri` that passes `test`. */
  nextPublish(uri: string, test: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 120_000): Promise<Publish> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.spec.name}: no diagnostics for ${uri} within ${timeoutMs} ms\n${this.stderr.slice(-2000)}`)), timeoutMs);
      this.waiters.push({
        uri,
        test,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  /** Opens a document and returns the milliseconds until its first diagnostics. */
  async open(uri: string, text: string): Promise<{ ms: number; diagnostics: Diagnostic[] }> {
    this.versions.set(uri, { version: 1, text });
    const published = this.nextPublish(uri, () => true);
    const t0 = performance.now();
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const p = await published;
    return { ms: p.at - t0, diagnostics: p.params.diagnostics };
  }

  /** Sends a change and returns the milliseconds until the first diagnostics that pass `reflects`. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[], newText: string, reflects: (d: Diagnostic[]) => boolean): Promise<{ ms: number; diagnostics: Diagnostic[] }> {
    const doc = this.versions.get(uri)!;
    const version = doc.version + 1;
    this.versions.set(uri, { version, text: newText });
    const published = this.nextPublish(uri, (p) => (p.version === undefined || p.version === version) && reflects(p.diagnostics));
    const t0 = performance.now();
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    const p = await published;
    return { ms: p.at - t0, diagnostics: p.params.diagnostics };
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Times one request, in milliseconds. */
  async time<R>(method: string, params: unknown): Promise<{ ms: number; result: R }> {
    const t0 = performance.now();
    const result = await this.connection.sendRequest<R>(method, params);
    return { ms: performance.now() - t0, result };
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* gone already */
    }
    const killer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
    this.connection.dispose();
  }
}
