import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run } from '../../server/src/cli/main';
import { cli, CLI_SOURCE, tempDir } from '../cli/helpers';

/**
 * `ics-check init`: a new constitution in one command, from flags or from answers at a terminal,
 * that never overwrites a file.
 */

/** Every file under a folder with its content and modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = `${fs.statSync(full).mtimeMs} ${fs.readFileSync(full, 'utf8')}`;
    }
  };
  walk(dir);
  return out;
}

/** Runs the CLI with a scripted person at the terminal: each question gets the next answer. */
async function withAnswers(argv: string[], cwd: string, answers: string[]) {
  let stdout = '';
  let stderr = '';
  const asked: string[] = [];
  const code = await run(argv, {
    cwd,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => '',
    stdoutIsTTY: true,
    ask: async (q) => {
      asked.push(q);
      stdout += q;
      return answers.shift();
    },
  });
  return { code, stdout, stderr, asked };
}

const ISSUE_EXAMPLE = ['init', 'new-icb', '--icb-name', 'NHS Example ICB', '--councils', 'A County Council:county', '--places', 'North,South'];

describe('ics-check init', () => {
  it('the issue\'s example: writes the constitution, which then reports only placeholders; a second run refuses and changes nothing', async () => {
    const dir = tempDir('ics-init-');
    const first = await cli(ISSUE_EXAMPLE, { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^Wrote new-icb\/constitution\.yaml\n\nNext: replace the \d+ TODOs .*run `ics-check new-icb`/);
    const checked = await cli(['new-icb', '-f', 'json', '--today', '2026-11-23'], { cwd: dir });
    const findings = JSON.parse(checked.stdout).results.flatMap((r: { findings: { ruleId: string; message: string }[] }) => r.findings);
    assert.ok(findings.length > 0);
    assert.deepEqual(findings.filter((f: { ruleId: string }) => f.ruleId !== 'placeholder').map((f: { ruleId: string; message: string }) => `${f.ruleId}: ${f.message}`), []);
    assert.equal(checked.code, 0, 'placeholders are warnings: the check passes');

    const before = snapshot(dir);
    const again = await cli(ISSUE_EXAMPLE, { cwd: dir });
    assert.equal(again.code, 2);
    assert.equal(again.stdout, '');
    assert.match(again.stderr, /^ics-check: init never overwrites a file, and new-icb\/constitution\.yaml exists: nothing was written\./);
    assert.deepEqual(snapshot(dir), before);
  });

  it('refuses when any file it would write exists, and writes none of them', async () => {
    const dir = tempDir('ics-init-');
    fs.mkdirSync(path.join(dir, 'icb', 'places'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'icb', 'places', 'south.yaml'), 'mine\n');
    const before = snapshot(dir);
    const r = await cli(['init', 'icb', '--yes', '--places', 'North, South', '--place-files', '--partnership'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /icb\/places\/south\.yaml exists: nothing was written/);
    assert.deepEqual(snapshot(dir), before);
  });

  it('without a terminal and without flags: everything the ICB must answer is TODO, in the current folder', async () => {
    const dir = tempDir('ics-init-');
    const r = await cli(['init'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const text = fs.readFileSync(path.join(dir, 'constitution.yaml'), 'utf8');
    assert.match(text, /^ {2}id: todo$/m);
    assert.match(text, /^ {2}name: TODO\b/m);
    assert.match(r.stdout, /run `ics-check \.`/);
  });

  it('asks at a terminal for what the flags leave out, and asks again after a wrong answer', async () => {
    const dir = tempDir('ics-init-');
    const r = await withAnswers(['init', 'new-icb', '--places', 'North'], dir, ['NHS Example ICB', 'Exampleshire County Council', 'Example City Council', 'city', 'unitary', '', 'y', 'yes']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.asked, [
      'Name of the ICB (e.g. NHS Example ICB): ',
      '  Council 1: ',
      '  Council 2: ',
      '  Type of Example City Council (county, unitary, metropolitan_borough, london_borough, district, sui_generis): ',
      '  Type of Example City Council (county, unitary, metropolitan_borough, london_borough, district, sui_generis): ',
      '  Council 3: ',
      'Also write the integrated care partnership? [y/N] ',
      'Write each place in a file of its own? [y/N] ',
    ]);
    assert.match(r.stdout, /Legal name: NHS Example Integrated Care Board \(id nhs-example\)/);
    assert.match(r.stdout, /"city" is not one of county, unitary/);
    const text = fs.readFileSync(path.join(dir, 'new-icb', 'constitution.yaml'), 'utf8');
    assert.match(text, /- \{name: Exampleshire County Council, type: county\}\n {6}- \{name: Example City Council, type: unitary\}/);
    assert.ok(fs.existsSync(path.join(dir, 'new-icb', 'partnership.yaml')));
    assert.ok(fs.existsSync(path.join(dir, 'new-icb', 'places', 'north.yaml')));
  });

  it('--yes asks nothing, even at a terminal', async () => {
    const dir = tempDir('ics-init-');
    const r = await withAnswers(['init', '--yes', '--icb-name', 'Example'], dir, []);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.asked, []);
  });

  it('flags are checked before anything is written', async () => {
    const dir = tempDir('ics-init-');
    const cases: [string[], RegExp][] = [
      [['init', '--councils', 'Example City Council'], /--councils: say what type of council "Example City Council" is: "Example City Council:unitary"/],
      [['init', '--framework', 'hca-2023'], /--framework must be one of hca-2022, health-bill-2026/],
      [['init', '--colour'], /unknown option --colour for init/],
      [['init', 'a', 'b'], /init writes into one folder, not 2/],
      [['init', '--icb-name'], /--icb-name needs a value/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv, { cwd: dir });
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message);
    }
    assert.deepEqual(fs.readdirSync(dir), []);
    const help = await cli(['init', '--help'], { cwd: dir });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: ics-check init \[folder\] \[options\]/);
    assert.match((await cli(['--help'])).stdout, /ics-check init \[folder\]/);
  });

  it('at a real terminal (a pseudo-terminal driven through script(1)): prompts, line editing, answers', async function () {
    this.timeout(60000);
    assert.equal(spawnSync('script', ['--version']).status, 0, 'script(1) from util-linux is needed (Debian: bsdutils)');
    const dir = tempDir('ics-init-');
    const command = [process.execPath, '-r', require.resolve('tsx/cjs'), CLI_SOURCE, 'init', 'new-icb'].map((a) => `'${a}'`).join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, TERM: 'xterm' } });
    // A person types after each question; the backspace (DEL) shows the terminal's line editing works.
    const script: [RegExp, string][] = [
      [/Name of the ICB \(e\.g\. NHS Example ICB\): $/, 'NHS Examplx\x7fe ICB'],
      [/Council 1: $/, 'Exampleshire County Council'],
      [/Council 2: $/, ''],
      [/Places, separated by commas \(e\.g\. North, South\): $/, 'North, South'],
      [/integrated care partnership\? \[y\/N\] $/, 'n'],
      [/file of its own\? \[y\/N\] $/, ''],
    ];
    let out = '';
    let step = 0;
    const done = new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        // What the person sees, without the terminal's control sequences (cursor moves, clearing).
        out += d.toString().replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
        if (step < script.length && script[step][0].test(out)) {
          child.stdin.write(script[step][1] + '\r');
          step++;
        }
      });
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? -1));
    });
    const code = await done;
    assert.equal(code, 0, out);
    assert.equal(step, script.length, out);
    assert.match(out, /Legal name: NHS Example Integrated Care Board \(id nhs-example\)/);
    assert.match(out, /Wrote new-icb\/constitution\.yaml/);
    const text = fs.readFileSync(path.join(dir, 'new-icb', 'constitution.yaml'), 'utf8');
    assert.match(text, /^ {2}name: NHS Example Integrated Care Board\b/m);
    assert.match(text, /^ {2}- id: south$/m);
  });
});
