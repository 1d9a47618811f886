// The extension in VS Code's real extension host (code-server 4.139.1 = VS Code 1.139.1 here; desktop
// VS Code where it can be downloaded, see test/e2e/runTest.ts). Every check goes through the public
// `vscode` API the way the workbench uses the extension: diagnostics, code actions, hover, completion,
// settings. The workspace is a fresh copy of samples/ plus test/e2e/fixtures/ (as other/).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { ruleById } from '../../../server/src/core';
import expectations from '../expectations.json';
import { EXTENSION_ID, SOURCE, codeOf, fileUri, hoverText, lineOf, open, ours, restore, show, until } from './helpers';

/** A finding: its rule, the text of the line its range starts on (or up to `within` lines below), the text it covers. */
type Expected = { rule: string; line: string; within?: number; text?: string };

function find(doc: vscode.TextDocument, e: Expected): vscode.Diagnostic | undefined {
  const at = lineOf(doc, e.line);
  return ours(doc.uri).find((d) => codeOf(d) === e.rule && d.range.start.line >= at && d.range.start.line <= at + (e.within ?? 0) &&
    (e.text === undefined || doc.getText(d.range) === e.text));
}

type CliFinding = { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number };
const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information, hint: vscode.DiagnosticSeverity.Hint,
};
const keyOfCli = (f: CliFinding) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${SEVERITY[f.severity]}`;
const keyOfDiag = (d: vscode.Diagnostic) =>
  `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${codeOf(d)} ${d.severity}`;

/** What CI says: the project's own CLI, `ics-check -f json samples/`, run in the workspace. */
function cliFindings(): Map<string, string[]> {
  const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
  const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
  // process.execPath is Node here (code-server) or Electron run as Node (desktop VS Code)
  const r = spawnSync(process.execPath, [cli, '-f', 'json', 'samples/'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' },
  });
  assert.ok(r.status === 0 || r.status === 1, `ics-check exited ${r.status}: ${r.stderr}`);
  const report = JSON.parse(r.stdout) as { results: { file: string; findings: CliFinding[] }[] };
  return new Map(report.results.map((x) => [x.file, x.findings.map(keyOfCli).sort()]));
}

describe('ICS Constitution Checker in a real VS Code extension host', () => {
  before(() => {
    console.log(`VS Code ${vscode.version}, ${vscode.env.appHost}, uiKind ${vscode.env.uiKind === vscode.UIKind.Web ? 'Web' : 'Desktop'}, ` +
      `remote ${vscode.env.remoteName ?? '-'}, node ${process.version}, workspace ${vscode.workspace.workspaceFolders?.[0]?.uri.fsPath}`);
  });

  // every test leaves the files as they are on disk, whether it passed or not
  afterEach(async () => {
    for (const d of vscode.workspace.textDocuments) if (d.isDirty && d.uri.scheme === 'file') await restore(d);
  });

  it('activates when a constitution file is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed in development mode`);
    const doc = await open(expectations.quickFix.file);
    assert.equal(doc.languageId, 'yaml');
    await until('the extension to activate', () => ext.isActive);
    // and its language client is up: the opened file gets our diagnostics
    await until(`diagnostics on ${expectations.quickFix.file}`, () => ours(doc.uri).length > 0);
  });

  it('shows the same findings as the CLI (`ics-check samples/`), file by file', async function () {
    this.timeout(5 * 60_000); // up to 55 s per file before it gives up and shows the difference
    const expected = cliFindings();
    assert.ok(expected.size >= Object.keys(expectations.findings).length, `the CLI checked ${[...expected.keys()].join(', ')}`);
    for (const [file, keys] of expected) {
      const doc = await open(file);
      await until(`the editor to agree with the CLI on ${file}`, () => JSON.stringify(ours(doc.uri).map(keyOfDiag).sort()) === JSON.stringify(keys),
        () => `CLI:\n    ${keys.join('\n    ') || '(none)'}\n  editor:\n    ${ours(doc.uri).map(keyOfDiag).sort().join('\n    ') || '(none)'}`);
      console.log(`  ${file}: ${keys.length} findings, as the CLI`);
    }
  });

  for (const [file, expected] of Object.entries(expectations.findings as Record<string, Expected[]>)) {
    it(`lists the findings of ${file} with rule ids and ranges`, async () => {
      const doc = await open(file);
      await until(`${expected.map((e) => e.rule).join(', ')} on ${file}`, () => expected.every((e) => find(doc, e)),
        () => `got\n    ${show(ours(doc.uri))}`);
      const diags = ours(doc.uri);
      console.log(`  ${file}:\n    ${show(diags)}`);
      for (const d of diags) {
        assert.equal(d.source, SOURCE);
        assert.match(codeOf(d), /^(ICS-[A-Z]+-\d{3}|schema|yaml-syntax|suppression|config)$/, `rule id as the code: ${codeOf(d)}`);
        assert.ok(d.range.end.line < doc.lineCount, `range inside the document: ${show([d])}`);
        assert.ok(d.message.length > 0);
      }
      for (const e of expected) {
        const d = find(doc, e)!;
        assert.ok(!d.range.isEmpty || e.rule === 'yaml-syntax', `${e.rule} has a non-empty range`);
        if (e.rule.startsWith('ICS-')) {
          const meta = ruleById(e.rule)?.meta;
          assert.ok(meta, `${e.rule} is in the catalogue`);
          assert.equal(d.severity, { error: 0, warning: 1, information: 2, hint: 3 }[meta.severity], `${e.rule} severity`);
          const target = typeof d.code === 'object' ? d.code.target : undefined;
          assert.ok(target && target.toString().includes(e.rule), `${e.rule} links to its documentation: ${target}`);
        }
      }
    });
  }

  it('applies a quick fix, and its diagnostic goes', async () => {
    const q = expectations.quickFix;
    const doc = await open(q.file);
    const target = { rule: q.rule, line: q.lineContains };
    const diag = await until(`${q.rule} on "${q.lineContains}"`, () => find(doc, target), () => show(ours(doc.uri)));
    const before = ours(doc.uri).length;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value, 10);
    console.log(`  code actions: ${actions.map((a) => a.title).join(' | ')}`);
    const fix = actions.find((a) => a.title === q.title);
    assert.ok(fix, `"${q.title}" offered among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.edit, 'the quick fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'workspace.applyEdit succeeded');
    const at = diag.range.start.line;
    assert.ok(doc.lineAt(at).text.includes(q.lineAfter), `line ${at + 1} now reads "${q.lineAfter}": ${doc.lineAt(at).text}`);
    await until(`the ${q.rule} diagnostic to go`,
      () => !ours(doc.uri).some((d) => codeOf(d) === q.rule && d.range.start.line === at) && ours(doc.uri).length < before,
      () => show(ours(doc.uri)));
  });

  it('shows the citation when hovering a finding', async () => {
    const h = expectations.hover;
    const doc = await open(h.file);
    const diag = await until(`${h.rule} on ${h.file}`, () => find(doc, h), () => show(ours(doc.uri)));
    const meta = ruleById(h.rule)?.meta;
    assert.ok(meta && meta.citations.length > 0, `${h.rule} has citations in the catalogue`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, diag.range.start);
    const text = hoverText(hovers);
    console.log(`  hover at ${diag.range.start.line + 1}:${diag.range.start.character + 1}:\n    ${text.replace(/\n/g, '\n    ')}`);
    assert.ok(text.includes(h.rule), `the hover names ${h.rule}`);
    const c = meta.citations[0];
    assert.ok(text.includes(c.instrument), `the hover cites "${c.instrument}"`);
    assert.ok(text.includes(c.provision), `the hover cites "${c.provision}"`);
  });

  it('offers the board member ids as completions after `chair: `', async () => {
    const c = expectations.completion;
    // only the language server's completions count, not the editor's words-in-the-file suggestions
    await vscode.workspace.getConfiguration('editor').update('wordBasedSuggestions', 'off', vscode.ConfigurationTarget.Workspace);
    const doc = await open(c.file);
    const model = parse(doc.getText()) as { board: { members: { id: string }[] } };
    const ids = model.board.members.map((m) => m.id);
    assert.ok(ids.length > 3, 'the sample has board members');
    // empty the value after `chair: ` on a committee, as a person about to choose a chair would
    const line = lineOf(doc, c.line);
    const text = doc.lineAt(line).text;
    const start = text.indexOf('chair: ') + 'chair: '.length;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(line, start, line, text.length), '');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(doc.lineAt(line).text.trimEnd(), text.slice(0, start).trimEnd());
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, start));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    console.log(`  completions after "${text.slice(0, start)}": ${labels.join(', ')}`);
    for (const id of ids) assert.ok(labels.includes(id), `${id} offered`);
  });

  it('changes the diagnostics when the icsCheck.profile setting changes', async () => {
    const p = expectations.profile;
    const doc = await open(p.file);
    const config = () => vscode.workspace.getConfiguration('icsCheck', doc.uri);
    const has = () => ours(doc.uri).some((d) => codeOf(d) === p.rule);
    try {
      await config().update('profile', p.with, vscode.ConfigurationTarget.Workspace);
      await until(`${p.rule} with profile ${p.with}`, has, () => show(ours(doc.uri)));
      const withCount = ours(doc.uri).length;
      await config().update('profile', p.without, vscode.ConfigurationTarget.Workspace);
      await until(`${p.rule} to go with profile ${p.without}`, () => !has() && ours(doc.uri).length < withCount, () => show(ours(doc.uri)));
      console.log(`  ${p.file}: ${withCount} findings with ${p.with}, ${ours(doc.uri).length} with ${p.without}`);
      await config().update('profile', p.with, vscode.ConfigurationTarget.Workspace);
      await until(`${p.rule} back with profile ${p.with}`, has, () => show(ours(doc.uri)));
    } finally {
      await config().update('profile', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  /** Appends a key the schema does not know and waits until the server reports it: proof it re-checked. */
  async function probe(doc: vscode.TextDocument): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), '\nnot_a_key_of_the_format: 1\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const at = lineOf(doc, 'not_a_key_of_the_format');
    await until('the server to report the unknown key', () => ours(doc.uri).some((d) => codeOf(d) === 'schema' && d.range.start.line === at),
      () => show(ours(doc.uri)));
  }

  it('leaves a YAML file that is not a constitution alone', async () => {
    const n = expectations.notAConstitution;
    const other = await open(n.file);
    assert.equal(other.languageId, 'yaml');
    // Edit it, then edit a constitution after it: the server handles the two changes in order, so
    // once the constitution's new diagnostic is in, any for the other file would be in as well.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(other.uri, new vscode.Position(other.lineCount, 0), 'not_a_key_of_the_format: 1\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const constitution = await open(n.thenEdit);
    await probe(constitution);
    assert.deepEqual(ours(other.uri).map((d) => show([d])), [], `no ics-check diagnostics on ${n.file}`);
  });

  it('"New Constitution…" writes a constitution with only placeholders to fill in, and refuses to overwrite it', async () => {
    const folder = fileUri('new-icb');
    const answers = { icbName: 'NHS Example ICB', councils: [{ name: 'A County Council', type: 'county' }], places: ['North', 'South'] };
    const first = (await vscode.commands.executeCommand('icsCheck.newConstitution', { folder, answers })) as { written?: string[] };
    assert.deepEqual(first.written?.map((f) => path.basename(f)), ['constitution.yaml']);
    const uri = vscode.Uri.joinPath(folder, 'constitution.yaml');
    // It opens the new file; the server checks it: placeholders to fill in, nothing else.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await until('the placeholders of the new constitution', () => ours(uri).length > 0 && ours(uri).every((d) => codeOf(d) === 'placeholder'), () => show(ours(uri)));
    const before = fs.readFileSync(uri.fsPath, 'utf8');
    const again = (await vscode.commands.executeCommand('icsCheck.newConstitution', { folder, answers: { icbName: 'NHS Other ICB' } })) as { refused?: string[] };
    assert.deepEqual(again.refused?.map((f) => path.basename(f)), ['constitution.yaml']);
    assert.equal(fs.readFileSync(uri.fsPath, 'utf8'), before);
  });

  it('finds nothing wrong with the valid sample', async () => {
    const doc = await open(expectations.valid.file);
    // make it wrong, see the finding, undo: it is checked, and clean again
    await probe(doc);
    await restore(doc);
    await until('no findings on the valid sample', () => ours(doc.uri).length === 0, () => show(ours(doc.uri)));
  });
});
