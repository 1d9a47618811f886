// Launches the extension-host suite (test/e2e/suite) in a real VS Code with @vscode/test-electron.
//
// On these machines there is no desktop VS Code download, so `vscodeExecutablePath` points at
// scripts/e2e/lib/vscode-test-shim.js: a stand-in executable that starts code-server 4.139.1
// (= VS Code 1.139.1, installed by scripts/e2e/setup.sh) on 127.0.0.1 and runs the suite inside its
// real Node extension host (recipe: ../shared/real-editor, "code-server: extension tests inside the
// real extension host").
//
// Against desktop VS Code, where it can be downloaded, the same suite runs with the shim left out:
//   npm run build && node scripts/e2e/build.mjs && ICS_E2E_DESKTOP=1 node out/e2e/runTest.js
// (runTests then downloads VS Code into .vscode-test/ and starts it; on a headless Linux box wrap it
// in `xvfb-run -a`.) ICS_E2E_VSCODE_VERSION picks a version (default: stable).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const repo = path.resolve(__dirname, '..', '..');

/** A fresh workspace: the samples as they are in the repository plus a YAML file that is not a constitution. */
function makeWorkspace(): string {
  // outside the repository, so no .ics-check.yaml of the checkout is found by walking up from it
  const ws = path.resolve(process.env.ICS_E2E_WORKSPACE || fs.mkdtempSync(path.join(os.tmpdir(), 'ics-e2e-workspace-')));
  fs.rmSync(ws, { recursive: true, force: true });
  fs.mkdirSync(ws, { recursive: true });
  fs.cpSync(path.join(repo, 'samples'), path.join(ws, 'samples'), { recursive: true });
  fs.cpSync(path.join(repo, 'test', 'e2e', 'fixtures'), path.join(ws, 'other'), { recursive: true });
  return ws;
}

async function main(): Promise<number> {
  const workspace = makeWorkspace();
  const desktop = process.env.ICS_E2E_DESKTOP === '1';
  const shim = path.join(repo, 'scripts', 'e2e', 'lib', 'vscode-test-shim.js');
  console.log(`[runTest] workspace ${workspace}; VS Code: ${desktop ? 'desktop download' : `code-server via ${path.relative(repo, shim)}`}`);
  try {
    return await runTests({
      ...(desktop ? { version: process.env.ICS_E2E_VSCODE_VERSION || 'stable' } : { vscodeExecutablePath: shim }),
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out', 'e2e', 'suite', 'index.js'),
      extensionTestsEnv: { ICS_E2E_WORKSPACE: workspace },
      // --disable-extensions: only the extension under development runs (desktop; the shim starts
      // code-server with an empty extensions dir anyway)
      launchArgs: [workspace, '--disable-extensions'],
    });
  } catch (err) {
    console.error('[runTest] failed:', err instanceof Error ? err.message : err);
    return 1;
  }
}

main().then((code) => process.exit(code));
