/**
 * A worker of a parallel CLI run (see parallel.ts): analyses the files it is given, says which ICBs
 * each belongs to, then checks the files of the ICBs it is assigned, with the other ICBs as summaries.
 *
 * The bundled package has no script of its own for it: `dist/api.js`, which holds the whole engine
 * anyway, is the worker's script (api.ts imports this module), and it serves only in a thread started
 * with `workerData` WORKER_FLAG — loading the API anywhere else does nothing here.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyzeFile, type AnalyzedFile } from '../core/analyze';
import { buildSystem } from '../core/engine';
import { checkFileOutcomes } from '../core/outcomes';
import { icbIdsOfFile } from '../core/language/project';
import { documentOrder, remoteIcbDoc, summarizeIcb } from '../core/remote';
import { WORKER_FLAG, type AnalyzeRequest, type AnalyzedReply, type CheckReply, type CheckRequest, type WorkerMessage } from './parallel';

const files = new Map<number, AnalyzedFile>();

function analyze(req: AnalyzeRequest): AnalyzedReply {
  return {
    type: 'analyzed',
    files: req.files.map((f) => {
      const a = analyzeFile(f.uri, f.text, f.hints);
      files.set(f.index, a);
      const icbs = a.ours ? a.documents.flatMap((d) => (d.typed?.kind === 'icb-constitution' ? [summarizeIcb(f.uri, d.typed.model, documentOrder(f.index, d.index))] : [])) : [];
      return { index: f.index, ours: a.ours, icbIds: a.ours ? [...icbIdsOfFile(a)] : [], icbs };
    }),
  };
}

function check(req: CheckRequest): CheckReply {
  for (const f of req.extra) files.set(f.index, analyzeFile(f.uri, f.text, f.hints));
  const mine = req.files.map((f) => ({ ...f, analyzed: files.get(f.index)! }));
  files.clear(); // what this worker does not check is checked elsewhere
  const ours = mine.filter((f) => f.analyzed.ours);
  const remote = req.remote.map((s) => ({ doc: remoteIcbDoc(s), order: s.order }));
  const system = buildSystem(
    ours.map((f) => f.analyzed),
    remote.map((r) => r.doc),
  );
  // Every ICB in the order of the files, as on one thread (findings list them in that order).
  const order = new Map<unknown, number>(remote.map((r) => [r.doc, r.order]));
  const fileIndex = new Map(ours.map((f) => [f.analyzed.uri, f.index]));
  for (const d of system.icbs) if (!d.remote) order.set(d, documentOrder(fileIndex.get(d.uri)!, d.document.index));
  system.icbs.sort((a, b) => order.get(a)! - order.get(b)!);
  return { type: 'checked', files: mine.map((f) => ({ index: f.index, outcome: checkFileOutcomes(f.analyzed, system, f.options) })) };
}

if (!isMainThread && workerData === WORKER_FLAG) parentPort?.on('message', (msg: WorkerMessage) => {
  try {
    parentPort!.postMessage(msg.type === 'analyze' ? analyze(msg) : check(msg));
  } catch (err) {
    parentPort!.postMessage({ type: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
