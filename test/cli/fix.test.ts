import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../../server/src/api';
import { cli, fixture, onlyRules, ROOT, sandbox, spawnCli, tempDir } from './helpers';

function copyFolder(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const name of fs.readdirSync(from)) fs.copyFileSync(path.join(from, name), path.join(to, name));
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((n) => [n, fs.readFileSync(path.join(dir, n), 'utf8')]));
}

const comments = (text: string) => text.split('\n').filter((l) => l.includes('#')).map((l) => l.slice(l.indexOf('#')));

/** Every safe fix the checker offers for the files in a folder, as `file rule title`. */
async function offeredSafeFixes(dir: string): Promise<string[]> {
  const r = await check({ files: ['.'], cwd: dir });
  return r.results.flatMap((x) => x.findings.flatMap((f) => (f.fixes ?? []).filter((fx) => fx.safe).slice(0, 1).map((fx) => `${path.basename(x.filePath)} ${f.ruleId} ${fx.title}`))).sort();
}

describe('ics-check --fix', () => {
  it('on a copy of samples/flawed plus a fixable file: changes only what it reports, keeps every comment, a second run changes nothing', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.ics-check.yaml'), 'root: true\n');
    copyFolder(path.join(ROOT, 'samples/flawed'), dir);
    fs.writeFileSync(path.join(dir, 'fixable.yaml'), fixture('fixable.yaml'));
    const before = snapshot(dir);
    const offered = await offeredSafeFixes(dir);
    assert.ok(offered.length > 0, 'the fixture offers at least one safe fix');

    const r = await cli(['--fix', '.'], { cwd: dir });
    assert.notEqual(r.code, 2, r.stderr);
    const reported = r.stderr.split('\n').filter((l) => l.startsWith('fixed ')).map((l) => {
      const m = /^fixed (\S+?):(\d+) {2}(\S+) {2}(.*)$/.exec(l)!;
      return { file: m[1], rule: m[3], title: m[4] };
    });
    // The first pass applies what was offered (later passes may add fixes the new text offers).
    for (const o of offered) assert.ok(reported.some((x) => `${x.file} ${x.rule} ${x.title}` === o), `reported ${o}`);
    const after = snapshot(dir);
    const changed = Object.keys(before).filter((n) => before[n] !== after[n]);
    assert.deepEqual(changed.sort(), [...new Set(reported.map((x) => x.file))].sort(), 'exactly the files it reports are changed');
    for (const n of Object.keys(before)) {
      for (const c of comments(before[n])) assert.ok(after[n].includes(c), `${n} keeps the comment ${c}`);
      // Fixes add or change text; no original line is lost.
      const afterLines = new Set(after[n].split('\n'));
      for (const line of before[n].split('\n')) assert.ok(afterLines.has(line) || changed.includes(n), `${n} keeps "${line}"`);
    }
    assert.match(after['fixable.yaml'], /- member_of_parliament {3}# House of Commons Disqualification Act\n {4}- bankruptcy_restrictions_order\n {4}- private_healthcare_independence\n# end of file\n$/);
    assert.deepEqual(fs.readdirSync(dir).sort(), Object.keys(before).sort(), 'no temporary file left behind');
    assert.deepEqual(await offeredSafeFixes(dir), [], 'nothing left to fix');

    const second = await cli(['--fix', '.'], { cwd: dir });
    assert.equal(second.stderr.split('\n').filter((l) => l.startsWith('fixed ')).length, 0);
    assert.deepEqual(snapshot(dir), after, 'a second run changes nothing');
  });

  it('keeps the file mode', async () => {
    const dir = sandbox({ 'fixable.yaml': fixture('fixable.yaml') }, onlyRules({ 'ICS-BOARD-004': 'error' }));
    fs.chmodSync(path.join(dir, 'fixable.yaml'), 0o640);
    await cli(['--fix', '.'], { cwd: dir });
    assert.equal(fs.statSync(path.join(dir, 'fixable.yaml')).mode & 0o777, 0o640);
    assert.match(fs.readFileSync(path.join(dir, 'fixable.yaml'), 'utf8'), /private_healthcare_independence/);
  });

  it('reports what remains after fixing, and exits on that', async () => {
    const dir = sandbox({ 'fixable.yaml': fixture('fixable.yaml') }, onlyRules({ 'ICS-BOARD-004': 'error' }));
    const r = await cli(['--fix', '.'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '✔ 1 file checked, no problems\n');
    assert.match(r.stderr, /^fixed fixable\.yaml:11 {2}ICS-BOARD-004 {2}Add the private healthcare independence disqualification\n$/);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const dir = sandbox({ 'fixable.yaml': fixture('fixable.yaml') }, onlyRules({ 'ICS-BOARD-004': 'error' }));
    const before = snapshot(dir);
    const r = await cli(['--fix-dry-run', '.'], { cwd: dir });
    assert.deepEqual(snapshot(dir), before);
    assert.match(r.stdout, /^={67}\n--- a\/fixable\.yaml\n\+\+\+ b\/fixable\.yaml\n@@ -11,4 \+11,5 @@\n/);
    assert.match(r.stdout, /\n {5}- bankruptcy_restrictions_order\n\+ {4}- private_healthcare_independence\n # end of file\n/);
    assert.match(r.stderr, /--fix would apply 1 fix in 1 file \(nothing written\)/);
    assert.equal(r.code, 0, 'the exit code is that of the text after fixing');
  });

  it('--fix-dry-run works on standard input; --fix on standard input is a usage error', async () => {
    const dir = sandbox({}, onlyRules({ 'ICS-BOARD-004': 'error' }));
    const r = await cli(['--fix-dry-run', '-', '--stdin-filename', 'x.yaml'], { cwd: dir, stdin: fixture('fixable.yaml') });
    assert.match(r.stdout, /\+ {4}- private_healthcare_independence/);
    const bad = await cli(['--fix', '-'], { cwd: dir, stdin: fixture('fixable.yaml') });
    assert.equal(bad.code, 2);
  });

  it('an interrupted write leaves every file whole and no stray YAML', async function () {
    const dir = sandbox({ 'a.yaml': fixture('fixable.yaml'), 'b.yaml': fixture('fixable.yaml') }, onlyRules({ 'ICS-BOARD-004': 'error' }));
    const before = snapshot(dir);
    const child = spawnCli(['--fix', '.'], { cwd: dir, env: { ICS_CHECK_TEST_PAUSE_BEFORE_RENAME: '1' } });
    child.stdin.end();
    const tmp = await new Promise<string>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (d) => {
        err += d;
        const m = /ICS_CHECK_PAUSED (.*)\n/.exec(err);
        if (m) resolve(m[1]);
      });
      child.on('close', () => reject(new Error(`the CLI exited before pausing: ${err}`)));
    });
    // The temporary file is complete, beside the original, and cannot be taken for a document.
    assert.equal(path.dirname(tmp), dir);
    assert.doesNotMatch(tmp, /\.ya?ml$/);
    assert.match(fs.readFileSync(tmp, 'utf8'), /private_healthcare_independence/);
    const closed = new Promise((resolve) => child.on('close', resolve));
    child.kill('SIGKILL');
    await closed;
    const files = fs.readdirSync(dir);
    assert.deepEqual(files.filter((n) => /\.ya?ml$/.test(n)).sort(), ['.ics-check.yaml', 'a.yaml', 'b.yaml']);
    for (const n of ['a.yaml', 'b.yaml']) assert.equal(fs.readFileSync(path.join(dir, n), 'utf8'), before[n], `${n} is whole`);
    // A later run is not confused by the leftover: it checks only the documents.
    const r = await check({ files: ['.'], cwd: dir });
    assert.deepEqual(r.results.map((x) => path.basename(x.filePath)), ['a.yaml', 'b.yaml']);
  });

  it('SIGTERM during a write removes the temporary file and leaves the original whole', async () => {
    const dir = sandbox({ 'a.yaml': fixture('fixable.yaml') }, onlyRules({ 'ICS-BOARD-004': 'error' }));
    const before = snapshot(dir);
    const child = spawnCli(['--fix', '.'], { cwd: dir, env: { ICS_CHECK_TEST_PAUSE_BEFORE_RENAME: '1' } });
    child.stdin.end();
    await new Promise<void>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (d) => {
        err += d;
        if (err.includes('ICS_CHECK_PAUSED')) resolve();
      });
      child.on('close', () => reject(new Error(err)));
    });
    const code = await new Promise((resolve) => {
      child.removeAllListeners('close');
      child.on('close', (c, signal) => resolve(c ?? signal));
      child.kill('SIGTERM');
    });
    assert.equal(code, 143);
    assert.deepEqual(snapshot(dir), before);
  });
});
