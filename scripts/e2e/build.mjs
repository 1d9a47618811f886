// Type-checks and bundles the end-to-end tests into out/e2e/ (esbuild, like scripts/build.mjs):
//   test/e2e/runTest.ts        -> out/e2e/runTest.js        (launcher, @vscode/test-electron)
//   test/e2e/suite/index.ts    -> out/e2e/suite/index.js    (loaded by the extension host)
//   test/e2e/suite/*.test.ts   -> out/e2e/suite/*.test.js   (one bundle each, mocha adds them)
//   test/e2e/ui/*.ts           -> out/e2e/ui/*.js           (Playwright UI test)
// `vscode` is provided by the extension host; every other package stays external and resolves
// from the project's node_modules (out/e2e is inside the repository).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
process.chdir(root);
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'test/e2e/tsconfig.json'], { stdio: 'inherit' });

rmSync('out/e2e', { recursive: true, force: true });
const list = (dir, re) => readdirSync(dir).filter((f) => re.test(f)).map((f) => join(dir, f));
const entryPoints = [
  'test/e2e/runTest.ts',
  'test/e2e/suite/index.ts',
  ...list('test/e2e/suite', /\.test\.ts$/),
  ...list('test/e2e/ui', /\.ts$/),
];
await esbuild.build({
  entryPoints,
  outdir: 'out/e2e',
  outbase: 'test/e2e',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  packages: 'external',
  external: ['vscode'],
  logLevel: 'warning',
});
console.log(`[e2e build] ${entryPoints.length} entry points -> out/e2e`);
