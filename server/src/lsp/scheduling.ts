/**
 * How long the server waits after a keystroke before it checks a file. No fixed pause: the wait
 * follows what checking that file last cost, so a small constitution is checked almost at once and
 * a very large one is not re-checked for every character of a word typed quickly. A check that is
 * overtaken by a newer edit stops at its next step and publishes nothing (see `IcsServer`).
 */

/** The longest wait, for files whose check takes this long or longer. */
export const MAX_DEBOUNCE_MS = 200;
/** Checks cheaper than this start at once. */
export const INSTANT_BELOW_MS = 10;
/** Before a file was ever checked. */
const UNKNOWN_COST_MS = 50;

/** The wait before checking a file whose checks cost `costMs` (undefined: never measured). */
export function adaptiveDelay(costMs: number | undefined): number {
  const cost = costMs ?? UNKNOWN_COST_MS;
  if (cost < INSTANT_BELOW_MS) return 0;
  return Math.min(MAX_DEBOUNCE_MS, Math.round(cost));
}

/** A running estimate of what checking each file costs, from the last few checks. */
export class CheckCosts {
  private readonly costs = new Map<string, number>();

  record(key: string, ms: number): void {
    const previous = this.costs.get(key);
    // The newest check counts as much as all before it: an edit that makes a file much cheaper
    // (or dearer) to check changes the wait within a couple of checks.
    this.costs.set(key, previous === undefined ? ms : (previous + ms) / 2);
  }

  get(key: string): number | undefined {
    return this.costs.get(key);
  }

  forget(key: string): void {
    this.costs.delete(key);
  }
}
