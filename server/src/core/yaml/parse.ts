import { isMap, isScalar, parseAllDocuments, YAMLParseError, type Document, type Node } from 'yaml';
import { LineIndex } from './lineIndex';
import { aliasOverflow } from './aliases';
import { DOCUMENT_KINDS, type DocumentKind, type Range, type TextEdit } from '../types';
import { diagnoseSyntax } from './syntax';

export interface SyntaxProblem {
  message: string;
  range: Range;
  code: string;
  /**
   * `error`: the YAML cannot be read as written, and the document is not checked further.
   * `warning`: it can (an unknown tag is ignored and its value read as written), and the rules run.
   */
  severity: 'error' | 'warning';
  /** The repair, when the slip is clear (quote the text, replace the tab, re-indent the line). */
  fix?: { title: string; edits: TextEdit[] };
}

export interface ParsedDocument {
  /** Position in the `---` stream, from 0. */
  index: number;
  yaml: Document.Parsed;
  /** The document's own kind, when it is one of ours. */
  kind?: DocumentKind;
  /** The value of `kind:` whatever it is, with its range, for "did you mean" messages. */
  declaredKind?: { value: string; range: Range };
  syntaxProblems: SyntaxProblem[];
  /** The whole document's range in the file. */
  range: Range;
  /** The document as plain data, when the parser already has it (see incremental.ts); else `yaml.toJS()`. */
  data?: unknown;
}

export interface ParsedFile {
  uri: string;
  text: string;
  lines: LineIndex;
  documents: ParsedDocument[];
}

/** How documents are parsed (a full parse and the incremental one alike). */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false } as const;

/** Parses a YAML stream. Never throws: problems come back as data. */
export function parseFile(uri: string, text: string): ParsedFile {
  const lines = new LineIndex(text);
  const documents: ParsedDocument[] = [];
  const stream = parseAllDocuments(text, PARSE_OPTIONS);
  const docs = Array.isArray(stream) ? stream : [];
  // One finding per slip, in plain words, with the errors it caused left out (see ./syntax).
  const slips = docs.some((d) => d.errors.length > 0) ? diagnoseSyntax(text) : [];
  // Without a `*` there is no alias, and no tree to walk for one.
  const mayHaveAliases = text.includes('*');
  docs.forEach((yaml, index) => {
    // An alias bomb is a YAML error of the document: nothing else reads it.
    const overflow = mayHaveAliases && yaml.errors.length === 0 ? aliasOverflow(yaml) : undefined;
    if (overflow) yaml.errors.push(new YAMLParseError(overflow.alias.range ? [overflow.alias.range[0], overflow.alias.range[1]] : [0, 1], 'RESOURCE_EXHAUSTION', tooManyAliases(overflow.budget)));
    const syntaxProblems: SyntaxProblem[] = [];
    // Warnings: the YAML reads, and this is how it is read (an unknown tag); one per line
    // (a set of the lines seen: one stray character can make thousands of them).
    const linesSeen = new Set<number>();
    for (const e of yaml.warnings) {
      const [start, end] = e.pos;
      const range = lines.range(start, Math.max(end, start + 1));
      if (linesSeen.has(range.start.line)) continue;
      linesSeen.add(range.start.line);
      syntaxProblems.push({ message: plainWarningMessage(e.code, e.message), code: e.code, range, severity: 'warning' });
    }
    // Errors: one per slip, in plain words, with the errors it caused left out (see ./syntax).
    if (yaml.errors.length > 0) {
      const from = yaml.range[0];
      const to = index + 1 < docs.length ? docs[index + 1].range[0] : Infinity;
      const before = syntaxProblems.length;
      for (const s of slips) {
        if (s.start < from || s.start >= to) continue;
        syntaxProblems.push({
          message: s.message,
          code: s.code,
          range: lines.range(s.start, s.end),
          severity: 'error',
          fix: s.fix && { title: s.fix.title, edits: s.fix.edits.map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText })) },
        });
      }
      if (syntaxProblems.length === before) {
        // An error the diagnosis did not place (too many aliases; a slip counted in another document of
        // the stream): said once, in the words it has.
        const e = yaml.errors[0];
        syntaxProblems.push({ message: plainSyntaxMessage(e.message), code: e.code, range: lines.range(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)), severity: 'error' });
      }
    }
    const [start, , end] = yaml.range;
    const declared = declaredKindOf(yaml.contents, lines);
    documents.push({ index, yaml, kind: kindOf(declared), declaredKind: declared, syntaxProblems, range: lines.range(start, end) });
  });
  return { uri, text, lines, documents };
}

/** The document's kind, when its `kind:` is one of ours. */
export function kindOf(declared: { value: string } | undefined): DocumentKind | undefined {
  return declared && (DOCUMENT_KINDS as readonly string[]).includes(declared.value) ? (declared.value as DocumentKind) : undefined;
}

export function declaredKindOf(root: Node | null, lines: LineIndex): { value: string; range: Range } | undefined {
  if (!isMap(root)) return undefined;
  for (const pair of root.items) {
    if (isScalar(pair.key) && pair.key.value === 'kind' && isScalar(pair.value) && pair.value.range) {
      const [s, e] = pair.value.range;
      return { value: String(pair.value.value), range: lines.range(s, e) };
    }
  }
  return undefined;
}

function tooManyAliases(budget: number): string {
  return `too many aliases: with every \`*alias\` expanded, this document would hold more than ${budget.toLocaleString('en-GB')} values (an "alias bomb"), so it is not read further. A constitution needs few aliases, if any: write the repeated parts out, or use fewer nested aliases.`;
}

/** yaml's messages include a code frame and offsets; keep the first sentence for people. */
function plainSyntaxMessage(message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
  return `YAML syntax: ${first}`;
}

/** What a warning means for the reader: the YAML is read, and this is how. */
function plainWarningMessage(code: string, message: string): string {
  const tag = /^Unresolved tag: (.*)$/.exec(message.split('\n')[0]);
  if (code === 'TAG_RESOLVE_FAILED' && tag) return `YAML: the tag \`${tag[1]}\` is not one this checker knows; it is ignored and the value is read as written.`;
  if (code === 'BAD_COLLECTION_TYPE') return `YAML: ${message.split('\n')[0]}; the tag is ignored and the collection is read as written.`;
  return `YAML: ${message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`;
}

/** True when a file holds at least one document of ours (or one whose kind looks like a typo of ours). */
export function isOurs(file: ParsedFile): boolean {
  return file.documents.some((d) => d.kind !== undefined || (d.declaredKind !== undefined && nearestKind(d.declaredKind.value) !== undefined));
}

/** The kind a misspelt `kind:` most likely meant, if any is close enough. */
export function nearestKind(value: string): DocumentKind | undefined {
  const best = nearest(value.toLowerCase(), DOCUMENT_KINDS);
  return best && best.distance <= 3 ? (best.value as DocumentKind) : undefined;
}

/** The candidate with the smallest edit distance to `word` (the first of equals), for "did you mean". */
export function nearest(word: string, candidates: Iterable<string>): { value: string; distance: number } | undefined {
  let best: { value: string; distance: number } | undefined;
  for (const c of candidates) {
    const distance = editDistance(word, c);
    if (!best || distance < best.distance) best = { value: c, distance };
  }
  return best;
}

/** Damerau-Levenshtein (optimal string alignment) distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
