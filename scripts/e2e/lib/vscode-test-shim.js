#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// runTests spawns it as  <shim> [launchArgs...] --no-sandbox ... --extensionTestsPath=T
//   --extensionDevelopmentPath=E [--extensions-dir=X --user-data-dir=U]
// and takes its exit code as the result. The shim starts a private code-server (VS Code 1.139.1)
// on a free 127.0.0.1 port (auth none, smoke-test driver on), runs the suite in its real Node
// extension host through run-ext-tests.js (headless Debian Chromium as the trigger), stops
// code-server's whole process group and exits with the suite's code.
// Adapted from the real-editor recipe (../shared/real-editor/code-server/vscode-test-shim.js).
// Env: ICS_E2E_CACHE (where setup.sh installed code-server), CODE_SERVER, CS_NODE_DIR, CHROMIUM,
//      SHIM_TIMEOUT seconds (default 240), SHIM_VERBOSE=1 for code-server + workbench logs,
//      SHIM_SCREENSHOT=<png> to save the workbench at the end.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startCodeServer } = require('./code-server');
const { runExtensionTests } = require('./run-ext-tests');

const opts = { exts: [], positional: [] };
for (const a of process.argv.slice(2)) {
  const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
  if (!m) { opts.positional.push(a); continue; }
  const [, k, v] = m;
  if (k === 'extensionDevelopmentPath') opts.exts.push(v);
  else if (k === 'extensionTestsPath') opts.tests = v;
  // the rest (--no-sandbox, --disable-gpu-sandbox, --skip-welcome, --disable-extensions, ...) is Electron-only
}
if (!opts.tests || !opts.exts.length) {
  console.error('vscode-test-shim: need --extensionTestsPath= and --extensionDevelopmentPath=');
  process.exit(2);
}

(async () => {
  const verbose = process.env.SHIM_VERBOSE === '1';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-e2e-shim-'));
  // fresh user data and an empty extensions dir every run (test-electron's defaults live in
  // ./.vscode-test and persist between runs), so only the extension under development is loaded
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  let cs;
  let code = 1;
  try {
    cs = await startCodeServer({
      userDataDir, extensionsDir, logFile: path.join(tmp, 'code-server.log'),
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    });
    code = await runExtensionTests({
      server: cs.base, exts: opts.exts, tests: opts.tests, workspace: opts.positional[0],
      timeoutS: Number(process.env.SHIM_TIMEOUT || 240), verbose, screenshot: process.env.SHIM_SCREENSHOT,
    });
  } catch (e) {
    console.error('[shim]', e.message);
  } finally {
    if (cs) await cs.stop();
  }
  if (code === 0 && !verbose) fs.rmSync(tmp, { recursive: true, force: true });
  else console.log(`[shim] code-server log and user data kept in ${tmp}`);
  process.exit(code);
})();
