// Packages the VS Code extension (`npm run package`) from a staging folder, out/vsix/, that holds
// only what the extension needs. The npm package and the .vsix need different files (the npm
// package has the API and its types; the extension has its client and icon), and vsce refuses a
// `.vscodeignore` next to package.json's `files`, so the .vsix gets its own allow-list here: the
// staged package.json's `files`, which `vsce ls` and `vsce package` both obey.
//   node scripts/package-vsix.mjs [--out FILE]   stage, then vsce package (default out/ics-constitution-checker.vsix)
//   node scripts/package-vsix.mjs --ls           stage, then print `vsce ls` (what the .vsix would hold)
//   node scripts/package-vsix.mjs --stage-only   stage, print the staging folder
// The bundles must be built first (npm run build). The .vsix is self-contained: esbuild bundles
// every dependency, and vsce runs with --no-dependencies, so there is no node_modules in it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const STAGE = join(ROOT, 'out/vsix');

/** What the .vsix holds besides package.json and README (vsce adds those). */
export const VSIX_FILES = [
  'CHANGELOG.md', // the Marketplace's and VS Code's Changelog tab
  'LICENSE',
  'dist/client.js', // the extension
  'dist/server.js', // the language server it starts
  'dist/cli.js', // ics-check, for tasks and terminals (node <extension>/dist/cli.js)
  'dist/api.js', // what dist/cli.js runs: the CLI with the engine
  'schemas/*.json', // for Red Hat's YAML extension when the user opts in
  'docs/rules/*.md', // "Show Rule Documentation" opens these
  'images/icon.png',
];

function copy(rel) {
  const from = join(ROOT, rel);
  if (!existsSync(from)) throw new Error(`package-vsix: ${rel} is missing (run npm run build first)`);
  mkdirSync(dirname(join(STAGE, rel)), { recursive: true });
  cpSync(from, join(STAGE, rel), { recursive: true });
}

export function stage() {
  rmSync(STAGE, { recursive: true, force: true });
  mkdirSync(STAGE, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  // The extension's manifest: no npm-only fields (files, exports, bin, types), no scripts (vsce
  // would run vscode:prepublish), no dependencies (all bundled).
  const { files: _files, exports: _exports, bin: _bin, types: _types, scripts: _scripts, devDependencies: _dev, dependencies: _deps, ...manifest } = pkg;
  manifest.files = VSIX_FILES;
  writeFileSync(join(STAGE, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  copy('README.md');
  for (const pattern of VSIX_FILES) {
    if (pattern.includes('*')) copy(dirname(pattern));
    else copy(pattern);
  }
  return STAGE;
}

function vsce(args) {
  return execFileSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), ...args, '--no-dependencies'], { cwd: STAGE, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  stage();
  if (args.includes('--stage-only')) console.log(STAGE);
  else if (args.includes('--ls')) process.stdout.write(vsce(['ls']));
  else {
    const i = args.indexOf('--out');
    const out = resolve(ROOT, i >= 0 ? args[i + 1] : 'out/ics-constitution-checker.vsix');
    mkdirSync(dirname(out), { recursive: true });
    process.stdout.write(vsce(['package', '--out', out]));
  }
}
