// `npm run bench:scaling`: time per line from 10k to 200k lines, for a valid constitution, the same
// with one stray character before the first line (thousands of YAML errors), and the CLI as CI runs
// it. Flat "per line" columns mean linear time. CPU time (user + system) is what is compared: on a
// busy machine the wall-clock time (also shown) includes waiting for a core. Nothing here is asserted by a test (tests count work instead:
// test/robust/scaling.test.ts).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeFile, checkFiles } from '../server/src/core';
import { generateConstitution } from './bench/generate';

const ROOT = path.join(__dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '10000,25000,50000,100000,200000').split(',').map(Number);
const cli = path.join(ROOT, 'dist', 'cli.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-scaling-'));

/** Median wall-clock and CPU time (user + system) of `fn` over `runs`. CPU time is steadier on a busy machine. */
function time(fn: () => unknown, runs: number): { wall: number; cpu: number } {
  const samples: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const c = process.cpuUsage(c0);
    samples.push({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 });
  }
  return samples.sort((a, b) => a.cpu - b.cpu)[Math.floor(samples.length / 2)];
}

/** The CLI as a process; its own CPU time comes back through a preloaded exit hook. */
const hook = path.join(tmp, 'cpu-hook.js');
fs.writeFileSync(hook, "process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeSync(2, '\\nCPU ' + (u.user + u.system) / 1000 + '\\n'); });\n");
function timeCli(file: string): { wall: number; cpu: number } {
  const t0 = performance.now();
  // Exit 1 (findings) is expected; the hook writes the CPU time on standard error either way.
  const stderr = spawnSync(process.execPath, ['-r', hook, cli, '--max-file-size', '100MB', file], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' }).stderr;
  return { wall: performance.now() - t0, cpu: Number(/CPU ([\d.]+)/.exec(stderr)?.[1] ?? NaN) };
}

const check = (text: string) => checkFiles([analyzeFile('file:///bench/constitution.yaml', text)], { today: '2026-01-15' });
check(generateConstitution(2000)); // warm up: schema compilation, JIT

const rows: string[][] = [];
const cell = (t: { wall: number; cpu: number }, lines: number) => [`${(t.cpu / 1000).toFixed(1)} s`, `${((t.cpu * 1000) / lines).toFixed(0)} µs`, `${(t.wall / 1000).toFixed(1)} s`];
for (const size of SIZES) {
  const text = generateConstitution(size);
  const lines = text.split('\n').length;
  const runs = size <= 50_000 ? 3 : 1;
  const file = path.join(tmp, `c${size}.yaml`);
  fs.writeFileSync(file, text);
  const valid = time(() => check(text), runs);
  const stray = time(() => check('x' + text), runs);
  const cliTime = fs.existsSync(cli) ? timeCli(file) : { wall: NaN, cpu: NaN };
  rows.push([lines.toLocaleString('en-GB'), `${(text.length / 1e6).toFixed(1)} MB`, ...cell(valid, lines), ...cell(stray, lines), ...cell(cliTime, lines)]);
  console.error(`… ${lines} lines done`);
}
fs.rmSync(tmp, { recursive: true, force: true });

const header = ['lines', 'size', 'engine: valid (cpu)', 'per line', 'wall', 'one stray character (cpu)', 'per line', 'wall', 'cli process (cpu)', 'per line', 'wall'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
console.log(fmt(header));
for (const r of rows) console.log(fmt(r));
if (!fs.existsSync(cli)) console.log('(dist/cli.js not built: run `npm run build` to time the CLI)');
