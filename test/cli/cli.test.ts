import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { cli, fixture, onlyRules, ROOT, sandbox, spawnCliAndWait, spawnCli } from './helpers';
import { ALL_RULES } from '../../server/src/core/rules';
import { check } from '../../server/src/api';
import { run } from '../../server/src/cli/main';

const NO_CHAIR = fixture('no-chair.yaml');
const WITH_CHAIR = fixture('with-chair.yaml');

/** One file with one ICS-BOARD-001 finding at the given severity (every other rule off). */
function oneFinding(severity: string): string {
  return sandbox({ 'icb.yaml': NO_CHAIR }, onlyRules({ 'ICS-BOARD-001': severity }));
}

describe('ics-check: exit codes', () => {
  it('clean → 0, with the clean summary and nothing else', async () => {
    const dir = sandbox({ 'icb.yaml': WITH_CHAIR }, onlyRules({ 'ICS-BOARD-001': 'error' }));
    const r = await cli(['.'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '✔ 1 file checked, no problems\n');
    assert.equal(r.stderr, '');
  });

  it('an error → 1', async () => {
    const r = await cli(['icb.yaml'], { cwd: oneFinding('error') });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^icb\.yaml\n\n {2}Board \(board\)\n {4}6:3 {2}error {2}The board has no chair\..* {2}ICS-BOARD-001\n/);
    assert.match(r.stdout, /\n {2}By section:\n {4}Board {2}1 error\n\n✖ 1 problem \(1 error, 0 warnings, 0 information, 0 hints\)\n/);
  });

  it('warnings only → 0 by default; 1 with --fail-on warning; 1 with --max-warnings 0; 0 with --max-warnings 1', async () => {
    const dir = oneFinding('warning');
    assert.equal((await cli(['.'], { cwd: dir })).code, 0);
    assert.equal((await cli(['--fail-on', 'warning', '.'], { cwd: dir })).code, 1);
    assert.equal((await cli(['--fail-on', 'information', '.'], { cwd: dir })).code, 1);
    const max0 = await cli(['--max-warnings', '0', '.'], { cwd: dir });
    assert.equal(max0.code, 1);
    assert.match(max0.stderr, /too many warnings \(1; --max-warnings is 0\)/);
    assert.equal((await cli(['--max-warnings', '1', '.'], { cwd: dir })).code, 0);
  });

  it('information → 0 unless --fail-on information (or hint)', async () => {
    const dir = oneFinding('information');
    assert.equal((await cli(['.'], { cwd: dir })).code, 0);
    assert.equal((await cli(['--fail-on', 'warning', '.'], { cwd: dir })).code, 0);
    assert.equal((await cli(['--fail-on', 'information', '.'], { cwd: dir })).code, 1);
    assert.equal((await cli(['--fail-on', 'hint', '.'], { cwd: dir })).code, 1);
  });

  it('--quiet shows and counts errors only', async () => {
    const dir = oneFinding('warning');
    const r = await cli(['--quiet', '--fail-on', 'warning', '.'], { cwd: dir });
    assert.equal(r.code, 0);
    // never "no problems" while warnings exist: it says how many were hidden
    assert.equal(r.stdout, '✔ 1 file checked, no errors; 1 warning hidden by --quiet\n');
    const e = await cli(['--quiet', '.'], { cwd: oneFinding('error') });
    assert.equal(e.code, 1);
    assert.match(e.stdout, /ICS-BOARD-001/);
  });

  it('--rule overrides the configuration, --rule X=off silences it', async () => {
    const dir = oneFinding('error');
    const r = await cli(['--rule', 'ICS-BOARD-001=warning', '.'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /warning/);
    assert.equal((await cli(['--rule', 'ICS-BOARD-001=off', '.'], { cwd: dir })).stdout, '✔ 1 file checked, no problems\n');
  });

  it('a usage error → 2 with one line', async () => {
    for (const argv of [['--nope'], ['--format'], ['--fail-on', 'fatal'], ['--max-warnings', 'many'], ['--rule', 'ICS-BOARD-001'], ['--profile', 'lax'], ['-f', 'xml', '.'], ['--fix', '--fix-dry-run'], ['-f', 'json', '-f', 'sarif', '.'], ['--rule', 'ICS-NOPE-001=off', '.']]) {
      const r = await cli(argv, { cwd: oneFinding('error') });
      assert.equal(r.code, 2, `${argv.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
      assert.match(r.stderr, /^ics-check: /);
      assert.equal(r.stdout, '');
    }
  });

  it('a missing file, a glob matching nothing → 2 naming it', async () => {
    const dir = oneFinding('error');
    const missing = await cli(['nope.yaml'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'ics-check: no such file or folder: nope.yaml\n');
    const glob = await cli(['gov/**/*.yaml'], { cwd: dir });
    assert.equal(glob.code, 2);
    assert.equal(glob.stderr, 'ics-check: no files match the pattern "gov/**/*.yaml" (--no-error-on-unmatched-pattern allows this)\n');
  });

  it('an unreadable file → 2 naming it', async () => {
    const dir = oneFinding('error');
    // /proc/self/mem cannot be read from offset 0 (EIO), even by root.
    fs.symlinkSync('/proc/self/mem', path.join(dir, 'broken.yaml'));
    const r = await cli(['.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^ics-check: cannot read broken\.yaml: /);
    assert.equal(r.stderr.split('\n').filter(Boolean).length, 1);
  });

  it('a FIFO is refused, never read (no hang)', async () => {
    const dir = oneFinding('error');
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    const named = await cli(['pipe.yaml'], { cwd: dir });
    assert.equal(named.code, 2);
    assert.equal(named.stderr, 'ics-check: pipe.yaml is not a regular file or folder\n');
    fs.symlinkSync(path.join(dir, 'pipe.yaml'), path.join(dir, 'link.yaml'));
    fs.unlinkSync(path.join(dir, 'icb.yaml'));
    const walked = await cli(['.'], { cwd: dir });
    assert.equal(walked.code, 2);
    assert.equal(walked.stderr, 'ics-check: cannot read link.yaml: it is not a regular file but a FIFO (named pipe)\n');
  });

  it('a broken configuration → 2 with file:line:col, never a fallback', async () => {
    const dir = sandbox({ 'icb.yaml': NO_CHAIR }, 'root: true\nprofile: strickt\n');
    const r = await cli(['.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`^ics-check: broken configuration: ${path.join(dir, '.ics-check.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:10: .*strict`));
  });

  it('--config with a YAML syntax error → 2 with its position', async () => {
    const dir = sandbox({ 'icb.yaml': NO_CHAIR, 'ci.yaml': 'rules: {ICS-BOARD-001: warning\n' });
    const r = await cli(['-c', 'ci.yaml', 'icb.yaml'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ci\.yaml:\d+:\d+: YAML syntax/);
  });

  it('an internal failure → 2 with one line, no stack trace', async () => {
    let stderr = '';
    const code = await run(['-'], {
      cwd: ROOT,
      env: {},
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      readStdin: () => Promise.reject(new TypeError('stdin exploded')),
      stdoutIsTTY: false,
    });
    assert.equal(code, 2);
    assert.equal(stderr, 'ics-check: internal error: stdin exploded (please report this; ICS_CHECK_DEBUG=1 shows details)\n');
  });

  it('a report that cannot be written → 2 with one line', async () => {
    const dir = oneFinding('error');
    // A folder named like a report file cannot be written: an error in our own output step.
    fs.mkdirSync(path.join(dir, 'report.json'));
    const r = await cli(['-f', 'json', '-o', 'report.json', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'ics-check: cannot write report.json: EISDIR\n');
  });
});

describe('ics-check: inputs', () => {
  function mixedTree(): string {
    return sandbox({
      'a.yaml': WITH_CHAIR,
      'sub/b.yml': NO_CHAIR,
      'node_modules/pkg/c.yaml': NO_CHAIR,
      '.hidden/d.yaml': NO_CHAIR,
      'notes.txt': 'not yaml',
      'ci.yaml': fixture('not-ours.yaml'),
    }, onlyRules({ 'ICS-BOARD-001': 'error' }));
  }

  it('folders: *.yaml and *.yml, skipping node_modules, dot-folders and the config; not-ours files skipped with one line', async () => {
    const dir = mixedTree();
    const r = await cli(['.', '-f', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.results.map((x: { file: string }) => x.file), ['a.yaml', 'sub/b.yml']);
    assert.deepEqual(report.skipped.map((x: { file: string }) => x.file), ['ci.yaml']);
    assert.equal(r.stderr, 'ics-check: skipped 1 file, not an ICS document (its `kind` is not icb-constitution, integrated-care-partnership or place-partnership): ci.yaml\n');
    assert.equal(r.code, 1);
  });

  it('globs', async () => {
    const dir = mixedTree();
    const r = await cli(['-f', 'json', 'sub/*.yml', '**/a.yaml'], { cwd: dir });
    assert.deepEqual(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file), ['a.yaml', 'sub/b.yml']);
  });

  it('an explicit file is checked whatever its name; duplicates are checked once', async () => {
    const dir = mixedTree();
    fs.writeFileSync(path.join(dir, 'icb.txt'), NO_CHAIR);
    const r = await cli(['-f', 'json', 'icb.txt', 'icb.txt', 'sub', 'sub/b.yml'], { cwd: dir });
    assert.deepEqual(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file), ['icb.txt', 'sub/b.yml']);
  });

  it('no arguments: the configuration files globs, else the current folder', async () => {
    const dir = sandbox({ 'gov/a.yaml': NO_CHAIR, 'gov/drafts/x.yaml': NO_CHAIR, 'other/b.yaml': NO_CHAIR }, onlyRules({ 'ICS-BOARD-001': 'error' }, 'files: ["gov/**/*.yaml"]\nignore: ["gov/drafts"]\n'));
    const r = await cli(['-f', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.results.map((x: { file: string }) => x.file), ['gov/a.yaml']);
    assert.deepEqual(report.skipped, [{ file: 'gov/drafts/x.yaml', reason: 'ignored by .ics-check.yaml:' + (onlyRules({}).split('\n').length + 1) + ' (gov/drafts)' }]);
  });

  it('standard input, reported under --stdin-filename, with the configuration of that path', async () => {
    const dir = sandbox({ 'gov/.ics-check.yaml': 'rules: {ICS-BOARD-001: warning}\n' }, onlyRules({ 'ICS-BOARD-001': 'error' }));
    const r = await cli(['-', '--stdin-filename', 'gov/new.yaml'], { cwd: dir, stdin: NO_CHAIR });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^gov\/new\.yaml\n\n {2}Board \(board\)\n {4}6:3 {2}warning/);
    const plain = await cli(['-'], { cwd: dir, stdin: NO_CHAIR });
    assert.equal(plain.code, 1);
    assert.match(plain.stdout, /^<stdin>\n/);
  });

  it('standard input through a real process', async () => {
    const dir = oneFinding('error');
    const r = await spawnCliAndWait(['-f', 'json', '-', '--stdin-filename', 'piped.yaml'], { cwd: dir, stdin: NO_CHAIR });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(JSON.parse(r.stdout).results[0].file, 'piped.yaml');
  });

  it('files of one run are checked together as one system', async () => {
    const fx = path.join(__dirname, 'fixtures/system');
    const together = await check({ files: [fx], cwd: ROOT });
    const alone = await check({ files: [path.join(fx, 'place.yaml')], cwd: ROOT });
    // The place file's framework comes from its ICB's legal_framework when the ICB is in the run.
    const ruleIds = (r: typeof together) => r.results.find((x) => x.filePath.endsWith('place.yaml'))!.findings.map((f) => f.ruleId);
    const hb = ALL_RULES.filter((r) => r.meta.appliesTo.includes('place-partnership'));
    if (hb.some((r) => r.meta.frameworks.length === 1)) assert.notDeepEqual(ruleIds(together), ruleIds(alone));
    assert.equal(together.results.length, 2);
  });
});

describe('ics-check: outputs', () => {
  it('-f stylish -f sarif -o report.sarif: stylish to stdout, SARIF to the file', async () => {
    const dir = oneFinding('error');
    const r = await cli(['-f', 'stylish', '-f', 'sarif', '-o', 'out/report.sarif', '.'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /✖ 1 problem/);
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'out/report.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].results.length, 1);
  });

  it('-o alone writes the default format to the file and nothing to stdout', async () => {
    const dir = oneFinding('error');
    const r = await cli(['-o', 'report.txt', '.'], { cwd: dir });
    assert.equal(r.stdout, '');
    assert.match(fs.readFileSync(path.join(dir, 'report.txt'), 'utf8'), /✖ 1 problem/);
  });

  it('never writes a file unless asked', async () => {
    const dir = oneFinding('error');
    const before = fs.readdirSync(dir).sort();
    const text = fs.readFileSync(path.join(dir, 'icb.yaml'), 'utf8');
    await cli(['-f', 'sarif', '.'], { cwd: dir });
    await cli(['--fix-dry-run', '.'], { cwd: dir });
    assert.deepEqual(fs.readdirSync(dir).sort(), before);
    assert.equal(fs.readFileSync(path.join(dir, 'icb.yaml'), 'utf8'), text);
  });

  it('colour: off for pipes and with NO_COLOR or --no-color, on for a terminal or --color', async () => {
    const dir = oneFinding('error');
    const esc = /\x1b\[/;
    assert.doesNotMatch((await cli(['.'], { cwd: dir })).stdout, esc);
    assert.match((await cli(['.'], { cwd: dir, tty: true })).stdout, esc);
    assert.doesNotMatch((await cli(['.'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } })).stdout, esc);
    assert.doesNotMatch((await cli(['--no-color', '.'], { cwd: dir, tty: true })).stdout, esc);
    assert.match((await cli(['--color', '.'], { cwd: dir, env: { NO_COLOR: '1' } })).stdout, esc);
    assert.match((await cli(['.'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout, esc);
    // Colour never reaches a file.
    await cli(['--color', '-o', 'r.txt', '.'], { cwd: dir });
    assert.doesNotMatch(fs.readFileSync(path.join(dir, 'r.txt'), 'utf8'), esc);
  });

  it('a closed stdout (EPIPE) does not change the exit code', async () => {
    const dir = sandbox({ 'icb.yaml': WITH_CHAIR }, onlyRules({ 'ICS-BOARD-001': 'error' }));
    const code = await new Promise<number | null>((resolve) => {
      const child = spawnCli(['-f', 'json', '.'], { cwd: dir });
      child.stdout.destroy();
      child.stdin.end();
      child.on('close', (c) => resolve(c));
    });
    assert.equal(code, 0);
    const failing = await new Promise<number | null>((resolve) => {
      const child = spawnCli(['-f', 'json', '.'], { cwd: oneFinding('error') });
      child.stdout.destroy();
      child.stdin.end();
      child.on('close', (c) => resolve(c));
    });
    assert.equal(failing, 1);
  });
});

describe('ics-check: information modes', () => {
  it('--version and --help', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const version = await cli(['--version']);
    assert.equal(version.code, 0);
    const lines = version.stdout.trimEnd().split('\n');
    assert.equal(lines[0], `ics-constitution-checker ${pkg.version}`);
    assert.match(lines[1], /^document format: v1(, v\d+(\.\d+)?)*$/);
    assert.match(lines[2], new RegExp(`^rule catalogue: ${ALL_RULES.length} rules \\(\\d+ more catalogued, not implemented\\), fingerprint [0-9a-f]{8}$`));
    assert.match(lines[3], /^JSON report: v1$/);
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    for (const option of ['--format', '--output-file', '--stdin-filename', '--config', '--profile', '--framework', '--rule', '--fail-on', '--max-warnings', '--quiet', '--fix', '--fix-dry-run', '--print-config', '--waivers', '--list-rules', '--explain', '--color', '--no-color', '--version', 'Exit codes']) {
      assert.ok(help.stdout.includes(option), `help mentions ${option}`);
    }
  });

  it('docs/cli.md documents every option of --help, and the exit codes', async () => {
    const help = (await cli(['--help'])).stdout;
    const doc = fs.readFileSync(path.join(ROOT, 'docs/cli.md'), 'utf8');
    const options = [...new Set(help.match(/--[a-z][a-z-]+/g))];
    assert.ok(options.length > 20);
    for (const o of options) assert.ok(doc.includes('`' + o) || doc.includes(', ' + o) || doc.includes(o + '`'), `docs/cli.md documents ${o}`);
    for (const code of ['| 0 |', '| 1 |', '| 2 |']) assert.ok(doc.includes(code), `docs/cli.md explains exit code ${code}`);
  });

  it('--list-rules as a table and as JSON, with the not-implemented rules', async () => {
    const table = await cli(['--list-rules']);
    assert.equal(table.code, 0);
    for (const r of ALL_RULES) assert.ok(table.stdout.includes(r.meta.id), r.meta.id);
    assert.match(table.stdout, /^ICS-BOARD-001 .*\n +NHS Act 2006 \(as amended by the Health and Care Act 2022\), Schedule 1B paragraph 3\(1\)\(a\) \(V\)$/m);
    const json = JSON.parse((await cli(['--list-rules', '-f', 'json'])).stdout);
    assert.equal(json.rules.length, ALL_RULES.length);
    const board = json.rules.find((r: { id: string }) => r.id === 'ICS-BOARD-001');
    assert.deepEqual(board.profiles, ['statutory', 'nhse', 'recommended', 'strict']);
    assert.equal(board.severity, 'error');
    assert.equal(board.sourceKind, 'statute');
    assert.equal(board.fixable, true);
    assert.match(board.citations[0].text, /Schedule 1B paragraph 3\(1\)\(a\)/);
    assert.ok(Array.isArray(json.notImplemented));
  });

  it('--explain prints the rule page; an unknown rule is a usage error', async () => {
    const r = await cli(['--explain', 'ICS-BOARD-001']);
    assert.equal(r.code, 0);
    for (const part of ['# ICS-BOARD-001', 'Profiles', 'Legal frameworks', '### Sources', 'legislation.gov.uk', 'confidence V', '## Incorrect', '## Correct', '## How to fix']) assert.ok(r.stdout.includes(part), part);
    const bad = await cli(['--explain', 'ICS-NOPE-001']);
    assert.equal(bad.code, 2);
  });

  it('--print-config says what applies and why', async () => {
    const dir = sandbox({ 'gov/.ics-check.yaml': 'profile: strict\nrules:\n  ICS-BOARD-001: warning\n', 'gov/icb.yaml': fixture('waived.yaml') }, 'root: true\nframework: hca-2022\n');
    const r = await cli(['--print-config', 'gov/icb.yaml'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Configuration: gov\/\.ics-check\.yaml \(nearest\), then \.ics-check\.yaml/);
    assert.match(r.stdout, /Kind: icb-constitution/);
    assert.match(r.stdout, /Schema: schemas\/icb-constitution\.schema\.json/);
    assert.match(r.stdout, /Profile: strict \(profile in gov\/\.ics-check\.yaml:1:1\)/);
    assert.match(r.stdout, /Legal framework: hca-2022 \(framework in \.ics-check\.yaml:2:1\)/);
    assert.match(r.stdout, /ICS-BOARD-001 +warning +rules\.ICS-BOARD-001 in gov\/\.ics-check\.yaml:3:3/);
    assert.match(r.stdout, /line 5: ICS-BOARD-001 on line 6 — chair being recruited \(owner: Head of Governance, expires: 2099-03-31\)/);
    const cliOverride = await cli(['--print-config', 'gov/icb.yaml', '--profile', 'statutory', '--framework', 'health-bill-2026', '-f', 'json'], { cwd: dir });
    const report = JSON.parse(cliOverride.stdout);
    assert.deepEqual(report.documents[0].profile, { value: 'statutory', from: '--profile' });
    assert.deepEqual(report.documents[0].framework, { value: 'health-bill-2026', from: '--framework' });
  });

  it("--print-config names the document's own legal_framework", async () => {
    const r = await cli(['--print-config', 'test/cli/fixtures/system/place.yaml']);
    assert.match(r.stdout, /Legal framework: health-bill-2026 \(icb\.legal_framework of its ICB nhs-system \(test\/cli\/fixtures\/system\/icb\.yaml:3\)\)/);
    const icb = await cli(['--print-config', 'test/cli/fixtures/system/icb.yaml']);
    assert.match(icb.stdout, /Legal framework: health-bill-2026 \(the document's icb\.legal_framework \(line 3\)\)/);
  });

  it('--waivers: the register, as markdown, csv and json', async () => {
    const dir = sandbox({ 'a.yaml': fixture('waived.yaml'), 'b.yaml': fixture('expired.yaml'), 'c.yaml': NO_CHAIR.replace('  members:', '  # ics-check-disable-next-line ICS-BOARD-001\n  members:') });
    const md = await cli(['--waivers', '--today', '2026-11-23', '.'], { cwd: dir });
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /3 suppressions as of 2026-11-23: 1 active, 1 expired, 1 without a reason/);
    assert.match(md.stdout, /\| `a\.yaml` \| 5 \| ICS-BOARD-001 \| chair being recruited \| Head of Governance \| 2099-03-31 \| active \|/);
    assert.match(md.stdout, /\| `b\.yaml` \| 5 \| ICS-BOARD-001 \| interim arrangement \| Board Secretary \| 2020-01-31 \| expired \|/);
    const csv = await cli(['--waivers', '-f', 'csv', '--today', '2026-11-23', '.'], { cwd: dir });
    assert.equal(csv.stdout.split('\r\n')[0], 'file,line,rules,reason,owner,expires,status,kind,applies_to,note');
    assert.equal(csv.stdout.split('\r\n')[3], 'c.yaml,6,ICS-BOARD-001,,,,no reason,next-line,7,');
    const json = JSON.parse((await cli(['--waivers', '-f', 'json', '--today', '2026-11-23', '.'], { cwd: dir })).stdout);
    assert.equal(json.waivers.length, 3);
  });

  it('an expired waiver is an error in a normal run', async () => {
    const dir = sandbox({ 'b.yaml': fixture('expired.yaml') }, onlyRules({ 'ICS-BOARD-001': 'error' }));
    const r = await cli(['--today', '2026-11-23', '-f', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 1);
    const ids = JSON.parse(r.stdout).results[0].findings.map((f: { ruleId: string }) => f.ruleId).sort();
    assert.deepEqual(ids, ['ICS-BOARD-001', 'suppression']);
  });
});
