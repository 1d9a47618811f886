import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  Paragraph,
  ShadingType,
  Table as DocxTable,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Finding } from '../types';
import { diagramOutline } from './diagram';
import type { Block, DocumentTree, Inline, Section } from './tree';
import { joinAnd } from './words';

/**
 * The Word writer of the document tree, with the `docx` library: real heading styles (Title,
 * Heading 1–3, so Word's navigation pane and LibreOffice's navigator list the parts), clauses
 * numbered by Word's own multi-level numbering (part 1, clauses 1.1, 1.2 …, the same numbers as
 * the HTML and Markdown), tables with a header row that repeats on each page, placeholders
 * highlighted, facts not stated in italic brackets, and findings as shaded notes. A4 pages.
 */
const SEVERITY: Record<Finding['severity'], { word: string; colour: string; fill: string }> = {
  error: { word: 'Error', colour: 'B00020', fill: 'FDECEE' },
  warning: { word: 'Warning', colour: '8A5A00', fill: 'FFF4CE' },
  information: { word: 'Information', colour: '00508C', fill: 'E8F1FB' },
  hint: { word: 'Hint', colour: '555555', fill: 'F3F3F3' },
};

const NUMBERING = 'ics-clauses';
const FONT = 'Arial';
/** A4, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

function runs(content: readonly Inline[], base: { bold?: boolean; size?: number } = {}): ParagraphChild[] {
  return content.map((i) => {
    if (typeof i === 'string') return new TextRun({ text: i, ...base });
    switch (i.kind) {
      case 'strong':
        return new TextRun({ text: i.text, ...base, bold: true });
      case 'em':
        return new TextRun({ text: i.text, italics: true, ...base });
      case 'code':
        return new TextRun({ text: i.text, font: 'Consolas', ...base });
      case 'placeholder':
        return new TextRun({ text: i.text, ...base, highlight: 'yellow', bold: true });
      case 'missing':
        return new TextRun({ text: `[${i.text}]`, ...base, italics: true, color: '8A5A00' });
      case 'link':
        return new ExternalHyperlink({ link: i.href, children: [new TextRun({ text: i.text, style: 'Hyperlink', ...base })] });
      case 'status':
        return new TextRun({ text: i.text, ...base, bold: true });
      case 'cite':
        return new TextRun({ text: ` ${i.text}`, ...base, italics: true, color: '5A5A5A' });
    }
  });
}

function findingParagraphs(list: readonly Finding[] | undefined): Paragraph[] {
  return (list ?? []).map((f) => {
    const s = SEVERITY[f.severity];
    return new Paragraph({
      children: [new TextRun({ text: `${s.word} `, bold: true, color: s.colour }), new TextRun({ text: `${f.ruleId} `, font: 'Consolas', size: 18 }), new TextRun({ text: `(line ${f.range.start.line + 1}) `, color: '5A5A5A', size: 18 }), new TextRun({ text: f.message, size: 18 })],
      shading: { type: ShadingType.CLEAR, fill: s.fill, color: 'auto' },
      border: { left: { style: BorderStyle.SINGLE, size: 18, color: s.colour, space: 6 } },
      indent: { left: 567 },
      spacing: { before: 40, after: 120 },
    });
  });
}

class DocxWriter {
  constructor(private readonly instance: number) {}

  block(b: Block): (Paragraph | DocxTable)[] {
    switch (b.type) {
      case 'paragraph': {
        const children: ParagraphChild[] = [];
        if (b.label) children.push(new TextRun({ text: `${b.label} `, bold: true }));
        children.push(...runs(b.content));
        const p = new Paragraph({
          children,
          ...(b.number ? { numbering: { reference: NUMBERING, level: 1, instance: this.instance } } : {}),
          spacing: { after: 100 },
        });
        return [p, ...findingParagraphs(b.findings)];
      }
      case 'list':
        return b.items.flatMap((item) => [new Paragraph({ children: runs(item.content), bullet: { level: 0 }, spacing: { after: 40 } }), ...findingParagraphs(item.findings)]);
      case 'table': {
        const total = (b.widths ?? b.header.map(() => 1)).reduce((a, x) => a + x, 0);
        const widths = (b.widths ?? b.header.map(() => 1)).map((w) => Math.round((CONTENT_WIDTH * w) / total));
        const cell = (content: Paragraph[], width: number, header = false) =>
          new TableCell({ children: content, width: { size: width, type: WidthType.DXA }, ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } } : {}) });
        const rows = [
          new TableRow({ tableHeader: true, children: b.header.map((h, i) => cell([new Paragraph({ children: [new TextRun({ text: h, bold: true, size: 18 })] })], widths[i], true)) }),
          ...b.rows.map((r) =>
            r.heading
              ? new TableRow({ cantSplit: true, children: [new TableCell({ columnSpan: b.header.length, children: [new Paragraph({ children: runs(r.cells[0] ?? [], { size: 18, bold: true }), keepNext: true })], width: { size: CONTENT_WIDTH, type: WidthType.DXA } })] })
              : new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell([new Paragraph({ children: runs(c, { size: 18 }) })], widths[i])) }),
          ),
        ];
        const out: (Paragraph | DocxTable)[] = [];
        if (b.caption) out.push(new Paragraph({ children: [new TextRun({ text: b.caption, bold: true })], style: 'Caption', keepNext: true, spacing: { before: 120 } }));
        out.push(new DocxTable({ rows, width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: widths }));
        out.push(new Paragraph({ children: [], spacing: { after: 60 } }));
        out.push(...b.rows.flatMap((r) => findingParagraphs(r.findings)), ...findingParagraphs(b.findings));
        return out;
      }
      case 'diagram':
        return [
          new Paragraph({ children: [new TextRun({ text: `${b.title} (who reports to whom)`, bold: true })], style: 'Caption', keepNext: true }),
          ...diagramOutline(b).map(
            ({ box, depth, also }) =>
              new Paragraph({
                children: [
                  new TextRun({ text: box.label, bold: true }),
                  ...([box.detail, ...(box.notes ?? [])].some(Boolean) ? [new TextRun({ text: ` — ${[box.detail, ...(box.notes ?? [])].filter(Boolean).join('; ')}` })] : []),
                  ...(also.length > 0 ? [new TextRun({ text: ` (also reports to ${joinAnd(also)})`, italics: true })] : []),
                ],
                bullet: { level: Math.min(depth, 8) },
              }),
          ),
          ...findingParagraphs(b.findings),
        ];
      case 'findings':
        return findingParagraphs(b.findings);
      case 'section':
        return this.section(b);
    }
  }

  section(s: Section): (Paragraph | DocxTable)[] {
    const heading = s.level === 1 ? HeadingLevel.HEADING_1 : s.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
    const h = new Paragraph({
      heading,
      children: [new TextRun(s.title)],
      ...(s.level === 1 && s.number ? { numbering: { reference: NUMBERING, level: 0, instance: this.instance } } : {}),
    });
    return [h, ...findingParagraphs(s.findings), ...s.blocks.flatMap((b) => this.block(b))];
  }

  document(t: DocumentTree, first: boolean): (Paragraph | DocxTable)[] {
    return [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(t.title)], ...(first ? {} : { pageBreakBefore: true }) }),
      ...t.subtitle.map((line) => new Paragraph({ children: runs(line), style: 'Subtitle' })),
      ...findingParagraphs(t.findings),
      ...t.sections.flatMap((s) => this.section(s)),
    ];
  }
}

/** `ics-check render -f docx`: the documents as one Word file (each document after the first on a new page). */
export async function renderDocx(trees: readonly DocumentTree[], meta: { creator?: string; description?: string } = {}): Promise<Buffer> {
  const children = trees.flatMap((t, i) => new DocxWriter(i + 1).document(t, i === 0));
  const doc = new Document({
    creator: meta.creator ?? 'ICS Constitution Checker',
    title: trees.length === 1 ? trees[0].title : 'Constitutions',
    description: meta.description ?? 'Rendered from YAML by ICS Constitution Checker',
    styles: {
      default: { document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { line: 264, lineRule: LineRuleType.AUTO } } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { size: 36, bold: true, color: '1B1B1B' }, paragraph: { spacing: { after: 80, line: 240, lineRule: LineRuleType.AUTO } } },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 22, color: '5A5A5A' }, paragraph: { spacing: { after: 60 } } },
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 30, bold: true, color: '005EB8' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 25, bold: true }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
        { id: 'Heading3', name: 'Heading 3', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', run: { size: 20, bold: true }, paragraph: { spacing: { after: 60 } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 709, hanging: 709 } } } },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
