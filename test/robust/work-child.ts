// The child process of work.ts: reads {texts, options} on stdin, prints the work on each text.
import { Session } from 'node:inspector';

const session = new Session();
session.connect();
function post<T>(method: string, params: object = {}): T {
  let result: T | undefined;
  let error: Error | null = null;
  session.post(method, params, (e, r) => {
    error = e;
    result = r as T;
  });
  if (error) throw error;
  return result as T;
}
post('Profiler.enable');
post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

const COUNTED = /[\\/](server[\\/]src[\\/]core|node_modules[\\/]yaml)[\\/]/;
function take(): number {
  const { result } = post<{ result: { url: string; functions: { ranges: { count: number }[] }[] }[] }>('Profiler.takePreciseCoverage');
  let total = 0;
  for (const script of result) if (COUNTED.test(script.url)) for (const fn of script.functions) for (const r of fn.ranges) total += r.count;
  return total;
}

// Loaded after coverage started, so every function of the engine is counted.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { analyzeFile, checkFiles, ruleById } = require('../../server/src/core') as typeof import('../../server/src/core');

let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', () => {
  const { texts, options } = JSON.parse(input) as { texts: string[]; options: { rules?: string[]; rulesOnly?: boolean } };
  const rules = options.rules?.map((id) => ruleById(id)!);
  const uri = 'file:///work/constitution.yaml';
  const run = (text: string) => {
    const prepared = options.rulesOnly ? analyzeFile(uri, text) : undefined;
    take();
    checkFiles([prepared ?? analyzeFile(uri, text)], { today: '2026-01-15', ...(rules ? { rules } : {}) });
    return take();
  };
  if (texts.length > 0) run(texts[0]); // warm up: schema compilation
  process.stdout.write(JSON.stringify(texts.map(run)));
});
