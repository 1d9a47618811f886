// The preview ("ICS: Open Preview to the Side") in VS Code's real extension host: the command opens a
// webview beside the YAML, the server renders it, and it follows the text as it is typed. (Clicking
// inside the webview is a person's act: the UI test does it in Chromium, test/e2e/ui/ui-test.ts.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, lineOf, open, restore } from './helpers';

interface Api {
  preview(): { uri: string; html: string; version?: number } | undefined;
}

/** Waits (polling; the mocha timeout is the limit) until `pred` holds. */
async function eventually<T>(what: string, pred: () => T | undefined | false, detail: () => string): Promise<T> {
  const stop = Date.now() + 50_000;
  for (;;) {
    const v = pred();
    if (v) return v;
    if (Date.now() > stop) throw new Error(`gave up waiting for ${what}: ${detail()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the preview beside the YAML', () => {
  afterEach(async () => {
    for (const d of vscode.workspace.textDocuments) if (d.isDirty && d.uri.scheme === 'file') await restore(d);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens with the command, shows the rendered constitution, and updates as you type', async () => {
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;
    const doc = await open('samples/valid/constitution.yaml');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('icsCheck.openPreviewToSide'), 'the command is registered');
    await vscode.commands.executeCommand('icsCheck.openPreviewToSide');
    const first = await eventually('the preview to render', () => api.preview()?.html.includes('<h1>NHS Northmoor and Castlebridge Integrated Care Board</h1>') && api.preview(), () => api.preview()?.html.slice(0, 300) ?? '(no preview)');
    assert.equal(vscode.Uri.parse(first.uri).fsPath, doc.uri.fsPath);
    assert.match(first.html, /<svg class="diagram"/, 'the governance diagram');
    assert.match(first.html, /<h2>Checklist<\/h2>/, 'the checklist');
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    assert.ok(tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Preview')), `a preview tab: ${tabs.map((t) => t.label).join(', ')}`);
    assert.equal(vscode.window.tabGroups.all.length, 2, 'beside the YAML, in a second group');

    // type a change: the name of the chair
    const line = lineOf(doc, 'name: Jane Smith');
    const at = doc.lineAt(line).text.indexOf('Jane Smith');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(line, at, line, at + 'Jane Smith'.length), 'Jane Smythe');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const second = await eventually('the preview to show the edit', () => api.preview()?.html.includes('<td>Jane Smythe</td>') && api.preview(), () => api.preview()?.html.slice(0, 300) ?? '(no preview)');
    assert.equal(second.version, doc.version, 'rendered from the text as it is now');
    console.log(`  preview: ${second.html.length} characters of HTML, version ${second.version}`);
  });
});
