import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
  WorkspaceEdit,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type IcsServer, type ServerOptions } from '../../server/src/lsp/server';
import { createGuardedConnection } from '../../server/src/lsp/transport';

/**
 * An LSP client talking to the real server over in-memory streams — the same JSON-RPC a real editor
 * speaks. Tests wait for notifications (never for a time), with mocha's timeout as the guard.
 */
export interface Harness {
  client: MessageConnection;
  server: IcsServer;
  init: InitializeResult;
  /** Settings the client answers `workspace/configuration` with (section icsCheck). */
  settings: Record<string, unknown>;
  logs: string[];
  statuses: { uri: string; [k: string]: unknown }[];
  open(uri: string, text: string, languageId?: string): Promise<void>;
  change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number>;
  /** Replaces the whole text (as one incremental change spanning the document). */
  replace(uri: string, text: string): Promise<number>;
  close(uri: string): Promise<void>;
  text(uri: string): string;
  version(uri: string): number;
  /** The next diagnostics published for a uri that satisfy `accept` (default: for the current version). */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<Diagnostic[]>;
  /** The next `icsCheck/status` for a uri that satisfies `accept` (or the latest one already received). */
  status(uri: string, accept?: (s: Harness['statuses'][number]) => boolean): Promise<Harness['statuses'][number]>;
  /** Every publishDiagnostics notification, as it arrives. */
  onPublish(listener: (p: PublishDiagnosticsParams) => void): void;
  /** The latest diagnostics published for a uri, if any. */
  latest(uri: string): PublishDiagnosticsParams | undefined;
  request<R>(method: string, params: unknown): Promise<R>;
  /** Applies a WorkspaceEdit to the documents the client has open (and sends the changes). */
  applyEdit(edit: WorkspaceEdit): Promise<void>;
  dispose(): Promise<void>;
}

export interface HarnessOptions extends ServerOptions {
  workspaceFolders?: { uri: string; name: string }[];
  settings?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  /** Leave the wait after a keystroke to the server (adaptive), instead of the tests' fixed 10 ms. */
  adaptive?: boolean;
}

export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, applyEdit: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
    rename: { prepareSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
  window: { showDocument: { support: true } },
};

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // The same guarded connection as the server process (requests after shutdown are refused).
  const { connection } = createGuardedConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const server = startServer(connection, { debounceMs: options.adaptive ? undefined : (options.debounceMs ?? 10), rules: options.rules, today: options.today ?? '2026-01-15' });
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const settings: Record<string, unknown> = { ...(options.settings ?? {}) };
  const logs: string[] = [];
  const statuses: Harness['statuses'] = [];
  const docs = new Map<string, TextDocument>();
  const published = new Map<string, PublishDiagnosticsParams>();
  const listeners: ((p: PublishDiagnosticsParams) => void)[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];

  client.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((i) => (i.section === 'icsCheck' ? settings : null)));
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('window/showDocument', () => ({ success: true }));
  client.onRequest('workspace/applyEdit', () => ({ applied: true }));
  client.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
  const statusWaiters: { uri: string; accept: (s: Harness['statuses'][number]) => boolean; resolve: (s: Harness['statuses'][number]) => void }[] = [];
  client.onNotification('icsCheck/status', (p: Harness['statuses'][number]) => {
    statuses.push(p);
    for (const w of [...statusWaiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        statusWaiters.splice(statusWaiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.set(p.uri, p);
    for (const l of listeners) l(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p.diagnostics);
      }
    }
  });
  client.listen();

  const init = await client.sendRequest<InitializeResult>('initialize', {
    processId: null,
    rootUri: options.workspaceFolders?.[0]?.uri ?? null,
    workspaceFolders: options.workspaceFolders ?? null,
    capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
    initializationOptions: options.initializationOptions,
  });
  await client.sendNotification('initialized', {});

  const h: Harness = {
    client,
    server,
    init,
    settings,
    logs,
    statuses,
    async open(uri, text, languageId = 'yaml') {
      docs.set(uri, TextDocument.create(uri, languageId, 1, text));
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    async change(uri, changes) {
      const doc = docs.get(uri);
      if (!doc) throw new Error(`not open: ${uri}`);
      const next = TextDocument.update(doc, changes, doc.version + 1);
      docs.set(uri, next);
      await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: changes });
      return next.version;
    },
    async replace(uri, text) {
      const doc = docs.get(uri)!;
      return h.change(uri, [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) }, text }]);
    },
    async close(uri) {
      docs.delete(uri);
      await client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    text: (uri) => docs.get(uri)!.getText(),
    version: (uri) => docs.get(uri)!.version,
    diagnostics(uri, accept) {
      const test = accept ?? ((p: PublishDiagnosticsParams) => !docs.has(uri) || p.version === docs.get(uri)!.version);
      const current = published.get(uri);
      if (current && test(current) && accept === undefined && docs.has(uri)) {
        // already published for the current version
        return Promise.resolve(current.diagnostics);
      }
      return new Promise((resolve) => waiters.push({ uri, accept: test, resolve }));
    },
    latest: (uri) => published.get(uri),
    status(uri, accept = () => true) {
      const done = [...statuses].reverse().find((x) => x.uri === uri && accept(x));
      if (done) return Promise.resolve(done);
      return new Promise((resolve) => statusWaiters.push({ uri, accept, resolve }));
    },
    onPublish: (listener) => listeners.push(listener),
    request: (method, params) => client.sendRequest(method, params),
    async applyEdit(edit) {
      const changes: Record<string, TextEdit[]> = { ...(edit.changes ?? {}) };
      for (const dc of edit.documentChanges ?? []) {
        if ('textDocument' in dc) changes[dc.textDocument.uri] = [...(changes[dc.textDocument.uri] ?? []), ...(dc.edits as TextEdit[])];
      }
      for (const [uri, edits] of Object.entries(changes)) {
        const doc = docs.get(uri);
        if (!doc) throw new Error(`edit to a document that is not open: ${uri}`);
        await h.replace(uri, TextDocument.applyEdits(doc, edits));
      }
    },
    async dispose() {
      try {
        // No `exit`: the node connection would end the (mocha) process.
        await client.sendRequest('shutdown');
      } catch {
        /* already gone */
      }
      server.dispose();
      server.connection.dispose();
      client.dispose();
      toServer.end();
      toClient.end();
    },
  };
  return h;
}

/** The text a list of edits would make of a document's text. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x:', 'yaml', 0, text), edits);
}
