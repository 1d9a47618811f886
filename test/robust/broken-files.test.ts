import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { check } from '../../server/src/api';
import { cli, ROOT, sandbox } from '../cli/helpers';
import { startHarness, type Harness } from '../lsp/harness';

/**
 * A file that looks like one of ours but cannot be read as one is an error on that file, with the
 * reason and a position, in the CLI, the API and the editor — never "0 files checked".
 */
const VALID = fs.readFileSync(path.join(ROOT, 'samples/valid/constitution.yaml'), 'utf8');

/** The 1-based line of the first occurrence of a text in the valid sample. */
const lineOf = (needle: string) => VALID.slice(0, VALID.indexOf(needle)).split('\n').length;

/** name → bytes, and the 1-based line and rule id of the error that must be reported first. */
const BROKEN: Record<string, { bytes: Buffer; line: number; ruleId: string; message: RegExp }> = {
  'stray-character.yaml': { bytes: Buffer.from('x' + VALID), line: 1, ruleId: 'yaml-syntax', message: /^Line 1 .* is not a key, a list item or a comment/ },
  'merge-conflict.yaml': { bytes: Buffer.from(VALID.replace(/^version: (.*)\n/m, '<<<<<<< HEAD\nversion: $1\n=======\nversion: 2\n>>>>>>> theirs\n')), line: 4, ruleId: 'yaml-syntax', message: /^Lines 4–8 are a merge conflict left in the file/ },
  'unterminated-quote.yaml': { bytes: Buffer.from('title: "Constitution of NHS Northmoor\n' + VALID), line: 1, ruleId: 'yaml-syntax', message: /^The quotation mark \("\) that opens the text on line 1 is never closed/ },
  'utf16.yaml': { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]), line: 1, ruleId: 'unreadable', message: /UTF-16.*save it with the UTF-8 encoding/i },
  'latin1.yaml': { bytes: Buffer.from(VALID.replace('Jane Smith', 'Jane Sm\u00efth'), 'latin1'), line: lineOf('Jane Smith'), ruleId: 'unreadable', message: /0xEF.*not UTF-8/ },
  'no-kind.icb.yaml': { bytes: Buffer.from(VALID.replace(/^kind: icb-constitution\n/m, '')), line: 3, ruleId: 'schema', message: /no `kind`/ },
};

function brokenWorkspace(): string {
  const dir = sandbox({});
  for (const [name, { bytes }] of Object.entries(BROKEN)) fs.writeFileSync(path.join(dir, name), bytes);
  // Not ours, and broken: still left alone.
  fs.writeFileSync(path.join(dir, 'deployment.yaml'), 'kind: Deployment\nspec: [\n');
  fs.writeFileSync(path.join(dir, 'notes.yaml'), 'title: "unterminated\n');
  return dir;
}

describe('broken files are never "clean"', function () {
  this.timeout(30_000);

  it('the CLI reports each broken file of ours as an error with the reason and its line (exit 1), and leaves other YAML alone', async () => {
    const dir = brokenWorkspace();
    const r = await cli(['-f', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const results = JSON.parse(r.stdout).results as { file: string; findings: { ruleId: string; message: string; line: number; severity: string }[] }[];
    assert.deepEqual(results.map((x) => x.file).sort(), Object.keys(BROKEN).sort());
    for (const [name, expected] of Object.entries(BROKEN)) {
      const first = results.find((x) => x.file === name)!.findings[0];
      assert.deepEqual([first.ruleId, first.line, first.severity], [expected.ruleId, expected.line, 'error'], `${name}: ${JSON.stringify(first)}`);
      assert.match(first.message, expected.message, name);
    }
    assert.match(r.stderr, /skipped 2 files, not an ICS document.*deployment\.yaml, notes\.yaml/);
  });

  it('a stray first character on its own: exit 1, not "0 files checked"', async () => {
    const dir = sandbox({ 'governance.yaml': 'x' + VALID });
    const r = await cli(['.'], { cwd: dir });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /1:1\s+error\s+Line 1 .* is not a key, a list item or a comment/);
    assert.doesNotMatch(r.stdout + r.stderr, /0 files checked|skipped/);
  });

  it('a UTF-8 byte-order mark is fine', async () => {
    const dir = sandbox({ 'bom.yaml': '\uFEFF' + VALID });
    const r = await check({ files: ['.'], cwd: dir });
    assert.equal(r.results.length, 1);
    assert.deepEqual(r.results[0].findings.filter((f) => f.severity === 'error'), []);
  });

  it('the configuration’s `files` make any broken file in them ours', async () => {
    const dir = sandbox({ 'gov/draft.yaml': 'title: [unclosed\n', 'other/notes.yaml': 'title: [unclosed\n' }, 'root: true\nfiles: ["gov/*.yaml"]\n');
    const r = await check({ cwd: dir });
    assert.deepEqual(r.results.map((x) => [path.relative(dir, x.filePath), x.findings[0]?.ruleId]), [['gov/draft.yaml', 'yaml-syntax']]);
  });

  it('a configuration `files` pattern that matches nothing is exit 2, like one on the command line', async () => {
    const dir = sandbox({ 'gov/icb.yaml': VALID }, 'root: true\nfiles:\n  - "gov/*.yaml"\n  - "governance/*.yaml"\n');
    const r = await cli([], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'ics-check: no files match the pattern "governance/*.yaml" (`files` in .ics-check.yaml:4:5)\n');
  });

  describe('the language server', () => {
    let h: Harness | undefined;
    afterEach(async () => {
      await h?.dispose();
      h = undefined;
    });

    it('the workspace scan publishes the same errors for closed files', async () => {
      const dir = brokenWorkspace();
      h = await startHarness({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
      for (const [name, expected] of Object.entries(BROKEN)) {
        const uri = pathToFileURL(path.join(dir, name)).href;
        const diags: Diagnostic[] = h.latest(uri)?.diagnostics ?? (await h.diagnostics(uri, () => true));
        assert.deepEqual([String(diags[0]?.code), diags[0]?.range.start.line + 1, diags[0]?.severity], [expected.ruleId, expected.line, 1], `${name}: ${JSON.stringify(diags[0])}`);
      }
      await h.server.ready();
      for (const name of ['deployment.yaml', 'notes.yaml']) assert.equal(h.latest(pathToFileURL(path.join(dir, name)).href), undefined, name);
    });

    it('an open document with a stray first character shows the error as you type', async () => {
      h = await startHarness();
      const uri = 'file:///drafts/governance.yaml';
      await h.open(uri, VALID);
      assert.ok(!(await h.diagnostics(uri)).some((d) => d.severity === 1));
      await h.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
      const diags = await h.diagnostics(uri);
      assert.equal(diags[0]?.code, 'yaml-syntax');
      assert.equal(diags[0]?.range.start.line, 0, 'on the line of the stray character');
    });
  });
});
