// `npm run bench:lsp`: the language server as an editor meets it, against redhat's
// yaml-language-server (configured with our schema) and against the floor (yaml's parseDocument plus
// ajv, in this process), all in the same run on the same generated constitutions.
//
// Each server runs as its own process over stdio. For every size it measures:
//   - cold open: a fresh process opens the file (outside any workspace); time to the first diagnostics;
//   - edit: an edit inside one committee that adds a schema problem, then one that removes it; time to
//     the first diagnostics that reflect the edit (`--edits` of them, 200 by default);
//   - RSS after the open and after the edits; the CPU time the server used for the cold open and for each edit;
//   - hover, completion and code actions (a quick fix at a problem; fix-all as on save);
//   - reopen: close and open again in the same process.
// Then 200 documents opened and closed one after another (RSS must not grow), and the CLI's
// throughput on 1,000 generated files checked as one system.
//
// Options: --sizes 1000,10000,50000  --edits 200  --cold 5  --requests 50  --servers ours,yaml-language-server
//          --no-cli  --no-churn  --json <file>  --dist <folder with server.js and cli.js, default dist/>
// Nothing here is asserted by a test; numbers depend on the machine (see docs/performance.md).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { parseDocument } from 'yaml';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { generateConstitution } from './generate';
import { LspProcess, type ServerSpec } from './lsp-client';

const ROOT = path.join(__dirname, '..', '..');

// ---------------------------------------------------------------- options

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const SIZES = option('sizes', '1000,10000,50000').split(',').map(Number);
const EDITS = Number(option('edits', '200'));
const COLD = Number(option('cold', '5'));
const REQUESTS = Number(option('requests', '50'));
const SERVERS = option('servers', 'ours,yaml-language-server').split(',');
const JSON_OUT = option('json', '');
/** Where our built server and CLI are (another build, e.g. of an older commit, to compare with). */
const DIST = path.resolve(option('dist', path.join(__dirname, '..', '..', 'dist')));

// ---------------------------------------------------------------- statistics

const median = (xs: number[]) => quantile(xs, 0.5);
const p95 = (xs: number[]) => quantile(xs, 0.95);
/** Nearest-rank quantile. */
function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const ms = (x: number) => (Number.isNaN(x) ? '–' : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const mb = (x: number) => (Number.isNaN(x) ? '–' : `${x.toFixed(0)} MB`);
const ratio = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
const medP95 = (xs: number[]) => `${ms(median(xs))}; ${ms(p95(xs))}`;

// ---------------------------------------------------------------- the servers

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'ics-bench-lsp-'));
const SCHEMA = path.join(ROOT, 'schemas', 'icb-constitution.schema.json');

const SPECS: Record<string, ServerSpec> = {
  ours: {
    name: 'ours',
    script: path.join(DIST, 'server.js'),
    settings: { icsCheck: {} },
  },
  'yaml-language-server': {
    name: 'yaml-language-server',
    script: path.join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'),
    settings: {
      yaml: {
        validate: true,
        hover: true,
        completion: true,
        format: { enable: false },
        schemaStore: { enable: false },
        schemas: { [pathToFileURL(SCHEMA).href]: ['constitution-*.yaml'] },
      },
      '[yaml]': {},
      http: {},
      editor: {},
      files: {},
    },
  },
};

function serverVersion(name: string): string {
  if (name === 'ours') return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'yaml-language-server', 'package.json'), 'utf8')).version;
}

// ---------------------------------------------------------------- the documents

interface Subject {
  lines: number;
  text: string;
  uri: string;
  /** The line of `type: other` in a committee near the middle: the edit turns it into a typo and back. */
  editLine: number;
  editStart: number;
  /** A `chair: <id>` line for hover and completion. */
  chairLine: number;
  chairCharacter: number;
}

function subject(lines: number): Subject {
  const text = generateConstitution(lines);
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  const middle = Math.floor(all.length / 2);
  const candidates = all.map((l, i) => (l === '    type: other' ? i : -1)).filter((i) => i >= 0);
  const editLine = candidates.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best), candidates[0]);
  let chairLine = editLine;
  while (!all[chairLine].includes('chair: chris-adeyemi')) chairLine++;
  const file = path.join(TMP, `constitution-${all.length}.yaml`);
  fs.writeFileSync(file, text);
  return {
    lines: all.length,
    text,
    uri: pathToFileURL(file).href,
    editLine,
    editStart: all[editLine].indexOf('other'),
    chairLine,
    chairCharacter: all[chairLine].indexOf('chris-adeyemi') + 2,
  };
}

function applyLineEdit(text: string, line: number, start: number, end: number, insert: string): string {
  let offset = 0;
  for (let i = 0; i < line; i++) offset = text.indexOf('\n', offset) + 1;
  return text.slice(0, offset + start) + insert + text.slice(offset + end);
}

// ---------------------------------------------------------------- the floor

function floor(s: Subject, runs: number): number[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
  const once = () => {
    const doc = parseDocument(s.text);
    validate(doc.toJS());
  };
  once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    once();
    times.push(performance.now() - t0);
  }
  return times;
}

// ---------------------------------------------------------------- one server, one size

interface SizeResult {
  cold: number[];
  /** CPU time of the server for each cold open (from the open to its diagnostics, and 200 ms after). */
  coldCpu: number[];
  /** CPU time of the server for the edits, per edit. */
  editCpu: number;
  edit: number[];
  reopen: number[];
  rssOpen: number;
  rssEdits: number;
  hover: number[];
  completion: number[];
  quickFix: number[];
  fixAll: number[];
  diagnostics: number;
}

const settle = (t: number) => new Promise((r) => setTimeout(r, t));
/** Memory is read once the server has been idle this long (the same pause for every server). */
const IDLE = 1500;

async function started(spec: ServerSpec): Promise<LspProcess> {
  const p = new LspProcess(spec);
  await p.initialize();
  await settle(300); // let start-up work (settings, registrations) finish before the clock starts
  return p;
}

async function coldOpen(spec: ServerSpec, s: Subject): Promise<{ ms: number; cpu: number }> {
  const p = await started(spec);
  try {
    const before = p.cpuMs();
    const { ms } = await p.open(s.uri, s.text);
    await settle(200);
    return { ms, cpu: p.cpuMs() - before };
  } finally {
    await p.stop();
  }
}

async function measureSize(spec: ServerSpec, s: Subject, coldRuns: number): Promise<SizeResult> {
  const cold: number[] = [];
  const coldCpu: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    const c = await coldOpen(spec, s);
    cold.push(c.ms);
    coldCpu.push(c.cpu);
  }

  const p = await started(spec);
  try {
    const opened = await p.open(s.uri, s.text);
    if (opened.diagnostics.some((d) => d.range.start.line === s.editLine)) throw new Error(`${spec.name}: line ${s.editLine} already has a diagnostic`);
    await settle(IDLE);
    const rssOpen = p.rssMb();

    const edit: number[] = [];
    let text = s.text;
    const onLine = (d: Diagnostic[]) => d.some((x) => x.range.start.line === s.editLine);
    const typo = async (on: boolean) => {
      const [from, to] = on ? ['other', 'othr'] : ['othr', 'other'];
      text = applyLineEdit(text, s.editLine, s.editStart, s.editStart + from.length, to);
      const change = { range: { start: { line: s.editLine, character: s.editStart }, end: { line: s.editLine, character: s.editStart + from.length } }, text: to };
      return p.change(s.uri, [change], text, on ? onLine : (d) => !onLine(d));
    };
    const cpuBefore = p.cpuMs();
    for (let i = 0; i < EDITS; i++) edit.push((await typo(i % 2 === 0)).ms);
    const editCpu = (p.cpuMs() - cpuBefore) / EDITS;
    if (EDITS % 2 === 1) await typo(false);
    await settle(IDLE);
    const rssEdits = p.rssMb();

    const doc = { uri: s.uri };
    const hover: number[] = [];
    const completion: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      hover.push((await p.time('textDocument/hover', { textDocument: doc, position: { line: s.chairLine, character: s.chairCharacter } })).ms);
      completion.push((await p.time('textDocument/completion', { textDocument: doc, position: { line: s.chairLine, character: s.chairCharacter - 2 }, context: { triggerKind: 1 } })).ms);
    }

    // Code actions where an editor asks for them: the cursor on a problem (the typo, with its fix).
    const withTypo = await typo(true);
    const atTypo = withTypo.diagnostics.filter((d) => d.range.start.line === s.editLine);
    const quickFix: number[] = [];
    const fixAll: number[] = [];
    const lineRange = { start: { line: s.editLine, character: s.editStart }, end: { line: s.editLine, character: s.editStart } };
    for (let i = 0; i < REQUESTS; i++) {
      quickFix.push((await p.time('textDocument/codeAction', { textDocument: doc, range: lineRange, context: { diagnostics: atTypo, triggerKind: 1 } })).ms);
    }
    // Fix-all as on save: the request, then resolving the action when it comes without its edit.
    for (let i = 0; i < Math.min(REQUESTS, 20); i++) {
      const t0 = performance.now();
      const { result } = await p.time<CodeAction[] | null>('textDocument/codeAction', { textDocument: doc, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'], triggerKind: 2 } });
      for (const a of result ?? []) if (!a.edit && a.data !== undefined) await p.connection.sendRequest('codeAction/resolve', a);
      fixAll.push(performance.now() - t0);
    }

    await p.close(s.uri);
    const reopen: number[] = [];
    for (let i = 0; i < Math.min(COLD, 5); i++) {
      await settle(100);
      reopen.push((await p.open(s.uri, text)).ms);
      await p.close(s.uri);
    }
    return { cold, coldCpu, editCpu, edit, reopen, rssOpen, rssEdits, hover, completion, quickFix, fixAll, diagnostics: opened.diagnostics.length };
  } finally {
    await p.stop();
  }
}

/** Opens and closes `count` different documents one after another; RSS after the first tenth and at the end. */
async function churn(spec: ServerSpec, count: number): Promise<{ early: number; late: number }> {
  const p = await started(spec);
  try {
    let early = NaN;
    for (let i = 0; i < count; i++) {
      const text = generateConstitution(1000, `c${i}`);
      const file = path.join(TMP, `constitution-churn-${i}.yaml`);
      const uri = pathToFileURL(file).href;
      await p.open(uri, text);
      const cleared = p.nextPublish(uri, (x) => x.diagnostics.length === 0, 10_000).catch(() => undefined);
      await p.close(uri);
      await cleared;
      if (i + 1 === Math.ceil(count / 10)) {
        await settle(IDLE);
        early = p.rssMb();
      }
    }
    await settle(IDLE);
    return { early, late: p.rssMb() };
  } finally {
    await p.stop();
  }
}

// ---------------------------------------------------------------- the CLI

function cliThroughput(files: number, lines: number): { seconds: number; filesPerSecond: number } | undefined {
  const cli = path.join(DIST, 'cli.js');
  if (!fs.existsSync(cli)) return undefined;
  const dir = path.join(TMP, `cli-${files}x${lines}`);
  fs.mkdirSync(dir);
  for (let i = 0; i < files; i++) fs.writeFileSync(path.join(dir, `icb-${i}.yaml`), generateConstitution(lines, `b${i}`));
  const t0 = performance.now();
  try {
    execFileSync(process.execPath, [cli, dir], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    // exit 1 means findings
  }
  const seconds = (performance.now() - t0) / 1000;
  fs.rmSync(dir, { recursive: true, force: true });
  return { seconds, filesPerSecond: files / seconds };
}

// ---------------------------------------------------------------- the run

function table(header: string[], rows: string[][]): string {
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const load = os.loadavg()[0];
  const out: string[] = [];
  const log = (s = '') => {
    out.push(s);
    console.log(s);
  };
  log(`node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}`);
  log(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; 1-minute load before the run ${load.toFixed(2)}`);
  log(`servers: ${SERVERS.map((n) => `${n} ${serverVersion(n)}`).join(', ')}; ${EDITS} edits, ${COLD} cold opens per size, ${REQUESTS} requests of each kind`);
  log();

  const results: Record<string, Record<number, SizeResult>> = {};
  const floors: Record<number, number[]> = {};
  const sizeLabel: Record<number, string> = {};
  for (const n of SIZES) {
    const s = subject(n);
    sizeLabel[n] = s.lines.toLocaleString('en-GB');
    floors[n] = floor(s, n >= 50_000 ? 5 : 15);
    for (const name of SERVERS) {
      process.stderr.write(`${name}, ${s.lines} lines…\n`);
      const r = await measureSize(SPECS[name], s, n >= 50_000 ? Math.min(COLD, 3) : COLD);
      (results[name] ??= {})[n] = r;
      // A summary as each part finishes (a long run can be followed, or cut short).
      process.stderr.write(
        `  cold ${medP95(r.cold)} (CPU ${ms(median(r.coldCpu))}); edit ${medP95(r.edit)} (CPU ${ms(r.editCpu)} an edit); reopen ${medP95(r.reopen)}; RSS ${mb(r.rssOpen)} / ${mb(r.rssEdits)}; hover ${medP95(r.hover)}; completion ${medP95(r.completion)}; code actions ${medP95(r.quickFix)}; fix-all ${medP95(r.fixAll)}; floor ${ms(median(floors[n]))}\n`,
      );
    }
  }

  const ours = results.ours;
  const yls = results['yaml-language-server'];

  log('### Open and edit → diagnostics (median; p95)');
  log();
  log(
    table(
      ['lines', 'floor (parse + ajv)', 'ours: cold open', 'yaml-language-server: cold open', 'ours: edit', 'yaml-language-server: edit', 'ours: reopen', 'yaml-language-server: reopen'],
      SIZES.map((n) => [sizeLabel[n], ms(median(floors[n])), ours ? medP95(ours[n].cold) : '–', yls ? medP95(yls[n].cold) : '–', ours ? medP95(ours[n].edit) : '–', yls ? medP95(yls[n].edit) : '–', ours ? medP95(ours[n].reopen) : '–', yls ? medP95(yls[n].reopen) : '–']),
    ),
  );
  log();
  log('### Ratios (same run)');
  log();
  log(
    table(
      ['lines', 'ours cold open ÷ floor (median)', 'ours ÷ yaml-language-server: cold open (median)', 'edit p95', 'edit median', 'RSS after edits'],
      SIZES.map((n) => [
        sizeLabel[n],
        ours ? ratio(median(ours[n].cold), median(floors[n])) : '–',
        ours && yls ? ratio(median(ours[n].cold), median(yls[n].cold)) : '–',
        ours && yls ? ratio(p95(ours[n].edit), p95(yls[n].edit)) : '–',
        ours && yls ? ratio(median(ours[n].edit), median(yls[n].edit)) : '–',
        ours && yls ? ratio(ours[n].rssEdits, yls[n].rssEdits) : '–',
      ]),
    ),
  );
  log();
  log(`### Memory (RSS of the server process: after the open; after ${EDITS} edits)`);
  log();
  log(table(['lines', 'ours', 'yaml-language-server'], SIZES.map((n) => [sizeLabel[n], ours ? `${mb(ours[n].rssOpen)} / ${mb(ours[n].rssEdits)}` : '–', yls ? `${mb(yls[n].rssOpen)} / ${mb(yls[n].rssEdits)}` : '–'])));
  log();
  log('### CPU time of the server process (moves less with the machine\'s load than the times above)');
  log();
  log(table(['lines', 'server', 'cold open (median)', 'an edit (mean)'], SIZES.flatMap((n) => SERVERS.map((name) => [sizeLabel[n], name, ms(median(results[name][n].coldCpu)), ms(results[name][n].editCpu)]))));
  log();
  log('### Requests (median; p95)');
  log();
  const req = (r: Record<number, SizeResult> | undefined, n: number, k: 'hover' | 'completion' | 'quickFix' | 'fixAll') => (r ? medP95(r[n][k]) : '–');
  log(
    table(
      ['lines', 'server', 'hover', 'completion', 'code actions at a problem', 'fix-all (as on save, with resolve)'],
      SIZES.flatMap((n) => SERVERS.map((name) => [sizeLabel[n], name, req(results[name], n, 'hover'), req(results[name], n, 'completion'), req(results[name], n, 'quickFix'), req(results[name], n, 'fixAll')])),
    ),
  );
  log();

  let churned: Record<string, { early: number; late: number }> = {};
  if (!flag('no-churn')) {
    log(`### Opening and closing 200 different ${generateConstitution(1000).replace(/\n$/, '').split('\n').length.toLocaleString('en-GB')}-line documents, one after another (RSS after 20; after 200)`);
    log();
    for (const name of SERVERS) {
      process.stderr.write(`${name}, open and close 200 documents…\n`);
      churned[name] = await churn(SPECS[name], 200);
    }
    log(table(['server', 'RSS after 20', 'RSS after 200', 'growth'], SERVERS.map((name) => [name, mb(churned[name].early), mb(churned[name].late), mb(churned[name].late - churned[name].early)])));
    log();
  }

  let cli: Record<string, { seconds: number; filesPerSecond: number } | undefined> = {};
  if (!flag('no-cli')) {
    process.stderr.write('CLI throughput…\n');
    cli = { '1000x1000': cliThroughput(1000, 1000), '1000x342': cliThroughput(1000, 0) };
    log('### CLI: `ics-check <folder>` on 1,000 generated constitutions checked as one system (whole process)');
    log();
    const row = (label: string, r: { seconds: number; filesPerSecond: number } | undefined) => [label, r ? `${r.seconds.toFixed(2)} s` : '(run `npm run build`)', r ? `${r.filesPerSecond.toFixed(0)} files/s` : '–'];
    log(table(['files', 'time', 'throughput'], [row(`1,000 × ${generateConstitution(1000).replace(/\n$/, '').split('\n').length.toLocaleString('en-GB')} lines`, cli['1000x1000']), row('1,000 × the valid sample, renamed', cli['1000x342'])]));
    log();
  }
  log(`1-minute load after the run ${os.loadavg()[0].toFixed(2)}`);

  if (JSON_OUT) fs.writeFileSync(JSON_OUT, JSON.stringify({ node: process.version, date: new Date().toISOString(), load, sizes: SIZES, edits: EDITS, floors, results, churned, cli, table: out.join('\n') }, null, 1));
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(TMP, { recursive: true, force: true }));
