import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

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

/**
 * Replaces a file's content atomically: writes a temporary file in the same folder with the
 * original's permissions, flushes it to disk, then renames it over the original. An interrupted
 * run leaves the original whole. `ICS_CHECK_TEST_PAUSE_BEFORE_RENAME=1` (tests only) stops between
 * the write and the rename, after saying so on stderr, so a test can kill the process there.
 */
export async function writeFileAtomic(filePath: string, text: string): Promise<void> {
  installSignalCleanup();
  const mode = fs.statSync(filePath).mode & 0o7777;
  const tmp = tempNameFor(filePath);
  pending.add(tmp);
  try {
    const fd = fs.openSync(tmp, 'wx', mode);
    try {
      fs.writeFileSync(fd, text, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (process.env.ICS_CHECK_TEST_PAUSE_BEFORE_RENAME === '1') {
      process.stderr.write(`ICS_CHECK_PAUSED ${tmp}\n`);
      await new Promise((resolve) => setTimeout(resolve, 3_600_000));
    }
    fs.renameSync(tmp, filePath);
  } catch (err) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // never created, or already renamed
    }
    throw err;
  } finally {
    pending.delete(tmp);
  }
}
