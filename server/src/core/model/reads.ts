/**
 * Which top-level sections of a document's model are read, and by whom: the root of each model built
 * for incremental analysis answers its fields through getters that note the reads while a rule runs
 * (`tracking`). The rule cache (rules/cache.ts) re-uses a rule's findings while those sections are
 * unchanged. Views computed from a model once and shared (the board's composition) note, on every
 * use, the sections they were computed from.
 */

/** A read of everything: the rule's findings cannot be re-used after any edit. */
export const WHOLE = '*';
/** A read of the other documents: the rule's findings hold while they are the same. */
export const SYSTEM = '(system)';

let reads: Set<string> | undefined;

/** Notes a read of a section (or of the whole document) by the rule running now, if any. */
export function noteRead(key: string): void {
  reads?.add(key);
}

/** Runs `fn`, noting the sections it reads. */
export function tracking<T>(fn: () => T): { result: T; reads: Set<string> } {
  const outer = reads;
  const mine = new Set<string>();
  reads = mine;
  try {
    return { result: fn(), reads: mine };
  } finally {
    reads = outer;
    if (outer) for (const k of mine) outer.add(k);
  }
}

const RAW = new WeakMap<object, Map<string, unknown>>();

/**
 * Makes the fields of a document's root model note their reads. `fields` are all the fields the
 * spec knows: an absent one answers undefined (and is not enumerable), so reading that a section is
 * missing is a read of it too. Reading the root's own position or YAML node (`loc`) is a read of
 * the whole document.
 */
export function instrumentRoot(model: Record<string, unknown>, fields: readonly string[]): void {
  const raw = new Map<string, unknown>();
  for (const key of [...fields, 'loc']) {
    const present = Object.prototype.hasOwnProperty.call(model, key);
    const value = model[key];
    raw.set(key, value);
    const note = key === 'loc' ? WHOLE : key;
    Object.defineProperty(model, key, {
      get() {
        if (reads) reads.add(note);
        return value;
      },
      enumerable: present || key === 'loc',
      configurable: true,
    });
  }
  RAW.set(model, raw);
}

/** A root's section, as it is, without noting a read; undefined for a model that is not instrumented. */
export function rawSections(model: object): Map<string, unknown> | undefined {
  return RAW.get(model);
}

