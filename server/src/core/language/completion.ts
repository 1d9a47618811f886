import type { AnalyzedFile } from '../analyze';
import { items, text } from '../model/query';
import { SCHEMAS, type JsonSchema } from '../schema/validate';
import type { DocumentKind, Position, Range } from '../types';
import { completionContextAt, documentAt, type CompletionContext } from './cursor';
import { memberCard, roleLabel, roleWords, seatCard, type SystemFiles } from './hover';
import { ARRANGEMENT_REFERENCE_PATHS, BODY_REFERENCE_PATHS, COMMITTEE_REFERENCE_PATHS, DECIDER_REFERENCE_PATHS, ICB_REFERENCE_PATHS, MEMBER_REFERENCE_PATHS, SEAT_REFERENCE_PATHS } from './references';
import { compositionOf } from '../model/composition';
import { ITEM, resolve, schemaAtPath, type ResolvedSchema } from './schemaNav';
import { COMMITTEE_CHAIR_RULE_SNIPPET, COMMITTEE_SNIPPET, MEMBER_SNIPPETS, NEW_DOCUMENT_SNIPPETS, PLACE_SNIPPET, SEAT_HOLDER_SNIPPET, SEAT_SNIPPETS, expandSnippet, indentSnippet, type Snippet } from './snippets';

/** A completion, in the editor's terms but without the LSP types. */
export interface Suggestion {
  label: string;
  kind: 'property' | 'value' | 'reference' | 'snippet';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Text (or snippet text, when `snippet`) that replaces `range`. */
  insertText: string;
  snippet: boolean;
  range: Range;
  sortText?: string;
  filterText?: string;
}

const INDENT = 2;

/** What may be written at the cursor: keys, values, ids, snippets — from the schema and the system. */
export function completionsAt(file: AnalyzedFile, position: Position, system: SystemFiles): Suggestion[] {
  const offset = file.lines.offsetAt(position);
  const document = documentAt(file, offset);
  const ctx = completionContextAt(file.text, file.lines, position);

  if (!document?.kind) {
    // An empty file (or one with only comments): offer whole new documents, and `kind:` itself.
    const body = file.text.replace(/#.*$/gm, '').trim();
    if (body === '' || /^kind\s*:?\s*[\w-]*$/.test(body) || (ctx.path.length === 0 && !document?.declaredKind && /^[\w-]*$/.test(ctx.prefix) && body === ctx.prefix)) {
      return NEW_DOCUMENT_SNIPPETS.map((s, i) => snippetSuggestion(s, ctx, 0, false, `0${i}`));
    }
    return [];
  }
  const kind = document.kind;
  const root = SCHEMAS[kind];
  const out: Suggestion[] = [];

  if (ctx.at === 'key') {
    const schema = schemaAtPath(root, ctx.path);
    if (!schema) return [];
    const isList = schema.types.includes('array') || schema.items !== undefined;
    if (isList && !ctx.dashed) {
      // A new line under a list key: a whole new item.
      out.push(...itemSnippets(kind, ctx.path, ctx, true, seatIdsOf(document)));
      const itemSchema = resolve(root, schema.items);
      if (itemSchema && !itemSchema.types.includes('object')) out.push(...valueSuggestions(file, kind, [...ctx.path], itemSchema, ctx, system, '- '));
      return out;
    }
    if (!schema.types.includes('object') && Object.keys(schema.properties).length === 0) {
      // `- |` in a list of scalars (e.g. committee members): a value.
      if (ctx.dashed && ctx.path[ctx.path.length - 1] === ITEM) return valueSuggestions(file, kind, ctx.path.slice(0, -1), schema, { ...ctx, inList: true }, system, '');
      return [];
    }
    if (ctx.dashed && ctx.siblings.length === 0) out.push(...itemSnippets(kind, ctx.path.slice(0, -1), ctx, false, seatIdsOf(document)));
    for (const [key, propSchema] of Object.entries(schema.properties)) {
      if (ctx.siblings.includes(key)) continue;
      const prop = resolve(root, propSchema);
      out.push({
        label: key,
        kind: 'property',
        detail: prop?.title,
        documentation: prop?.description,
        insertText: keyInsertText(root, key, prop, ctx),
        snippet: true,
        range: ctx.replace,
        sortText: `${schema.required.includes(key) ? '0' : '1'}${String(Object.keys(schema.properties).indexOf(key)).padStart(3, '0')}`,
      });
    }
    return out;
  }

  // A value.
  const schema = schemaAtPath(root, ctx.path);
  if (!schema) return [];
  const isList = schema.items !== undefined && !schema.enum;
  const scalar = isList ? resolve(root, schema.items) : schema;
  if (!scalar) return [];
  return valueSuggestions(file, kind, ctx.path, scalar, { ...ctx, inList: ctx.inList || isList }, system, '');
}

function valueSuggestions(file: AnalyzedFile, kind: DocumentKind, path: string[], scalar: ResolvedSchema, ctx: CompletionContext, system: SystemFiles, lead: string): Suggestion[] {
  const out: Suggestion[] = [];
  const normalised = path.map((s) => (s === ITEM || /^\d+$/.test(s) ? '[]' : s)).join('.').replace(/\.\[\]/g, '[]');
  const asItem = ctx.inList ? `${normalised}[]` : normalised;
  const taken = ctx.flow && ctx.inList ? flowListItems(file, ctx) : new Set<string>();

  const seatRef = SEAT_REFERENCE_PATHS.includes(asItem);
  if (kind === 'icb-constitution' && (MEMBER_REFERENCE_PATHS.includes(asItem) || seatRef)) {
    // Board members first, then seats (format 1.1), which the same keys may name.
    const icbDoc = documentAt(file, file.lines.offsetAt(ctx.replace.start));
    const model = icbDoc?.typed?.kind === 'icb-constitution' ? icbDoc.typed.model : undefined;
    if (!seatRef) {
      items(model?.board?.members).forEach((m, i) => {
        const id = text(m.id);
        if (!id || taken.has(id)) return;
        out.push({ label: id, kind: 'reference', detail: `${text(m.name) ?? ''} — ${roleLabel(m, model)}`.replace(/^ — /, ''), documentation: memberCard(m, model), insertText: lead + id, snippet: false, range: ctx.replace, sortText: `0${String(i).padStart(3, '0')}`, filterText: `${id} ${text(m.name) ?? ''}` });
      });
    }
    if (model) {
      compositionOf(model).allPositions.forEach((p, i) => {
        if (p.kind !== 'seat' || !p.id || taken.has(p.id)) return;
        out.push({ label: p.id, kind: 'reference', detail: `${p.title ?? ''} — ${roleWords(p)} seat`.replace(/^ — /, ''), documentation: seatCard(p), insertText: lead + p.id, snippet: false, range: ctx.replace, sortText: `1${String(i).padStart(3, '0')}`, filterText: `${p.id} ${p.title ?? ''}` });
      });
    }
    return out;
  }
  // Issue 13: the board, committees and joint working arrangements, where a decision-maker or a reporting line is named.
  const decider = DECIDER_REFERENCE_PATHS.includes(asItem);
  const body = BODY_REFERENCE_PATHS.includes(asItem);
  const committeeOnly = COMMITTEE_REFERENCE_PATHS.includes(asItem);
  const arrangementOnly = ARRANGEMENT_REFERENCE_PATHS.includes(asItem);
  if (kind === 'icb-constitution' && (decider || body || committeeOnly || arrangementOnly)) {
    const model = documentAt(file, file.lines.offsetAt(ctx.replace.start))?.typed?.model as import('../model/kinds').IcbConstitution | undefined;
    const options: [string, string | undefined][] = [];
    if (decider || body) options.push(['icb-board', 'The ICB board']);
    if (!arrangementOnly) for (const c of items(model?.committees)) if (text(c.id)) options.push([text(c.id)!, text(c.name)]);
    if (decider || arrangementOnly) {
      for (const a of items(model?.joint_working?.arrangements)) {
        if (!text(a.id) || (asItem === 'places[].joint_committee.arrangement' && text(a.type) !== 'joint_committee')) continue;
        options.push([text(a.id)!, [text(a.type)?.replace(/_/g, ' '), text(a.description)].filter(Boolean).join(': ') || 'joint working arrangement']);
      }
    }
    if (decider) for (const m of items(model?.board?.members)) if (text(m.id)) options.push([text(m.id)!, [text(m.name), roleLabel(m, model)].filter(Boolean).join(' — ')]);
    options.forEach(([id, detail], i) => {
      if (!taken.has(id)) out.push({ label: id, kind: 'reference', detail, insertText: lead + id, snippet: false, range: ctx.replace, sortText: String(i).padStart(3, '0') });
    });
    return out;
  }
  if (kind === 'icb-constitution' && ICB_REFERENCE_PATHS.includes(asItem)) {
    const self = documentAt(file, file.lines.offsetAt(ctx.replace.start))?.typed?.model as import('../model/kinds').IcbConstitution | undefined;
    for (const f of system.files) {
      for (const d of f.documents) {
        if (d.typed?.kind !== 'icb-constitution' || d.typed.model === self) continue;
        const id = text(d.typed.model.icb?.id);
        if (id && !taken.has(id)) out.push({ label: id, kind: 'reference', detail: text(d.typed.model.icb?.name), insertText: lead + id, snippet: false, range: ctx.replace });
      }
    }
    return out;
  }
  const governing = asItem === 'places[].icb_committee' || (kind === 'place-partnership' && asItem === 'icb_committee');
  if (asItem === 'committees[].reports_to' || asItem === 'places[].reports_to[]' || (kind === 'place-partnership' && asItem === 'reports_to[]') || governing) {
    const bodies: [string, string][] = governing ? [] : [['icb-board', 'The ICB board']];
    if (asItem !== 'committees[].reports_to' && !governing) bodies.push(['icp', 'The integrated care partnership']);
    const icb = kind === 'place-partnership' ? icbModelFor(file, system) : (documentAt(file, file.lines.offsetAt(ctx.replace.start))?.typed?.model as import('../model/kinds').IcbConstitution | undefined);
    const committees = items(icb?.committees)
      .map((c) => [text(c.id), text(c.name) ?? ''] as [string | undefined, string])
      .filter((c): c is [string, string] => c[0] !== undefined);
    for (const [id, name] of [...bodies, ...committees]) {
      if (taken.has(id)) continue;
      out.push({ label: id, kind: 'reference', detail: name, insertText: lead + id, snippet: false, range: ctx.replace });
    }
    return out;
  }
  if ((kind === 'integrated-care-partnership' || kind === 'place-partnership') && normalised === 'icb') {
    for (const f of system.files) {
      for (const d of f.documents) {
        if (d.typed?.kind !== 'icb-constitution') continue;
        const id = text(d.typed.model.icb?.id);
        if (id) out.push({ label: id, kind: 'reference', detail: text(d.typed.model.icb?.name), insertText: lead + id, snippet: false, range: ctx.replace });
      }
    }
    return out;
  }
  if (scalar.enum) {
    scalar.enum.forEach((v, i) => {
      const value = String(v);
      if (taken.has(value)) return;
      out.push({ label: value, kind: 'value', detail: scalar.title, documentation: scalar.enumDescriptions?.[i], insertText: lead + value, snippet: false, range: ctx.replace, sortText: String(i).padStart(3, '0') });
    });
  } else if (scalar.const !== undefined) {
    out.push({ label: String(scalar.const), kind: 'value', detail: scalar.title, documentation: scalar.description, insertText: lead + String(scalar.const), snippet: false, range: ctx.replace });
  } else if (scalar.types.includes('boolean')) {
    for (const v of ['true', 'false']) out.push({ label: v, kind: 'value', detail: scalar.title, documentation: scalar.description, insertText: lead + v, snippet: false, range: ctx.replace });
  }
  return out;
}

function icbModelFor(file: AnalyzedFile, system: SystemFiles) {
  let icbId: string | undefined;
  for (const d of file.documents) if (d.typed && d.typed.kind !== 'icb-constitution') icbId = text(d.typed.model.icb);
  if (!icbId) return undefined;
  for (const f of system.files) for (const d of f.documents) if (d.typed?.kind === 'icb-constitution' && text(d.typed.model.icb?.id) === icbId) return d.typed.model;
  return undefined;
}

/** Items already written in the flow list around the cursor (`[lay-1, |]`), so they are not offered twice. */
function flowListItems(file: AnalyzedFile, ctx: CompletionContext): Set<string> {
  const line = file.lines.lineText(ctx.replace.start.line);
  const open = line.lastIndexOf('[', ctx.replace.start.character);
  const close = line.indexOf(']', ctx.replace.end.character);
  const inside = line.slice(open + 1, close < 0 ? undefined : close);
  const current = line.slice(ctx.replace.start.character, ctx.replace.end.character);
  return new Set(inside.split(',').map((s) => s.trim().replace(/^["']|["']$/g, '')).filter((s) => s !== '' && s !== current));
}

function keyInsertText(root: JsonSchema, key: string, prop: ResolvedSchema | undefined, ctx: CompletionContext): string {
  if (!prop) return `${key}: $0`;
  if (ctx.flow) {
    if (prop.enum) return `${key}: \${1|${prop.enum.map(String).join(',')}|}`;
    return `${key}: $0`;
  }
  const pad = ' '.repeat(ctx.column + INDENT);
  if (prop.enum) return `${key}: \${1|${prop.enum.map(String).join(',')}|}`;
  if (prop.const !== undefined) return `${key}: ${String(prop.const)}`;
  if (prop.types.includes('boolean')) return `${key}: \${1|true,false|}`;
  if (prop.types.includes('array') || prop.items) {
    const item = resolve(root, prop.items);
    const itemIsObject = item !== undefined && (item.types.includes('object') || Object.keys(item.properties).length > 0);
    return itemIsObject ? `${key}:\n${pad}- $0` : `${key}: [$0]`;
  }
  if (prop.types.includes('object') || Object.keys(prop.properties).length > 0) return `${key}:\n${pad}$0`;
  return `${key}: $0`;
}

/** Snippets for a new list item where one is being written (board members, committees, places). */
function itemSnippets(kind: DocumentKind, listPath: string[], ctx: CompletionContext, withDash: boolean, seatIds: string[] = []): Suggestion[] {
  if (ctx.flow) return [];
  const p = listPath.map((s) => (s === ITEM ? '[]' : s)).join('.');
  let snippets: Snippet[] = [];
  // A seat holder's seat is one of the document's seats: offered as a choice.
  if (kind === 'icb-constitution' && p === 'board.members') snippets = MEMBER_SNIPPETS.map((m) => (m === SEAT_HOLDER_SNIPPET && seatIds.length > 0 ? { ...m, body: m.body.replace('${3:todo}', `\${3|${seatIds.join(',')}|}`) } : m));
  else if (kind === 'icb-constitution' && p === 'board.seats') snippets = SEAT_SNIPPETS;
  else if (kind === 'icb-constitution' && p === 'committees') snippets = [COMMITTEE_SNIPPET, COMMITTEE_CHAIR_RULE_SNIPPET];
  else if (kind === 'icb-constitution' && p === 'places') snippets = [PLACE_SNIPPET];
  // The item's keys line up after the dash: the dash's column plus two.
  const dashColumn = withDash ? ctx.column : ctx.column - 2;
  return snippets.map((s, i) => snippetSuggestion(s, ctx, dashColumn + 2, withDash, `0${i}`));
}

function snippetSuggestion(s: Snippet, ctx: CompletionContext, column: number, withDash: boolean, sortText: string): Suggestion {
  const body = indentSnippet(s.body, column);
  return { label: s.label, kind: 'snippet', detail: s.detail, documentation: '```yaml\n' + expandSnippet(s.body) + '\n```', insertText: (withDash ? '- ' : '') + body, snippet: true, range: ctx.replace, sortText, filterText: s.label };
}

/** The ids of a constitution's seats, for the seat holder's snippet. */
function seatIdsOf(document: { typed?: { kind: string; model: unknown } } | undefined): string[] {
  if (document?.typed?.kind !== 'icb-constitution') return [];
  const model = document.typed.model as import('../model/kinds').IcbConstitution;
  return (model.board?.seats?.items ?? []).map((seat) => text(seat.id)).filter((id): id is string => !!id);
}
