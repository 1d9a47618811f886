import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * action.yml run the way GitHub's runner runs a composite action (scripts/ci-examples/runners.mjs):
 * its step in bash with GITHUB_ACTION_PATH, GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and
 * RUNNER_TEMP, in the working directory, on a repository holding the samples.
 */
const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Runners = any;
const runners = (): Promise<Runners> => import(path.join(ROOT, 'scripts/ci-examples/runners.mjs'));

function repoWithSamples(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-action-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  fs.cpSync(path.join(ROOT, 'samples'), path.join(dir, 'governance'), { recursive: true });
  return dir;
}

describe('action.yml, run as the runner would', function () {
  this.timeout(120_000);
  const made: string[] = [];
  after(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  /** A job's workspace (a repository with the samples) and the runner's context for it. */
  async function job() {
    const r = await runners();
    const ws = repoWithSamples();
    const ctx = r.githubContext(ws);
    made.push(ws, ctx.runnerTemp);
    return { r, ws, ctx };
  }

  it('on the samples: annotations on standard output, the job summary, the SARIF file, the outputs, and the exit code', async () => {
    const { r, ws, ctx } = await job();
    const result = r.runCompositeAction(ROOT, { files: 'governance/', sarif: 'reports/ics.sarif' }, ctx);
    assert.equal(result.code, 1, result.stderr);
    const lines: string[] = result.stdout.trimEnd().split('\n');
    // more than 10 warnings in the flawed samples: the notice comes first
    assert.match(lines[0], /^::notice title=ics-check::\d+ more findings? not shown as annotations/);
    const json = JSON.parse(spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), '-f', 'json', 'governance/'], { cwd: ws, encoding: 'utf8' }).stdout);
    const typo = json.results.find((x: { file: string }) => x.file === 'governance/flawed/typo-in-role.yaml').findings.find((f: { severity: string }) => f.severity === 'error');
    assert.ok(lines.includes(`::error file=governance/flawed/typo-in-role.yaml,line=${typo.line},col=${typo.column},endLine=${typo.endLine},endColumn=${typo.endColumn},title=${typo.ruleId}::${typo.message}`), 'an error annotation with the path from the repository root');
    assert.ok(lines.filter((l) => l.startsWith('::warning ')).length <= 10);
    assert.match(result.summary, /^## ICS Constitution Checker\n/);
    for (const file of json.results) for (const f of file.findings) assert.ok(result.summary.includes(`\`${file.file}:${f.line}:${f.column}\``), `the summary lists ${file.file}:${f.line}`);
    assert.equal(r.sarifProblem(path.join(ws, 'reports/ics.sarif')), undefined);
    const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'reports/ics.sarif'), 'utf8'));
    // Every finding, and the waived ones marked as suppressed (code scanning shows them as dismissed).
    const results = sarif.runs[0].results as { suppressions?: unknown[] }[];
    assert.equal(results.filter((x) => !x.suppressions).length, json.summary.problems);
    assert.ok(json.summary.waived > 0, 'the flawed samples waive a finding');
    assert.equal(results.filter((x) => x.suppressions).length, json.summary.waived);
    assert.deepEqual(result.outputs, { 'exit-code': '1', errors: String(json.summary.error), warnings: String(json.summary.warning), sarif: 'reports/ics.sarif' });
  });

  it('in a working directory, with a profile, fail-on and quoted globs: paths still from the repository root', async () => {
    const { r, ws, ctx } = await job();
    const result = r.runCompositeAction(ROOT, { 'working-directory': 'governance', files: 'valid/*.yaml\nvalid/south-northmoor.place.yaml', profile: 'statutory', 'fail-on': 'warning', sarif: '' }, ctx);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(result.stdout, '');
    assert.match(result.summary, /✔ 3 files checked, no problems\./);
    assert.match(result.summary, /`governance\/valid\/constitution\.yaml`/);
    assert.deepEqual(result.outputs, { 'exit-code': '0', errors: '0', warnings: '0', sarif: '' });
    assert.ok(!fs.existsSync(path.join(ws, 'governance/ics-check.sarif')));
  });

  it('a glob matching nothing fails the step with exit 2 and a message', async () => {
    const { r, ws, ctx } = await job();
    const result = r.runCompositeAction(ROOT, { files: 'governence/**/*.yaml' }, ctx);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /no files match the pattern "governence\/\*\*\/\*\.yaml"/);
    assert.equal(result.outputs['exit-code'], '2');
  });

  it('every input of action.yml is documented in docs/cli.md', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/cli.md'), 'utf8');
    const action = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    const inputs = action.slice(action.indexOf('inputs:'), action.indexOf('outputs:')).match(/^ {2}([\w-]+):$/gm)!.map((l) => l.trim().slice(0, -1));
    assert.ok(inputs.length >= 10);
    for (const i of inputs) assert.ok(doc.includes('`' + i + '`'), `docs/cli.md documents the input ${i}`);
  });
});
