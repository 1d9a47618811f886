import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, writeFixes } from '../../server/src/api';
import { replaceFileContent } from '../../server/src/cli/atomic';
import { cli, fixture, onlyRules, sandbox, spawnCli } from './helpers';

/** Only ICS-BOARD-004 runs: fixable.yaml then has exactly one safe fix (a line added to a list). */
const CONFIG = onlyRules({ 'ICS-BOARD-004': 'error' });
const FIXED_LINE = '    - private_healthcare_independence';
const fixed = (text: string) => text.includes('private_healthcare_independence');
const fixedLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('fixed '));
const listing = (dir: string) => fs.readdirSync(dir).sort();

describe('ics-check --fix never loses data', () => {
  describe('files that do not decode losslessly are refused', () => {
    it('Latin-1: the file is left byte for byte, exit 2, and the message gives the first bad byte with its position', async () => {
      const text = fixture('fixable.yaml').replace('Jane Smith', 'Ren\u00e9e Smith');
      const bytes = Buffer.from(text, 'latin1');
      const dir = sandbox({}, CONFIG);
      fs.writeFileSync(path.join(dir, 'a.yaml'), bytes);
      const r = await cli(['--fix', 'a.yaml'], { cwd: dir });
      assert.ok(fs.readFileSync(path.join(dir, 'a.yaml')).equals(bytes), 'not one byte changed');
      assert.equal(r.code, 2, r.stderr);
      assert.deepEqual(fixedLines(r.stderr), []);
      assert.match(r.stderr, /ics-check: not fixed a\.yaml: it is not valid UTF-8 \(byte 0xE9 at line 7, column 33\)/);
      assert.match(r.stderr, /save it as UTF-8/);
      assert.deepEqual(listing(dir), ['.ics-check.yaml', 'a.yaml'], 'no temporary file left');
    });

    it('invalid UTF-8 in a comment: refused the same way; --fix-dry-run says it would not fix it', async () => {
      const bytes = Buffer.concat([Buffer.from('# Draft \u2014 '), Buffer.from([0xff, 0xfe]), Buffer.from('\n' + fixture('fixable.yaml'))]);
      const dir = sandbox({}, CONFIG);
      fs.writeFileSync(path.join(dir, 'a.yaml'), bytes);
      const r = await cli(['--fix', '.'], { cwd: dir });
      assert.ok(fs.readFileSync(path.join(dir, 'a.yaml')).equals(bytes));
      assert.equal(r.code, 2);
      assert.match(r.stderr, /not fixed a\.yaml: it is not valid UTF-8 \(byte 0xFF at line 1, column 11\)/);
      const dry = await cli(['--fix-dry-run', '.'], { cwd: dir });
      assert.equal(dry.stdout, '', 'no diff is offered for a file --fix would refuse');
      assert.match(dry.stderr, /--fix would not fix a\.yaml: it is not valid UTF-8/);
    });

    it('a UTF-8 file with a byte order mark is fixed and keeps the mark', async () => {
      const dir = sandbox({}, CONFIG);
      fs.writeFileSync(path.join(dir, 'a.yaml'), '\ufeff' + fixture('fixable.yaml'));
      const r = await cli(['--fix', '.'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      const after = fs.readFileSync(path.join(dir, 'a.yaml'));
      assert.deepEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.ok(fixed(after.toString('utf8')));
    });
  });

  describe('links', () => {
    it('a symbolic link: the target is fixed and the link stays a link', async () => {
      const dir = sandbox({ 'shared/constitution.yaml': fixture('fixable.yaml') }, CONFIG);
      fs.symlinkSync('shared/constitution.yaml', path.join(dir, 'link.yaml'));
      const r = await cli(['--fix', 'link.yaml'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.ok(fs.lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink(), 'still a symbolic link');
      assert.equal(fs.readlinkSync(path.join(dir, 'link.yaml')), 'shared/constitution.yaml');
      assert.ok(fixed(fs.readFileSync(path.join(dir, 'shared/constitution.yaml'), 'utf8')), 'the target is fixed');
      assert.deepEqual(listing(path.join(dir, 'shared')), ['constitution.yaml']);
      assert.deepEqual(listing(dir), ['.ics-check.yaml', 'link.yaml', 'shared']);
    });

    it('a hard link: written in place, so every name still shows the same, fixed, file', async () => {
      const dir = sandbox({ 'a.yaml': fixture('fixable.yaml') }, CONFIG);
      fs.linkSync(path.join(dir, 'a.yaml'), path.join(dir, 'elsewhere.yml.bak'));
      const inode = fs.statSync(path.join(dir, 'a.yaml')).ino;
      const r = await cli(['--fix', 'a.yaml'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      const a = fs.statSync(path.join(dir, 'a.yaml'));
      assert.equal(a.ino, inode, 'the same file');
      assert.equal(a.nlink, 2, 'both links kept');
      assert.ok(fixed(fs.readFileSync(path.join(dir, 'elsewhere.yml.bak'), 'utf8')), 'the other name shows the fix');
      assert.deepEqual(listing(dir), ['.ics-check.yaml', 'a.yaml', 'elsewhere.yml.bak'], 'the backup taken for the in-place write is removed');
    });
  });

  describe('permissions', () => {
    it('a read-only file is not rewritten: exit 2 and a message', async () => {
      const dir = sandbox({ 'a.yaml': fixture('fixable.yaml') }, CONFIG);
      fs.chmodSync(path.join(dir, 'a.yaml'), 0o444);
      const r = await cli(['--fix', '.'], { cwd: dir });
      assert.equal(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8'), fixture('fixable.yaml'));
      assert.equal(fs.statSync(path.join(dir, 'a.yaml')).mode & 0o777, 0o444);
      assert.equal(r.code, 2);
      assert.deepEqual(fixedLines(r.stderr), []);
      assert.match(r.stderr, /ics-check: not fixed a\.yaml: it is read-only/);
      assert.deepEqual(listing(dir), ['.ics-check.yaml', 'a.yaml']);
      const dry = await cli(['--fix-dry-run', '.'], { cwd: dir });
      assert.match(dry.stderr, /ics-check: --fix would not fix a\.yaml: it is read-only/);
    });

    for (const mode of [0o664, 0o666, 0o600, 0o755]) {
      it(`the mode ${mode.toString(8)} is kept whatever the umask`, async () => {
        const dir = sandbox({ 'a.yaml': fixture('fixable.yaml') }, CONFIG);
        fs.chmodSync(path.join(dir, 'a.yaml'), mode);
        const r = await cli(['--fix', '.'], { cwd: dir });
        assert.equal(r.code, 0, r.stderr);
        assert.ok(fixed(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8')));
        assert.equal(fs.statSync(path.join(dir, 'a.yaml')).mode & 0o7777, mode);
      });
    }
  });

  it('CRLF: the inserted line ends in CRLF like every other line', async () => {
    const crlf = fixture('fixable.yaml').replace(/\n/g, '\r\n');
    const dir = sandbox({ 'a.yaml': crlf }, CONFIG);
    const r = await cli(['--fix', '.'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const after = fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8');
    assert.ok(after.includes(`    - bankruptcy_restrictions_order\r\n${FIXED_LINE}\r\n# end of file\r\n`), JSON.stringify(after.slice(-120)));
    assert.doesNotMatch(after, /[^\r]\n/, 'no bare LF');
  });

  describe('-o onto a file the run reads', () => {
    it('-o onto a checked input is refused (exit 2) before anything is written', async () => {
      const dir = sandbox({ 'a.yaml': fixture('fixable.yaml') }, CONFIG);
      const r = await cli(['--fix', '-f', 'json', '-o', 'a.yaml', '.'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /ics-check: -o a\.yaml would overwrite a file this run checks \(a\.yaml\)/);
      assert.equal(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8'), fixture('fixable.yaml'), 'neither the report nor the fix was written');
    });

    it('through another spelling or a link, and onto the configuration, too', async () => {
      const dir = sandbox({ 'gov/a.yaml': fixture('fixable.yaml') }, CONFIG);
      fs.symlinkSync('gov/a.yaml', path.join(dir, 'report.txt'));
      for (const target of ['./gov/../gov/a.yaml', path.join(dir, 'gov/a.yaml'), 'report.txt', '.ics-check.yaml']) {
        const r = await cli(['-o', target, 'gov'], { cwd: dir });
        assert.equal(r.code, 2, target);
        assert.match(r.stderr, /would overwrite a file this run (checks|reads)/, target);
      }
      assert.equal(fs.readFileSync(path.join(dir, 'gov/a.yaml'), 'utf8'), fixture('fixable.yaml'));
      assert.equal(fs.readFileSync(path.join(dir, '.ics-check.yaml'), 'utf8'), CONFIG);
    });

    it('-o to a new file beside the inputs is fine', async () => {
      const dir = sandbox({ 'a.yaml': fixture('fixable.yaml') }, CONFIG);
      const r = await cli(['-f', 'json', '-o', 'report.json', '.'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).results.length, 1);
    });
  });

  describe('a save made while --fix runs is never overwritten', () => {
    it('the content changed between the read and the write: refused, the save kept', async () => {
      const dir = sandbox({ 'a.yaml': fixture('fixable.yaml') }, CONFIG);
      const r = await check({ files: ['.'], cwd: dir, fix: true });
      const saved = fixture('fixable.yaml').replace('Jane Smith', 'Jane Smith-Jones');
      fs.writeFileSync(path.join(dir, 'a.yaml'), saved);
      const w = await writeFixes(r.results);
      assert.deepEqual(w.written, []);
      assert.equal(w.refused.length, 1);
      assert.match(w.refused[0].reason, /changed on disk since it was read/);
      assert.equal(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8'), saved);
    });

    it('the file was replaced (saved by rename) with the same text: refused, the new file kept', async () => {
      const dir = sandbox({ 'a.yaml': fixture('fixable.yaml') }, CONFIG);
      const r = await check({ files: ['.'], cwd: dir, fix: true });
      fs.writeFileSync(path.join(dir, 'new.tmp'), fixture('fixable.yaml'));
      fs.renameSync(path.join(dir, 'new.tmp'), path.join(dir, 'a.yaml'));
      const inode = fs.statSync(path.join(dir, 'a.yaml')).ino;
      const w = await writeFixes(r.results);
      assert.equal(w.refused.length, 1);
      assert.match(w.refused[0].reason, /replaced on disk since it was read/);
      assert.equal(fs.statSync(path.join(dir, 'a.yaml')).ino, inode);
      assert.equal(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8'), fixture('fixable.yaml'));
    });

    it('a save after the temporary file is written, just before the rename: refused, no temporary file left', async () => {
      const dir = sandbox({ 'a.yaml': 'one\n' });
      const file = path.join(dir, 'a.yaml');
      const identity = { dev: fs.statSync(file).dev, ino: fs.statSync(file).ino };
      await assert.rejects(
        replaceFileContent(file, 'one\n', 'two\n', identity, {
          beforeCommit: () => fs.writeFileSync(file, 'one, edited\n'),
        }),
        /changed on disk since it was read/,
      );
      assert.equal(fs.readFileSync(file, 'utf8'), 'one, edited\n');
      assert.deepEqual(listing(dir), ['.ics-check.yaml', 'a.yaml']);
    });

    it('the same over a real process paused before the rename (the CLI exits 2 and says which file)', async () => {
      const dir = sandbox({ 'a.yaml': fixture('fixable.yaml') }, CONFIG);
      const child = spawnCli(['--fix', '.'], { cwd: dir, env: { ICS_CHECK_TEST_PAUSE_BEFORE_RENAME: '1' } });
      child.stdin.end();
      let err = '';
      const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (d) => {
          err += d;
          if (err.includes('ICS_CHECK_PAUSED')) resolve();
        });
        child.on('close', () => reject(new Error(`exited before pausing: ${err}`)));
      });
      const saved = fixture('fixable.yaml') + '# saved by the editor meanwhile\n';
      fs.writeFileSync(path.join(dir, 'a.yaml'), saved);
      child.kill('SIGUSR2'); // carry on
      assert.equal(await closed, 2, err);
      assert.match(err, /not fixed a\.yaml: it changed on disk since it was read .*not overwritten/);
      assert.equal(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8'), saved);
      assert.deepEqual(listing(dir), ['.ics-check.yaml', 'a.yaml']);
    });
  });

  it('a refused file does not stop the others being fixed', async () => {
    const dir = sandbox({ 'a.yaml': fixture('fixable.yaml'), 'b.yaml': fixture('fixable.yaml').replace('nhs-fixable', 'nhs-other') }, CONFIG);
    fs.chmodSync(path.join(dir, 'a.yaml'), 0o444);
    const r = await cli(['--fix', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.deepEqual(fixedLines(r.stderr), ['fixed b.yaml:11  ICS-BOARD-004  Add the private healthcare independence disqualification']);
    assert.ok(!fixed(fs.readFileSync(path.join(dir, 'a.yaml'), 'utf8')));
    assert.ok(fixed(fs.readFileSync(path.join(dir, 'b.yaml'), 'utf8')));
    // The report is of the text as it is on disk now: a.yaml's finding is still there.
    assert.match(r.stdout, /a\.yaml[\s\S]*ICS-BOARD-004/);
    assert.doesNotMatch(r.stdout, /b\.yaml/);
  });
});
