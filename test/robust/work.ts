import { spawn } from 'node:child_process';
import * as path from 'node:path';

/**
 * Counts the work the engine does on each text, without a clock: V8's precise coverage gives how many
 * times each function and block of the engine (and of the YAML parser) ran, and the sum is a
 * deterministic measure of work. "Linear" is then asserted by comparing the work on an input and on
 * one k times larger, with room to spare, on any machine and under any load.
 *
 * It runs in a fresh process, so that coverage starts before the engine is compiled (functions
 * compiled before it starts have incomplete counts).
 */
export interface WorkOptions {
  /** Only these rules (ids), instead of the catalogue. */
  rules?: string[];
  /** Parse before counting, so the rules' share shows. */
  rulesOnly?: boolean;
}

export function measureWork(texts: string[], options: WorkOptions = {}): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', require.resolve('tsx/cjs'), path.join(__dirname, 'work-child.ts')], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`work counter exited ${code}: ${err}`));
      resolve(JSON.parse(out) as number[]);
    });
    child.stdin.end(JSON.stringify({ texts, options }));
  });
}

/** The work on `make(scale)` over the work on `make(1)`. */
export async function workRatio(make: (scale: number) => string, scale: number, options: WorkOptions = {}): Promise<number> {
  const [small, large] = await measureWork([make(1), make(scale)], options);
  return large / small;
}
