import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { RULE_DOCS_BASE_URL, ruleDocsUrl } from '../../server/src/core/language/links';
import { schemaFileOf, yamlExtensionSchemaFor, YAML_SCHEMA_SCHEME } from '../../server/src/core/language/yamlExtension';
import { SHOW_RULE_DOCUMENTATION_COMMAND, STATUS_METHOD, type StatusParams } from '../../server/src/lsp/protocol';
import { NEW_CONSTITUTION_COMMAND, newConstitution } from './newConstitution';
import { documentSelectorFor, RESTRICTED_SETTINGS, restrictedModeNote } from './selector';
import { PreviewPanel, type PreviewState } from './preview';
import { LanguageClient, NotificationType, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * The VS Code side of ICS Constitution Checker: it starts the language server (dist/server.js, over
 * IPC) for YAML files, and adds what only VS Code can do — the output channel, commands, a language
 * status item, and opening rule documentation inside the editor. Everything about constitutions
 * is in the server, so Neovim, Emacs and Helix get the same checks.
 */

const OUTPUT_NAME = 'ICS Constitution Checker';
const STATUS_NOTIFICATION = new NotificationType<StatusParams>(STATUS_METHOD);

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

export interface IcsCheckApi {
  /** The running language client (extension tests use it). */
  client(): LanguageClient | undefined;
  /** The last status the server sent for a document. */
  status(uri: vscode.Uri): StatusParams | undefined;
  /** What the preview shows now (undefined when it is closed). */
  preview(): PreviewState | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<IcsCheckApi> {
  output = vscode.window.createOutputChannel(OUTPUT_NAME);
  context.subscriptions.push(output);
  const statuses = new Map<string, StatusParams>();

  const statusItem = vscode.languages.createLanguageStatusItem('icsCheck.status', { language: 'yaml' });
  statusItem.name = 'ICS Constitution Checker';
  statusItem.text = 'ICS';
  statusItem.command = { title: 'Show output', command: 'icsCheck.showOutput' };
  context.subscriptions.push(statusItem);

  const updateStatusItem = () => {
    const editor = vscode.window.activeTextEditor;
    const status = editor ? statuses.get(editor.document.uri.toString()) : undefined;
    if (!status || !status.ours) {
      statusItem.selector = { language: 'yaml', pattern: '**/__ics-check-no-document__' };
      return;
    }
    statusItem.selector = { language: 'yaml' };
    const { error, warning, information, hint } = status.counts;
    const kind = status.kinds.join(', ') || 'constitution';
    if (status.ignoredBy) {
      statusItem.text = `ICS: ${kind} — ignored`;
      statusItem.detail = `Not checked: .ics-check.yaml ignores it (${status.ignoredBy})`;
      statusItem.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    statusItem.text = `ICS: ${kind} · ${status.profile} · ${status.frameworks.join(', ')}`;
    statusItem.detail = `${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${information} information, ${hint} hint${hint === 1 ? '' : 's'}${status.configFiles.length > 0 ? ` — config: ${status.configFiles.map((f) => vscode.workspace.asRelativePath(f)).join(', ')}` : ''}${restrictedModeNote(vscode.workspace.isTrusted)}`;
    statusItem.severity = error > 0 ? vscode.LanguageStatusSeverity.Error : warning > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(updateStatusItem));

  context.subscriptions.push(
    vscode.commands.registerCommand('icsCheck.showOutput', () => output?.show(true)),
    vscode.commands.registerCommand(NEW_CONSTITUTION_COMMAND, newConstitution),
    vscode.commands.registerCommand('icsCheck.restartServer', async () => {
      output?.appendLine('Restarting the language server…');
      if (client) await client.restart();
      else client = await startClient(context, statuses, updateStatusItem);
    }),
    vscode.commands.registerCommand(SHOW_RULE_DOCUMENTATION_COMMAND, async (ruleId?: unknown) => {
      const id = typeof ruleId === 'string' ? ruleId : await vscode.window.showInputBox({ prompt: 'Rule id', placeHolder: 'ICS-BOARD-001', validateInput: (v) => (/^ICS-[A-Z]+-\d{3}$/.test(v.trim()) ? undefined : 'A rule id such as ICS-BOARD-001') });
      if (!id) return;
      await showRuleDocumentation(context, id.trim());
    }),
    vscode.commands.registerCommand('icsCheck.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      // The server computes the edit when the action is resolved: ask VS Code to resolve what it returns.
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, editor.document.lineCount, 0), 'source.fixAll.icsCheck', 10);
      const fix = actions?.find((a) => a.kind && vscode.CodeActionKind.SourceFixAll.append('icsCheck').contains(a.kind) && a.edit);
      if (!fix?.edit) {
        void vscode.window.showInformationMessage('ICS Constitution Checker: nothing in this file can be fixed safely.');
        return;
      }
      await vscode.workspace.applyEdit(fix.edit);
    }),
  );

  // Restricted Mode: VS Code itself keeps the workspace's values of the restricted settings from the
  // server. Once the folder is trusted, start the server again so they apply (and the scan re-runs).
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      output?.appendLine(`The workspace is trusted: restarting the language server so its ${RESTRICTED_SETTINGS.join(' and ')} apply.`);
      updateStatusItem();
      if (client) await client.restart();
    }),
    // A virtual folder added later needs its scheme in the document selector.
    vscode.workspace.onDidChangeWorkspaceFolders(async () => {
      const wanted = JSON.stringify(selectorNow());
      if (client && wanted !== selectorInUse) {
        output?.appendLine('Workspace folders of another kind were added: restarting the language server.');
        await client.stop();
        client = await startClient(context, statuses, updateStatusItem);
      }
    }),
  );
  if (!vscode.workspace.isTrusted) output.appendLine(`Restricted Mode: checking as usual; the workspace's own ${RESTRICTED_SETTINGS.join(' and ')} are not used until you trust it.`);
  const preview = new PreviewPanel(() => client, (m) => output?.appendLine(m));
  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand('icsCheck.openPreviewToSide', (uri?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      const target = uri instanceof vscode.Uri ? uri : editor?.document.uri;
      if (!target) {
        void vscode.window.showInformationMessage('ICS Constitution Checker: open a constitution, partnership or place file (YAML) to preview it.');
        return;
      }
      preview.show(target, editor?.viewColumn);
    }),
  );

  client = await startClient(context, statuses, updateStatusItem);
  await offerSchemasToYamlExtension(context);
  return { client: () => client, status: (uri) => statuses.get(uri.toString()), preview: () => (preview.visible() ? preview.state() : undefined) };
}

/** The documents the server is given: YAML on disk, unsaved, and in virtual workspace folders. */
function selectorNow() {
  return documentSelectorFor((vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme));
}
let selectorInUse = '';

async function startClient(context: vscode.ExtensionContext, statuses: Map<string, StatusParams>, onStatus: () => void): Promise<LanguageClient> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // A young generation of 2 × 4 MB instead of V8's 2 × 16 MB, which it never gives back: a fifth of
    // the server's memory, at no CPU cost measured from 1,000 to 50,000 lines (server/src/lsp/memory.ts).
    run: { module, transport: TransportKind.ipc, options: { execArgv: ['--max-semi-space-size=4'] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010', '--max-semi-space-size=4'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selectorNow(),
    synchronize: { configurationSection: 'icsCheck' },
    outputChannel: output,
    traceOutputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: { clientCommands: [SHOW_RULE_DOCUMENTATION_COMMAND] },
    diagnosticCollectionName: 'ics-check',
  };
  selectorInUse = JSON.stringify(clientOptions.documentSelector);
  const c = new LanguageClient('icsCheck', OUTPUT_NAME, serverOptions, clientOptions);
  c.onNotification(STATUS_NOTIFICATION, (status) => {
    statuses.set(vscode.Uri.parse(status.uri).toString(), status);
    onStatus();
  });
  context.subscriptions.push({ dispose: () => void c.stop() });
  await c.start();
  return c;
}

/** The part of Red Hat's YAML extension API we use (redhat-developer/vscode-yaml, schema-extension-api.ts). */
interface YamlExtensionApi {
  registerContributor(schema: string, requestSchema: (resource: string) => string | undefined, requestSchemaContent: (uri: string) => string | undefined, label?: string): boolean;
}

/**
 * Registers a schema contributor with Red Hat's YAML extension, when it is installed. It answers
 * through `yamlExtensionSchemaFor`, which gives no schema unless `icsCheck.yamlExtension.provideSchemas`
 * is on, so by default each problem is reported once (by us). The setting is read on each request.
 */
async function offerSchemasToYamlExtension(context: vscode.ExtensionContext): Promise<void> {
  const yaml = vscode.extensions.getExtension<YamlExtensionApi>('redhat.vscode-yaml');
  if (!yaml) return;
  try {
    const api = yaml.isActive ? yaml.exports : await yaml.activate();
    if (!api || typeof api.registerContributor !== 'function') return;
    const enabled = () => vscode.workspace.getConfiguration('icsCheck').get<boolean>('yamlExtension.provideSchemas', false);
    api.registerContributor(
      YAML_SCHEMA_SCHEME,
      (resource) => yamlExtensionSchemaFor(resource, enabled()),
      (uri) => {
        const file = schemaFileOf(uri);
        return file ? fs.readFileSync(context.asAbsolutePath(path.join('schemas', file)), 'utf8') : undefined;
      },
      'ICS Constitution Checker',
    );
    output?.appendLine(`Red Hat's YAML extension found: it gets the format's schemas only with icsCheck.yamlExtension.provideSchemas (now ${enabled() ? 'on' : 'off'}).`);
  } catch (err) {
    output?.appendLine(`Could not register with Red Hat's YAML extension: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Opens a rule's page from the packaged docs (rendered as Markdown), or online when it is not packaged. */
async function showRuleDocumentation(context: vscode.ExtensionContext, ruleId: string): Promise<void> {
  const file = context.asAbsolutePath(path.join('docs', 'rules', `${ruleId}.md`));
  if (fs.existsSync(file)) {
    const uri = vscode.Uri.file(file);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      await vscode.window.showTextDocument(uri, { preview: true });
    }
    return;
  }
  output?.appendLine(`No packaged documentation for ${ruleId} at ${file}; opening it online.`);
  await vscode.env.openExternal(vscode.Uri.parse(ruleDocsUrl(ruleId) ?? RULE_DOCS_BASE_URL));
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
