import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileIdentity } from '../core/read';
import type { DecodedSource } from '../core/source';

/** Temporary files of writes in progress, removed if the process is interrupted (SIGINT, SIGTERM). */
const pending = new Set<string>();
let handlersInstalled = false;

function installSignalCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      for (const tmp of pending) {
        try {
          fs.unlinkSync(tmp);
        } catch {
          // already gone
        }
      }
      process.exit(code);
    });
  }
}

/**
 * The name of the temporary file: in the same folder (so the rename is atomic), hidden, and not
 * ending in .yaml/.yml, so if the process is killed outright it is never mistaken for a document.
 */
export function tempNameFor(filePath: string): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.ics-check-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
}

/** Which file was read: a save by rename (most editors) gives the name a new inode. */
export type { FileIdentity } from '../core/read';

/** Why a file was not written. The message says what to do. */
export class FixRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FixRefused';
  }
}

export interface ReplaceOptions {
  /** Called after the new text is on disk beside the file and before it replaces it (tests). */
  beforeCommit?: (tmp: string) => void | Promise<void>;
}

/**
 * Why `--fix` must not rewrite a file, when it must not: its bytes did not decode losslessly as
 * UTF-8 (Node's decoder turns such bytes into U+FFFD, so writing the text back would change them).
 * `source` is what the bounded reader (core/read.ts) found.
 */
export function writeBackProblem(source: DecodedSource): string | undefined {
  if (source.unreadable) return `it could not be read as UTF-8 text (${source.unreadable.reason}), so there is nothing to write back`;
  if (!source.invalidUtf8) return undefined;
  const before = source.text.slice(0, source.invalidUtf8.offset);
  const line = before.split('\n').length;
  const column = before.length - (before.lastIndexOf('\n') + 1) + 1;
  return `it is not valid UTF-8 (byte 0x${source.invalidUtf8.byte.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, column ${column}), so writing it back would change more than the fixes; save it as UTF-8 and run --fix again`;
}

/**
 * Replaces the content of a file that was read as `expected`, without losing anything:
 * - a symbolic link is followed: its target is written and the link stays;
 * - a read-only file is refused;
 * - the new text is written beside the target with the target's mode (and owner, where allowed),
 *   flushed, and then — after checking that the file is still the one read (same inode) with the
 *   same content, so a save made meanwhile is never overwritten — renamed over it;
 * - a file with more than one hard link is written in place instead (a rename would split the
 *   links), after a hidden copy of the original is flushed to disk; the copy is removed afterwards.
 * Throws `FixRefused` (nothing written) or a file-system error (the original left whole).
 */
export async function replaceFileContent(filePath: string, expected: string, text: string, identity?: FileIdentity, options: ReplaceOptions = {}): Promise<void> {
  installSignalCleanup();
  const target = fs.realpathSync(filePath);
  const stat = fs.statSync(target);
  if (!stat.isFile()) throw new FixRefused('it is not a regular file');
  if (isReadOnly(target, stat)) throw new FixRefused(READ_ONLY);
  const expectedBytes = Buffer.from(expected, 'utf8');
  const assertUnchanged = () => {
    let now: fs.Stats;
    let bytes: Buffer;
    try {
      now = fs.statSync(target);
      bytes = fs.readFileSync(target);
    } catch {
      throw new FixRefused('it was moved or deleted since it was read; nothing was written');
    }
    if (identity && (now.dev !== identity.dev || now.ino !== identity.ino)) throw new FixRefused('it was replaced on disk since it was read (saved meanwhile?), so it was not overwritten; run --fix again');
    if (!bytes.equals(expectedBytes)) throw new FixRefused('it changed on disk since it was read (saved meanwhile?), so it was not overwritten; run --fix again');
  };
  assertUnchanged();
  if (stat.nlink > 1) await writeInPlace(target, stat, text, assertUnchanged, options);
  else await writeByRename(target, stat, text, assertUnchanged, options);
}

const READ_ONLY = 'it is read-only, and --fix respects that; make it writable to fix it';

/** Why `--fix` would refuse to write a file before even reading it again (read-only), if it would. */
export function writeRefusal(filePath: string): string | undefined {
  try {
    const target = fs.realpathSync(filePath);
    return isReadOnly(target, fs.statSync(target)) ? READ_ONLY : undefined;
  } catch {
    return undefined;
  }
}

function isReadOnly(target: string, stat: fs.Stats): boolean {
  // Root may write anything: the mode is what says "do not change this file".
  if ((stat.mode & 0o222) === 0) return true;
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** A complete copy of `bytes` in a new hidden file beside `target`, with its mode and owner, flushed. */
function writeTemp(target: string, stat: fs.Stats, bytes: Buffer): string {
  const tmp = tempNameFor(target);
  pending.add(tmp);
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, bytes);
    // The umask applies to open(); set the mode (and owner, when allowed) explicitly.
    try {
      fs.fchownSync(fd, stat.uid, stat.gid);
    } catch {
      // not ours to give away: the file keeps our ownership, its mode is still the original's
    }
    fs.fchmodSync(fd, stat.mode & 0o7777);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return tmp;
}

function removeTemp(tmp: string): void {
  try {
    fs.unlinkSync(tmp);
  } catch {
    // never created, or already renamed
  }
  pending.delete(tmp);
}

async function pauseForTests(tmp: string, options: ReplaceOptions): Promise<void> {
  await options.beforeCommit?.(tmp);
  if (process.env.ICS_CHECK_TEST_PAUSE_BEFORE_RENAME === '1') {
    // Tests stop here to kill the process, or change the file and send SIGUSR2 to carry on (the
    // handler is in place before the test is told, so the signal never finds the default action).
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 3_600_000);
      process.once('SIGUSR2', () => {
        clearTimeout(timer);
        resolve();
      });
      process.stderr.write(`ICS_CHECK_PAUSED ${tmp}\n`);
    });
  }
}

async function writeByRename(target: string, stat: fs.Stats, text: string, assertUnchanged: () => void, options: ReplaceOptions): Promise<void> {
  let tmp: string | undefined;
  try {
    tmp = writeTemp(target, stat, Buffer.from(text, 'utf8'));
    await pauseForTests(tmp, options);
    assertUnchanged();
    fs.renameSync(tmp, target);
    pending.delete(tmp);
  } finally {
    if (tmp && pending.has(tmp)) removeTemp(tmp);
  }
}

async function writeInPlace(target: string, stat: fs.Stats, text: string, assertUnchanged: () => void, options: ReplaceOptions): Promise<void> {
  const original = fs.readFileSync(target);
  const backup = writeTemp(target, stat, original);
  try {
    await pauseForTests(backup, options);
    assertUnchanged();
    const bytes = Buffer.from(text, 'utf8');
    const fd = fs.openSync(target, 'r+');
    try {
      try {
        fs.writeSync(fd, bytes, 0, bytes.length, 0);
        fs.ftruncateSync(fd, bytes.length);
        fs.fsyncSync(fd);
      } catch (err) {
        // Put the original back; if even that fails, the backup stays for the person to recover.
        try {
          fs.writeSync(fd, original, 0, original.length, 0);
          fs.ftruncateSync(fd, original.length);
          fs.fsyncSync(fd);
        } catch {
          pending.delete(backup);
          throw new Error(`${(err as Error).message}; the original is kept in ${backup}`);
        }
        throw err;
      }
    } finally {
      fs.closeSync(fd);
    }
  } finally {
    if (pending.has(backup)) removeTemp(backup);
  }
}
