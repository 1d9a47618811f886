import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, fixture, onlyRules, ROOT, sandbox, tempDir } from './helpers';

/**
 * What CI pipelines rely on (issue 17, "CI behaviour users rely on"): each behaviour through the
 * command line, as a pipeline runs it.
 */

const NO_CHAIR = fixture('no-chair.yaml');
const WITH_CHAIR = fixture('with-chair.yaml');

/** The no-chair fixture as a different ICB, so files of one run do not share an ICB id. */
function noChair(i: number): string {
  return NO_CHAIR.replace('id: nhs-fixture,', `id: nhs-fixture-${i},`);
}

/** n files with one ICS-BOARD-001 finding each, at the given severity. */
function manyFindings(n: number, severity: string): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`gov/icb-${String(i).padStart(2, '0')}.yaml`] = noChair(i);
  return sandbox(files, onlyRules({ 'ICS-BOARD-001': severity }));
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('CI behaviour: GitHub annotations', () => {
  it('at most 10 per level by default, the "more findings" notice first; the job summary (markdown) lists every finding', async () => {
    const dir = manyFindings(14, 'error');
    const r = await cli(['-f', 'github', '-f', 'markdown', '-o', 'summary.md', '.'], { cwd: dir });
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^::notice title=ics-check::4 more findings not shown as annotations \(4 errors; GitHub shows 10 per level in a step\)/);
    assert.equal(lines.filter((l) => l.startsWith('::error ')).length, 10);
    assert.equal(lines.length, 11);
    const summary = fs.readFileSync(path.join(dir, 'summary.md'), 'utf8');
    for (let i = 0; i < 14; i++) assert.ok(summary.includes(`gov/icb-${String(i).padStart(2, '0')}.yaml:6:3`), `the summary lists the finding in icb-${i}`);
    assert.doesNotMatch(summary, /more \(a job summary/);
  });

  it('--max-annotations N sets the cap per level', async () => {
    const r = await cli(['-f', 'github', '--max-annotations', '2', '.'], { cwd: manyFindings(3, 'warning') });
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^::notice .*1 more finding not shown as annotations \(1 warning; GitHub shows 2 per level/);
    assert.equal(lines.filter((l) => l.startsWith('::warning ')).length, 2);
  });
});

describe('CI behaviour: paths relative to the repository root', () => {
  /** A Git repository with gov/icb.yaml (one finding), checked from a sub-folder. */
  function repo(): string {
    const dir = tempDir('ics-repo-');
    git(dir, 'init', '-q');
    fs.mkdirSync(path.join(dir, 'gov/sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'gov/.ics-check.yaml'), onlyRules({ 'ICS-BOARD-001': 'error' }));
    fs.writeFileSync(path.join(dir, 'gov/icb.yaml'), NO_CHAIR);
    return dir;
  }

  const formats = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'gitlab'] as const;

  async function reports(cwd: string, args: string[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    const outDir = tempDir('ics-reports-');
    const r = await cli([...formats.flatMap((f) => ['-f', f, '-o', path.join(outDir, f)]), ...args], { cwd });
    assert.equal(r.code, 1, r.stderr);
    for (const f of formats) out[f] = fs.readFileSync(path.join(outDir, f), 'utf8');
    return out;
  }

  function assertPathsAre(out: Record<string, string>, shown: string): void {
    assert.match(out.stylish, new RegExp(`^${shown}\\n`));
    assert.equal(JSON.parse(out.json).results[0].file, shown);
    const sarif = JSON.parse(out.sarif).runs[0];
    assert.equal(sarif.results[0].locations[0].physicalLocation.artifactLocation.uri, shown);
    assert.equal(sarif.results[0].locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.match(out.junit, new RegExp(`<testsuite name="${shown}"`));
    assert.match(out.github, new RegExp(`^::error file=${shown},line=6,`));
    assert.ok(out.markdown.includes(`\`${shown}:6:3\``));
    assert.equal(JSON.parse(out.gitlab)[0].location.path, shown);
  }

  it('from the Git top folder, whichever folder the command runs in and whatever the inputs', async () => {
    const dir = repo();
    for (const [cwd, input] of [[dir, 'gov'], [path.join(dir, 'gov'), '.'], [path.join(dir, 'gov/sub'), '..']]) {
      const out = await reports(cwd, [input]);
      assertPathsAre(out, 'gov/icb.yaml');
      const sarif = JSON.parse(out.sarif).runs[0];
      assert.equal(sarif.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(dir).href + '/');
    }
  });

  it('--base-path overrides it', async () => {
    const dir = repo();
    assertPathsAre(await reports(dir, ['--base-path', 'gov', 'gov']), 'icb.yaml');
  });

  it('outside Git: the folder of the configuration that says root: true', async () => {
    const dir = sandbox({ 'gov/icb.yaml': NO_CHAIR, 'gov/sub/.keep': '' }, onlyRules({ 'ICS-BOARD-001': 'error' }));
    assertPathsAre(await reports(path.join(dir, 'gov/sub'), ['..']), 'gov/icb.yaml');
  });
});

describe('CI behaviour: --quiet', () => {
  it('never says "no problems" when warnings exist: "no errors; N warnings hidden"', async () => {
    const dir = manyFindings(3, 'warning');
    const r = await cli(['--quiet', '.'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '✔ 3 files checked, no errors; 3 warnings hidden by --quiet\n');
    const md = await cli(['--quiet', '-f', 'markdown', '.'], { cwd: dir });
    assert.match(md.stdout, /no errors; 3 warnings hidden by --quiet\./);
    assert.doesNotMatch(md.stdout + r.stdout, /no problems/);
  });

  it('with errors, the summary line is followed by what was hidden', async () => {
    const dir = sandbox({ 'a.yaml': noChair(1), 'w/b.yaml': noChair(2), 'w/.ics-check.yaml': 'rules: {ICS-BOARD-001: warning}\n' }, onlyRules({ 'ICS-BOARD-001': 'error' }));
    const r = await cli(['--quiet', '.'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /✖ 1 problem \(1 error, 0 warnings, 0 information, 0 hints\)\n(?: {2}.*fixable.*\n)? {2}\(1 warning hidden by --quiet\)\n$/);
  });

  it('leaves waived findings below error out of the lists too (the job summary, SARIF), as it leaves out the findings', async () => {
    const file = path.join(ROOT, 'samples/flawed/no-clinical-executive.yaml');
    const all = await cli(['-f', 'markdown', file], { cwd: ROOT });
    assert.match(all.stdout, /### Waived findings\n[^]*ICS-CCPL-016/);
    const quiet = await cli(['--quiet', '-f', 'markdown', file], { cwd: ROOT });
    assert.doesNotMatch(quiet.stdout, /Waived findings|ICS-CCPL-016/);
    const sarif = JSON.parse((await cli(['--quiet', '-f', 'sarif', file], { cwd: ROOT })).stdout);
    assert.deepEqual(sarif.runs[0].results.filter((x: { suppressions?: unknown }) => x.suppressions), []);
  });

  it('without warnings it still says "no problems"', async () => {
    const r = await cli(['--quiet', '.'], { cwd: sandbox({ 'icb.yaml': WITH_CHAIR }, onlyRules({ 'ICS-BOARD-001': 'error' })) });
    assert.equal(r.stdout, '✔ 1 file checked, no problems\n');
  });
});

describe('CI behaviour: nothing to check is an error (exit 2), unless --no-error-on-unmatched-pattern', () => {
  const HINT = '(--no-error-on-unmatched-pattern allows this)';

  it('a folder with YAML files but no ICS document', async () => {
    const dir = sandbox({ 'ci/workflow.yaml': fixture('not-ours.yaml'), 'ci/other.yml': 'a: 1\n' });
    const r = await cli(['ci'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr.split('\n').filter((l) => l.startsWith('ics-check: ') && !l.includes('skipped')).pop(), `ics-check: no ICS document in the folder "ci": 2 YAML files, none with \`kind: icb-constitution\`, \`integrated-care-partnership\` or \`place-partnership\` ${HINT}`);
    assert.equal(r.stdout, '');
  });

  it('a folder with no YAML file, the current folder, a glob matching nothing, a folder whose files are all ignored', async () => {
    const dir = sandbox({ 'empty/readme.txt': 'x', 'gov/drafts/icb.yaml': NO_CHAIR }, 'root: true\nignore: ["gov/drafts"]\n');
    const cases: [string[], string, string][] = [
      [['empty'], dir, `ics-check: no YAML files in the folder "empty" ${HINT}\n`],
      [[], path.join(dir, 'empty'), `ics-check: no YAML files in the current folder ${HINT}\n`],
      [['gov/**/*.yml'], dir, `ics-check: no files match the pattern "gov/**/*.yml" ${HINT}\n`],
      [['gov'], dir, `ics-check: every file of the folder "gov" (1 YAML file) is ignored by the configuration ${HINT}\n`],
    ];
    for (const [args, cwd, message] of cases) {
      const r = await cli(args, { cwd });
      assert.equal(r.code, 2, args.join(' '));
      assert.ok(r.stderr.endsWith(message), `${args.join(' ')}: ${r.stderr}`);
    }
  });

  it('one empty input fails the run even when another has documents', async () => {
    const dir = sandbox({ 'gov/icb.yaml': WITH_CHAIR, 'empty/x.txt': '' }, onlyRules({ 'ICS-BOARD-001': 'error' }));
    assert.equal((await cli(['gov', 'empty'], { cwd: dir })).code, 2);
    assert.equal((await cli(['gov', 'emptyy/**/*.yaml'], { cwd: dir })).code, 2);
  });

  it('--no-error-on-unmatched-pattern: exit 0, nothing checked, and the other inputs checked as usual', async () => {
    const dir = sandbox({ 'gov/icb.yaml': noChair(1), 'ci/workflow.yaml': fixture('not-ours.yaml') }, onlyRules({ 'ICS-BOARD-001': 'error' }));
    const empty = await cli(['--no-error-on-unmatched-pattern', 'ci', 'nothing/**/*.yaml'], { cwd: dir });
    assert.equal(empty.code, 0, empty.stderr);
    assert.equal(empty.stdout, '✔ 0 files checked, no problems\n');
    const mixed = await cli(['--no-error-on-unmatched-pattern', 'gov', 'nothing/*.yaml'], { cwd: dir });
    assert.equal(mixed.code, 1);
    assert.match(mixed.stdout, /ICS-BOARD-001/);
  });

  it('an explicit file that is not an ICS document is skipped with a note, as before (exit 0)', async () => {
    const dir = sandbox({ 'ci.yaml': fixture('not-ours.yaml') });
    const r = await cli(['ci.yaml'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /skipped 1 file, not an ICS document/);
  });
});

describe('CI behaviour: --max-warnings', () => {
  it('-1 means no limit; other negative numbers are a usage error', async () => {
    const dir = manyFindings(3, 'warning');
    assert.equal((await cli(['--max-warnings', '2', '.'], { cwd: dir })).code, 1);
    const unlimited = await cli(['--max-warnings', '-1', '.'], { cwd: dir });
    assert.equal(unlimited.code, 0);
    assert.equal(unlimited.stderr, '');
    assert.equal((await cli(['--max-warnings=-1', '.'], { cwd: dir })).code, 0);
    const bad = await cli(['--max-warnings', '-2', '.'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--max-warnings must be a whole number \(or -1 for no limit\), not "-2"/);
  });
});

describe('CI behaviour: the configuration file', () => {
  it('an unknown rule id is a warning with a suggestion, and has no effect on the exit code — as docs/cli.md says', async () => {
    const dir = sandbox({ 'icb.yaml': WITH_CHAIR }, onlyRules({ 'ICS-BOARD-001': 'error' }, '').trimEnd() + '\n  ICS-BORD-001: off\n  ICS-NOPE-999: error\n');
    const r = await cli(['.'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^ics-check: warning: .*\.ics-check\.yaml:\d+:3: `ICS-BORD-001` is not a rule of ICS Constitution Checker; did you mean `ICS-BOARD-001`\?$/m);
    assert.match(r.stderr, /^ics-check: warning: .*\.ics-check\.yaml:\d+:3: `ICS-NOPE-999` is not a rule of ICS Constitution Checker; this setting has no effect\.$/m);
    const doc = fs.readFileSync(path.join(ROOT, 'docs/cli.md'), 'utf8').replace(/\s+/g, ' ');
    assert.ok(doc.includes('An unknown rule id in `rules` is a warning (with a suggestion), since it has no effect'), 'docs/cli.md says what happens');
  });

  it('.ics-check.yml is found too; with both in one folder, .ics-check.yaml wins and a warning names the other', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.ics-check.yml'), onlyRules({ 'ICS-BOARD-001': 'warning' }));
    fs.writeFileSync(path.join(dir, 'icb.yaml'), NO_CHAIR);
    const yml = await cli(['-f', 'json', '.'], { cwd: dir });
    assert.equal(JSON.parse(yml.stdout).results[0].findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`).join(), 'ICS-BOARD-001 warning');
    assert.equal(yml.code, 0);
    fs.writeFileSync(path.join(dir, '.ics-check.yaml'), onlyRules({ 'ICS-BOARD-001': 'error' }));
    const both = await cli(['.'], { cwd: dir });
    assert.equal(both.code, 1);
    assert.match(both.stderr, /warning: .*\.ics-check\.yaml:1:1: another configuration file in this folder is not used: \.ics-check\.yml \(\.ics-check\.yaml wins\)/);
    // neither is ever checked as a document
    assert.doesNotMatch(both.stdout + both.stderr, /skipped.*\.ics-check\.yml/);
  });
});

describe('CI behaviour: two files declaring the same ICB id', () => {
  it('each gets a duplicate-id error pointing at the other', async () => {
    const dir = sandbox({ 'gov/icb.yaml': WITH_CHAIR, 'gov/old/icb-copy.yaml': WITH_CHAIR }, onlyRules({}));
    const r = await cli(['-f', 'json', 'gov'], { cwd: dir });
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout);
    const dup = report.results.map((x: { file: string; findings: { ruleId: string; message: string; related: { file: string }[] }[] }) => ({ file: x.file, f: x.findings.filter((f) => f.ruleId === 'duplicate-id') }));
    assert.deepEqual(dup.map((d: { f: unknown[] }) => d.f.length), [1, 1]);
    assert.match(dup[0].f[0].message, /^The ICB id `nhs-fixture-two` is also declared in icb-copy\.yaml/);
    assert.equal(dup[0].f[0].related[0].file, 'gov/old/icb-copy.yaml');
    assert.equal(dup[1].f[0].related[0].file, 'gov/icb.yaml');
    // different ids: no finding
    fs.writeFileSync(path.join(dir, 'gov/old/icb-copy.yaml'), WITH_CHAIR.replace('id: nhs-fixture-two', 'id: nhs-other'));
    assert.equal((await cli(['gov'], { cwd: dir })).code, 0);
  });

  it('a copy whose YAML is broken is not counted: it gets its yaml-syntax error, the other copy nothing more', async () => {
    // An unterminated quote before `icb:`: the YAML is broken, yet still reads far enough to hold the ICB id.
    const valid = fs.readFileSync(path.join(ROOT, 'samples/valid/constitution.yaml'), 'utf8');
    const dir = sandbox({ 'gov/icb.yaml': valid, 'gov/draft.yaml': valid.replace(/^icb:/m, 'title: "Constitution\nicb:') }, onlyRules({}));
    const report = JSON.parse((await cli(['-f', 'json', 'gov'], { cwd: dir })).stdout);
    const ids = Object.fromEntries(report.results.map((x: { file: string; findings: { ruleId: string }[] }) => [x.file, x.findings.map((f) => f.ruleId)]));
    assert.deepEqual(ids['gov/icb.yaml'], []);
    assert.deepEqual([...new Set(ids['gov/draft.yaml'])], ['yaml-syntax']);
  });
});

describe('CI behaviour: SARIF as real consumers read it', function () {
  this.timeout(120_000);

  it('the SARIF Multitool validates the samples\' SARIF with no error and no warning', async () => {
    const dir = tempDir('ics-sarif-');
    const sarifFile = path.join(dir, 'samples.sarif');
    const r = await cli(['-f', 'sarif', '-o', sarifFile, 'samples/'], { cwd: ROOT });
    assert.equal(r.code, 1, r.stderr);
    const tool = path.join(ROOT, 'node_modules/.bin/sarif-multitool');
    const log = path.join(dir, 'validation.sarif');
    let out: string;
    try {
      out = execFileSync(tool, ['validate', sarifFile, '--output', log, '--log', 'ForceOverwrite'], { encoding: 'utf8', cwd: dir, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; message: string };
      assert.fail(`sarif-multitool did not run: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
    const validation = JSON.parse(fs.readFileSync(log, 'utf8'));
    const problems = (validation.runs[0].results ?? []).filter((x: { level?: string }) => x.level !== 'note' && x.level !== 'none');
    assert.deepEqual(
      problems.map((p: { ruleId: string; message: { text?: string; arguments?: string[] } }) => `${p.ruleId}: ${p.message.text ?? p.message.arguments?.join(' ')}`),
      [],
      out,
    );
    // the run itself validated something: the log names the file and its rules
    assert.match(out, /1 files scanned|Analysis completed successfully/);
  });
});
