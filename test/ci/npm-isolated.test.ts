import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The e2e set-up installs code-server from inside `npm run test:e2e`. The calling npm exports its
 * own settings, among them npm_config_user_agent naming the Node it runs on; a nested install read
 * that as its own, and code-server's postinstall (which checks the Node version in the user agent)
 * refused to install on every fresh machine. This reproduces that check with a small local package.
 */
const ROOT = path.resolve(__dirname, '../..');
const ISOLATED = path.join(ROOT, 'scripts/e2e/lib/npm-isolated.sh');

describe('nested npm installs in the e2e set-up', function () {
  this.timeout(60000);
  let dir: string;
  let tarball: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-npm-isolated-'));
    const pkg = path.join(dir, 'checks-node');
    fs.mkdirSync(pkg);
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({
      name: 'checks-node', version: '1.0.0',
      scripts: { postinstall: 'node check.js' },
    }));
    // as code-server's postinstall does: the Node named in the user agent must be the Node running
    fs.writeFileSync(path.join(pkg, 'check.js'), `
      const ua = process.env.npm_config_user_agent || '';
      const m = /node\\/v(\\d+)/.exec(ua);
      const running = process.versions.node.split('.')[0];
      if (!m || m[1] !== running) { console.error('requires node v' + running + ', the user agent says ' + ua); process.exit(1); }
    `);
    const packed = spawnSync('npm', ['pack', '--silent', pkg], { cwd: dir, encoding: 'utf8', env: cleanEnv() });
    assert.equal(packed.status, 0, packed.stderr);
    tarball = path.join(dir, packed.stdout.trim().split('\n').pop()!);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The environment `npm run` gives its children, with the user agent of another Node. */
  function callerEnv(): NodeJS.ProcessEnv {
    return {
      ...cleanEnv(),
      npm_config_user_agent: 'npm/11.0.0 node/v18.20.0 linux x64 workspaces/false',
      npm_lifecycle_event: 'test:e2e',
      npm_package_name: 'ics-constitution-checker',
      npm_node_execpath: '/nowhere/node',
      NODE: '/nowhere/node',
    };
  }

  function install(prefix: string[], target: string) {
    fs.mkdirSync(target, { recursive: true });
    fs.writeFileSync(path.join(target, 'package.json'), '{"private":true}');
    return spawnSync(prefix[0], [...prefix.slice(1), 'npm', 'install', '--no-audit', '--no-fund', '--offline', tarball], {
      cwd: target, encoding: 'utf8', env: callerEnv(),
    });
  }

  it('a postinstall that checks the Node version sees the Node that runs it', () => {
    const r = install([ISOLATED], path.join(dir, 'isolated'));
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    assert.ok(fs.existsSync(path.join(dir, 'isolated/node_modules/checks-node/check.js')));
  });

  it('(control) the same install under the caller\'s npm environment fails as code-server did', () => {
    const r = install(['env'], path.join(dir, 'inherited'));
    assert.notEqual(r.status, 0);
    assert.match(r.stderr + r.stdout, /requires node v\d+, the user agent says npm\/11\.0\.0 node\/v18/);
  });

  it('keeps the settings that say where packages come from', () => {
    const r = spawnSync(ISOLATED, ['node', '-p', 'JSON.stringify([process.env.npm_config_registry, process.env.npm_config_cache, process.env.npm_config_user_agent, process.env.NODE])'], {
      encoding: 'utf8', env: { ...callerEnv(), npm_config_registry: 'http://registry.example/', npm_config_cache: '/tmp/c' },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), ['http://registry.example/', '/tmp/c', null, null]);
  });
});

/** This process's environment without what mocha's own `npm test` exported. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/.test(k) && k !== 'NODE' && k !== 'INIT_CWD') env[k] = v;
  return env;
}
