import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, when the server is idle. While someone types, every check leaves
 * garbage (the previous text, its diagnostics as JSON), and V8 lets the heap — and so the
 * process's memory — grow well past what is live before it collects. A collection a moment after
 * the last check gives that memory back while nobody is waiting for the server.
 */
let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  } catch {
    collect = null;
  }
  return collect;
}

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;

  /** `busy`: whether work is pending or under way (a check waiting for its turn, or half done). */
  constructor(
    private readonly delayMs: number,
    private readonly busy: () => boolean,
  ) {}

  /** Something was done: collect once nothing more happens for a moment. */
  touch(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // Never in the middle of work: a full collection of a large heap takes a while.
      if (this.busy()) this.touch();
      else collector()?.();
    }, this.delayMs);
    this.timer.unref();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
