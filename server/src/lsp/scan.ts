import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { isConfigFileName } from '../core/config';
import { DEFAULT_MAX_FILE_SIZE, ReadError, readSourceOrTooLarge } from '../core/read';
import { looksOurs, type SourceHints } from '../core/source';

export interface ScanOptions {
  /** Globs relative to the folder; a file must match one. */
  include: string[];
  /** Globs relative to the folder; a matching file or folder is skipped. */
  exclude: string[];
  /**
   * A last say on each file (the `.ics-check.yaml` files and ignore settings): false to skip it, or
   * whether the configuration's `files` name it and the size limit in force for it.
   */
  accept?: (filePath: string) => false | { claimed: boolean; maxBytes?: number };
  /** Stop after this many YAML files (a huge monorepo must not stall the editor). */
  maxFiles?: number;
  log?: (message: string) => void;
}

export interface ScannedFile {
  path: string;
  text: string;
  /** What reading the file found (encoding, size, claimed by the configuration). */
  hints: SourceHints;
}

/** A document of ours starts (or has, at the top level) a `kind:` key. */
const TOP_LEVEL_KIND = /^kind\s*:/m;

/**
 * Walks a folder for YAML files that may be ours: a top-level `kind:`, or anything that makes a
 * file look like one of ours (see `looksOurs`: its name, a `kind:` of ours anywhere, an `icb:` key,
 * the configuration's `files`), so that a broken one is reported rather than passed over. The
 * engine decides whether they really are. Reads are bounded (regular files, a size limit);
 * unreadable folders and files are skipped.
 */
export async function scanFolder(root: string, options: ScanOptions): Promise<ScannedFile[]> {
  const include = options.include.map((g) => picomatch(g, { dot: true }));
  const exclude = options.exclude.map((g) => picomatch(g, { dot: true }));
  const maxFiles = options.maxFiles ?? 5000;
  const out: ScannedFile[] = [];
  let yamlSeen = 0;
  // A folder is skipped when a file inside it would be (`**/node_modules/**` skips `node_modules`).
  const excluded = (rel: string, isDir: boolean) => exclude.some((m) => m(rel) || (isDir && m(`${rel}/-`)));
  const queue: string[] = [root];
  while (queue.length > 0) {
    const dir = queue.shift()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (excluded(rel, e.isDirectory())) continue;
      if (e.isDirectory()) {
        queue.push(full);
        continue;
      }
      // Symbolic links are not followed: the scan reads inside the workspace folder only.
      if (!e.isFile() || !/\.ya?ml$/i.test(e.name) || isConfigFileName(e.name)) continue;
      if (!include.some((m) => m(rel))) continue;
      if (++yamlSeen > maxFiles) {
        options.log?.(`Workspace scan stopped after ${maxFiles} YAML files in ${root}; open a file to check it.`);
        return out;
      }
      const accepted = options.accept ? options.accept(full) : { claimed: false };
      if (!accepted) continue;
      try {
        // Only regular files (a file swapped for a FIFO meanwhile is refused), at most the size limit.
        const { text, identity: _identity, ...hints } = readSourceOrTooLarge(full, accepted.maxBytes ?? DEFAULT_MAX_FILE_SIZE);
        if (accepted.claimed) hints.claimed = true;
        if ((!hints.unreadable && TOP_LEVEL_KIND.test(text)) || looksOurs(pathToFileURL(full).href, text, hints.claimed)) out.push({ path: full, text, hints });
      } catch (err) {
        if (!(err instanceof ReadError)) throw err;
        if (err.code === 'not-regular') options.log?.(`Skipped ${full}: ${err.reason}.`);
      }
    }
  }
  return out;
}
