import {
  CompletionItemKind,
  FoldingRangeKind,
  InlayHintKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  ResponseError,
  ErrorCodes,
  SymbolKind,
  type CompletionItem,
  type DocumentSymbol,
  type ServerCapabilities,
  type TextEdit,
} from 'vscode-languageserver';
import type { AnalyzedFile } from '../core';
import {
  completionsAt,
  definitionAt,
  foldingRanges,
  hoverAt,
  inlayHints,
  outline,
  prepareRenameAt,
  referencesAt,
  renameAt,
  type OutlineKind,
  type OutlineSymbol,
  type Suggestion,
  type SystemFiles,
} from '../core/language';
import { ruleDocsUrl } from '../core/language/links';
import { codeActions, resolveCodeAction, CODE_ACTION_KINDS, SERVER_SHOW_DOCS_COMMAND } from './codeActions';
import { checkFileOutcomes } from '../core/outcomes';
import { previewHtml } from '../core/render/preview';
import { esc } from '../core/render/html';
import { PREVIEW_METHOD, type PreviewParams, type PreviewResult } from './protocol';
import { baseName } from './uris';
import type { ServerView } from './context';
import { uriKey } from './uris';

/** The capabilities of the language features below (merged into the initialize result). */
export function featureCapabilities(): ServerCapabilities {
  return {
    codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: true },
    executeCommandProvider: { commands: [SERVER_SHOW_DOCS_COMMAND] },
    hoverProvider: true,
    completionProvider: { triggerCharacters: [' ', ':', '-', '[', ','], resolveProvider: false },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: { label: 'ICS Constitution Checker' },
    foldingRangeProvider: true,
    inlayHintProvider: { resolveProvider: false },
  };
}

/** The open file (synced to its current version) and the system it belongs to. */
function fileAndSystem(server: ServerView, uri: string): { file: AnalyzedFile; key: string; system: SystemFiles } | undefined {
  const key = uriKey(uri);
  const entry = server.sync(key);
  if (!entry) return undefined;
  const files = server.project.ours().map((f) => f.analyzed);
  if (!files.includes(entry.analyzed)) files.push(entry.analyzed);
  return { file: entry.analyzed, key, system: { files, index: server.symbols } };
}

/** Registers the language features. Each handler is guarded: a failure answers empty and is logged. */
export function registerFeatures(server: ServerView): void {
  const c = server.connection;
  c.onCodeAction(server.guard('textDocument/codeAction', [], (params) => codeActions(server, params)));
  c.onCodeActionResolve((action) => server.guard('codeAction/resolve', action, () => resolveCodeAction(server, action))());

  c.onExecuteCommand(
    server.guard('workspace/executeCommand', null, async (params) => {
      if (params.command === SERVER_SHOW_DOCS_COMMAND) {
        const id = String(params.arguments?.[0] ?? '');
        const url = ruleDocsUrl(id);
        if (!url) return null;
        if (server.capabilities.window?.showDocument?.support) await c.window.showDocument({ uri: url, external: true });
        else c.window.showInformationMessage(`Documentation for ${id}: ${url}`);
      }
      return null;
    }),
  );

  c.onRequest(
    PREVIEW_METHOD,
    server.guard('icsCheck/preview', null as PreviewResult | null, async (params: PreviewParams): Promise<PreviewResult | null> => {
      const key = uriKey(params.uri);
      const entry = server.sync(key);
      const name = baseName(params.uri);
      if (!entry || !entry.analyzed.ours) {
        return { uri: params.uri, version: entry?.version, ours: false, title: name, html: `<article class="ics-doc"><p class="note">${esc(name)} is not an ICB constitution, partnership or place file: it declares no <code>kind</code> of ours.</p></article>` };
      }
      const context = await server.contextFor(key);
      const files = server.project.ours().map((f) => f.analyzed);
      const outcome = checkFileOutcomes(entry.analyzed, server.project.system(), context.options);
      const { html, title } = previewHtml({ file: entry.analyzed, system: files, outcome, name, today: context.options.today });
      return { uri: params.uri, version: entry.version, ours: true, title, html };
    }),
  );

  c.onHover(
    server.guard('textDocument/hover', null, async (params) => {
      const ctx = fileAndSystem(server, params.textDocument.uri);
      if (!ctx || !ctx.file.ours) return null;
      const findings = await server.findingsFor(ctx.key);
      const hover = hoverAt(ctx.file, params.position, findings, ctx.system);
      if (!hover) return null;
      return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: hover.range };
    }),
  );

  c.onCompletion(
    server.guard('textDocument/completion', [], (params) => {
      const ctx = fileAndSystem(server, params.textDocument.uri);
      if (!ctx) return [];
      return completionsAt(ctx.file, params.position, ctx.system).map(toCompletionItem);
    }),
  );

  c.onDefinition(
    server.guard('textDocument/definition', null, (params) => {
      const ctx = fileAndSystem(server, params.textDocument.uri);
      if (!ctx || !ctx.file.ours) return null;
      return definitionAt(ctx.file, params.position, ctx.system).map((l) => ({ uri: server.clientUri(l.uri), range: l.range }));
    }),
  );

  c.onReferences(
    server.guard('textDocument/references', null, (params) => {
      const ctx = fileAndSystem(server, params.textDocument.uri);
      if (!ctx || !ctx.file.ours) return null;
      return referencesAt(ctx.file, params.position, ctx.system, params.context.includeDeclaration).map((l) => ({ uri: server.clientUri(l.uri), range: l.range }));
    }),
  );

  c.onPrepareRename(
    server.guard('textDocument/prepareRename', null, (params) => {
      const ctx = fileAndSystem(server, params.textDocument.uri);
      if (!ctx || !ctx.file.ours) return null;
      const r = prepareRenameAt(ctx.file, params.position, ctx.system);
      return r ? { range: r.range, placeholder: r.placeholder } : null;
    }),
  );

  // Not guarded like the others: a refused name must reach the user as an error message.
  c.onRenameRequest(async (params) => {
    try {
      const ctx = fileAndSystem(server, params.textDocument.uri);
      if (!ctx || !ctx.file.ours) return null;
      const r = renameAt(ctx.file, params.position, params.newName, ctx.system);
      if (!r) return null;
      if ('error' in r) return new ResponseError(ErrorCodes.InvalidParams, r.error);
      const changes: Record<string, TextEdit[]> = {};
      for (const [uri, edits] of Object.entries(r.changes)) changes[server.clientUri(uri)] = edits;
      return { changes };
    } catch (err) {
      server.logError('textDocument/rename', err);
      return null;
    }
  });

  c.onDocumentSymbol(
    server.guard('textDocument/documentSymbol', [], (params) => {
      const ctx = fileAndSystem(server, params.textDocument.uri);
      if (!ctx || !ctx.file.ours) return [];
      return outline(ctx.file).map(toDocumentSymbol);
    }),
  );

  c.onFoldingRanges(
    server.guard('textDocument/foldingRange', [], (params) => {
      const ctx = fileAndSystem(server, params.textDocument.uri);
      if (!ctx || !ctx.file.ours) return [];
      return foldingRanges(ctx.file).map((f) => ({ startLine: f.startLine, endLine: f.endLine, kind: f.kind === 'comment' ? FoldingRangeKind.Comment : undefined }));
    }),
  );

  c.languages.inlayHint.on(
    server.guard('textDocument/inlayHint', [], async (params) => {
      const ctx = fileAndSystem(server, params.textDocument.uri);
      if (!ctx || !ctx.file.ours) return [];
      const settings = await server.settingsFor(ctx.key);
      if (!settings.inlayHints.enabled) return [];
      return inlayHints(ctx.file, ctx.system, params.range).map((h) => ({
        position: h.position,
        label: h.label,
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: h.tooltip ? { kind: MarkupKind.Markdown, value: h.tooltip } : undefined,
      }));
    }),
  );
}

const COMPLETION_KIND: Record<Suggestion['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
};

function toCompletionItem(s: Suggestion): CompletionItem {
  return {
    label: s.label,
    kind: COMPLETION_KIND[s.kind],
    detail: s.detail,
    documentation: s.documentation ? { kind: MarkupKind.Markdown, value: s.documentation } : undefined,
    textEdit: { range: s.range, newText: s.insertText },
    insertTextFormat: s.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // Our text carries its own indentation.
    insertTextMode: InsertTextMode.asIs,
    sortText: s.sortText,
    filterText: s.filterText,
  };
}

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  document: SymbolKind.Module,
  section: SymbolKind.Namespace,
  group: SymbolKind.Array,
  member: SymbolKind.Object,
  committee: SymbolKind.Struct,
  place: SymbolKind.Package,
  field: SymbolKind.Field,
};

function toDocumentSymbol(s: OutlineSymbol): DocumentSymbol {
  return { name: s.name, detail: s.detail, kind: SYMBOL_KIND[s.kind], range: s.range, selectionRange: s.selectionRange, children: s.children.map(toDocumentSymbol) };
}
