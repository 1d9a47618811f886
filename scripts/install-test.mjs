// The install test: the package as a stranger gets it. Packs the project (as `npm publish` would,
// `prepare` building it), installs the tarball into an empty temporary project with
// --ignore-scripts, and there checks what users do with it:
//   - nothing but the package is installed (no runtime dependencies; the bundles hold them)
//   - `npx ics-check` and `npx ics-constitution-checker` on a copy of the samples give the same
//     findings (and exit code) as the clone's CLI
//   - `import { check } from 'ics-constitution-checker'` from an ES module and `require` from CommonJS
//   - `ics-check render` writes Word and HTML, and `-f html` the reviewer's report (the renderers'
//     libraries are bundled too)
//   - `ics-language-server --stdio` answers `initialize` (and shuts down when asked)
//   - a strict TypeScript consumer compiles against the shipped declarations
// Only the npm registry is reached, and only for the consumer's TypeScript and @types/node, which
// `npm ci` of the clone has just put in the cache (--prefer-offline).
// Usage: node scripts/install-test.mjs [--keep]. Prints "ok - …" / "not ok - …" and a last line
// "install test: N passed, N failed"; exits 1 if anything failed.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'ics-install-'));
const consumer = join(work, 'consumer');
let passed = 0;
let failed = 0;

function ok(name, fn) {
  try {
    fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (err) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(err?.stack ?? err).split('\n').join('\n  ')}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
/** Runs a command; returns { status, stdout, stderr }. npm's own variables are dropped so the inner npm is independent of any outer `npm run`. */
function sh(cmd, args, options = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: consumer, env: { ...env, NO_COLOR: '1', ...options.env }, input: options.input ?? '', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return r;
}
function must(cmd, args, options) {
  const r = sh(cmd, args, options);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** The findings of a JSON report, without the tool's own fields, for comparing two runs. */
function findingsOf(jsonText) {
  const report = JSON.parse(jsonText);
  return JSON.stringify({ results: report.results, skipped: report.skipped, summary: report.summary });
}

let tarball;
try {
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  tarball = join(work, JSON.parse(packed.slice(packed.indexOf('[')))[0].filename);
  console.log(`packed ${tarball}`);
} catch (err) {
  console.log(`not ok - npm pack\n  ${err.message}`);
  console.log('install test: 0 passed, 1 failed');
  process.exit(1);
}

rmSync(consumer, { recursive: true, force: true });
cpSync(join(ROOT, 'samples'), join(consumer, 'samples'), { recursive: true });
writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2));

ok('the tarball installs into an empty project with --ignore-scripts, offline, and brings nothing else', () => {
  // The package has no dependencies, so nothing needs the registry: --offline proves it.
  must('npm', ['install', '--ignore-scripts', '--offline', '--no-audit', '--no-fund', tarball]);
  const installed = readdirSync(join(consumer, 'node_modules')).filter((n) => !n.startsWith('.'));
  assert(JSON.stringify(installed) === JSON.stringify(['ics-constitution-checker']), `node_modules holds ${installed.join(', ')}`);
  const pkg = JSON.parse(readFileSync(join(consumer, 'node_modules/ics-constitution-checker/package.json'), 'utf8'));
  for (const s of ['preinstall', 'install', 'postinstall']) assert(!pkg.scripts?.[s], `the package has a ${s} script`);
  assert(!pkg.dependencies || Object.keys(pkg.dependencies).length === 0, `runtime dependencies: ${JSON.stringify(pkg.dependencies)}`);
});

const clone = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '-f', 'json', 'samples/'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

for (const bin of ['ics-check', 'ics-constitution-checker']) {
  ok(`npx ${bin} samples/ gives the clone's findings and exit code`, () => {
    const r = sh('npx', ['--no', '--', bin, '-f', 'json', 'samples/']);
    assert(r.status === 1 && clone.status === 1, `exit ${r.status} (clone ${clone.status}): ${r.stderr}`);
    assert(findingsOf(r.stdout) === findingsOf(clone.stdout), 'the findings differ from the clone\'s');
    const n = JSON.parse(r.stdout).summary.problems;
    assert(n > 0, 'no findings on the flawed samples');
  });
}

ok('npx ics-check --version names the package, the format and the catalogue', () => {
  const r = must('npx', ['--no', '--', 'ics-check', '--version']);
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  assert(new RegExp(`^ics-constitution-checker ${version.replace(/\./g, '\\.')}\ndocument format: v1(, v[\\d.]+)*\nrule catalogue: \\d+ rules`).test(r.stdout), r.stdout);
});

ok('npx ics-check renders the constitution (Word, HTML) and writes the reviewer\'s report (docx and d3-hierarchy are bundled)', () => {
  must('npx', ['--no', '--', 'ics-check', 'render', 'samples/valid', '-f', 'docx', '-o', 'out/constitution.docx']);
  const docx = readFileSync(join(consumer, 'out/constitution.docx'));
  assert(docx.subarray(0, 2).toString() === 'PK' && docx.length > 5000, `constitution.docx is ${docx.length} bytes, not a Word file`);
  const html = must('npx', ['--no', '--', 'ics-check', 'render', 'samples/valid', '-f', 'html']).stdout;
  assert(/^<!DOCTYPE html>/i.test(html) && html.includes('data-line'), 'render -f html wrote no document');
  const report = sh('npx', ['--no', '--', 'ics-check', 'samples/', '-f', 'html', '-o', 'out/review.html']);
  assert(report.status === 1, `the report run exited ${report.status}: ${report.stderr}`);
  const page = readFileSync(join(consumer, 'out/review.html'), 'utf8');
  assert(page.includes('<svg') && /waived/i.test(page), 'the reviewer\'s report has no diagram or no waived finding');
});

const apiScript = (load) => `${load}
const r = await check({ files: ['samples/'] });
const f = formatters.json(r.results, r.context);
process.stdout.write(f);`;

ok('import { check } from an ES module', () => {
  writeFileSync(join(consumer, 'esm.mjs'), apiScript("import { check, formatters } from 'ics-constitution-checker';"));
  const r = must('node', ['esm.mjs']);
  assert(findingsOf(r.stdout) === findingsOf(clone.stdout), 'the API\'s findings differ from the CLI\'s');
});

ok('require() from CommonJS', () => {
  writeFileSync(join(consumer, 'cjs.cjs'), `const { check, formatters } = require('ics-constitution-checker');\n(async () => {${apiScript('')}})();`);
  const r = must('node', ['cjs.cjs']);
  assert(findingsOf(r.stdout) === findingsOf(clone.stdout), 'the API\'s findings differ from the CLI\'s');
});

ok('ics-language-server --stdio answers initialize and exits on shutdown/exit', () => {
  writeFileSync(join(consumer, 'lsp.mjs'), `
import { spawn } from 'node:child_process';
const server = spawn('node_modules/.bin/ics-language-server', ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const send = (m) => { const b = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m })); server.stdin.write('Content-Length: ' + b.length + '\\r\\n\\r\\n'); server.stdin.write(b); };
let buf = Buffer.alloc(0);
const timer = setTimeout(() => { console.error('no answer in 30 s'); server.kill(); process.exit(1); }, 30000);
server.stdout.on('data', (d) => {
  buf = Buffer.concat([buf, d]);
  for (;;) {
    const head = buf.indexOf('\\r\\n\\r\\n');
    if (head < 0) return;
    const len = Number(/Content-Length: (\\d+)/i.exec(buf.subarray(0, head).toString())[1]);
    if (buf.length < head + 4 + len) return;
    const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString());
    buf = buf.subarray(head + 4 + len);
    if (msg.id === 1) {
      console.log(JSON.stringify({ name: msg.result?.serverInfo?.name, sync: msg.result?.capabilities?.textDocumentSync !== undefined, codeAction: !!msg.result?.capabilities?.codeActionProvider }));
      send({ method: 'initialized', params: {} });
      send({ id: 2, method: 'shutdown' });
    } else if (msg.id === 2) send({ method: 'exit' });
  }
});
server.on('exit', (code) => { clearTimeout(timer); console.log('exit ' + code); });
send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
`);
  const r = must('node', ['lsp.mjs']);
  const [answer, exit] = r.stdout.trim().split('\n');
  const a = JSON.parse(answer);
  assert(a.sync && a.codeAction, `initialize result: ${answer}`);
  assert(exit === 'exit 0', `the server ended with "${exit}"`);
});

ok('a strict TypeScript consumer compiles against the shipped declarations', () => {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  const v = (name) => lock.packages[`node_modules/${name}`].version;
  must('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--save-dev', `typescript@${v('typescript')}`, `@types/node@${v('@types/node')}`]);
  mkdirp(join(consumer, 'ts'));
  writeFileSync(join(consumer, 'ts/package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(join(consumer, 'ts/tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: false, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, types: ['node'] }, include: ['*.ts'] }));
  writeFileSync(join(consumer, 'ts/consumer.ts'), `
import { check, formatters, listRules, writeFixes, versions, InputError, ConfigError, type CheckInput, type CheckResult, type Finding, type RuleOutcome, type Severity, type WaivedFinding } from 'ics-constitution-checker';

const input: CheckInput = { files: ['samples/'], profile: 'nhse', rules: { 'ICS-SIZE-001': 'off' }, fix: true };
const result: CheckResult = await check(input);
const errors: Finding[] = result.results.flatMap((r) => r.findings).filter((f) => f.severity === 'error');
const severity: Severity | undefined = errors[0]?.severity;
const text: string = formatters.markdown(result.results, result.context);
const { written, refused } = await writeFixes([]);
const firstRefusal: string | undefined = refused[0]?.reason;
const rules: number = listRules().rules.length;
const fingerprint: string = versions().catalogue.fingerprint;
const waived: WaivedFinding[] = result.results.flatMap((r) => r.outcome?.waived ?? []);
const report: string = formatters.html(result.results, result.context);
const passed: number = result.summary.rules.passed;
const statuses: RuleOutcome['status'][] = ['passed', 'failed', 'waived', 'not-applicable'];
try { await check({ files: ['nowhere/'] }); } catch (e) { if (e instanceof InputError || e instanceof ConfigError) console.log(e.message); }
console.log(result.summary.error, severity, text.length, written.length, firstRefusal, rules, fingerprint, waived.length, report.length, passed, statuses);
// @ts-expect-error: an unknown profile is a type error
await check({ profile: 'lenient' });
`);
  must('npx', ['--no', '--', 'tsc', '-p', 'ts']);
});

if (keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`install test: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function mkdirp(dir) {
  execFileSync('mkdir', ['-p', dir]);
}
