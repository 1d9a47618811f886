// Runs an extension's mocha suite INSIDE code-server's real (Node) extension host.
// The browser is only a thin trigger: it opens the workbench with the same URL "payload" that
// VS Code's own web integration tests use
//   [["extensionDevelopmentPath","vscode-remote://HOST/abs/ext"],["extensionTestsPath","vscode-remote://HOST/abs/tests"]]
// and the workbench calls window.codeAutomationExit(code) when the suite's run() settles; it also
// forwards extension-host console output to window.codeAutomationLog(type, args).
// REQUIRES code-server started with `--vscode-option enable-smoke-test-driver`: a built workbench
// ignores the payload's extensionDevelopmentPath/extensionTestsPath otherwise.
// Adapted from the real-editor recipe (../shared/real-editor/code-server/run-ext-tests.js).
'use strict';
const path = require('path');
const util = require('util');
const { launchChromium } = require('./code-server');

// workbench chatter that has nothing to do with the extension under test
const NOISE = /\[ChatModelSelection\]|\[AgentHost|AccountPolicyGate|connection token|Creating a socket|Service Worker|grace-time|additional builtin|queryRawGalleryExtensions|ENOTFOUND|authentication provider 'github'|^\s*$/;

async function runExtensionTests({ server, exts, tests, workspace, timeoutS = 180, screenshot, verbose = false }) {
  const base = new URL(server);
  const t0 = Date.now();
  const since = () => ((Date.now() - t0) / 1000).toFixed(1) + 's';
  const { context, close } = await launchChromium();
  let exitCode = 1;
  try {
    const page = context.pages()[0] || await context.newPage();
    let resolveExit;
    const done = new Promise((resolve) => { resolveExit = resolve; });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      if (verbose || !NOISE.test(line)) console.log(`[${type}] ${line.replace(/\n/g, '\n        ')}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    if (verbose) page.on('console', (m) => console.log(`[page ${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => console.log('[pageerror]', e.message));

    const remote = (p) => `vscode-remote://${base.host}${path.resolve(p)}`;
    const payload = [
      ...[].concat(exts).map((e) => ['extensionDevelopmentPath', remote(e)]),
      ['extensionTestsPath', remote(tests)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    let where = 'ew=true';
    if (workspace) {
      const ws = path.resolve(workspace);
      where = (ws.endsWith('.code-workspace') ? 'workspace=' : 'folder=') + encodeURIComponent(ws);
    }
    const url = `${base.origin}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    if (verbose) console.log(`[${since()}] opening ${url}`);
    await page.goto(url);
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutS * 1000); });
    const result = await Promise.race([done, timeout]);
    clearTimeout(timer);
    if (screenshot) await page.screenshot({ path: screenshot }).catch(() => {});
    if (result === 'timeout') {
      console.log(`[${since()}] TIMEOUT: the workbench never called codeAutomationExit ` +
        '(is code-server running with --vscode-option enable-smoke-test-driver?)');
    } else {
      exitCode = result;
      console.log(`[${since()}] extension host test run exited with code ${result}`);
    }
  } finally {
    await close();
  }
  return exitCode;
}

module.exports = { runExtensionTests };
