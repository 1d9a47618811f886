// `npm run bench`: how long the engine, the editor features and the CLI take, and how much memory.
// Numbers are medians over repeated runs on this machine; nothing here is asserted by a test.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeFile, checkFiles } from '../server/src/core';
import { generateConstitution } from './bench/generate';

const ROOT = path.join(__dirname, '..');
const rows: string[][] = [];

function measure(name: string, fn: () => unknown, runs = 10): void {
  fn(); // warm up: schema compilation, JIT
  const times: number[] = [];
  const heapBefore = process.memoryUsage().heapUsed;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const heapDelta = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  rows.push([name, `${median.toFixed(1)} ms`, `${times[0].toFixed(1)}–${times[times.length - 1].toFixed(1)} ms`, `${runs}`, `${(process.memoryUsage().rss / 1e6).toFixed(0)} MB rss (heap ${heapDelta >= 0 ? '+' : ''}${heapDelta.toFixed(1)} MB)`]);
}

function timeCommand(name: string, args: string[], runs = 3): void {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    try {
      execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    } catch {
      // exit 1 means findings, which is expected on flawed input
    }
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  rows.push([name, `${times[Math.floor(times.length / 2)].toFixed(0)} ms`, `${times[0].toFixed(0)}–${times[times.length - 1].toFixed(0)} ms`, `${runs}`, 'whole process']);
}

const validDir = path.join(ROOT, 'samples', 'valid');
const validTexts = fs.readdirSync(validDir).filter((n) => n.endsWith('.yaml')).map((n) => ({ uri: path.join(validDir, n), text: fs.readFileSync(path.join(validDir, n), 'utf8') }));
const big10k = generateConstitution(10_000);
const big50k = generateConstitution(50_000);

// Engine: parse → schema → model → rules, as the language server and the CLI run it.
measure('engine: valid sample (3 files, checked as a system)', () => checkFiles(validTexts.map((f) => analyzeFile(f.uri, f.text))));
measure(`engine: one generated constitution, ${big10k.split('\n').length} lines`, () => checkFiles([analyzeFile('big.yaml', big10k)]), 5);
measure(`engine: one generated constitution, ${big50k.split('\n').length} lines`, () => checkFiles([analyzeFile('big50k.yaml', big50k)]), 3);

// Editor features, as an editor asks for them: requests over LSP to the real server, in-process.
async function measureAsync(name: string, fn: () => Promise<unknown>, runs = 20): Promise<void> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  rows.push([name, `${times[Math.floor(times.length / 2)].toFixed(1)} ms`, `${times[0].toFixed(1)}–${times[times.length - 1].toFixed(1)} ms`, `${runs}`, `${(process.memoryUsage().rss / 1e6).toFixed(0)} MB rss`]);
}

async function editorBench(): Promise<void> {
  const { startHarness } = await import('../test/lsp/harness');
  const subjects: [string, string][] = [
    ['valid sample', validTexts.find((f) => f.uri.endsWith('constitution.yaml'))!.text],
    [`${big10k.split('\n').length}-line constitution`, big10k],
  ];
  for (const [label, text] of subjects) {
    const h = await startHarness({ debounceMs: 0 });
    const uri = `file:///bench/${label.replace(/\W+/g, '-')}.yaml`;
    await h.open(uri, text);
    await h.diagnostics(uri);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('chair: chris-adeyemi'));
    const character = lines[line].indexOf('chris-adeyemi') + 2;
    const doc = { uri };
    await measureAsync(`editor: hover on a member id, ${label}`, () => h.request('textDocument/hover', { textDocument: doc, position: { line, character } }));
    await measureAsync(`editor: completion after \`chair: \`, ${label}`, () => h.request('textDocument/completion', { textDocument: doc, position: { line, character: lines[line].indexOf('chris-adeyemi') } }));
    await measureAsync(`editor: code actions for the document, ${label}`, () =>
      h.request('textDocument/codeAction', { textDocument: doc, range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } }, context: { diagnostics: h.latest(uri)?.diagnostics ?? [] } }),
    );
    let n = 0;
    await measureAsync(`editor: edit → diagnostics published, ${label}`, async () => {
      n++;
      await h.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: n % 2 ? '# edit\n' : '' }]);
      await h.diagnostics(uri);
    }, 10);
    await h.dispose();
  }
}

// The CLI, as CI runs it (needs `npm run build` first).
const cli = path.join(ROOT, 'dist', 'cli.js');
if (fs.existsSync(cli)) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-bench-'));
  const many = path.join(tmp, 'many');
  fs.mkdirSync(many);
  for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(many, `icb-${i}.yaml`), generateConstitution(0, `b${i}`));
  fs.writeFileSync(path.join(tmp, 'big50k.yaml'), big50k);
  timeCommand('cli: ics-check samples/ (all samples)', [cli, 'samples/']);
  timeCommand('cli: ics-check on 1,000 generated files (one system)', [cli, many], 1);
  timeCommand(`cli: ics-check on one ${big50k.split('\n').length}-line file`, [cli, path.join(tmp, 'big50k.yaml')]);
  fs.rmSync(tmp, { recursive: true, force: true });
} else {
  console.log('(dist/cli.js not built: run `npm run build` to time the CLI)');
}

void (async () => {
await editorBench();
const header = ['what', 'median', 'range', 'runs', 'memory'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
console.log(fmt(header));
for (const r of rows) console.log(fmt(r));
})();
