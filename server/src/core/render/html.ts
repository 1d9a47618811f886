import type { Finding } from '../types';
import { ruleDocsUrl } from '../language/links';
import { diagramSvg } from './diagram';
import { plain, type Block, type DocumentTree, type Inline, type Section, type Source } from './tree';
import { DOCUMENT_CSS } from './styles';

export { DOCUMENT_CSS };

/**
 * The HTML writer of the document tree: a fragment (`<article>`) for the editor's preview and the
 * reviewer's report, or a whole self-contained page (styles inline, no script, no external
 * resource) for `ics-check render -f html`. Every element that comes from the YAML carries
 * `data-line` (0-based, as VS Code's Markdown preview) and `data-uri`.
 */
export interface HtmlOptions {
  /** What `data-uri` says for a source file (default: its URI). The CLI gives display paths. */
  fileRef?: (uri: string) => string;
  /** Shown in tooltips: "constitution.yaml, line 24" (default: the last part of the URI). */
  fileName?: (uri: string) => string;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const SEVERITY_WORD: Record<Finding['severity'], string> = { error: 'Error', warning: 'Warning', information: 'Information', hint: 'Hint' };

export class HtmlWriter {
  constructor(private readonly options: HtmlOptions = {}) {}

  private ref(uri: string): string {
    return this.options.fileRef ? this.options.fileRef(uri) : uri;
  }

  private name(uri: string): string {
    return this.options.fileName ? this.options.fileName(uri) : decodeURIComponent(uri.replace(/^.*\//, ''));
  }

  /** `data-uri`, `data-line` and a tooltip naming the line, for an element that comes from the YAML. */
  attrs(s: Source | undefined): string {
    if (!s) return '';
    return ` data-uri="${esc(this.ref(s.uri))}" data-line="${s.line}" title="${esc(this.name(s.uri))}, line ${s.line + 1}"`;
  }

  inline(content: readonly Inline[]): string {
    return content
      .map((i) => {
        if (typeof i === 'string') return esc(i);
        switch (i.kind) {
          case 'strong':
            return `<strong>${esc(i.text)}</strong>`;
          case 'em':
            return `<em>${esc(i.text)}</em>`;
          case 'code':
            return `<code>${esc(i.text)}</code>`;
          case 'placeholder':
            return `<mark class="placeholder" title="A placeholder: fill it in before the constitution is agreed">${esc(i.text)}</mark>`;
          case 'missing':
            return `<span class="missing" title="Not stated in the YAML">[${esc(i.text)}]</span>`;
          case 'link':
            return `<a href="${esc(i.href)}">${esc(i.text)}</a>`;
          case 'status':
            return `<span class="badge ${esc(i.status)}">${esc(i.text)}</span>`;
          case 'cite':
            return `<span class="cite">${esc(i.text)}</span>`;
        }
      })
      .join('');
  }

  finding(f: Finding): string {
    const url = ruleDocsUrl(f.ruleId);
    const rule = url ? `<a class="rule" href="${esc(url)}">${esc(f.ruleId)}</a>` : `<code class="rule">${esc(f.ruleId)}</code>`;
    return `<aside class="finding sev-${f.severity}" data-uri="${esc(this.ref(f.uri))}" data-line="${f.range.start.line}" title="${esc(this.name(f.uri))}, line ${f.range.start.line + 1}"><span class="sev">${SEVERITY_WORD[f.severity]}</span> ${rule} <span class="where">line ${f.range.start.line + 1}</span> ${esc(f.message)}</aside>`;
  }

  findings(list: readonly Finding[] | undefined): string {
    return (list ?? []).map((f) => this.finding(f)).join('\n');
  }

  block(b: Block): string {
    switch (b.type) {
      case 'paragraph': {
        const num = b.number ? `<span class="num">${esc(b.number)}</span> ` : '';
        const label = b.label ? `<strong>${esc(b.label)}</strong> ` : '';
        const cls = [b.number ? 'clause' : 'note', b.findings?.length ? 'has-finding' : ''].filter(Boolean).join(' ');
        return `<p class="${cls}"${this.attrs(b.source)}>${num}${label}${this.inline(b.content)}</p>\n${this.findings(b.findings)}`;
      }
      case 'list':
        return `<ul>\n${b.items.map((item) => `<li${this.attrs(item.source)}>${this.inline(item.content)}${item.findings?.length ? '\n' + this.findings(item.findings) : ''}</li>`).join('\n')}\n</ul>`;
      case 'table': {
        const cols = b.widths ? `<colgroup>${b.widths.map((w) => `<col style="width:${((100 * w) / b.widths!.reduce((a, x) => a + x, 0)).toFixed(1)}%">`).join('')}</colgroup>` : '';
        const head = `<thead><tr>${b.header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`;
        const body = b.rows
          .map((r) => {
            if (r.heading) return `<tr class="${esc(['heading', r.tone].filter(Boolean).join(' '))}"${this.attrs(r.source)}><th colspan="${b.header.length}" scope="rowgroup">${this.inline(r.cells[0] ?? [])}</th></tr>`;
            const cls = [r.tone, r.oneLine ? 'one-line' : ''].filter(Boolean).join(' ');
            const td = (c: Inline[]) => (r.oneLine ? `<td title="${esc(plain(c))}">` : '<td>') + `${this.inline(c)}</td>`;
            const row = `<tr${cls ? ` class="${esc(cls)}"` : ''}${this.attrs(r.source)}>${r.cells.map(td).join('')}</tr>`;
            return r.findings?.length ? `${row}\n<tr class="finding-row"><td colspan="${b.header.length}">${this.findings(r.findings)}</td></tr>` : row;
          })
          .join('\n');
        return `<table${this.attrs(b.source)}>${b.caption ? `<caption>${esc(b.caption)}</caption>` : ''}${cols}${head}<tbody>\n${body}\n</tbody></table>\n${this.findings(b.findings)}`;
      }
      case 'diagram':
        return `<figure class="diagram-figure"${this.attrs(b.source)}>${diagramSvg(b, (uri) => this.ref(uri))}<figcaption>${esc(b.title)}: the board, its committees and sub-committees, its delegations and joint working arrangements (with who exercises or oversees them), the places and the partnership. Each line runs from a body to what reports to it; a box says any further body it reports to.</figcaption></figure>\n${this.findings(b.findings)}`;
      case 'findings':
        return this.findings(b.findings);
      case 'section':
        return this.section(b);
    }
  }

  section(s: Section): string {
    const h = s.level + 1;
    const num = s.number ? `<span class="num">${esc(s.number)}</span> ` : '';
    return `<section id="${esc(s.id)}" class="level-${s.level}"${this.attrs(s.source)}>\n<h${h}>${num}${esc(s.title)}</h${h}>\n${this.findings(s.findings)}${s.blocks.map((b) => this.block(b)).join('\n')}\n</section>`;
  }

  /** One document as an `<article>`. */
  document(t: DocumentTree): string {
    const contents = t.sections.filter((s) => s.level === 1).map((s) => `<li><a href="#${esc(s.id)}">${s.number ? `${esc(s.number)} ` : ''}${esc(s.title)}</a></li>`).join('');
    return [
      `<article class="ics-doc">`,
      `<header><h1>${esc(t.title)}</h1>${t.subtitle.map((line) => `<p class="subtitle">${this.inline(line)}</p>`).join('')}</header>`,
      t.findings?.length ? `<div class="doc-findings">${this.findings(t.findings)}</div>` : '',
      contents ? `<nav class="contents" aria-label="Contents"><ol>${contents}</ol></nav>` : '',
      ...t.sections.map((s) => this.section(s)),
      `</article>`,
    ].join('\n');
  }
}

/** A whole, self-contained HTML page. */
export function htmlPage(title: string, body: string, extraCss = ''): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ICS Constitution Checker">
<title>${esc(title)}</title>
<style>${DOCUMENT_CSS}${extraCss}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** `ics-check render -f html`: the documents as one page. */
export function renderHtml(trees: readonly DocumentTree[], options: HtmlOptions = {}): string {
  const w = new HtmlWriter(options);
  const title = trees.length === 1 ? trees[0].title : 'Constitutions';
  return htmlPage(title, trees.map((t) => w.document(t)).join('\n<hr>\n'));
}
