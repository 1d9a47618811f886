import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** The engine is pure: the language server, the CLI and the tests all call the same functions. */
describe('architecture', () => {
  it('the engine imports nothing from vscode or the LSP transport', () => {
    const root = path.join(__dirname, '..', 'server', 'src', 'core');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) {
          const text = fs.readFileSync(full, 'utf8');
          for (const m of text.matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)) {
            if (/^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)(\/|$)/.test(m[1])) offenders.push(`${path.relative(root, full)}: ${m[1]}`);
            if (/\.\.\/(lsp|cli)(\/|$)/.test(m[1])) offenders.push(`${path.relative(root, full)}: ${m[1]}`);
          }
        }
      }
    };
    walk(root);
    assert.ok(fs.existsSync(path.join(root, 'engine.ts')));
    assert.deepEqual(offenders, []);
  });

  it('no import circles in the server, the CLI or the client (type-only imports included)', () => {
    const roots = ['server/src', 'client/src'].map((r) => path.join(__dirname, '..', r));
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) files.push(full);
      }
    };
    roots.forEach(walk);
    const known = new Set(files);
    const resolve = (from: string, spec: string) => [`${spec}.ts`, `${spec}/index.ts`].map((s) => path.resolve(path.dirname(from), s)).find((f) => known.has(f));
    const imports = new Map(
      files.map((f) => [f, ts.preProcessFile(fs.readFileSync(f, 'utf8'), true, true).importedFiles.filter((i) => i.fileName.startsWith('.')).flatMap((i) => resolve(f, i.fileName) ?? [])]),
    );
    // A depth-first walk; a file met again while still on the path closes a circle.
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (f: string, trail: string[]) => {
      state.set(f, 'open');
      for (const g of imports.get(f)!) {
        if (state.get(g) === 'open') circles.push([...trail.slice(trail.indexOf(g)), f, g].map((x) => path.relative(path.join(__dirname, '..'), x)).join(' → '));
        else if (!state.has(g)) visit(g, [...trail, f]);
      }
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f, []);
    assert.deepEqual(circles, []);
  });
});
