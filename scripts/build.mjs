// Bundles the extension client, the language server, the CLI and the programmatic API with esbuild.
// Type-checking is `tsc -b` (run before this by `npm run build`).
import * as esbuild from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { precompiledSchemasModule } from './precompile-schemas.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The schemas' validators, compiled now rather than at every start of the CLI or the server.
let precompiled;
const precompiledSchemas = {
  name: 'precompiled-schemas',
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]schema[\\/]precompiled\.ts$/ }, () => ({ contents: (precompiled ??= precompiledSchemasModule(ROOT)), loader: 'js', resolveDir: ROOT }));
  },
};

const entries = [
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', bin: true },
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', bin: true },
  { in: 'server/src/api.ts', out: 'dist/api.js' },
  // The thread the CLI and the API check large systems on (server/src/cli/parallel.ts finds it beside them).
  { in: 'server/src/cli/worker.ts', out: 'dist/check-worker.js' },
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
    plugins: [precompiledSchemas],
  };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
  // npm links a package's own bins before `prepare` builds them, so it cannot mark them executable.
  if (e.bin && !watch) chmodSync(e.out, 0o755);
}
