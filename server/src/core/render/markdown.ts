import type { Finding } from '../types';
import { diagramOutline } from './diagram';
import { joinAnd } from './words';
import { plain, type Block, type DocumentTree, type Inline, type Section, type Source } from './tree';

/**
 * The Markdown writer of the document tree (GitHub-flavoured: tables, HTML comments). Each
 * paragraph, row and heading ends with an HTML comment naming its YAML line (`<!-- constitution.yaml:24 -->`),
 * invisible when rendered; placeholders are bold in brackets, facts not stated are in italic
 * brackets, findings are quoted notes under what they are about.
 */
export interface MarkdownOptions {
  /** How a source file is named in the line comments (default: the last part of its URI). */
  fileName?: (uri: string) => string;
}

const SEVERITY_WORD: Record<Finding['severity'], string> = { error: 'Error', warning: 'Warning', information: 'Information', hint: 'Hint' };

/** Escapes Markdown's inline syntax in plain text. */
function escText(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

export class MarkdownWriter {
  constructor(private readonly options: MarkdownOptions = {}) {}

  private where(s: Source | undefined): string {
    if (!s) return '';
    const name = this.options.fileName ? this.options.fileName(s.uri) : decodeURIComponent(s.uri.replace(/^.*\//, ''));
    return ` <!-- ${name.replace(/--/g, '- -')}:${s.line + 1} -->`;
  }

  inline(content: readonly Inline[]): string {
    return content
      .map((i) => {
        if (typeof i === 'string') return escText(i);
        switch (i.kind) {
          case 'strong':
            return `**${escText(i.text)}**`;
          case 'em':
            return `*${escText(i.text)}*`;
          case 'code':
            return `\`${i.text.replace(/`/g, "'")}\``;
          case 'placeholder':
            return `**\\[${escText(i.text)}\\]**`;
          case 'missing':
            return `*\\[${escText(i.text)}\\]*`;
          case 'link':
            return `[${escText(i.text)}](${i.href.replace(/\)/g, '%29').replace(/ /g, '%20')})`;
          case 'status':
            return `**${escText(i.text)}**`;
          case 'cite':
            return ` *${escText(i.text)}*`;
        }
      })
      .join('');
  }

  findings(list: readonly Finding[] | undefined, indent = ''): string[] {
    // Messages are written with Markdown code spans already; only HTML is escaped. One quote each.
    return (list ?? []).flatMap((f, i) => [...(i > 0 ? [''] : []), `${indent}> **${SEVERITY_WORD[f.severity]}** \`${f.ruleId}\` (line ${f.range.start.line + 1}): ${f.message.replace(/\s*\n\s*/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;')}`]);
  }

  block(b: Block): string[] {
    switch (b.type) {
      case 'paragraph': {
        const num = b.number ? `**${b.number}** ` : '';
        const label = b.label ? `**${escText(b.label)}** ` : '';
        const out = [`${num}${label}${this.inline(b.content)}${this.where(b.source)}`];
        if (b.findings?.length) out.push('', ...this.findings(b.findings));
        return [...out, ''];
      }
      case 'list': {
        const out: string[] = [];
        for (const item of b.items) {
          out.push(`- ${this.inline(item.content)}${this.where(item.source)}`);
          if (item.findings?.length) out.push('', ...this.findings(item.findings, '  '), '');
        }
        return [...out, ''];
      }
      case 'table': {
        const cell = (s: string) => s.replace(/\n/g, ' ').replace(/\|/g, '\\|');
        const out: string[] = [];
        if (b.caption) out.push(`*${escText(b.caption)}*${this.where(b.source)}`, '');
        out.push(`| ${b.header.map((h) => cell(escText(h))).join(' | ')} |`, `|${b.header.map(() => '---').join('|')}|`);
        const notes: string[] = [];
        for (const r of b.rows) {
          // a heading row in the first cell, the others empty (Markdown tables have no spans)
          const cells = r.heading ? b.header.map((_, i) => (i === 0 ? [{ kind: 'strong' as const, text: plain(r.cells[0] ?? []) }] : [])) : r.cells;
          out.push(`| ${cells.map((c) => cell(this.inline(c))).join(' | ')} |`);
          if (r.findings?.length) notes.push(...this.findings(r.findings));
        }
        out.push('');
        if (notes.length > 0 || b.findings?.length) out.push(...notes, ...this.findings(b.findings), '');
        return out;
      }
      case 'diagram': {
        const out = [`*${escText(b.title)}* (who reports to whom)${this.where(b.source)}`, ''];
        for (const { box, depth, also } of diagramOutline(b)) {
          const about = [box.detail, ...(box.notes ?? [])].filter((x): x is string => !!x);
          out.push(`${'  '.repeat(depth)}- **${escText(box.label)}**${about.length > 0 ? ` — ${escText(about.join('; '))}` : ''}${also.length > 0 ? ` (also reports to ${escText(joinAnd(also))})` : ''}${this.where(box.source)}`);
        }
        out.push('');
        if (b.findings?.length) out.push(...this.findings(b.findings), '');
        return out;
      }
      case 'findings':
        return [...this.findings(b.findings), ''];
      case 'section':
        return this.section(b);
    }
  }

  section(s: Section): string[] {
    const hashes = '#'.repeat(s.level + 1);
    const out = [`${hashes} ${s.number ? `${s.number}. ` : ''}${escText(s.title)}${this.where(s.source)}`, ''];
    if (s.findings?.length) out.push(...this.findings(s.findings), '');
    for (const b of s.blocks) out.push(...this.block(b));
    return out;
  }

  document(t: DocumentTree): string {
    const out = [`# ${escText(t.title)}`, ''];
    for (const line of t.subtitle) out.push(`*${this.inline(line)}*`, '');
    if (t.findings?.length) out.push(...this.findings(t.findings), '');
    for (const s of t.sections) out.push(...this.section(s));
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
  }
}

/** `ics-check render -f md`. */
export function renderMarkdown(trees: readonly DocumentTree[], options: MarkdownOptions = {}): string {
  const w = new MarkdownWriter(options);
  return trees.map((t) => w.document(t)).join('\n---\n\n');
}
