import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
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
    const gc = runInNewContext('gc') as () => void;
    // A full collection frees what is dead but leaves the old generation's pages where they are:
    // after a check, most pages hold a little that lives and much that is free, and every one of them
    // stays in the process's memory (old space 45 MB committed for 12 MB live after opening and
    // closing 50 documents). Compacting moves what lives onto few pages and gives the rest back.
    // V8 reads this flag at each full collection; it is set for the idle one only, so collections
    // during a check are not slowed by it.
    collect = () => {
      setFlagsFromString('--compact-on-every-full-gc');
      try {
        gc();
      } finally {
        setFlagsFromString('--no-compact-on-every-full-gc');
      }
    };
  } catch {
    collect = null;
  }
  return collect;
}

/**
 * Caps V8's young generation. It starts at 1 MB a semi-space and, while a check allocates fast,
 * doubles up to 16 MB a semi-space — and never gives that back: in the language server the 2 × 16 MB
 * were a fifth of the process's memory after the first check of a file (measured: 107 → 82 MB after
 * opening a 1,000-line constitution, 131 → 108 MB at 10,000 lines, with a cap of 8 MB).
 *
 * The cheap way is the command line (`--max-semi-space-size=4`, as the VS Code extension starts the
 * server): an edit of a 10,000-line file then costs about 5 % more CPU. Started without it (`ics-language-server
 * --stdio` from another editor), the server stops the growth itself once the young generation is
 * `maxBytes` (V8 reads the growth factor at every growth; only a factor set once the heap exists
 * has this effect, as V8 raises one below 2 given on the command line) — the same memory, but about
 * 30 % more CPU an edit at 10,000 lines, measured; why V8 spends it is not known.
 */
export class YoungGenerationCap {
  private capped: boolean;

  constructor(
    private readonly maxBytes: number,
    execArgv: readonly string[] = process.execArgv,
  ) {
    this.capped = execArgv.some((a) => /^--max[-_]semi[-_]space[-_]size\b/.test(a));
  }

  /** Called after work that may have grown the young generation. */
  update(): void {
    if (this.capped) return;
    const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (!young || young.space_size < this.maxBytes) return;
    try {
      setFlagsFromString('--semi-space-growth-factor=1');
    } catch {
      /* another engine: nothing to cap */
    }
    this.capped = true;
  }
}

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;

  /** `busy`: whether work is pending or under way (a check waiting for its turn, or half done). */
  constructor(
    private readonly delayMs: number,
    private readonly busy: () => boolean,
    private readonly young?: YoungGenerationCap,
  ) {}

  /** Something was done: collect once nothing more happens for a moment. */
  touch(): void {
    this.young?.update();
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
