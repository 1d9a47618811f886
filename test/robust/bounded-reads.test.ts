import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { check, ConfigError } from '../../server/src/api';
import { cli, fixture, sandbox, spawnCli, type CliRun } from '../cli/helpers';
import { startHarness, type Harness } from '../lsp/harness';

/**
 * Only regular files are read, and at most a size limit, for documents and configuration alike: a
 * `.ics-check.yaml` linked to /dev/zero, a FIFO or /dev/stdin neither hangs nor fills the memory.
 */

/** Runs the real CLI with a small heap; a hang is killed and fails the test rather than the suite. */
function runBounded(argv: string[], cwd: string, ms = 15_000): Promise<CliRun & { killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(argv, { cwd, env: { NODE_OPTIONS: '--max-old-space-size=256' } });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, ms);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr, killed });
    });
    // Standard input stays open: a read of /dev/stdin would wait for ever.
  });
}

const NO_CHAIR = fixture('no-chair.yaml');

describe('bounded reads', function () {
  this.timeout(60_000);

  it('a .ics-check.yaml linked to /dev/zero: exit 2 with the reason, at once, in bounded memory', async () => {
    const dir = sandbox({ 'icb.yaml': NO_CHAIR });
    fs.rmSync(path.join(dir, '.ics-check.yaml'));
    fs.symlinkSync('/dev/zero', path.join(dir, '.ics-check.yaml'));
    const r = await runBounded(['icb.yaml'], dir);
    assert.equal(r.killed, false, 'no hang');
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /\.ics-check\.yaml:1:1: cannot read the configuration file: it is not a regular file but a character device/);
  });

  it('a .ics-check.yaml that is a FIFO: exit 2, no hang', async () => {
    const dir = sandbox({ 'icb.yaml': NO_CHAIR });
    fs.rmSync(path.join(dir, '.ics-check.yaml'));
    execFileSync('mkfifo', [path.join(dir, '.ics-check.yaml')]);
    const r = await runBounded(['icb.yaml'], dir);
    assert.equal(r.killed, false, 'no hang');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read the configuration file: it is not a regular file but a FIFO/);
  });

  it('--config /dev/stdin with standard input left open: exit 2, no hang', async () => {
    const dir = sandbox({ 'icb.yaml': NO_CHAIR });
    const r = await runBounded(['--config', '/dev/stdin', 'icb.yaml'], dir);
    assert.equal(r.killed, false, 'no hang');
    assert.equal(r.code, 2);
    // Standard input is a pipe or a socket here: either way it is not read.
    assert.match(r.stderr, /cannot read the configuration file: it is not a regular file|cannot read the configuration file: it is a socket or a device/);
  });

  it('a document over the size limit that looks like ours is an error naming the limit; the setting and the option raise it', async () => {
    const big = NO_CHAIR + `# ${'x'.repeat(3000)}\n`;
    const dir = sandbox({ 'big.yaml': big, 'data.yaml': `rows: [${'1, '.repeat(2000)}1]\n` }, 'root: true\nmax_file_size: 2KB\n');
    const r = await cli(['.'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /big\.yaml\n\n\s+The document as a whole\n\s+1:1\s+error\s+This file was not checked: it is 3\.\d KB, over the 2 KB limit \(raise it with `max_file_size` in \.ics-check\.yaml, or --max-file-size\)\.\s+unreadable/);
    assert.match(r.stderr, /skipped 1 file, not read: over the 2 KB size limit: data\.yaml/);
    const raised = await cli(['--max-file-size', '1MB', '.'], { cwd: dir });
    assert.match(raised.stdout, /ICS-BOARD-001/);
    assert.doesNotMatch(raised.stdout, /unreadable/);
    fs.writeFileSync(path.join(dir, '.ics-check.yaml'), 'root: true\nmax_file_size: 1MB\n');
    assert.match((await cli(['.'], { cwd: dir })).stdout, /ICS-BOARD-001/);
  });

  it('a size that is not one is refused clearly, in the option and in the configuration', async () => {
    const dir = sandbox({ 'icb.yaml': NO_CHAIR }, 'root: true\nmax_file_size: lots\n');
    const bad = await cli(['--max-file-size', 'huge', '.'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--max-file-size takes a size such as 10MB/);
    await assert.rejects(check({ files: ['.'], cwd: dir }), (err: unknown) => err instanceof ConfigError && err.problems[0].line === 2);
  });

  it('standard input is read up to the size limit: `ics-check - < /dev/zero` stops with exit 2', async () => {
    const dir = sandbox({});
    const r = await new Promise<CliRun>((resolve, reject) => {
      const child = spawnCli(['--max-file-size', '1MB', '-'], { cwd: dir, env: { NODE_OPTIONS: '--max-old-space-size=256' } });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? -1, stdout: '', stderr }));
      const zeros = fs.createReadStream('/dev/zero', { end: 64 * 1024 * 1024 });
      zeros.pipe(child.stdin).on('error', () => undefined); // the CLI stops reading: EPIPE is expected
      child.stdin.on('error', () => zeros.destroy());
    });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /standard input is over the 1 MB limit/);
  });

  it('a FIFO or a link to /dev/zero among the documents is refused without reading it', async () => {
    const dir = sandbox({ 'icb.yaml': NO_CHAIR });
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    const r = await runBounded(['.'], dir);
    assert.equal(r.killed, false);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'ics-check: cannot read zero.yaml: it is not a regular file but a character device\n');
  });

  it('--print-config on a FIFO is refused at once', async () => {
    const dir = sandbox({ 'icb.yaml': NO_CHAIR });
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    const r = await runBounded(['--print-config', 'pipe.yaml'], dir);
    assert.equal(r.killed, false, 'no hang');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read pipe\.yaml: it is not a regular file but a FIFO/);
  });

  describe('the language server', () => {
    let h: Harness | undefined;
    afterEach(async () => {
      await h?.dispose();
      h = undefined;
    });

    it('a workspace whose .ics-check.yaml is linked to /dev/zero: initialize answers, the configuration gets an error, the files are still checked', async () => {
      const dir = sandbox({ 'icb.yaml': NO_CHAIR, 'sub/.keep': '' });
      fs.rmSync(path.join(dir, '.ics-check.yaml'));
      fs.symlinkSync('/dev/zero', path.join(dir, '.ics-check.yaml'));
      execFileSync('mkfifo', [path.join(dir, 'sub', 'pipe.yaml')]);
      fs.symlinkSync('/dev/zero', path.join(dir, 'sub', 'zero.yaml'));
      const heapBefore = process.memoryUsage().heapUsed;
      h = await startHarness({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] });
      const config = await h.diagnostics(pathToFileURL(path.join(dir, '.ics-check.yaml')).href, () => true);
      assert.match(config[0].message, /not a regular file but a character device/);
      const icb = pathToFileURL(path.join(dir, 'icb.yaml')).href;
      const diags = h.latest(icb)?.diagnostics ?? (await h.diagnostics(icb, () => true));
      assert.ok(diags.some((d) => d.code === 'ICS-BOARD-001'));
      await h.server.ready();
      assert.ok(process.memoryUsage().heapUsed - heapBefore < 200e6, 'no unbounded read');
      // The FIFO and the link to /dev/zero are not read (the scan follows no symbolic link, and reads regular files only).
      assert.equal(h.latest(pathToFileURL(path.join(dir, 'sub', 'zero.yaml')).href), undefined);
      assert.equal(h.latest(pathToFileURL(path.join(dir, 'sub', 'pipe.yaml')).href), undefined);
      assert.deepEqual(h.logs.filter((l) => /failed/.test(l)), []);
    });
  });
});
