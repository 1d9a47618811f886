import { parseAllDocuments } from 'yaml';

/**
 * YAML syntax errors in plain words, one per slip.
 *
 * The parser reports what it could not read, where it gave up, in its own terms ("Nested mappings
 * are not allowed in compact mappings"), and one slip often gives several errors on the lines after
 * it. This module works out what the author most probably did — a tab, an unquoted colon in free
 * text, a line indented one space too far, a key given twice, a quote or bracket left open — by
 * trying the repair on a copy of the text and parsing again: a repair that lets the parser read
 * past the place it stopped is the slip. Each slip is reported once, with the fix, and the errors
 * it caused are not reported at all. What cannot be explained is reported once, in the parser's
 * words, and nothing after it (it would be guesswork).
 */

export type SlipKind = 'merge-conflict' | 'tab' | 'unquoted-colon' | 'indentation' | 'duplicate-key' | 'unclosed-quote' | 'unclosed-bracket' | 'stray-line' | 'other';

/** An edit by offsets into the original text. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface SyntaxSlip {
  kind: SlipKind;
  /** The parser's error code for `other`, else the kind. */
  code: string;
  message: string;
  /** Offsets into the original text. */
  start: number;
  end: number;
  fix?: { title: string; edits: OffsetEdit[] };
}

interface RawError {
  line: number;
  col: number;
  code: string;
  message: string;
}

/** Slips reported per file at most, and parses tried in all (a long file full of slips stays fast). */
const MAX_SLIPS = 25;
const MAX_PARSES = 80;

/** Finds the slips in a text the parser could not read. Returns nothing for a text it can read. */
export function diagnoseSyntax(text: string): SyntaxSlip[] {
  const original = new Lines(text);
  let work = original.lines.slice();
  // Documents of a stream are read on their own, so each is parsed again on its own after a repair.
  const segments = documentSegments(work);
  const errorsIn = (lines: string[], [from, to]: [number, number]) => errorsOf(lines.slice(from, to).join('\n')).map((e) => ({ ...e, line: e.line + from }));
  const perSegment = segments.map((seg) => errorsIn(work, seg));
  const slips: SyntaxSlip[] = [];
  const budget = { parses: MAX_PARSES };
  while (slips.length < MAX_SLIPS) {
    const errors = perSegment.flat();
    if (errors.length === 0) break;
    const found = budget.parses > 0 ? explain(original, work, errors, budget) : undefined;
    if (!found) {
      slips.push(unexplained(original, work, errors[0]));
      break;
    }
    slips.push(found.slip);
    work = found.work;
    const k = segments.findIndex(([from, to]) => from <= errors[0].line && errors[0].line < to);
    perSegment[k] = errorsIn(work, segments[k]);
  }
  return slips;
}

/** Lines `[from, to)` of each document of the stream, split at `---` lines. */
function documentSegments(lines: string[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    if (/^---(\s|$)/.test(lines[i]) && i > from) {
      out.push([from, i]);
      from = i;
    }
  }
  out.push([from, lines.length]);
  return out;
}

/** The text as lines, keeping each line's ending so offsets can be mapped back. */
class Lines {
  readonly lines: string[] = [];
  readonly endings: string[] = [];
  readonly starts: number[] = [];

  constructor(readonly text: string) {
    const re = /\r\n|\n|\r/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      this.starts.push(last);
      this.lines.push(text.slice(last, m.index));
      this.endings.push(m[0]);
      last = m.index + m[0].length;
    }
    this.starts.push(last);
    this.lines.push(text.slice(last));
    this.endings.push('');
  }

  join(lines: string[]): string {
    return lines.map((l, i) => l + this.endings[i]).join('');
  }

  offset(line: number, col: number): number {
    return this.starts[line] + Math.max(0, Math.min(col, this.lines[line].length));
  }
}

function errorsOf(text: string): RawError[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const out: RawError[] = [];
  for (const doc of parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true })) {
    for (const e of doc.errors) {
      const pos = Math.min(e.pos[0], text.length);
      // The line by binary search: a stray character can give thousands of errors.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      const line = lo;
      out.push({ line, col: pos - starts[line], code: e.code, message: firstSentence(e.message) });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.col - b.col);
}

function firstSentence(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

interface Found {
  slip: SyntaxSlip;
  work: string[];
}

/** Tries the likely slips for the first error, in order; the first repair that lets the parser past it wins. */
function explain(original: Lines, work: string[], errors: RawError[], budget: { parses: number }): Found | undefined {
  const first = errors[0];
  // A repair passes when the parser reads past the slip and the place it stopped. Only the top-level
  // blocks around them are parsed again: each top-level key's block reads the same on its own.
  const passes = (candidate: string[], slipLine: number) => {
    if (budget.parses-- <= 0) return false;
    const limit = Math.max(first.line, slipLine);
    const [from, to] = windowAround(candidate, Math.min(first.line, slipLine), limit);
    const after = errorsOf(candidate.slice(from, to).join('\n'));
    return after.every((e) => e.line + from > limit);
  };
  return (
    mergeConflict(original, work) ??
    tabSlip(original, work, first, passes) ??
    duplicateKey(original, work, first) ??
    unclosedQuote(original, work, first, passes) ??
    unclosedBracket(original, work, first, passes) ??
    unquotedColon(original, work, first, passes) ??
    strayLine(original, work, first, passes) ??
    indentationSlip(original, work, first, passes)
  );
}

type Passes = (candidate: string[], slipLine: number) => boolean;

/** Lines `[from, to)`: from the top-level key at or before `first` to the one after `last` (or a `---`). */
function windowAround(lines: string[], first: number, last: number): [number, number] {
  const top = (l: string) => /^[^\s#]/.test(l);
  let from = first;
  while (from > 0 && !top(lines[from])) from--;
  if (/^(---|\.\.\.)(\s|$)/.test(lines[from] ?? '')) from++;
  let to = last + 1;
  while (to < lines.length && !top(lines[to])) to++;
  return [from, to];
}

const leading = (line: string) => /^[ \t]*/.exec(line)![0];
const isContent = (line: string) => !/^\s*(#|$)/.test(line) && !/^(---|\.\.\.)(\s|$)/.test(line);

/** The key a line starts with (after any `- `), with its column; undefined for other lines. */
function keyOf(line: string): { key: string; col: number; valueCol: number } | undefined {
  const m = /^([ \t]*(?:-[ \t]+)*)((?:"[^"]*"|'[^']*'|[^\s#'"{[\]},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)):(?=[ \t]|$)[ \t]*/.exec(line);
  if (!m) return undefined;
  return { key: m[2].replace(/^["']|["']$/g, ''), col: m[1].length, valueCol: m[0].length };
}

/** Where a line's content starts, after indentation and `- ` markers (the column of its key). */
function keyColumn(line: string): number {
  return /^[ \t]*(?:-[ \t]+)*/.exec(line)![0].length;
}

/**
 * The columns a line could be indented to, from the lines before it: every column still open
 * (its parents, its siblings), and — after a line that opens a block — anything deeper.
 */
function openColumns(work: string[], lineNo: number): { columns: number[]; previous?: number; opensBlock: boolean } {
  let stack: number[] = [];
  let previous: number | undefined;
  let opensBlock = false;
  let scalarBlockIndent: number | undefined;
  for (let i = 0; i < lineNo; i++) {
    const line = work[i];
    if (/^---(\s|$)/.test(line)) {
      stack = [];
      previous = undefined;
      opensBlock = false;
      scalarBlockIndent = undefined;
      continue;
    }
    if (!isContent(line) || leading(line).includes('\t')) continue;
    const col = leading(line).length;
    if (scalarBlockIndent !== undefined) {
      if (col > scalarBlockIndent) continue;
      scalarBlockIndent = undefined;
    }
    while (stack.length > 0 && stack[stack.length - 1] > col) stack.pop();
    if (stack[stack.length - 1] !== col) stack.push(col);
    const inner = keyColumn(line);
    if (inner > col) stack.push(inner);
    previous = i;
    const body = line.replace(/\s+#.*$/, '').trimEnd();
    opensBlock = /:$/.test(body) || /^[ \t]*-$/.test(body);
    if (/:[ \t]*[|>][-+0-9]*$/.test(body)) scalarBlockIndent = inner;
  }
  return { columns: stack, previous, opensBlock };
}

/** Line `lineNo` moved to `column`; with `withBlock`, the lines under it (more indented) move with it. */
function reindent(work: string[], lineNo: number, column: number, withBlock = false): string[] {
  const out = work.slice();
  const from = leading(work[lineNo]).replace(/\t/g, '    ').length;
  const delta = column - from;
  out[lineNo] = ' '.repeat(column) + work[lineNo].slice(leading(work[lineNo]).length);
  if (!withBlock) return out;
  for (let i = lineNo + 1; i < work.length; i++) {
    if (!isContent(work[i])) continue;
    const ws = leading(work[i]);
    const col = ws.replace(/\t/g, '    ').length;
    if (col <= from) break;
    out[i] = ' '.repeat(Math.max(0, col + delta)) + work[i].slice(ws.length);
  }
  return out;
}

/** The ways to move a line: alone, and — when it opens a block — with the lines under it. */
function moves(work: string[], lineNo: number, column: number): string[][] {
  const body = work[lineNo].replace(/\s+#.*$/, '').trimEnd();
  const opens = /:$/.test(body) || /^[ \t]*-$/.test(body);
  return opens ? [reindent(work, lineNo, column, true), reindent(work, lineNo, column)] : [reindent(work, lineNo, column)];
}

/** Candidate columns for a line, the likeliest first: its previous line's, then the nearest open ones. */
function candidateColumns(work: string[], lineNo: number, current: number): number[] {
  const { columns, previous, opensBlock } = openColumns(work, lineNo);
  const prev = previous !== undefined ? work[previous] : undefined;
  const prevCols = prev !== undefined ? [keyColumn(prev), leading(prev).length] : [];
  const cands = new Set<number>();
  if (opensBlock && prev !== undefined) cands.add(keyColumn(prev) + 2);
  for (const c of prevCols) if (columns.includes(c)) cands.add(c);
  for (const c of [...columns].sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || b - a)) cands.add(c);
  return [...cands];
}

/** "`name` on line 4" for messages. */
function describeLine(work: string[], lineNo: number): string {
  const k = keyOf(work[lineNo]);
  return k ? `\`${k.key}:\` on line ${lineNo + 1}` : `line ${lineNo + 1}`;
}

/** Merge-conflict markers left in the file: one finding per conflict, wherever it is. */
function mergeConflict(original: Lines, work: string[]): Found | undefined {
  const start = work.findIndex((l) => /^<{7}( |$)/.test(l));
  if (start < 0) return undefined;
  const middle = work.findIndex((l, i) => i > start && /^={7}\s*$/.test(l));
  const end = work.findIndex((l, i) => i > Math.max(start, middle) && /^>{7}( |$)/.test(l));
  // For reading on: the first version, without the markers.
  const repaired = work.map((l, i) => (i === start || (middle >= 0 && i >= middle && (end < 0 || i <= end)) || i === end ? '' : l));
  const at = original.offset(start, 0);
  const lines = end >= 0 ? `Lines ${start + 1}–${end + 1} are` : `Line ${start + 1} is`;
  return {
    slip: {
      kind: 'merge-conflict',
      code: 'merge-conflict',
      message: `${lines} a merge conflict left in the file (the \`<<<<<<<\`, \`=======\` and \`>>>>>>>\` lines mark two versions of the same text): keep the version you want, and delete the other and the three marker lines.`,
      start: at,
      end: original.offset(start, original.lines[start].length),
    },
    work: repaired,
  };
}

/**
 * A line at the left margin that is not a key, a list item, a comment or a document marker — a
 * stray character or a note without `#` — at or before the place the parser stopped.
 */
function strayLine(original: Lines, work: string[], first: RawError, passes: Passes): Found | undefined {
  for (let i = Math.min(first.line, work.length - 1); i >= 0; i--) {
    const line = work[i];
    if (!isContent(line) || /^\s/.test(line) || /^(-( |$)|%|[[{"'!&*|>])/.test(line) || keyOf(line)) continue;
    const candidate = work.slice();
    candidate[i] = '# ' + line;
    if (!passes(candidate, i)) return undefined;
    const text = line.length > 40 ? line.slice(0, 40) + '…' : line;
    return {
      slip: {
        kind: 'stray-line',
        code: 'stray-line',
        message: `Line ${i + 1} (“${text}”) is not a key, a list item or a comment, so YAML cannot read the file from there. If it is a stray character, delete it; if it is a note, start it with \`# \`.`,
        start: original.offset(i, 0),
        end: original.offset(i, original.lines[i].length),
      },
      work: candidate,
    };
  }
  return undefined;
}

function tabSlip(original: Lines, work: string[], first: RawError, passes: Passes): Found | undefined {
  let lineNo = -1;
  for (let i = 0; i <= Math.min(first.line, work.length - 1); i++) {
    if (isContent(work[i]) && leading(work[i]).includes('\t')) {
      lineNo = i;
      break;
    }
  }
  if (lineNo < 0) return undefined;
  const ws = leading(work[lineNo]);
  const guess = ws.replace(/\t/g, '    ').length;
  const { previous } = openColumns(work, lineNo);
  let chosen: number | undefined;
  let repaired: string[] | undefined;
  search: for (const col of candidateColumns(work, lineNo, guess)) {
    for (const candidate of moves(work, lineNo, col)) {
      if (passes(candidate, lineNo)) {
        chosen = col;
        repaired = candidate;
        break search;
      }
    }
  }
  const col = chosen ?? (previous !== undefined ? leading(work[previous]).length : 0);
  const parent = chosen !== undefined ? parentOf(work, lineNo, col) : undefined;
  const lineUp =
    chosen !== undefined && previous !== undefined && keyColumn(work[previous]) === col
      ? `, to line up with ${describeLine(work, previous)}`
      : parent !== undefined
        ? `, so that it sits under ${describeLine(work, parent)}`
        : '';
  const start = original.offset(lineNo, 0);
  return {
    slip: {
      kind: 'tab',
      code: 'tab',
      message: `Line ${lineNo + 1} is indented with a tab. YAML allows only spaces for indentation: replace the tab with ${plural(col, 'space')}${lineUp}.`,
      start,
      end: start + ws.length,
      fix: { title: `Replace the tab with ${plural(col, 'space')}`, edits: repaired ? indentEdits(original, work, repaired) : [{ start, end: start + ws.length, newText: ' '.repeat(col) }] },
    },
    // Even when no column lets the parser through, go on as if the line were indented with spaces.
    work: repaired ?? reindent(work, lineNo, col),
  };
}

function duplicateKey(original: Lines, work: string[], first: RawError): Found | undefined {
  if (first.code !== 'DUPLICATE_KEY') return undefined;
  const line = work[first.line];
  const rest = line.slice(first.col);
  const m = /^(?:"([^"]*)"|'([^']*)'|([^:,{}[\]#]*?))\s*:/.exec(rest);
  if (!m) return undefined;
  const key = (m[1] ?? m[2] ?? m[3] ?? '').trim();
  const keyLen = m[0].replace(/\s*:$/, '').length;
  // The first occurrence: the nearest line above at the same column with the same key, inside the same block.
  let earlier: number | undefined;
  const col = first.col;
  for (let i = first.line - 1; i >= 0; i--) {
    if (!isContent(work[i])) continue;
    const k = keyOf(work[i]);
    const c = leading(work[i]).length;
    if (k && k.key === key && keyColumn(work[i]) === col) {
      earlier = i;
      break;
    }
    if (c < col && keyColumn(work[i]) < col) break;
  }
  if (earlier === undefined && line.slice(0, first.col).includes(`${key}:`)) earlier = first.line;
  const repaired = work.slice();
  repaired[first.line] = line.slice(0, first.col) + `${key}__second_${first.line}` + line.slice(first.col + keyLen);
  const start = original.offset(first.line, first.col);
  const where = earlier === undefined ? '' : earlier === first.line ? ' (earlier on the same line)' : ` (first on line ${earlier + 1})`;
  return {
    slip: {
      kind: 'duplicate-key',
      code: 'duplicate-key',
      message: `\`${key}\` is given twice in the same place${where}. A key can appear only once in a block: delete one of them, or merge what they say into one.`,
      start,
      end: start + keyLen,
    },
    work: repaired,
  };
}

/** Where a line's trailing comment starts (a `#` after a space, outside quotes), or its length. */
export function codeEnd(line: string): number {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = undefined;
      } else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s:,[{-]/.test(line[i - 1]))) quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return i;
  }
  return line.length;
}

function unclosedQuote(original: Lines, work: string[], first: RawError, passes: Passes): Found | undefined {
  if (!/quote/i.test(first.message) && first.code !== 'MISSING_CHAR') return undefined;
  for (let i = Math.min(first.line, work.length - 1); i >= Math.max(0, first.line - 60); i--) {
    const line = work[i];
    const k = keyOf(line);
    const valueStart = k ? k.valueCol : keyColumn(line);
    const q = line[valueStart];
    if (q !== '"' && q !== "'") continue;
    const body = line.slice(valueStart + 1);
    const closed = q === '"' ? /(^|[^\\])(\\\\)*"/.test(body) : /'(?!')/.test(body.replace(/''/g, ''));
    if (closed) continue;
    const end = line.trimEnd().length;
    const candidate = work.slice();
    candidate[i] = line.slice(0, end) + q + line.slice(end);
    if (!passes(candidate, i)) continue;
    const at = original.offset(i, valueStart);
    const endOffset = original.offset(i, end);
    return {
      slip: {
        kind: 'unclosed-quote',
        code: 'unclosed-quote',
        message: `The quotation mark (${q}) that opens the text on line ${i + 1} is never closed, so YAML reads the rest of the file as part of it: add a closing ${q} at the end of the text.`,
        start: at,
        end: at + 1,
        fix: { title: `Close the quotation mark on line ${i + 1}`, edits: [{ start: endOffset, end: endOffset, newText: q }] },
      },
      work: candidate,
    };
  }
  return undefined;
}

/** The brackets a line opens and does not close, outside quotes, innermost last. */
function openBrackets(line: string): { char: string; col: number }[] {
  const stack: { char: string; col: number }[] = [];
  const end = codeEnd(line);
  let quote: string | undefined;
  for (let i = 0; i < end; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s:,[{]/.test(line[i - 1]))) quote = c;
    else if (c === '{' || c === '[') stack.push({ char: c, col: i });
    else if ((c === '}' || c === ']') && stack.length > 0) stack.pop();
  }
  return stack;
}

function unclosedBracket(original: Lines, work: string[], first: RawError, passes: Passes): Found | undefined {
  for (let i = Math.min(first.line, work.length - 1); i >= Math.max(0, first.line - 3); i--) {
    const open = openBrackets(work[i]);
    if (open.length === 0) continue;
    const closers = open
      .map((o) => (o.char === '{' ? '}' : ']'))
      .reverse()
      .join('');
    const end = work[i].slice(0, codeEnd(work[i])).trimEnd().length;
    const candidate = work.slice();
    candidate[i] = work[i].slice(0, end) + closers + work[i].slice(end);
    if (!passes(candidate, i)) continue;
    const at = original.offset(i, open[0].col);
    const endOffset = original.offset(i, end);
    return {
      slip: {
        kind: 'unclosed-bracket',
        code: 'unclosed-bracket',
        message: `The \`${open[0].char}\` on line ${i + 1} is never closed: add \`${closers}\` at the end of the line.`,
        start: at,
        end: at + 1,
        fix: { title: `Add \`${closers}\` at the end of line ${i + 1}`, edits: [{ start: endOffset, end: endOffset, newText: closers }] },
      },
      work: candidate,
    };
  }
  return undefined;
}

/** Free text in double quotes, escaped. */
function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function unquotedColon(original: Lines, work: string[], first: RawError, passes: Passes): Found | undefined {
  for (const i of [first.line, first.line - 1, first.line + 1]) {
    if (i < 0 || i >= work.length || !isContent(work[i])) continue;
    const line = work[i];
    const end = line.slice(0, codeEnd(line)).trimEnd().length;
    // A block value: `key: text with: a colon`.
    const k = keyOf(line);
    const spots: { key: string; from: number; to: number }[] = [];
    if (k && k.valueCol < end && !/^["'{[|>&*!%@`]/.test(line[k.valueCol])) spots.push({ key: k.key, from: k.valueCol, to: end });
    // A value in a one-line flow map: `{name: Director: Public Health, role: chair}`.
    for (const m of line.matchAll(/([{,]\s*)([A-Za-z_][\w-]*):\s+([^,{}[\]"']*?)(?=\s*[,}])/g)) {
      const from = m.index! + m[1].length + m[2].length + m[0].slice(m[1].length + m[2].length).indexOf(m[3]);
      spots.push({ key: m[2], from, to: from + m[3].length });
    }
    for (const s of spots) {
      const value = line.slice(s.from, s.to);
      const colon = /:(\s|$)/.exec(value);
      if (!colon) continue;
      const candidate = work.slice();
      candidate[i] = line.slice(0, s.from) + quoted(value) + line.slice(s.to);
      if (!passes(candidate, i)) continue;
      const start = original.offset(i, s.from);
      // The words either side of the colon, as the author will recognise them.
      const around = (/\S*$/.exec(value.slice(0, colon.index))![0] + ': ' + /^\S*/.exec(value.slice(colon.index + 1).trimStart())![0]).trim();
      return {
        slip: {
          kind: 'unquoted-colon',
          code: 'unquoted-colon',
          message: `The text after \`${s.key}:\` contains a colon followed by a space (“${around}”), which YAML reads as the start of another key. Put the text in quotes: \`${s.key}: ${quoted(value)}\`.`,
          start,
          end: start + value.length,
          fix: { title: 'Put the text in quotes', edits: [{ start, end: start + value.length, newText: quoted(value) }] },
        },
        work: candidate,
      };
    }
  }
  return undefined;
}

function indentationSlip(original: Lines, work: string[], first: RawError, passes: Passes): Found | undefined {
  const order = [first.line + 1, first.line, first.line + 2, first.line - 1, first.line - 2];
  // Lines whose indentation matches no open block are the suspects; the parser usually stops near them.
  const suspects = order.filter((i) => {
    if (i <= 0 || i >= work.length || !isContent(work[i])) return false;
    const col = leading(work[i]).length;
    const { columns, previous, opensBlock } = openColumns(work, i);
    if (opensBlock && previous !== undefined && col > leading(work[previous]).length) return false;
    return !columns.includes(col);
  });
  for (const lineNo of suspects) {
    const col = leading(work[lineNo]).length;
    for (const target of candidateColumns(work, lineNo, col)) {
      if (target === col) continue;
      const candidate = moves(work, lineNo, target).find((c) => passes(c, lineNo));
      if (!candidate) continue;
      const { previous } = openColumns(work, lineNo);
      const sibling = previous !== undefined && keyColumn(work[previous]) === target ? ` so that it lines up with ${describeLine(work, previous)}` : '';
      const parent = !sibling ? parentOf(work, lineNo, target) : undefined;
      const start = original.offset(lineNo, 0);
      return {
        slip: {
          kind: 'indentation',
          code: 'indentation',
          message: `Line ${lineNo + 1} is indented by ${plural(col, 'space')}, which does not match the lines around it. Indent it by ${plural(target, 'space')}${sibling || (parent !== undefined ? ` so that it sits under ${describeLine(work, parent)}` : '')}.`,
          start,
          end: original.offset(lineNo, original.lines[lineNo].length),
          fix: { title: `Indent line ${lineNo + 1} by ${plural(target, 'space')}`, edits: indentEdits(original, work, candidate) },
        },
        work: candidate,
      };
    }
  }
  return undefined;
}

/** The edits to the original text that a re-indenting repair made (only leading spaces change). */
function indentEdits(original: Lines, before: string[], after: string[]): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  for (let i = 0; i < after.length; i++) {
    if (after[i] === before[i]) continue;
    const start = original.offset(i, 0);
    edits.push({ start, end: start + leading(original.lines[i]).length, newText: leading(after[i]) });
  }
  return edits;
}

/** The nearest line above that a line indented to `column` belongs under. */
function parentOf(work: string[], lineNo: number, column: number): number | undefined {
  for (let i = lineNo - 1; i >= 0; i--) {
    if (!isContent(work[i])) continue;
    if (keyColumn(work[i]) < column || leading(work[i]).length < column) return i;
  }
  return undefined;
}

const PLAIN: Record<string, string> = {
  BAD_INDENT: 'the indentation of this line does not match the lines around it',
  MISSING_CHAR: 'a character is missing here',
  BLOCK_AS_IMPLICIT_KEY: 'YAML cannot tell where the value before this point ends',
  MULTILINE_IMPLICIT_KEY: 'YAML cannot tell where the value before this point ends',
  UNEXPECTED_TOKEN: 'something here is out of place',
  BAD_SCALAR_START: 'this value starts with a character that needs quotes',
  BLOCK_IN_FLOW: 'a block appears inside `{ }` or `[ ]`',
};

function unexplained(original: Lines, work: string[], e: RawError): SyntaxSlip {
  const start = original.offset(e.line, e.col);
  const what = PLAIN[e.code];
  return {
    kind: 'other',
    code: e.code,
    message: `YAML cannot read the file from here: ${what ? `${what} (${lowerFirst(e.message)})` : lowerFirst(e.message)}. Check the indentation and punctuation of this line and the one before, and put text containing \`: \` or \` #\` in quotes. The rest of the document is checked once YAML can read it.`,
    start,
    end: start < original.offset(e.line, original.lines[e.line].length) ? start + 1 : start,
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
