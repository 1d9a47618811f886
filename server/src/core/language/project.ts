import { AnalysisCache, analyzeFile, type AnalyzedFile } from '../analyze';
import { buildSystem, checkFileInSystem, type EngineOptions } from '../engine';
import type { SystemView } from '../rules/framework';
import { text } from '../model/query';
import type { Finding } from '../types';
import type { SourceHints } from '../source';

function sameHints(a: SourceHints, b: SourceHints): boolean {
  return a.unreadable?.message === b.unreadable?.message && a.invalidUtf8?.offset === b.invalidUtf8?.offset && (a.claimed ?? false) === (b.claimed ?? false);
}

/**
 * The files the editor knows about — open documents and files found on disk — analysed once per
 * version and checked together as one system. Pure: no LSP, no file system; the language server
 * feeds it text. Every language feature (diagnostics, hover, rename across files) reads from here.
 */
export interface ProjectFile {
  uri: string;
  /** The editor's document version, or undefined for a file read from disk. */
  version: number | undefined;
  analyzed: AnalyzedFile;
}

export class Project {
  private readonly entries = new Map<string, ProjectFile>();
  /** For files open in the editor: what their next analysis can re-use (closed files keep none). */
  private readonly caches = new Map<string, AnalysisCache>();
  private systemCache: SystemView | undefined;

  /**
   * The analysed file for this text, re-using the previous analysis when the text (and what reading
   * it found: `hints`) is unchanged. A file with an editor version (open in the editor) is analysed
   * incrementally: an edit re-reads only the sections it touched.
   */
  update(uri: string, text: string, version?: number, hints: SourceHints = {}): { file: ProjectFile; changed: boolean } {
    const previous = this.entries.get(uri);
    if (previous && previous.analyzed.text === text && sameHints(previous.analyzed.hints, hints)) {
      if (previous.version !== version) previous.version = version;
      return { file: previous, changed: false };
    }
    let cache = this.caches.get(uri);
    if (version === undefined) this.caches.delete(uri);
    else if (!cache) this.caches.set(uri, (cache = new AnalysisCache()));
    const file: ProjectFile = { uri, version, analyzed: analyzeFile(uri, text, hints, version === undefined ? undefined : cache) };
    this.entries.set(uri, file);
    this.systemCache = undefined;
    return { file, changed: true };
  }

  remove(uri: string): ProjectFile | undefined {
    const previous = this.entries.get(uri);
    this.caches.delete(uri);
    if (previous) {
      this.entries.delete(uri);
      this.systemCache = undefined;
    }
    return previous;
  }

  get(uri: string): ProjectFile | undefined {
    return this.entries.get(uri);
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** Every file, ours or not. */
  all(): ProjectFile[] {
    return [...this.entries.values()];
  }

  /** Files with at least one document of ours. */
  ours(): ProjectFile[] {
    return this.all().filter((f) => f.analyzed.ours);
  }

  /** All our documents, as the cross-document rules see them. Rebuilt only after a change. */
  system(): SystemView {
    if (!this.systemCache) this.systemCache = buildSystem(this.ours().map((f) => f.analyzed));
    return this.systemCache;
  }

  /** Checks one file against the whole system. */
  check(uri: string, options: EngineOptions): Finding[] {
    const file = this.entries.get(uri);
    if (!file) return [];
    return checkFileInSystem(file.analyzed, this.system(), options, this.caches.get(uri)?.rules);
  }

  /** The ICB ids a file belongs to: its own `icb.id`, or the `icb:` a partnership or place file names. */
  icbIdsOf(uri: string): Set<string> {
    const file = this.entries.get(uri);
    return file ? icbIdsOfFile(file.analyzed) : new Set();
  }

  /** Other files that belong to any of these ICBs: they must be re-checked when one of them changes. */
  filesOfIcbs(ids: ReadonlySet<string>, except?: string): string[] {
    if (ids.size === 0) return [];
    const out: string[] = [];
    for (const f of this.ours()) {
      if (f.uri === except) continue;
      for (const id of icbIdsOfFile(f.analyzed)) {
        if (ids.has(id)) {
          out.push(f.uri);
          break;
        }
      }
    }
    return out;
  }
}

export function icbIdsOfFile(file: AnalyzedFile): Set<string> {
  const ids = new Set<string>();
  for (const d of file.documents) {
    const t = d.typed;
    if (!t) continue;
    const id = t.kind === 'icb-constitution' ? text(t.model.icb?.id) : text(t.model.icb);
    if (id) ids.add(id);
  }
  return ids;
}
