import * as fs from 'node:fs';
import { decodeSource, type DecodedSource } from './source';

/**
 * Reading files from disk, bounded: only regular files, and at most a size limit. A configuration
 * that is a symbolic link to `/dev/zero`, a FIFO, or `/dev/stdin` must neither hang nor fill the
 * memory. The CLI, the API and the language server all read documents and configuration through here.
 */

/** The default size limit: a constitution is rarely a tenth of it. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** How much of a file over the limit is read, to tell whether it looks like one of ours. */
const HEAD_BYTES = 64 * 1024;

/** A file that cannot be read. `reason` is a phrase for messages: "it is a FIFO", "no such file". */
export class ReadError extends Error {
  constructor(
    readonly filePath: string,
    readonly reason: string,
    /** ENOENT, ENOTDIR, EACCES…, or `not-regular`, `too-large`. */
    readonly code: string,
    /** For `too-large`: the file's size, and its first bytes (to recognise it). */
    readonly size?: number,
    readonly head?: Buffer,
    readonly identity?: FileIdentity,
  ) {
    super(`cannot read ${filePath}: ${reason}`);
    this.name = 'ReadError';
  }
}

const O_NONBLOCK = (fs.constants as Record<string, number>).O_NONBLOCK ?? 0;

/**
 * The bytes of a regular file of at most `maxBytes`. Opens without blocking (a FIFO would block the
 * open itself), then checks what was opened (no race between a check and the open). Throws ReadError.
 */
export function readRegularFile(filePath: string, maxBytes = DEFAULT_MAX_FILE_SIZE): Buffer {
  return readRegularFileAndIdentity(filePath, maxBytes).bytes;
}

/** The file's device and inode, from the very descriptor that was read (so `--fix` can tell it is still the same file). */
export interface FileIdentity {
  dev: number;
  ino: number;
}

function readRegularFileAndIdentity(filePath: string, maxBytes: number): { bytes: Buffer; identity: FileIdentity } {
  let fd: number;
  try {
    fd = fs.openSync(filePath, fs.constants.O_RDONLY | O_NONBLOCK);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new ReadError(filePath, describeErrno(e), e.code ?? 'EIO');
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new ReadError(filePath, `it is not a regular file but ${kindOf(stat)}`, 'not-regular');
    const identity = { dev: stat.dev, ino: stat.ino };
    if (stat.size > maxBytes) throw tooLarge(filePath, stat.size, maxBytes, readHead(fd), identity);
    // The size can change while reading (or lie, as in /proc): read at most one byte past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    const buffer = Buffer.allocUnsafe(Math.min(Math.max(stat.size, 4096), maxBytes) + 1);
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(filePath, total, maxBytes, Buffer.concat([...chunks, buffer.subarray(0, n)]).subarray(0, HEAD_BYTES), identity);
      chunks.push(Buffer.from(buffer.subarray(0, n)));
    }
    return { bytes: Buffer.concat(chunks, total), identity };
  } catch (err) {
    if (err instanceof ReadError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new ReadError(filePath, describeErrno(e), e.code ?? 'EIO');
  } finally {
    fs.closeSync(fd);
  }
}

/** The text of a regular file, with what decoding found (see `decodeSource`) and its identity. Throws ReadError. */
export function readSource(filePath: string, maxBytes = DEFAULT_MAX_FILE_SIZE): DecodedSource & { identity: FileIdentity } {
  const { bytes, identity } = readRegularFileAndIdentity(filePath, maxBytes);
  return { ...decodeSource(bytes), identity };
}

/**
 * Like `readSource`, but a file over the limit becomes an unreadable source (its first bytes, for
 * recognising it, and the reason), so that it is an error when it looks like one of ours. Other
 * failures still throw ReadError.
 */
export function readSourceOrTooLarge(filePath: string, maxBytes = DEFAULT_MAX_FILE_SIZE): DecodedSource & { identity: FileIdentity } {
  try {
    return readSource(filePath, maxBytes);
  } catch (err) {
    if (!(err instanceof ReadError) || err.code !== 'too-large') throw err;
    const head = decodeSource(err.head ?? Buffer.alloc(0));
    const reason = `over the ${formatSize(maxBytes)} size limit`;
    return { text: head.text, unreadable: { message: `This file was not checked: ${err.reason}.`, offset: 0, reason }, identity: err.identity! };
  }
}

function readHead(fd: number): Buffer {
  const head = Buffer.alloc(HEAD_BYTES);
  const n = fs.readSync(fd, head, 0, HEAD_BYTES, 0);
  return head.subarray(0, n);
}

function tooLarge(filePath: string, size: number, maxBytes: number, head: Buffer, identity: FileIdentity): ReadError {
  return new ReadError(filePath, `it is ${formatSize(size)}${size > maxBytes + 1 ? '' : ' or more'}, over the ${formatSize(maxBytes)} limit (raise it with \`max_file_size\` in .ics-check.yaml, or --max-file-size)`, 'too-large', size, head, identity);
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}

export function describeErrno(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file',
    EISDIR: 'it is a folder',
    EIO: 'input/output error',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files',
    ENXIO: 'it is a socket or a device, not a file',
  };
  return (e.code && Object.hasOwn(words, e.code) ? words[e.code] : undefined) ?? e.code ?? e.message ?? String(err);
}

const UNITS: Record<string, number> = { b: 1, kb: 1024, kib: 1024, mb: 1024 ** 2, mib: 1024 ** 2, gb: 1024 ** 3, gib: 1024 ** 3 };

/** "10MB", "512 KB", "2.5 MB" or a number of bytes → bytes; undefined when it is not a size. */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?\s*$/i.exec(value);
  if (!m) return undefined;
  const bytes = Math.floor(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** 10485760 → "10 MB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
