import type { List, Loc, Scalar } from '../model/spec';
import { personOrPost, type Composition, type Holder, type BoardPosition as Position } from '../model/composition';
import { isPlaceholder, items, text } from '../model/query';
import { slugger, source, type Block, type Inline, type ListBlock, type Paragraph, type Section, type Source, type Table } from './tree';
import { capitalise, word, type Vocabulary } from './words';

/**
 * The pieces sentences are built from, shared by every part of the rendered constitution
 * (constitution.ts, and the parts beyond the board in beyond.ts): values marked as placeholders or
 * as not stated, people and posts, links, and the builder that gives each node its YAML lines.
 */


export type S = Scalar<string> | Scalar<number> | undefined;

/** A value as running text: marked when it is a placeholder, marked as missing when absent (if `missing` is given). */
export function val(s: S, missing?: string, vocabulary?: Vocabulary): Inline[] {
  const t = text(s as Scalar<unknown> | undefined);
  if (t === undefined) return missing ? [{ kind: 'missing', text: missing }] : [];
  if (isPlaceholder(t)) return [{ kind: 'placeholder', text: t }];
  return [vocabulary ? word(vocabulary, t) : t];
}

export function has(s: S): boolean {
  return text(s as Scalar<unknown> | undefined) !== undefined;
}

/** Free text from the YAML in the middle of a sentence: a leading article in lower case ("A non-executive member …" → "a non-executive member …"). */
export function midSentence(content: Inline[]): Inline[] {
  return content.map((x, i) => (i === 0 && typeof x === 'string' ? x.replace(/^(The|A|An) /, (w) => w.toLowerCase()) : x));
}

/** The full stop after free text from the YAML, unless the text ends its sentence already. */
export function stop(s: S): string {
  const t = text(s as Scalar<unknown> | undefined)?.trim();
  return t !== undefined && /[.!?]["”’)]?$/.test(t) ? '' : '.';
}

/** Someone in running text: a name (with their organisation), or a post as "the Director of Place, Example ICB". */
export function named(p: { name?: Scalar<string>; title?: Scalar<string>; organisation?: Scalar<string> } | undefined, missing = 'not named'): Inline[] {
  const who = personOrPost(p);
  if (!who) return [{ kind: 'missing', text: missing }];
  if (isPlaceholder(who)) return [{ kind: 'placeholder', text: who }];
  if (!has(p?.name)) return [/^(the|a|an) /i.test(who) ? who : `the ${who}`];
  return run(who, has(p?.organisation) ? [' (', ...val(p!.organisation), ')'] : []);
}

/** Running text from pieces, dropping empty ones. */
export function run(...parts: (Inline | Inline[] | undefined | false)[]): Inline[] {
  const out: Inline[] = [];
  for (const p of parts) {
    if (p === undefined || p === false) continue;
    if (Array.isArray(p)) out.push(...p);
    else out.push(p);
  }
  return out;
}

/** A list of values joined with commas and "and", each marked as a placeholder where it is one. */
export function listOf(list: List<Scalar<string>> | undefined, vocabulary?: Vocabulary): Inline[] {
  const parts = items(list).map((s) => val(s, undefined, vocabulary));
  const out: Inline[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(i === parts.length - 1 ? ' and ' : ', ');
    out.push(...p);
  });
  return out;
}

export function linkTo(l: { url?: Scalar<string>; path?: Scalar<string>; relation?: Scalar<string> } | undefined, missing = 'where it is published is not stated'): Inline[] {
  if (!l) return [{ kind: 'missing', text: missing }];
  const url = text(l.url);
  const p = text(l.path);
  const relation = text(l.relation);
  if (url && !isPlaceholder(url)) return [{ kind: 'link', text: url, href: url }];
  if (p) return isPlaceholder(p) ? [{ kind: 'placeholder', text: p }] : ['in the repository at ', { kind: 'code', text: p }];
  if (relation) return [word('relation', relation)];
  if (url) return [{ kind: 'placeholder', text: url }];
  return [{ kind: 'missing', text: missing }];
}

/** Where a document is, as the end of a sentence "… is ": published at an address, kept in the repository, appended. */
export function where(l: { url?: Scalar<string>; path?: Scalar<string>; relation?: Scalar<string> } | undefined, missing = 'not stated where it is published'): Inline[] {
  const url = text(l?.url);
  if (url && !isPlaceholder(url)) return ['published at ', ...linkTo(l)];
  if (!url && text(l?.path) && !isPlaceholder(text(l?.path))) return ['kept ', ...linkTo(l)];
  return linkTo(l, missing);
}

export class Builder {
  readonly slug = slugger();
  constructor(readonly uri: string) {}

  src(loc: Loc | { loc: Loc } | undefined): Source | undefined {
    if (!loc) return undefined;
    return source(this.uri, 'loc' in loc ? loc.loc : loc);
  }

  section(level: Section['level'], title: string, at: Loc | { loc: Loc } | undefined, blocks: Block[]): Section {
    return { type: 'section', level, title, id: this.slug(title), source: this.src(at), blocks };
  }

  p(content: Inline[], at?: Loc | { loc: Loc }, label?: string): Paragraph {
    return { type: 'paragraph', numbered: true, content, source: this.src(at), ...(label ? { label } : {}) };
  }

  /** A paragraph that is not a numbered clause (an introduction to a list or table). */
  note(content: Inline[], at?: Loc | { loc: Loc }): Paragraph {
    return { type: 'paragraph', content, source: this.src(at) };
  }

  list(entries: { content: Inline[]; at?: Loc | { loc: Loc } }[]): ListBlock {
    return { type: 'list', items: entries.map((e) => ({ content: e.content, source: this.src(e.at) })) };
  }

  table(caption: string, header: string[], rows: { cells: Inline[][]; at?: Loc | { loc: Loc } }[], at?: Loc | { loc: Loc }, widths?: number[]): Table {
    return { type: 'table', caption, header, rows: rows.map((r) => ({ cells: r.cells, source: this.src(r.at) })), source: this.src(at), ...(widths ? { widths } : {}) };
  }
}


export function positionTitle(p: Position): string {
  if (p.kind === 'seat') return text(p.seat?.title) ?? capitalise(p.role ? word('role', p.role) : 'board member');
  return p.title ?? capitalise(p.role ? word('role', p.role) : 'board member');
}

/**
 * A person's name, or their post when the constitution identifies them by post. In the board
 * table an acting holder is "(acting)" in their seat's row; in running text, "the" post and
 * "(acting Chief Executive)", since the seat is not beside them.
 */
export function holderName(h: Holder, inText = false): Inline[] {
  const name = text(h.member.name);
  const who = name ?? personOrPost(h.member);
  const out: Inline[] = who ? (isPlaceholder(who) ? [{ kind: 'placeholder', text: who }] : [inText && !name && !/^(the|a|an) /i.test(who) ? `the ${who}` : who]) : [{ kind: 'missing', text: h.id ?? 'a member whose name is not stated' }];
  if (h.acting) out.push(inText ? ` (acting ${positionTitle(h.position)})` : ' (acting)');
  return out;
}

/** Who an id names, in words: a board member's name, a seat's title, or the id marked as unknown. */
export function who(c: Composition, id: string | undefined): Inline[] {
  if (!id) return [{ kind: 'missing', text: 'not stated' }];
  if (isPlaceholder(id)) return [{ kind: 'placeholder', text: id }];
  const e = c.resolve(id);
  if (!e) return [{ kind: 'missing', text: `${id} (not a member or seat of the board)` }];
  if (e.kind === 'holder') return holderName(e, true);
  return [`the ${positionTitle(e)}`];
}
