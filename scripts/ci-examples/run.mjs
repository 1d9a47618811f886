// Runs every CI example of docs/cli.md (the blocks marked `<!-- ci-example: NAME -->`) in a scratch
// repository, as far as each can run on this machine (scripts/ci-examples/runners.mjs says how):
//   - the scratch repository: `git init`, the samples as governance/, and the packed tarball added
//     as a devDependency the way the docs say (npm install --save-dev), so `npm ci` and
//     `npx ics-constitution-checker` in the examples resolve to this build, offline;
//   - github-code-scanning  (the action, then upload-sarif: the SARIF file is checked, not uploaded)
//   - github-annotations    (npm ci, annotations, the job summary)
//   - gitlab                (the job's script; the code quality and JUnit reports it leaves)
//   - azure                 (the script steps; the JUnit file PublishTestResults would read)
//   - pre-commit            (`pre-commit run --all-files`, Debian's pre-commit)
//   - git-hook              (a real `git commit`, refused while the flawed samples are there)
// and, for the publish commands, `ovsx publish` of the packed .vsix to a stand-in registry on
// 127.0.0.1 that checks it received the file.
// Prints "ok - …" / "not ok - …", then "ci examples: N passed, N failed"; exits 1 if any failed.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAzureSteps, runGithubWorkflow, runGitlabJob, sarifProblem } from './runners.mjs';

const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'ics-ci-examples-'));
// the runners' own temporary folders (runner temp, Azure's staging folder) go inside it too
process.env.TMPDIR = join(work, 'tmp');
mkdirSync(process.env.TMPDIR);
let passed = 0;
let failed = 0;

async function ok(name, fn) {
  try {
    const note = await fn();
    passed++;
    console.log(`ok - ${name}${note ? ` (${note})` : ''}`);
  } catch (err) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(err?.stack ?? err).split('\n').join('\n  ')}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
function quietEnv(extra = {}) {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))), ...extra };
}
function describeSteps(steps) {
  return steps.map((s) => `${s.name}: ${s.outcome}${s.note ? ` — ${s.note}` : ''}`).join('; ');
}

/** The example blocks of docs/cli.md, by name. */
function examples() {
  const doc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
  const out = {};
  for (const m of doc.matchAll(/<!-- ci-example: ([\w-]+) -->\n```\w*\n([\s\S]*?)\n```/g)) out[m[1]] = m[2] + '\n';
  return out;
}

const ex = examples();
for (const name of ['github-code-scanning', 'github-annotations', 'gitlab', 'azure', 'pre-commit', 'git-hook']) {
  if (!ex[name]) {
    console.log(`not ok - docs/cli.md has the example ${name}`);
    failed++;
  }
}

// The packed package, as the registry would serve it.
const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: quietEnv() });
const tarball = join(work, JSON.parse(packed.slice(packed.indexOf('[')))[0].filename);

/** A fresh scratch repository with the samples as governance/ and the package as a devDependency. */
function scratch(name) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q');
  git('config', 'user.email', 'ci@example.invalid');
  git('config', 'user.name', 'CI');
  cpSync(join(ROOT, 'samples'), join(dir, 'governance'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'governance', private: true }, null, 2) + '\n');
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  // `npm install --save-dev ics-constitution-checker`, with the tarball standing in for the registry
  execFileSync('npm', ['install', '--save-dev', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', tarball], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: quietEnv() });
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true }); // CI starts from the lockfile
  return { dir, git };
}

const flawedCount = JSON.parse(spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '-f', 'json', 'samples/'], { cwd: ROOT, encoding: 'utf8' }).stdout).summary;

await ok('GitHub Actions with code scanning: the action annotates, summarises and writes SARIF; the upload step gets a valid file', () => {
  const { dir } = scratch('github-code-scanning');
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(join(dir, '.github/workflows/ics.yml'), ex['github-code-scanning']);
  const run = runGithubWorkflow(ex['github-code-scanning'], dir, { actions: { 'ics-constitution-checker/ics-constitution-checker@': ROOT } });
  const check = run.steps.find((s) => s.name === 'Check constitutions');
  const upload = run.steps.find((s) => s.name === 'Upload to code scanning');
  assert(check?.code === 1, `the check step: ${describeSteps(run.steps)}\n${check?.stderr ?? ''}`);
  assert(/^::error file=governance\/flawed\//m.test(check.stdout), 'no error annotation with a repository path');
  assert(check.outputs['exit-code'] === '1' && check.outputs.errors === String(flawedCount.error), `outputs ${JSON.stringify(check.outputs)}`);
  assert(upload?.outcome === 'success', `the upload step: ${upload?.outcome} ${upload?.note ?? ''}`);
  assert(sarifProblem(join(dir, 'reports/ics.sarif')) === undefined, 'reports/ics.sarif');
  assert(run.summary.startsWith('## ICS Constitution Checker'), 'no job summary');
  return describeSteps(run.steps);
});

await ok('GitHub Actions without code scanning: npm ci from the lockfile, annotations, the job summary after the failing check', () => {
  const { dir } = scratch('github-annotations');
  const run = runGithubWorkflow(ex['github-annotations'], dir);
  const byName = Object.fromEntries(run.steps.map((s) => [s.name, s]));
  assert(byName['npm ci']?.outcome === 'success', `npm ci: ${byName['npm ci']?.stderr}`);
  const check = byName['Check constitutions'];
  assert(check?.code === 1 && /^::(error|warning|notice) file=governance\//m.test(check.stdout), `the check step: ${check?.code} ${check?.stderr}`);
  assert(byName['Job summary']?.outcome === 'success', 'the summary step did not run after the failure');
  assert(run.summary.includes(`**${flawedCount.problems} problems**`), 'the job summary does not count every finding');
  return describeSteps(run.steps);
});

await ok('GitLab CI: the job fails on the findings and leaves a code quality report and a JUnit report', () => {
  const { dir } = scratch('gitlab');
  writeFileSync(join(dir, '.gitlab-ci.yml'), ex.gitlab);
  const job = runGitlabJob(ex.gitlab, 'ics-check', dir);
  assert(job.code === 1, `exit ${job.code}: ${job.stderr}`);
  const cq = JSON.parse(job.reports.codequality?.text ?? 'null');
  assert(Array.isArray(cq) && cq.length === flawedCount.problems, `code quality: ${cq?.length} issues, expected ${flawedCount.problems}`);
  assert(cq.every((i) => i.location.path.startsWith('governance/') && /^[0-9a-f]{16}$/.test(i.fingerprint) && ['major', 'minor', 'info'].includes(i.severity)), 'code quality issues');
  assert(new Set(cq.map((i) => i.fingerprint)).size === cq.length, 'fingerprints repeat');
  assert(/<testsuites /.test(job.reports.junit?.text ?? ''), 'no JUnit report');
  return `image ${job.image} not used: this machine's Node.js ${process.version}`;
});

await ok('Azure Pipelines: npm ci, the check fails on the findings, PublishTestResults gets the JUnit file', () => {
  const { dir } = scratch('azure');
  const run = runAzureSteps(ex.azure, dir);
  assert(run.steps[0].outcome === 'success', `npm ci: ${run.steps[0].stderr}`);
  assert(run.steps[1].outcome === 'failure' && run.steps[1].code === 1, `the check: ${run.steps[1].code} ${run.steps[1].stderr}`);
  assert(run.steps[2].outcome === 'success', `publish: ${run.steps[2].note}`);
  return describeSteps(run.steps);
});

await ok('pre-commit: the local hook runs the checker on the folder and fails on the flawed samples', () => {
  const { dir, git } = scratch('pre-commit');
  writeFileSync(join(dir, '.pre-commit-config.yaml'), ex['pre-commit']);
  const ci = spawnSync('npm', ['ci', '--offline', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', env: quietEnv() });
  assert(ci.status === 0, `npm ci: ${ci.stderr}`);
  git('add', '-A');
  const which = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  assert(which.status === 0, 'pre-commit is not installed (.ci/run installs Debian\'s pre-commit)');
  const r = spawnSync('pre-commit', ['run', '--all-files'], { cwd: dir, encoding: 'utf8', env: quietEnv({ PRE_COMMIT_HOME: join(work, 'pre-commit-home') }) });
  assert(r.status === 1, `pre-commit exited ${r.status}: ${r.stdout}${r.stderr}`);
  assert(/ICS constitution checks\.+Failed/.test(r.stdout) && /ICS-/.test(r.stdout) && /✖ \d+ problems/.test(r.stdout), r.stdout);
  // with only the valid samples, the hook passes
  rmSync(join(dir, 'governance/flawed'), { recursive: true });
  git('add', '-A');
  const clean = spawnSync('pre-commit', ['run', '--all-files'], { cwd: dir, encoding: 'utf8', env: quietEnv({ PRE_COMMIT_HOME: join(work, 'pre-commit-home') }) });
  assert(clean.status === 0 && /ICS constitution checks\.+Passed/.test(clean.stdout), clean.stdout + clean.stderr);
  return which.stdout.trim();
});

await ok('a plain Git hook: git commit is refused while the flawed samples are there, and goes through without them', () => {
  const { dir, git } = scratch('git-hook');
  const ci = spawnSync('npm', ['ci', '--offline', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', env: quietEnv() });
  assert(ci.status === 0, `npm ci: ${ci.stderr}`);
  writeFileSync(join(dir, '.git/hooks/pre-commit'), ex['git-hook']);
  chmodSync(join(dir, '.git/hooks/pre-commit'), 0o755);
  git('add', '-A');
  const refused = spawnSync('git', ['commit', '-q', '-m', 'governance'], { cwd: dir, encoding: 'utf8', env: quietEnv() });
  assert(refused.status !== 0 && /✖ \d+ problems/.test(refused.stdout + refused.stderr), `git commit: ${refused.status} ${refused.stdout}${refused.stderr}`);
  rmSync(join(dir, 'governance/flawed'), { recursive: true });
  git('add', '-A');
  const accepted = spawnSync('git', ['commit', '-q', '-m', 'governance'], { cwd: dir, encoding: 'utf8', env: quietEnv() });
  assert(accepted.status === 0, `git commit: ${accepted.stdout}${accepted.stderr}`);
});

await ok('ovsx publish reads the packed .vsix and sends exactly it (to a stand-in registry on 127.0.0.1)', async () => {
  const vsix = join(work, 'ext.vsix');
  execFileSync(process.execPath, [join(ROOT, 'scripts/package-vsix.mjs'), '--out', vsix], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const sent = createHash('sha256').update(readFileSync(vsix)).digest('hex');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  let received;
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (req.method === 'POST' && url.pathname === '/api/-/publish' && url.searchParams.get('token') === 'stand-in-token') {
        received = createHash('sha256').update(Buffer.concat(chunks)).digest('hex');
        res.writeHead(201, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ namespace: pkg.publisher, name: pkg.name, version: pkg.version, targetPlatform: 'universal' }));
      } else {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: `stand-in registry: unexpected ${req.method} ${url.pathname}` }));
      }
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  try {
    const out = await new Promise((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, 'node_modules/ovsx/bin/ovsx'), 'publish', vsix, '-p', 'stand-in-token', '--registryUrl', `http://127.0.0.1:${port}`], { cwd: work, env: quietEnv() });
      let text = '';
      child.stdout.on('data', (d) => (text += d));
      child.stderr.on('data', (d) => (text += d));
      const timer = setTimeout(() => child.kill(), 60_000);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, text });
      });
    });
    assert(out.code === 0, `ovsx exited ${out.code}: ${out.text}`);
    assert(received === sent, 'the registry did not receive the .vsix byte for byte');
    assert(out.text.includes(`Published ${pkg.publisher}.${pkg.name} v${pkg.version}`), out.text);
    return out.text.trim().split('\n').pop();
  } finally {
    server.close();
  }
});

if (keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`ci examples: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
