import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { startHarness, type Harness } from './harness';

/**
 * A file saved with Windows line endings (CRLF) keeps them: every edit the editor is offered — each
 * quick fix, "suppress on this line" and fix-all — ends its lines in CRLF, like the document.
 */
const ROOT = path.join(__dirname, '..', '..');
const TODAY = '2026-11-23';
const bareLf = (s: string) => /(^|[^\r])\n/.test(s);
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

describe('language server: CRLF documents get CRLF edits', function () {
  this.timeout(60_000);
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.dispose();
    h = undefined;
  });

  const files = [
    ...fs.readdirSync(path.join(ROOT, 'samples/flawed')).filter((n) => n !== 'yaml-syntax-error.yaml').map((n) => path.join('samples/flawed', n)),
    'test/cli/fixtures/fixable.yaml',
    'test/cli/fixtures/no-chair.yaml',
  ];
  for (const rel of files) {
    it(`${rel}: every quick fix and fix-all`, async () => {
      h = await startHarness({ debounceMs: 0, today: TODAY });
      const uri = 'file:///work/crlf/' + path.basename(rel);
      await h.open(uri, crlf(fs.readFileSync(path.join(ROOT, rel), 'utf8')));
      const diagnostics = await h.diagnostics(uri);
      const edits: { title: string; edit: TextEdit }[] = [];
      let multiLine = 0;
      for (const d of diagnostics) {
        const actions = await h.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
        for (const a of actions) for (const e of a.edit?.changes?.[uri] ?? []) edits.push({ title: a.title, edit: e });
      }
      const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const fixAll = (await h.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } })).find((a) => a.kind === 'source.fixAll.icsCheck');
      for (const e of fixAll?.edit?.changes?.[uri] ?? []) edits.push({ title: fixAll!.title, edit: e });
      for (const { title, edit } of edits) {
        if (edit.newText.includes('\n')) multiLine++;
        assert.ok(!bareLf(edit.newText), `${title}: ${JSON.stringify(edit.newText)}`);
      }
      // A misspelt value is fixed within its line; every other file is offered lines to add.
      if (!rel.endsWith('typo-in-role.yaml')) assert.ok(multiLine > 0, 'the file is offered at least one edit that adds lines');
      if (fixAll?.edit) {
        await h.applyEdit(fixAll.edit);
        assert.ok(!bareLf(h.text(uri)), 'after fix-all the document has no bare LF');
      }
    });
  }
});
