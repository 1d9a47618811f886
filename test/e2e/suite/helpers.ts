// Shared by the extension-host tests. Runs inside the real VS Code extension host.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'ics-constitution-checker.ics-constitution-checker';
export const SOURCE = 'ics-check';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

export function fileUri(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

export async function open(rel: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fileUri(rel));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

/**
 * Resolves once `pred` returns a value, re-checking whenever diagnostics change (and on a slow
 * poll, for changes that are not diagnostics). Never an assertion about time: the mocha timeout
 * (60 s) only stops a test that would otherwise wait for ever.
 */
export function until<T>(what: string, pred: () => T | undefined | null | false, onTimeout?: () => string): Promise<T> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (v: T) => { done = true; sub.dispose(); clearInterval(poll); clearTimeout(limit); resolve(v); };
    const test = () => {
      if (done) return;
      let v: T | undefined | null | false;
      try { v = pred(); } catch { v = undefined; }
      if (v) finish(v);
    };
    const sub = vscode.languages.onDidChangeDiagnostics(test);
    const poll = setInterval(test, 250);
    const limit = setTimeout(() => {
      if (done) return;
      done = true; sub.dispose(); clearInterval(poll);
      reject(new Error(`gave up waiting for ${what}${onTimeout ? ': ' + onTimeout() : ''}`));
    }, 55_000);
    test();
  });
}

export function show(diags: readonly vscode.Diagnostic[]): string {
  return diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`).join('\n    ') || '(none)';
}

/** The 0-based line of the first line containing `text`. */
export function lineOf(doc: vscode.TextDocument, text: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(text)) return i;
  throw new Error(`no line containing "${text}" in ${path.basename(doc.uri.fsPath)}`);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : String(c)))).join('\n');
}

/**
 * Puts a document back to what is on disk: one edit replacing the whole text, then a save (which
 * writes the same bytes back), so the language server sees the original text again.
 */
export async function restore(doc: vscode.TextDocument): Promise<void> {
  const disk = fs.readFileSync(doc.uri.fsPath, 'utf8');
  if (doc.getText() !== disk) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), disk);
    assert.ok(await vscode.workspace.applyEdit(edit), `restored ${doc.uri.fsPath}`);
  }
  if (doc.isDirty) await doc.save();
  assert.equal(doc.getText(), disk);
}
