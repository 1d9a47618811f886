import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

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
});
