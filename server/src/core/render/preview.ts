import type { AnalyzedFile } from '../analyze';
import type { FileOutcome } from '../outcomes';
import { renderConstitutions } from './constitution';
import { HtmlWriter } from './html';
import { checklistBlocks, findingsTable, SourceKeys, waiversBlocks } from './report';
import { slugger, type Block, type DocumentTree, type Section } from './tree';

/**
 * What the editor's preview shows for one file: the rendered document(s) the file is part of
 * (an ICB constitution with its place and partnership files), with the file's findings marked,
 * then the file's checklist, findings and waivers. An HTML fragment without script or style: the
 * editor puts it in its webview, whose own page holds the styles and the click handling. Every
 * element from the YAML carries `data-uri` (the file's URI) and `data-line`.
 */
export interface PreviewInput {
  /** The file shown. */
  file: AnalyzedFile;
  /** Every file of the system (the file itself among them). */
  system: readonly AnalyzedFile[];
  outcome: FileOutcome;
  /** "constitution.yaml" */
  name: string;
  today?: string;
}

function holds(blocks: readonly Block[], uri: string): boolean {
  return blocks.some((b) => ('source' in b && b.source?.uri === uri) || (b.type === 'section' && holds(b.blocks, uri)) || (b.type === 'diagram' && b.boxes.some((x) => x.source?.uri === uri)));
}

export function previewHtml(input: PreviewInput): { html: string; title: string } {
  const { file, outcome } = input;
  const trees = renderConstitutions(input.system.includes(file) ? input.system : [...input.system, file], outcome.findings).filter((t) => holds(t.sections, file.uri));
  const w = new HtmlWriter({ fileName: (uri) => (uri === file.uri ? input.name : decodeURIComponent(uri.replace(/^.*\//, ''))) });
  const slug = slugger();
  const lines = file.text.split(/\r?\n/);
  const result = { uri: file.uri, findings: outcome.findings, outcome: { documents: outcome.documents } };
  const sources = new SourceKeys();
  const review: Section[] = [
    { type: 'section', level: 1, title: 'Checklist', id: slug('Checklist'), blocks: checklistBlocks(result, slug, `Rules on ${input.name}`, sources) },
    { type: 'section', level: 1, title: 'Findings', id: slug('Findings'), blocks: outcome.findings.length > 0 ? [findingsTable(outcome.findings, lines)] : [{ type: 'paragraph', content: ['No findings.'] }] },
  ];
  const waivers = waiversBlocks(outcome.waived, input.name, outcome.waivers, file.uri);
  if (waivers.length > 0) review.push({ type: 'section', level: 1, title: 'Waivers', id: slug('Waivers'), blocks: waivers });
  if (sources.size > 0) review.push({ type: 'section', level: 1, title: 'Sources', id: slug('Sources'), blocks: [sources.table()] });
  const reviewTree: DocumentTree = { title: `Review of ${input.name}`, subtitle: [[`${outcome.findings.length} finding${outcome.findings.length === 1 ? '' : 's'}, ${outcome.waived.length} waived.`]], sections: review };
  const parts = trees.map((t) => w.document(t));
  if (trees.length === 0) parts.push(`<article class="ics-doc"><p class="note">${input.name} is not a constitution, partnership or place file that can be rendered yet.</p></article>`);
  parts.push(w.document(reviewTree));
  return { html: parts.join('\n<hr>\n'), title: trees[0]?.title ?? input.name };
}
