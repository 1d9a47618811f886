import { Session } from 'node:inspector';

/**
 * Counts the work a function does without a clock: V8's precise coverage gives how many times each
 * function and block ran. The sum over the engine's code (and the YAML parser's) is a deterministic
 * measure of work, so "linear" can be asserted by comparing the work on an input and on one k times
 * larger, with room to spare, on any machine and under any load.
 */
export class WorkMeter {
  private readonly session = new Session();

  constructor(private readonly include: RegExp = /[\\/](server[\\/]src[\\/]core|node_modules[\\/]yaml)[\\/]/) {
    this.session.connect();
    this.post('Profiler.enable');
    this.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  }

  private post<T>(method: string, params?: object): T {
    let result: T | undefined;
    let error: Error | null = null;
    // The in-process inspector answers synchronously.
    this.session.post(method, params ?? {}, (err, res) => {
      error = err;
      result = res as T;
    });
    if (error) throw error;
    return result as T;
  }

  /** The block executions of the included scripts while `fn` ran. */
  measure(fn: () => unknown): number {
    this.take();
    fn();
    return this.take();
  }

  private take(): number {
    const { result } = this.post<{ result: { url: string; functions: { ranges: { count: number }[] }[] }[] }>('Profiler.takePreciseCoverage');
    let total = 0;
    for (const script of result) {
      if (!this.include.test(script.url)) continue;
      for (const fn of script.functions) for (const r of fn.ranges) total += r.count;
    }
    return total;
  }

  dispose(): void {
    this.post('Profiler.stopPreciseCoverage');
    this.post('Profiler.disable');
    this.session.disconnect();
  }
}
