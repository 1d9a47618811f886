import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { run } from '../../server/src/cli/main';
import { ALL_RULES } from '../../server/src/core/rules';

export const ROOT = path.resolve(__dirname, '../..');
export const FIXTURES = path.join(__dirname, 'fixtures');
export const CLI_SOURCE = path.join(ROOT, 'server/src/cli/bin.ts');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process (fast): the same `run` the binary calls. */
export async function cli(argv: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string | undefined>; tty?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => options.stdin ?? '',
    stdoutIsTTY: options.tty ?? false,
  });
  return { code, stdout, stderr };
}

/** Runs the CLI as a real process (for stdin, signals and pipes). */
export function spawnCli(argv: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}) {
  return spawn(process.execPath, ['-r', require.resolve('tsx/cjs'), CLI_SOURCE, ...argv], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export function spawnCliAndWait(argv: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(argv, options);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

const created: string[] = [];

/** A fresh temporary folder, removed when the test run ends. */
export function tempDir(prefix = 'ics-cli-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

// A root-level hook (this module is loaded once): the run leaves nothing behind in the temp folder.
after(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Copies files or folders into a fresh temporary folder (with a root config so nothing above leaks in). */
export function sandbox(files: Record<string, string>, config = 'root: true\n'): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, '.ics-check.yaml'), config);
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A configuration that turns off every rule but the given ones (so tests do not depend on the others). */
export function onlyRules(settings: Record<string, string>, extra = ''): string {
  const lines = ['root: true', 'rules:'];
  for (const r of ALL_RULES) lines.push(`  ${r.meta.id}: ${settings[r.meta.id] ?? 'off'}`);
  return lines.join('\n') + '\n' + extra;
}
