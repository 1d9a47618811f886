import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, when the server is idle. While someone types, every check leaves
 * garbage (the previous text, its diagnostics as JSON), and V8 lets the heap — and so the
 * process's memory — grow well past what is live before it collects. A collection a moment after
 * the last check gives that memory back while nobody is waiting for the server.
 */
let collect: (() => void) | null | undefined;

/** The idle collection compacts a heap of up to this size. */
const COMPACT_BELOW_BYTES = 192 * 2 ** 20;

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
    // during a check are not slowed by it. Compacting copies what lives, so for a while the heap
    // needs room for both copies: a large heap (a 50,000-line file's) is collected without it.
    collect = () => {
      if (getHeapStatistics().total_heap_size > COMPACT_BELOW_BYTES) {
        gc();
        return;
      }
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
 * were a fifth of the process's memory after the first check of a file (measured with a cap of
 * 2 × 4 MB: 116 → 83 MB after opening a 1,000-line constitution, 143 → 107 MB at 10,000 lines).
 *
 * The cheap way is the command line (`--max-semi-space-size=4`, as the VS Code extension starts the
 * server): it costs no measurable CPU at 1,000, 10,000 or 50,000 lines. Started without it
 * (`ics-language-server --stdio` from another editor), the server stops the growth itself once the
 * young generation is `maxBytes`: V8 reads the growth factor at every growth, and a factor of 1 set
 * once the heap exists stops it (on the command line V8 raises a factor below 2 to 2). That costs
 * CPU the command line's cap does not — about 20 % more an edit at 10,000 lines and 50 % at 50,000,
 * measured; why, was not found — so it is used only while the open documents are small (real
 * constitutions are 300–2,000 lines), and growth is allowed again while a larger one is open.
 */
export class YoungGenerationCap {
  /** Whether the command line caps the young generation already. */
  private readonly fixed: boolean;
  private growing = true;

  constructor(
    private readonly maxBytes: number,
    /** Open documents above this size are checked with the young generation free to grow. */
    private readonly largeTextBytes: number,
    execArgv: readonly string[] = process.execArgv,
  ) {
    this.fixed = execArgv.some((a) => /^--max[-_]semi[-_]space[-_]size\b/.test(a));
  }

  /** Called after work that may have grown the young generation, with the size of the largest open text. */
  update(largestOpenText: number): void {
    if (this.fixed) return;
    if (largestOpenText > this.largeTextBytes) this.setGrowing(true);
    else if (this.growing) {
      const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
      if (young && young.space_size >= this.maxBytes) this.setGrowing(false);
    }
  }

  private setGrowing(growing: boolean): void {
    if (growing === this.growing) return;
    try {
      setFlagsFromString(`--semi-space-growth-factor=${growing ? 2 : 1}`);
      this.growing = growing;
    } catch {
      /* another engine: nothing to cap */
    }
  }
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
