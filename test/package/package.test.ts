import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { WORKER_FLAG } from '../../server/src/cli/parallel';
import { ENGINE_CHECKS } from '../../server/src/core/checks';

/**
 * What `npm publish` would publish (the quick half of the install test; scripts/install-test.mjs
 * installs the packed tarball in .ci/run). The allow-list and the budgets are written here.
 */
const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Every file the npm package may hold. */
const ALLOWED: RegExp[] = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\/(api|cli|server|client)\.js$/,
  /^dist\/api\.d\.ts$/,
  /^schemas\/[a-z-]+\.schema\.json$/,
  // The rule pages and the engine checks' pages (`schema`, `yaml-syntax`…): findings link to both.
  new RegExp(`^docs/rules/(README|ICS-[A-Z]+-\\d{3}|${ENGINE_CHECKS.map((c) => c.id).join('|')})\\.md$`),
];
const REQUIRED = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/api.js', 'dist/cli.js', 'dist/server.js', 'dist/api.d.ts', 'schemas/icb-constitution.schema.json', 'docs/rules/ICS-BOARD-001.md', 'docs/rules/schema.md'];
/**
 * Budgets: the package is about 8.4 MB unpacked, 1.6 MB packed: the engine twice (dist/api.js, which
 * also holds the CLI and docx for `ics-check render -f docx`; dist/server.js), the extension client
 * (with the generator of "New Constitution"), schemas, rule pages and the engine checks' pages.
 * Source maps (each bundle's is as large as the bundle), a third copy of the engine or node_modules
 * slipping in would break it.
 */
const MAX_UNPACKED = 9 * 1024 * 1024;
const MAX_PACKED = 2 * 1024 * 1024;

describe('the npm package', function () {
  this.timeout(60_000);

  it('npm pack --dry-run lists only the allowed files, every required one, under the size budget', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const [info] = JSON.parse(out.slice(out.indexOf('[')));
    const files: string[] = info.files.map((f: { path: string }) => f.path);
    const extra = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
    assert.deepEqual(extra, [], 'files outside the allow-list');
    for (const f of REQUIRED) assert.ok(files.includes(f), `the package holds ${f}`);
    for (const f of REQUIRED.filter((f) => f.startsWith('dist/'))) assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} is built (npm ci builds it)`);
    assert.ok(info.unpackedSize < MAX_UNPACKED, `unpacked ${info.unpackedSize} bytes is over ${MAX_UNPACKED}`);
    assert.ok(info.size < MAX_PACKED, `packed ${info.size} bytes is over ${MAX_PACKED}`);
  });

  it('has no runtime dependencies and no install-time scripts; prepare builds a clone', () => {
    assert.equal(pkg.dependencies, undefined, 'everything is bundled into dist/: dependencies belong in devDependencies');
    for (const s of ['preinstall', 'install', 'postinstall']) assert.equal(pkg.scripts[s], undefined, `no ${s} script`);
    // `prepare` runs for `npm ci` in a clone and for git installs, never for a registry install.
    assert.match(pkg.scripts.prepare, /npm run build/);
  });

  it('bins: the package name (so npx cannot fetch another package), ics-check and the language server', () => {
    assert.deepEqual(pkg.bin, { 'ics-constitution-checker': './dist/cli.js', 'ics-check': './dist/cli.js', 'ics-language-server': './dist/server.js' });
    assert.equal(pkg.bin[pkg.name], './dist/cli.js');
  });

  it('exports and types point at shipped files, and the declarations import nothing', () => {
    assert.deepEqual(pkg.exports['.'], { types: './dist/api.d.ts', default: './dist/api.js' });
    assert.equal(pkg.types, './dist/api.d.ts');
    const dts = fs.readFileSync(path.join(ROOT, 'dist/api.d.ts'), 'utf8');
    assert.doesNotMatch(dts, /^\s*import\b/m);
    for (const name of ['check', 'CheckInput', 'CheckResult', 'Finding', 'versions']) assert.match(dts, new RegExp(`\\b(function|interface|type|class) ${name}\\b`), `declares ${name}`);
  });

  it("the API's bundle is the script of the CLI's checking threads, and only when started as one", async () => {
    const text = fs.readFileSync(path.join(ROOT, 'samples/valid/constitution.yaml'), 'utf8');
    const worker = new Worker(path.join(ROOT, 'dist/api.js'), { workerData: WORKER_FLAG });
    const reply = await new Promise<{ type: string; files: { ours: boolean; icbIds: string[] }[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ type: 'analyze', files: [{ index: 0, uri: 'file:///constitution.yaml', text, hints: {} }] });
    });
    await worker.terminate();
    assert.equal(reply.type, 'analyzed');
    assert.deepEqual(reply.files.map((f) => [f.ours, f.icbIds]), [[true, ['nhs-northmoor-castlebridge']]]);
    // Loaded in any other thread (a consumer's own worker), the API listens for nothing and lets it end.
    const plain = new Worker(path.join(ROOT, 'dist/api.js'));
    assert.equal(await new Promise((resolve) => plain.once('exit', resolve)), 0);
  });

  it('CHANGELOG.md follows Keep a Changelog: an Unreleased section, one entry per line', () => {
    const log = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    assert.match(log, /^# Changelog\n/);
    assert.match(log, /^## \[Unreleased\]$/m);
    const headings = log.match(/^## .*$/gm) ?? [];
    for (const h of headings) assert.match(h, /^## \[(Unreleased|\d+\.\d+\.\d+)\]( - \d{4}-\d{2}-\d{2})?$/, h);
    for (const h of log.match(/^### .*$/gm) ?? []) assert.match(h, /^### (Added|Changed|Deprecated|Removed|Fixed|Security)$/, h);
    const body = log.slice(log.indexOf('## [Unreleased]'));
    for (const line of body.split('\n')) {
      if (line === '' || line.startsWith('#') || line.startsWith('- ')) continue;
      if (line.startsWith('Nothing has been published')) continue;
      assert.fail(`an entry continues on another line (one entry per line, so merges are easy): "${line}"`);
    }
  });

  it('the bundles are ASCII: V8 keeps a script with one other character as a two-byte string, twice the memory', () => {
    for (const f of ['dist/api.js', 'dist/server.js', 'dist/client.js']) {
      const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
      const at = text.search(/[^\x00-\x7f]/);
      assert.equal(at, -1, `${f} has ${JSON.stringify(text.slice(at, at + 1))} at ${at}: ${text.slice(Math.max(0, at - 40), at + 40)}`);
    }
  });
});
