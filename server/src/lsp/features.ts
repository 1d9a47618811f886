import { type ServerCapabilities } from 'vscode-languageserver';
import { ruleDocsUrl } from '../core/language/links';
import { codeActions, CODE_ACTION_KINDS, SERVER_SHOW_DOCS_COMMAND } from './codeActions';
import type { IcsServer } from './server';

/** The capabilities of the language features below (merged into the initialize result). */
export function featureCapabilities(): ServerCapabilities {
  return {
    codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
    executeCommandProvider: { commands: [SERVER_SHOW_DOCS_COMMAND] },
  };
}

/** Registers the language features. Each handler is guarded: a failure answers empty and is logged. */
export function registerFeatures(server: IcsServer): void {
  const c = server.connection;
  c.onCodeAction(server.guard('textDocument/codeAction', [], (params) => codeActions(server, params)));
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
}
