// Bundles the extension client, the language server, the CLI and the programmatic API with esbuild,
// and the API's type declarations into one file, dist/api.d.ts (dts-bundle-generator: no imports of
// other packages, so a consumer needs nothing but this package). Every dependency is bundled, so the
// published package has no runtime dependencies.
// Type-checking is `tsc -b` (run before this by `npm run build`).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { precompiledSchemasModule } from './precompile-schemas.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The schemas' validators, compiled now rather than at every start of the CLI or the server. The
// generated code is minified (about a third of its size; nobody reads or debugs it, and each of the
// bundles carries it); the project's own code is not.
let precompiled;
const precompiledSchemas = {
  name: 'precompiled-schemas',
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]schema[\\/]precompiled\.ts$/ }, () => ({ contents: (precompiled ??= esbuild.transformSync(precompiledSchemasModule(ROOT), { minify: true, loader: 'js', format: 'cjs' }).code), loader: 'js', resolveDir: ROOT }));
  },
};

const entries = [
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', bin: true },
  // The API, and undeclared the CLI (server/src/cli/bundle.ts); also the script of the threads the
  // CLI and the API check large systems on (server/src/cli/worker.ts).
  { in: 'server/src/cli/bundle.ts', out: 'dist/api.js' },
];

// The command, dist/cli.js, is server/src/cli/bin.ts for the bundle: it starts the CLI that
// dist/api.js holds with the engine (server/src/cli/bundle.ts), so the package carries one copy.
const CLI = `#!/usr/bin/env node
'use strict';
// ics-check: the CLI is in api.js beside this file, with the engine (server/src/cli/bin.ts, bundle.ts).
require('./api.js').__runCliAsProcess();
`;

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in comments and regular
 * expressions. One such character makes V8 hold the whole bundle's source — which it keeps for lazy
 * compilation — as a two-byte string: 6 MB instead of 3 MB in every process and worker thread. A
 * `\\uXXXX` escape means the same in a string, a template, a regular expression and an identifier,
 * and is harmless in a comment. (Source-map columns move on the few lines that had one.)
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

const watch = process.argv.includes('--watch');
// dist/ holds only what this build writes: a bundle left from an older build would be packed and published.
if (!watch) rmSync('dist', { recursive: true, force: true });
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
    plugins: [precompiledSchemas],
  };
  if (watch) await (await esbuild.context(options)).watch();
  else {
    await esbuild.build(options);
    asciiOnly(e.out);
  }
  // npm links a package's own bins before `prepare` builds them, so it cannot mark them executable.
  if (e.bin && !watch) chmodSync(e.out, 0o755);
}

if (!watch) {
  writeFileSync('dist/cli.js', CLI, { mode: 0o755 });
  chmodSync('dist/cli.js', 0o755);
  // `--no-check`: tsc -b has just checked the sources. The test that compiles a strict consumer
  // against the packed tarball checks the result.
  execFileSync(process.execPath, ['node_modules/dts-bundle-generator/dist/bin/dts-bundle-generator.js', '--silent', '--no-check',
    '--project', 'server/tsconfig.json', '-o', 'dist/api.d.ts', 'server/src/api.ts'], { stdio: 'inherit' });
  const dts = readFileSync('dist/api.d.ts', 'utf8');
  const imports = dts.match(/^\s*import\b.*$/gm) ?? [];
  if (imports.length > 0) throw new Error(`build: dist/api.d.ts imports other modules, which consumers do not have:\n${imports.join('\n')}`);
}
