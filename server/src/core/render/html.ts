import type { Finding } from '../types';
import { ruleDocsUrl } from '../language/links';
import { diagramSvg } from './diagram';
import type { Block, DocumentTree, Inline, Section, Source } from './tree';

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
            const row = `<tr${r.tone ? ` class="${esc(r.tone)}"` : ''}${this.attrs(r.source)}>${r.cells.map((c) => `<td>${this.inline(c)}</td>`).join('')}</tr>`;
            return r.findings?.length ? `${row}\n<tr class="finding-row"><td colspan="${b.header.length}">${this.findings(r.findings)}</td></tr>` : row;
          })
          .join('\n');
        return `<table${this.attrs(b.source)}>${b.caption ? `<caption>${esc(b.caption)}</caption>` : ''}${cols}${head}<tbody>\n${body}\n</tbody></table>\n${this.findings(b.findings)}`;
      }
      case 'diagram':
        return `<figure class="diagram-figure"${this.attrs(b.source)}>${diagramSvg(b, (uri) => this.ref(uri))}<figcaption>${esc(b.title)}: the board, its committees and sub-committees, the places and the partnership. Solid lines show to whom each reports; dashed lines, a further reporting line.</figcaption></figure>\n${this.findings(b.findings)}`;
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

/**
 * The styles of every HTML output. Colours are custom properties so the editor's preview can map
 * them onto the theme's; the defaults are for paper and for a browser. Prints on A4.
 */
export const DOCUMENT_CSS = `
:root { --fg: #1b1b1b; --bg: #ffffff; --muted: #5a5a5a; --rule: #c9c9c9; --head-bg: #f2f2f2; --link: #005eb8; --accent: #005eb8;
  --error: #b00020; --error-bg: #fdecee; --warning: #8a5a00; --warning-bg: #fff4ce; --info: #00508c; --info-bg: #e8f1fb; --hint: #555; --hint-bg: #f3f3f3;
  --pass: #1e7b34; --pass-bg: #e6f4ea; --mark: #ffe58a; --box-bg: #f4f8fc; --box-stroke: #005eb8; --place-bg: #f3faf4; --place-stroke: #1e7b34; --icp-bg: #fbf5fc; --icp-stroke: #7a3b8f; }
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: var(--fg); background: var(--bg); line-height: 1.45; margin: 0 auto; max-width: 60rem; padding: 1.5rem 2rem; font-size: 15px; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; } h2 { font-size: 1.3rem; margin: 1.8rem 0 .6rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.3rem 0 .4rem; } h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
h2 .num, h3 .num { color: var(--accent); margin-right: .3rem; }
p { margin: .35rem 0; } p.clause { padding-left: 3rem; text-indent: -3rem; } p.clause .num { display: inline-block; width: 3rem; text-indent: 0; color: var(--muted); font-variant-numeric: tabular-nums; }
p.subtitle { color: var(--muted); margin: .1rem 0; }
a { color: var(--link); } code { font-family: Consolas, "Liberation Mono", monospace; font-size: .92em; }
mark.placeholder { background: var(--mark); color: #000; padding: 0 .2em; border-radius: 2px; font-weight: 600; }
.missing { color: var(--warning); font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .92em; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: var(--head-bg); }
tr.finding-row td { border-top: none; padding-top: 0; }
ul { margin: .3rem 0 .6rem 1.5rem; padding-left: 1rem; }
nav.contents ol { columns: 2; margin: .5rem 0 1rem; list-style: none; padding-left: 0; }
aside.finding { border-left: 4px solid var(--info); background: var(--info-bg); margin: .3rem 0 .5rem 3rem; padding: .3rem .6rem; font-size: .9em; }
aside.finding .sev { font-weight: 700; } aside.finding .where { color: var(--muted); }
aside.sev-error { border-color: var(--error); background: var(--error-bg); } aside.sev-error .sev { color: var(--error); }
aside.sev-warning { border-color: var(--warning); background: var(--warning-bg); } aside.sev-warning .sev { color: var(--warning); }
aside.sev-information .sev { color: var(--info); }
aside.sev-hint { border-color: var(--hint); background: var(--hint-bg); }
td aside.finding, li aside.finding { margin-left: 0; }
.has-finding { text-decoration: underline wavy var(--warning); text-decoration-skip-ink: none; text-underline-offset: 3px; }
figure.diagram-figure { margin: .8rem 0 1.2rem; overflow-x: auto; } figure.diagram-figure figcaption { color: var(--muted); font-size: .85em; }
svg.diagram { max-width: 100%; height: auto; font-family: inherit; }
svg.diagram .box rect { fill: var(--box-bg); stroke: var(--box-stroke); stroke-width: 1.2; }
svg.diagram .box-board rect { stroke-width: 2.2; }
svg.diagram .box-place rect { fill: var(--place-bg); stroke: var(--place-stroke); }
svg.diagram .box-partnership rect { fill: var(--icp-bg); stroke: var(--icp-stroke); }
svg.diagram .box-absent rect { stroke-dasharray: 4 3; }
svg.diagram .box-label { font-size: 12px; font-weight: 600; fill: var(--fg); }
svg.diagram .box-detail { font-size: 10.5px; fill: var(--muted); }
svg.diagram .edge { fill: none; stroke: var(--muted); stroke-width: 1.2; } svg.diagram .edge-also { stroke-dasharray: 5 4; }
.badge { display: inline-block; min-width: 6.5em; text-align: center; border-radius: 3px; padding: 0 .4em; font-size: .85em; font-weight: 700; }
.badge.passed { background: var(--pass-bg); color: var(--pass); } .badge.failed { background: var(--error-bg); color: var(--error); }
.badge.waived { background: var(--warning-bg); color: var(--warning); } .badge.not-applicable { background: var(--hint-bg); color: var(--hint); font-weight: 400; }
.counts { display: flex; gap: .6rem; flex-wrap: wrap; margin: .5rem 0 1rem; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--rule); border-radius: 4px; padding: .3rem .7rem; } .counts b { font-size: 1.2em; margin-right: .3em; }
pre.excerpt { margin: 0; white-space: pre-wrap; font-size: .85em; color: var(--muted); }
[data-line] { cursor: default; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, aside.finding, figure, p { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  nav.contents { display: none; }
  section.level-1 { break-before: auto; }
  .report-part { break-before: page; }
}
`;

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
