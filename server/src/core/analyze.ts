import { build } from './model/spec';
import { icbConstitutionSpec, icpSpec, placePartnershipSpec, type IcbConstitution, type IntegratedCarePartnership, type PlacePartnership } from './model/kinds';
import { isOurs, parseFile, type ParsedDocument, type ParsedFile } from './yaml/parse';
import type { Node } from 'yaml';
import { SCHEMAS, validateYaml, locate, type SchemaProblem } from './schema/validate';
import { compositionOf } from './model/composition';
import { text } from './model/query';

export type DocumentModel =
  | { kind: 'icb-constitution'; model: IcbConstitution }
  | { kind: 'integrated-care-partnership'; model: IntegratedCarePartnership }
  | { kind: 'place-partnership'; model: PlacePartnership };

export interface AnalyzedDocument extends ParsedDocument {
  /** The typed model, when the document is one of ours (built even from a partial draft). */
  typed?: DocumentModel;
  /** True when the document has YAML errors (schema and rules do not run on it). */
  broken: boolean;
  /** Schema problems, mapped to ranges (empty for broken documents and documents not ours). */
  schemaProblems: SchemaProblem[];
  /** Why the document could not be analysed, when the analysis itself failed (reported, never thrown). */
  failure?: string;
}

export interface AnalyzedFile extends ParsedFile {
  documents: AnalyzedDocument[];
  /** Whether any document in the file is one of ours. Other YAML files are left alone. */
  ours: boolean;
}

/** Text → YAML documents with positions → typed models. Never throws. */
export function analyzeFile(uri: string, text: string): AnalyzedFile {
  const parsed = parseFile(uri, text);
  const documents = parsed.documents.map((d): AnalyzedDocument => {
    try {
      return analyzeDocument(d, parsed);
    } catch (err) {
      // One document's failure must not stop the others, nor the file's other findings.
      return { ...d, broken: true, schemaProblems: [], failure: err instanceof Error ? err.message : String(err) };
    }
  });
  const file: AnalyzedFile = { ...parsed, documents, ours: false };
  file.ours = isOurs(parsed);
  return file;
}

function analyzeDocument(d: ParsedDocument, parsed: ParsedFile): AnalyzedDocument {
  {
    const broken = d.yaml.errors.length > 0;
    const root = d.yaml.contents as Node | null;
    let typed: DocumentModel | undefined;
    if (broken && d.yaml.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')) {
      // not read further
    } else if (d.kind === 'icb-constitution') {
      const model = build(icbConstitutionSpec, root, parsed.lines);
      if (model) typed = { kind: d.kind, model };
    } else if (d.kind === 'integrated-care-partnership') {
      const model = build(icpSpec, root, parsed.lines);
      if (model) typed = { kind: d.kind, model };
    } else if (d.kind === 'place-partnership') {
      const model = build(placePartnershipSpec, root, parsed.lines);
      if (model) typed = { kind: d.kind, model };
    }
    // Aliases were counted when parsing (an alias bomb is a YAML error), so yaml's own guard is off.
    const schemaProblems = d.kind && !broken ? validateYaml(SCHEMAS[d.kind], root, d.yaml.toJS({ maxAliasCount: -1 }), parsed.lines) : [];
    if (typed) readMisspeltValuesAsMeant(typed.model, root, schemaProblems);
    if (typed?.kind === 'icb-constitution' && d.kind && !broken) schemaProblems.push(...seatProblems(typed.model));
    return { ...d, typed, broken, schemaProblems };
  }
}

export type { ParsedFile };

/**
 * A near-miss enum value (`role: chiar`) is reported once, by the schema, with its suggestion. The
 * rules then read it as the suggested value, so a typo in the chair's role does not also claim
 * that the board has no chair.
 */
function readMisspeltValuesAsMeant(model: object, root: Node | null, problems: SchemaProblem[]): void {
  for (const p of problems) {
    if (p.keyword !== 'enum' || !p.suggestion) continue;
    const target = locate(root, p.path.split('/').slice(1)).node;
    if (!target) continue;
    const scalar = findScalar(model, target);
    if (scalar) scalar.value = p.suggestion.text;
  }
}

function findScalar(value: unknown, node: Node): { value: unknown } | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { loc?: { node: Node }; value?: unknown; items?: unknown[] };
  if (v.loc?.node === node && 'value' in v) return v as { value: unknown };
  const children = Array.isArray(v.items) ? v.items : Object.entries(v).filter(([k]) => k !== 'loc').map(([, c]) => c);
  for (const c of children) {
    const found = findScalar(c, node);
    if (found) return found;
  }
  return undefined;
}

/**
 * What the schema cannot say about seats (format 1.1): a member's `seat:` must name a declared
 * seat (with a suggestion for a near miss), and a seat's size is `count` or `min`/`max`.
 */
function seatProblems(model: IcbConstitution): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const issue of compositionOf(model).issues) {
    if (issue.kind === 'unknown-seat') {
      const id = text(issue.ref)!;
      const declared = model.board?.seats ? 'no seat in `board.seats`' : 'no seat: the board declares no `seats`';
      out.push({
        keyword: 'reference',
        path: '',
        range: issue.ref.loc.range,
        message: `\`seat: ${id}\` names ${declared}${issue.suggestion ? `; did you mean \`${issue.suggestion}\`?` : '.'}`,
        suggestion: issue.suggestion ? { range: issue.ref.loc.range, text: issue.suggestion } : undefined,
      });
    } else if (issue.kind === 'size') {
      out.push({ keyword: 'size', path: '', range: issue.at.range, message: issue.message });
    }
  }
  return out;
}
