import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { isConfigFileName } from '../core/config';
import { describeErrno } from '../core/read';

/** A problem with the inputs themselves (a missing file, a glob that matches nothing): exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface FoundFile {
  /** Absolute path. */
  filePath: string;
  /** Named on the command line (checked whatever its extension; `files` globs do not apply). */
  explicit: boolean;
  /** The inputs (files, folders or globs, as given) that found it. */
  inputs?: string[];
}

export interface ExpandOptions {
  /** A glob that matches nothing is left out instead of being an error (`--no-error-on-unmatched-pattern`). */
  allowUnmatched?: boolean;
}

/** The hint added to every "nothing to check" error. */
export const UNMATCHED_HINT = '(--no-error-on-unmatched-pattern allows this)';

const YAML_FILE = /\.ya?ml$/i;

/** Folders never walked into: dependencies and dot-folders (`.git`, `.github`, …). */
export function skipFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

export function isGlob(input: string): boolean {
  return picomatch.scan(input).isGlob;
}

/**
 * Expands files, folders and globs into YAML files, sorted and without duplicates. Folders are
 * walked for `*.yaml`/`*.yml`, skipping node_modules, dot-folders and `.ics-check.yaml` itself.
 * A path that does not exist, or a glob that matches nothing, is an `InputError`.
 */
export function expandInputs(inputs: readonly string[], cwd: string, options: ExpandOptions = {}): FoundFile[] {
  const found = new Map<string, FoundFile>();
  let input = '';
  const add = (filePath: string, explicit: boolean) => {
    const existing = found.get(filePath);
    if (!existing) found.set(filePath, { filePath, explicit, inputs: [input] });
    else {
      existing.explicit ||= explicit;
      if (!existing.inputs?.includes(input)) existing.inputs?.push(input);
    }
  };
  for (input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new InputError(`cannot read ${input}: ${describeErrno(err)}`);
    }
    if (stat?.isDirectory()) {
      for (const f of walk(abs)) add(f, false);
    } else if (stat?.isFile()) {
      add(abs, true);
    } else if (stat) {
      throw new InputError(`${input} is not a regular file or folder`);
    } else if (isGlob(input)) {
      const matches = expandGlob(input, cwd);
      if (matches.length === 0 && !options.allowUnmatched) throw new InputError(`no files match the pattern "${input}" ${UNMATCHED_HINT}`);
      for (const f of matches) add(f, false);
    } else {
      throw new InputError(`no such file or folder: ${input}`);
    }
  }
  return [...found.values()].sort((a, b) => a.filePath.localeCompare(b.filePath));
}

/** Every YAML file under a folder (not following symbolic links to folders, so no loops). */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (err) {
      throw new InputError(`cannot read the folder ${d}: ${describeErrno(err)}`);
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!skipFolder(e.name)) visit(full);
      } else if ((e.isFile() || e.isSymbolicLink()) && YAML_FILE.test(e.name) && !isConfigFileName(e.name)) {
        out.push(full);
      }
    }
  };
  visit(dir);
  return out;
}

/** Files matching a glob (relative to cwd, or absolute), walking from the glob's static base. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = pattern.split(path.sep).join('/');
  const scan = picomatch.scan(normalized);
  const base = path.resolve(cwd, scan.base || '.');
  if (!fs.existsSync(base) || !fs.statSync(base).isDirectory()) return [];
  const isMatch = picomatch(scan.glob, { dot: false });
  return walk(base).filter((f) => isMatch(path.relative(base, f).split(path.sep).join('/')));
}

export { describeErrno } from '../core/read';
