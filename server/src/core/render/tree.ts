import type { Finding } from '../types';
import type { Loc } from '../model/spec';

/**
 * The document tree: what the renderers build from the model and findings, and what the HTML,
 * Markdown and Word writers write. One tree, three writers, so no sentence is written twice.
 * Every node may say where it comes from (`source`: a file and its 0-based lines), so a paragraph
 * traces back to its YAML, and findings are attached to the node whose lines hold them.
 */

/** Where a node comes from: a file and a span of its lines (0-based, inclusive). */
export interface Source {
  uri: string;
  line: number;
  endLine: number;
}

/** Running text. A string is plain text; the others are marked up. */
export type Inline =
  | string
  | { kind: 'strong' | 'em' | 'code'; text: string }
  /** A value still to be filled in (`TODO`, `TBC`): shown highlighted everywhere. */
  | { kind: 'placeholder'; text: string }
  /** A fact the document does not state: shown as a marked gap. */
  | { kind: 'missing'; text: string }
  | { kind: 'link'; text: string; href: string }
  /** A source or aside set under the text before it (a rule's citation in the checklist). */
  | { kind: 'cite'; text: string }
  /** A status badge (the checklist's passed / failed / waived / not applicable). */
  | { kind: 'status'; text: string; status: string };

export interface Paragraph {
  type: 'paragraph';
  content: Inline[];
  /** Numbered clause of the constitution (1.1, 1.2 …); the writers number them in order. */
  numbered?: boolean;
  /** Set by {@link numberTree}. */
  number?: string;
  /** A short label set in bold before the text ("Chair."). */
  label?: string;
  source?: Source;
  findings?: Finding[];
}

export interface ListBlock {
  type: 'list';
  items: { content: Inline[]; source?: Source; findings?: Finding[] }[];
}

export interface TableRow {
  cells: Inline[][];
  source?: Source;
  findings?: Finding[];
  /** A class for the row (the reviewer's report colours checklist rows by status). */
  tone?: string;
  /**
   * A row kept to one line (the checklist's passed rules): in HTML a cell that does not fit ends
   * in "…" and carries its whole text as a tooltip; Markdown and Word write it in full.
   */
  oneLine?: boolean;
  /** A row that heads the rows under it (the checklist's sections and "Passed: 12 rules resting on the law"): its one cell spans the table. */
  heading?: boolean;
}

export interface Table {
  type: 'table';
  caption?: string;
  header: string[];
  rows: TableRow[];
  /** Relative column widths (for Word and print), one per column. */
  widths?: number[];
  source?: Source;
  findings?: Finding[];
}

/** The governance structure: boxes and the lines between them (drawn as SVG, or written as an outline). */
export interface DiagramBox {
  id: string;
  label: string;
  /** A second line: the kind of body. */
  detail?: string;
  /** Further lines: with whom, for which functions, who exercises or oversees it (arrangements). */
  notes?: string[];
  kind: 'board' | 'committee' | 'sub-committee' | 'arrangement' | 'place' | 'partnership' | 'group';
  parent?: string;
  /** Other boxes this one also reports to (said in the box, and in the outline). */
  alsoTo?: string[];
  source?: Source;
  /** True when the box stands for a body that is named but not in the files checked. */
  absent?: boolean;
}

export interface Diagram {
  type: 'diagram';
  title: string;
  boxes: DiagramBox[];
  source?: Source;
  findings?: Finding[];
}

/** Findings shown as notes, where no better place holds them. */
export interface FindingsBlock {
  type: 'findings';
  findings: Finding[];
}

export type Block = Paragraph | ListBlock | Table | Diagram | FindingsBlock | Section;

export interface Section {
  type: 'section';
  /** 1 = a part of the document (numbered), 2 and 3 = headings inside it. */
  level: 1 | 2 | 3;
  title: string;
  /** A slug, unique in the document (for links and the navigation pane). */
  id: string;
  /** Set by {@link numberTree} for level-1 sections. */
  number?: string;
  blocks: Block[];
  source?: Source;
  findings?: Finding[];
}

export interface DocumentTree {
  title: string;
  /** Lines under the title (what the document is, its version). */
  subtitle: Inline[][];
  /** Findings that belong to the document as a whole (or to lines no node holds). */
  findings?: Finding[];
  sections: Section[];
}

export function source(uri: string, loc: Loc | undefined): Source | undefined {
  if (!loc) return undefined;
  const { start, end } = loc.range;
  // A block node ends at the start of the line after it: that line is not the node's.
  const endLine = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
  return { uri, line: start.line, endLine };
}

/** Numbers the level-1 sections (1, 2 …) and the numbered paragraphs inside each (1.1, 1.2 …). */
export function numberTree(tree: DocumentTree): void {
  let part = 0;
  for (const s of tree.sections) {
    if (s.level !== 1) continue;
    s.number = String(++part);
    let clause = 0;
    const walk = (blocks: Block[]) => {
      for (const b of blocks) {
        if (b.type === 'paragraph' && b.numbered) b.number = `${part}.${++clause}`;
        else if (b.type === 'section') walk(b.blocks);
      }
    };
    walk(s.blocks);
  }
}

type Holder = { source?: Source; findings?: Finding[] };

/**
 * Puts each finding on the smallest node whose lines hold the finding's first line (same file;
 * of nodes as small, the first in the document); findings no node holds go to the document.
 * Returns the tree for chaining.
 */
export function attachFindings(tree: DocumentTree, findings: readonly Finding[]): DocumentTree {
  const holders: Holder[] = [];
  const visit = (b: Block) => {
    if (b.type === 'findings') return;
    if (b.type === 'list') {
      for (const item of b.items) holders.push(item);
      return;
    }
    holders.push(b);
    if (b.type === 'table') for (const row of b.rows) holders.push(row);
    if (b.type === 'section') b.blocks.forEach(visit);
  };
  tree.sections.forEach(visit);
  for (const f of findings) {
    const line = f.range.start.line;
    let best: Holder | undefined;
    for (const h of holders) {
      const s = h.source;
      if (!s || s.uri !== f.uri || line < s.line || line > s.endLine) continue;
      // the smallest node holds it; of nodes as small, the first (a committee's finding stays under its
      // heading, not on the row of the quorum table in the standing orders that also traces to it)
      if (!best || s.endLine - s.line < best.source!.endLine - best.source!.line) best = h;
    }
    if (best) (best.findings ??= []).push(f);
    else (tree.findings ??= []).push(f);
  }
  return tree;
}

/** The plain text of running text. */
export function plain(content: readonly Inline[]): string {
  return content.map((i) => (typeof i === 'string' ? i : i.text)).join('');
}

/** A slug from a title, made unique against those already used. */
export function slugger(): (title: string) => string {
  const used = new Map<string, number>();
  return (title) => {
    const base = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    return n === 0 ? base : `${base}-${n + 1}`;
  };
}
