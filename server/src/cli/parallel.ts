/**
 * Checks a large system on several threads. Files are analysed in parallel; then the files of each
 * ICB (its constitution, partnership and place files: everything the cross-document rules relate)
 * are checked together on one thread, with every other ICB's `icb:` section as a summary for the
 * rules that look across ICBs (overlapping areas, "did you mean" ids). Findings are the same as
 * checking on one thread (tested); only the time differs.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IcbSummary } from '../core/remote';
import type { CheckOptions } from '../core/types';
import type { FileOutcome } from '../core/outcomes';
import type { SourceHints } from '../core/source';

export interface ParallelFile {
  uri: string;
  text: string;
  hints: SourceHints;
  options: CheckOptions;
}
export interface ParallelResult {
  ours: boolean;
  outcome: FileOutcome;
}

export interface AnalyzeRequest {
  type: 'analyze';
  files: { index: number; uri: string; text: string; hints: SourceHints }[];
}
export interface AnalyzedReply {
  type: 'analyzed';
  files: { index: number; ours: boolean; icbIds: string[]; icbs: IcbSummary[] }[];
}
export interface CheckRequest {
  type: 'check';
  /** The files this worker checks, and files of the same ICBs analysed by another worker. */
  files: { index: number; options: CheckOptions }[];
  extra: { index: number; uri: string; text: string; hints: SourceHints }[];
  /** The ICBs checked by other workers. */
  remote: IcbSummary[];
}
export interface CheckReply {
  type: 'checked';
  files: { index: number; outcome: FileOutcome }[];
}
export type WorkerMessage = AnalyzeRequest | CheckRequest;
type Reply = AnalyzedReply | CheckReply | { type: 'failed'; message: string };

const YOUNG_GENERATION_MB = 64;

/** Below this much text, starting threads costs more than it saves. */
const MIN_BYTES = 2_000_000;
const MIN_FILES = 16;

/**
 * How many threads to check these files on: `ICS_CHECK_WORKERS` if set (0 or 1: none), else one per
 * core for a large enough input, else none.
 */
export function workerCount(files: readonly { text: string }[], env: Record<string, string | undefined> = process.env): number {
  const forced = env.ICS_CHECK_WORKERS;
  if (forced !== undefined && forced !== '') {
    const n = Number(forced);
    return Number.isInteger(n) && n > 1 ? Math.min(n, files.length) : 0;
  }
  if (files.length < MIN_FILES) return 0;
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  if (bytes < MIN_BYTES) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores > 1 ? Math.min(cores, 8) : 0;
}

/** What the threads this module starts get as `workerData`, and what makes a script serve as one (worker.ts). */
export const WORKER_FLAG = 'ics-check-worker';

/** The worker's script: the API's bundle beside this one (see worker.ts), or the source run through tsx (tests). */
function workerScript(): { file: string; execArgv: string[] } | undefined {
  if (__filename.endsWith('.ts')) return { file: path.join(__dirname, 'worker.ts'), execArgv: ['--require', createRequire(__filename).resolve('tsx/cjs')] };
  const bundled = path.join(__dirname, 'api.js');
  return fs.existsSync(bundled) ? { file: bundled, execArgv: [] } : undefined;
}

class Thread {
  private readonly worker: Worker;
  private pending: { resolve: (r: Reply) => void; reject: (e: Error) => void } | undefined;

  constructor(script: { file: string; execArgv: string[] }) {
    // A young generation larger than V8's default: a worker allocates a whole share of the system's
    // YAML trees at once, and promoting them to the old generation piecemeal costs more than the room.
    this.worker = new Worker(script.file, { execArgv: script.execArgv, workerData: WORKER_FLAG, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.worker.on('message', (r: Reply) => {
      const p = this.pending;
      this.pending = undefined;
      if (r.type === 'failed') p?.reject(new Error(r.message));
      else p?.resolve(r);
    });
    this.worker.on('error', (e) => this.pending?.reject(e));
    this.worker.on('exit', (code) => this.pending?.reject(new Error(`a checking thread stopped (exit code ${code})`)));
  }

  ask<R extends Reply>(msg: WorkerMessage): Promise<R> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve: resolve as (r: Reply) => void, reject };
      this.worker.postMessage(msg);
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Checks files as one system on `count` threads. Returns undefined when threads cannot be started
 * here (no worker script next to this module): the caller checks on its own thread.
 */
export async function checkInParallel(files: readonly ParallelFile[], count: number): Promise<ParallelResult[] | undefined> {
  const script = workerScript();
  if (!script || count < 2) return undefined;
  const threads = Array.from({ length: count }, () => new Thread(script));
  try {
    // Phase 1: contiguous shards (files of one folder, usually one ICB, stay together), by size.
    const total = files.reduce((n, f) => n + f.text.length, 0);
    const shardOf: number[] = [];
    let acc = 0;
    files.forEach((f, i) => {
      shardOf[i] = Math.min(count - 1, Math.floor((acc * count) / Math.max(1, total)));
      acc += f.text.length;
    });
    const analysed = await Promise.all(
      threads.map((t, w) => t.ask<AnalyzedReply>({ type: 'analyze', files: files.flatMap((f, index) => (shardOf[index] === w ? [{ index, uri: f.uri, text: f.text, hints: f.hints }] : [])) })),
    );
    const info = new Array<AnalyzedReply['files'][number]>(files.length);
    for (const reply of analysed) for (const f of reply.files) info[f.index] = f;

    // The files of one ICB go to one thread: group by ICB id (union-find), each group to the thread holding most of it.
    const parent = files.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const firstWithId = new Map<string, number>();
    info.forEach((f, i) => {
      for (const id of f.icbIds) {
        const first = firstWithId.get(id);
        if (first === undefined) firstWithId.set(id, i);
        else parent[find(i)] = find(first);
      }
    });
    const groups = new Map<number, number[]>();
    files.forEach((_, i) => {
      const root = find(i);
      if (!groups.has(root)) groups.set(root, []);
      groups.get(root)!.push(i);
    });
    const assigned = new Array<number>(files.length);
    for (const members of groups.values()) {
      const bytes = new Array<number>(count).fill(0);
      for (const i of members) bytes[shardOf[i]] += files[i].text.length;
      const w = bytes.indexOf(Math.max(...bytes));
      for (const i of members) assigned[i] = w;
    }

    // Phase 2: each thread checks its ICBs' files, with the other threads' ICBs as summaries.
    const checked = await Promise.all(
      threads.map((t, w) =>
        t.ask<CheckReply>({
          type: 'check',
          files: files.flatMap((f, index) => (assigned[index] === w ? [{ index, options: f.options }] : [])),
          extra: files.flatMap((f, index) => (assigned[index] === w && shardOf[index] !== w ? [{ index, uri: f.uri, text: f.text, hints: f.hints }] : [])),
          remote: info.flatMap((f, index) => (assigned[index] !== w ? f.icbs : [])),
        }),
      ),
    );
    const outcomes = new Array<FileOutcome | undefined>(files.length);
    for (const reply of checked) for (const f of reply.files) outcomes[f.index] = f.outcome;
    return files.map((_, i): ParallelResult => ({ ours: info[i].ours, outcome: outcomes[i]! }));
  } finally {
    await Promise.all(threads.map((t) => t.stop()));
  }
}
