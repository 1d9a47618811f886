import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

export interface ScanOptions {
  /** Globs relative to the folder; a file must match one. */
  include: string[];
  /** Globs relative to the folder; a matching file or folder is skipped. */
  exclude: string[];
  /** A last say on each file (the `.ics-check.yaml` files and ignore settings). */
  accept?: (filePath: string) => boolean;
  /** Stop after this many YAML files (a huge monorepo must not stall the editor). */
  maxFiles?: number;
  /** Skip files larger than this (bytes). */
  maxBytes?: number;
  log?: (message: string) => void;
}

export interface ScannedFile {
  path: string;
  text: string;
}

/** A document of ours starts (or has, at the top level) a `kind:` key; anything else is not read further. */
const LOOKS_OURS = /^kind\s*:/m;

/**
 * Walks a folder for YAML files that may be ours. Only files with a top-level `kind:` are returned;
 * the engine decides whether they really are. Unreadable folders and files are skipped.
 */
export async function scanFolder(root: string, options: ScanOptions): Promise<ScannedFile[]> {
  const include = options.include.map((g) => picomatch(g, { dot: true }));
  const exclude = options.exclude.map((g) => picomatch(g, { dot: true }));
  const maxFiles = options.maxFiles ?? 5000;
  const maxBytes = options.maxBytes ?? 2_000_000;
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
      if (!e.isFile() || !/\.ya?ml$/i.test(e.name)) continue;
      if (!include.some((m) => m(rel))) continue;
      if (++yamlSeen > maxFiles) {
        options.log?.(`Workspace scan stopped after ${maxFiles} YAML files in ${root}; open a file to check it.`);
        return out;
      }
      if (options.accept && !options.accept(full)) continue;
      try {
        const stat = await fsp.stat(full);
        if (stat.size > maxBytes) continue;
        const text = await fsp.readFile(full, 'utf8');
        if (LOOKS_OURS.test(text)) out.push({ path: full, text });
      } catch {
        /* unreadable: skip */
      }
    }
  }
  return out;
}
