// Bundles the extension client, the language server, the CLI and the programmatic API with esbuild,
// and the API's type declarations into one file, dist/api.d.ts (dts-bundle-generator: no imports of
// other packages, so a consumer needs nothing but this package). Every dependency is bundled, so the
// published package has no runtime dependencies.
// Type-checking is `tsc -b` (run before this by `npm run build`).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync } from 'node:fs';

const entries = [
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', bin: true },
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', bin: true },
  { in: 'server/src/api.ts', out: 'dist/api.js' },
];

const watch = process.argv.includes('--watch');
for (const e of entries) {
  if (!existsSync(e.in)) throw new Error(`build: missing entry point ${e.in}`);
  const options = {
    entryPoints: [e.in],
    outfile: e.out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    external: e.external ?? [],
    banner: e.bin ? { js: '#!/usr/bin/env node' } : undefined,
    logLevel: 'warning',
  };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
  // npm links a package's own bins before `prepare` builds them, so it cannot mark them executable.
  if (e.bin && !watch) chmodSync(e.out, 0o755);
}

if (!watch) {
  // `--no-check`: tsc -b has just checked the sources. The test that compiles a strict consumer
  // against the packed tarball checks the result.
  execFileSync(process.execPath, ['node_modules/dts-bundle-generator/dist/bin/dts-bundle-generator.js', '--silent', '--no-check',
    '--project', 'server/tsconfig.json', '-o', 'dist/api.d.ts', 'server/src/api.ts'], { stdio: 'inherit' });
  const dts = readFileSync('dist/api.d.ts', 'utf8');
  const imports = dts.match(/^\s*import\b.*$/gm) ?? [];
  if (imports.length > 0) throw new Error(`build: dist/api.d.ts imports other modules, which consumers do not have:\n${imports.join('\n')}`);
}
