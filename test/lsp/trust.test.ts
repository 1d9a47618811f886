import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { documentSelectorFor, RESTRICTED_SETTINGS, restrictedModeNote } from '../../client/src/selector';
import { scanFolder } from '../../server/src/lsp/scan';
import { startHarness, type Harness } from './harness';
import { CONSTITUTION, positionOf } from './fixtures';

const ROOT = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('extension trust: Restricted Mode and virtual workspaces', () => {
  describe('what package.json declares', () => {
    it('untrusted workspaces: supported in part, with the settings that choose which files are read restricted', () => {
      const u = pkg.capabilities.untrustedWorkspaces;
      assert.equal(u.supported, 'limited');
      assert.deepEqual(u.restrictedConfigurations, [...RESTRICTED_SETTINGS]);
      for (const setting of u.restrictedConfigurations) assert.ok(pkg.contributes.configuration.properties[setting], `${setting} is a setting of the extension`);
      assert.match(u.description, /runs no code from the workspace/);
      assert.match(u.description, /icsCheck\.files and icsCheck\.exclude/);
    });

    it('virtual workspaces: supported in part, saying what works and what does not', () => {
      const v = pkg.capabilities.virtualWorkspaces;
      assert.equal(v.supported, 'limited');
      assert.match(v.description, /open constitution files are checked as you type/);
      assert.match(v.description, /workspace scan, rules that compare files, and \.ics-check\.yaml/);
    });

    it('docs/editor.md explains both', () => {
      const doc = fs.readFileSync(path.join(ROOT, 'docs/editor.md'), 'utf8');
      assert.match(doc, /## Restricted Mode and virtual workspaces/);
      for (const s of RESTRICTED_SETTINGS) assert.ok(doc.includes(`\`${s}\``), s);
    });
  });

  describe('the client', () => {
    it('hands the server YAML on disk and unsaved, and in a virtual workspace the folders’ own scheme', () => {
      assert.deepEqual(documentSelectorFor([]), [{ language: 'yaml', scheme: 'file' }, { language: 'yaml', scheme: 'untitled' }]);
      assert.deepEqual(documentSelectorFor(['file', 'file']), [{ language: 'yaml', scheme: 'file' }, { language: 'yaml', scheme: 'untitled' }]);
      assert.deepEqual(documentSelectorFor(['vscode-vfs', 'file', 'vscode-vfs']), [
        { language: 'yaml', scheme: 'file' },
        { language: 'yaml', scheme: 'untitled' },
        { language: 'yaml', scheme: 'vscode-vfs' },
      ]);
    });

    it('says in the status item when the workspace’s own settings are not used', () => {
      assert.equal(restrictedModeNote(true), '');
      assert.equal(restrictedModeNote(false), " — Restricted Mode: the workspace's own icsCheck.files and icsCheck.exclude are not used until you trust it");
    });
  });

  describe('the server in a virtual workspace', () => {
    let h: Harness | undefined;
    afterEach(async () => {
      await h?.dispose();
      h = undefined;
    });

    it('checks an open file that is not on disk, with hover; nothing is read from disk and nothing fails', async () => {
      const folder = 'vscode-vfs://github/nhs-example/governance';
      h = await startHarness({ workspaceFolders: [{ uri: folder, name: 'governance' }] });
      const uri = `${folder}/constitution.yaml`;
      const text = CONSTITUTION.replace('role: chair', 'role: non_executive');
      await h.open(uri, text);
      const diagnostics = await h.diagnostics(uri);
      assert.ok(diagnostics.some((d) => d.code === 'ICS-BOARD-001'), diagnostics.map((d) => d.code).join(', '));
      const hover = await h.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'deputy_chair: lay-1', 0, 'deputy_chair: '.length + 1) });
      assert.match(JSON.stringify(hover?.contents ?? ''), /Pat Lee/);
      assert.deepEqual(h.logs.filter((l) => /failed/.test(l)), []);
    });
  });

  describe('the workspace scan reads inside the workspace folder only', () => {
    it('globs that climb out (`../`) or are absolute match nothing outside', async () => {
      const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-trust-'));
      try {
        const root = path.join(outer, 'workspace');
        fs.mkdirSync(root);
        fs.writeFileSync(path.join(outer, 'outside.yaml'), CONSTITUTION);
        fs.writeFileSync(path.join(root, 'inside.yaml'), CONSTITUTION);
        fs.symlinkSync(outer, path.join(root, 'up'));
        fs.symlinkSync(path.join(outer, 'outside.yaml'), path.join(root, 'linked.yaml'));
        const found = await scanFolder(root, { include: ['../**/*.yaml', `${outer}/**/*.yaml`, '/**/*.yaml', '**/*.yaml'], exclude: [] });
        assert.deepEqual(found.map((f) => path.relative(root, f.path)), ['inside.yaml']);
      } finally {
        fs.rmSync(outer, { recursive: true, force: true });
      }
    });
  });
});
