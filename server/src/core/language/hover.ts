import type { AnalyzedFile } from '../analyze';
import type { BoardMember, Committee, IcbConstitution, Place, PlacePartnership } from '../model/kinds';
import { items, text } from '../model/query';
import { compositionOf, committeeChair, holdersText, personOrPost, ROLE_NOUNS, type BoardPosition } from '../model/composition';
import { ruleById } from '../rules';
import { SCHEMAS } from '../schema/validate';
import { parseSuppressions } from '../suppressions';
import type { Citation, Finding, Position, Range } from '../types';
import { nodeAt } from './cursor';
import { ruleDocsUrl } from './links';
import { KIND_WORD, occurrenceAt, sameSymbol, SymbolIndex, type SymbolOccurrence } from './references';
import { enumDescription, schemaAtPath, scalarSchema } from './schemaNav';

/** A hover: Markdown, and the range it is about. */
export interface HoverResult {
  markdown: string;
  range?: Range;
}

export interface SystemFiles {
  /** Every file of the system, the hovered one included. */
  files: AnalyzedFile[];
  index?: SymbolIndex;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
export const rangeContains = (r: Range, p: Position) => before(r.start, p) && before(p, r.end);

export const CONFIDENCE_WORDS: Record<Citation['confidence'], string> = {
  V: 'verified — the source was read',
  I: 'inferred — from a summary of the source',
  U: 'unverified — the source could not be read',
};

/**
 * What the editor shows when you rest on something: the findings there (rule, source, how to fix),
 * a suppression comment, a member/committee/place/ICB id (its card), a key (what it means) or an
 * enum value (what it means). Sections are joined with a rule.
 */
export function hoverAt(file: AnalyzedFile, position: Position, findings: Finding[], system: SystemFiles): HoverResult | undefined {
  const sections: string[] = [];
  let range: Range | undefined;

  const here = findings.filter((f) => f.uri === file.uri && rangeContains(f.range, position));
  const seenRules = new Set<string>();
  for (const f of here) {
    if (seenRules.has(f.ruleId)) continue;
    seenRules.add(f.ruleId);
    const md = findingMarkdown(f);
    if (md) {
      sections.push(md);
      range ??= f.range;
    }
  }

  const suppression = parseSuppressions(file.text, file.lines).find((s) => rangeContains(s.range, position));
  if (suppression) {
    sections.push(suppressionMarkdown(suppression, file));
    range ??= suppression.range;
  }

  const index = system.index ?? new SymbolIndex();
  const all = system.files.flatMap((f) => index.occurrences(f));
  const occurrence = occurrenceAt(index.occurrences(file), position);
  if (occurrence) {
    const card = cardFor(occurrence, all, system.files);
    if (card) {
      sections.push(card);
      range ??= occurrence.range;
    }
  }

  const offset = file.lines.offsetAt(position);
  const at = nodeAt(file, offset);
  if (at && at.document.kind && !occurrence) {
    const root = SCHEMAS[at.document.kind];
    const path = at.path.map(String);
    const schema = schemaAtPath(root, path);
    if (schema && at.on === 'key') {
      sections.push(keyMarkdown(path[path.length - 1], schema.title, schema.description));
    } else if (schema && at.on === 'value') {
      const scalar = scalarSchema(root, schema);
      const description = enumDescription(scalar, at.scalar.value);
      if (description) sections.push(`\`${String(at.scalar.value)}\` — ${description}`);
      else if (schema.title && schema.description && here.length === 0) sections.push(keyMarkdown(path.filter((s) => !/^\d+$/.test(s)).pop() ?? '', schema.title, schema.description));
    }
    if (at.scalar.range) range ??= file.lines.range(at.scalar.range[0], at.scalar.range[1]);
  }

  if (sections.length === 0) return undefined;
  return { markdown: sections.join('\n\n---\n\n'), range };
}

function keyMarkdown(key: string, title: string | undefined, description: string | undefined): string {
  return [`**${title ?? key}** \`${key}\``, description].filter(Boolean).join('\n\n');
}

/** A finding's rule: title, sources with links and confidence, how to fix, and its page. */
export function findingMarkdown(f: Finding): string | undefined {
  const rule = ruleById(f.ruleId);
  if (!rule) return undefined;
  const m = rule.meta;
  const lines = [`**${m.id}** — ${m.title} *(${f.severity})*`];
  if (m.citations.length > 0) {
    lines.push(m.citations.map((c) => `- ${c.instrument}, [${c.provision}](${c.url}) — ${CONFIDENCE_WORDS[c.confidence]}`).join('\n'));
  }
  if (m.docs.howToFix) lines.push(`**How to fix:** ${m.docs.howToFix}`);
  const url = ruleDocsUrl(m.id);
  if (url) lines.push(`[Documentation for ${m.id}](${url})`);
  return lines.join('\n\n');
}

function suppressionMarkdown(s: ReturnType<typeof parseSuppressions>[number], file: AnalyzedFile): string {
  const target = file.lines.lineText(s.targetLine).trim();
  const rules = s.ruleIds.map((id) => {
    const r = ruleById(id);
    return r ? `\`${id}\` — ${r.meta.title}` : `\`${id}\` — not a rule of ICS Constitution Checker`;
  });
  const out = [`**Suppression** of ${rules.length === 1 ? rules[0] : 'these rules:\n' + rules.map((r) => `- ${r}`).join('\n')}`];
  const last = Math.max(s.targetLine, ...Object.values(s.lastLine));
  if (last > s.targetLine) out.push(`On lines ${s.targetLine + 1}–${last + 1}${s.kind === 'block' && last === file.lines.lineCount - 1 ? ' (to the end of the file: no `ics-check-enable` follows)' : ''}`);
  else out.push(`On line ${s.targetLine + 1}: \`${target.replace(/`/g, "'")}\``);
  out.push(`Reason: ${s.reason ? s.reason : '*none given — add `-- <reason>`*'}`);
  if (s.owner) out.push(`Owner: ${s.owner}`);
  if (s.expires) out.push(`Expires: ${s.expires}`);
  return out.join('\n\n');
}

// ---------------------------------------------------------------- cards

function cardFor(o: SymbolOccurrence, all: SymbolOccurrence[], files: AnalyzedFile[]): string | undefined {
  const uses = sameSymbol(all, o).filter((x) => !x.definition);
  const usedAs = uses.length > 0 ? `\n\nUsed as: ${[...new Set(uses.map((u) => u.role))].join('; ')}` : '';
  const definition = findDefinition(o, files);
  if (!definition) return `**${o.id}** — no ${KIND_WORD[o.kind]} has this id${o.kind === 'icb' ? ' among the files of this workspace' : ''}.${usedAs}`;
  switch (definition.kind) {
    case 'member':
      return memberCard(definition.member, definition.icb) + usedAs;
    case 'seat':
      return seatCard(definition.seat) + usedAs;
    case 'committee':
      return committeeCard(definition.committee, definition.icb) + usedAs;
    case 'place':
      return placeCard(definition.place) + usedAs;
    case 'icb': {
      const icb = definition.icb;
      const members = items(icb.board?.members).length;
      const seats = items(icb.board?.seats).length;
      return `**${text(icb.icb?.name) ?? o.id}** (ICB \`${o.id}\`)\n\nBoard: ${seats > 0 ? `${seats} seat${seats === 1 ? '' : 's'}, ` : ''}${members} member${members === 1 ? '' : 's'} · committees: ${items(icb.committees).length} · places: ${items(icb.places).length}${usedAs}`;
    }
  }
}

type Definition =
  | { kind: 'member'; member: BoardMember; icb: IcbConstitution }
  | { kind: 'seat'; seat: BoardPosition; icb: IcbConstitution }
  | { kind: 'committee'; committee: Committee; icb: IcbConstitution }
  | { kind: 'place'; place: Place | PlacePartnership }
  | { kind: 'icb'; icb: IcbConstitution };

/** The model node that declares an id, in the ICB (or place files) of its scope. */
export function findDefinition(o: Pick<SymbolOccurrence, 'kind' | 'id' | 'scope' | 'uri'>, files: AnalyzedFile[]): Definition | undefined {
  for (const f of files) {
    for (const d of f.documents) {
      const t = d.typed;
      if (!t) continue;
      if (t.kind === 'icb-constitution') {
        const icb = t.model;
        const scope = text(icb.icb?.id) ?? f.uri;
        if (o.kind === 'icb') {
          if (text(icb.icb?.id) === o.id) return { kind: 'icb', icb };
          continue;
        }
        if (scope !== o.scope) continue;
        if (o.kind === 'member') {
          const m = items(icb.board?.members).find((x) => text(x.id) === o.id);
          if (m) return { kind: 'member', member: m, icb };
        } else if (o.kind === 'seat') {
          const seat = compositionOf(icb).resolve(o.id);
          if (seat && seat.kind === 'seat') return { kind: 'seat', seat, icb };
        } else if (o.kind === 'committee') {
          const c = items(icb.committees).find((x) => text(x.id) === o.id);
          if (c) return { kind: 'committee', committee: c, icb };
        } else if (o.kind === 'place') {
          const p = items(icb.places).find((x) => text(x.id) === o.id);
          if (p) return { kind: 'place', place: p };
        }
      } else if (t.kind === 'place-partnership' && o.kind === 'place') {
        if ((text(t.model.icb) ?? f.uri) === o.scope && text(t.model.id) === o.id) return { kind: 'place', place: t.model };
      }
    }
  }
  return undefined;
}


/** "chair", "executive member (medical)", "partner member (nhs trusts)", from a role and its detail. */
export function roleWords(e: { role?: string; function?: string; sector?: string; represents?: string }): string {
  const word = e.role ? (ROLE_NOUNS[e.role] ?? e.role) : 'board member (no role)';
  const detail = e.function ?? e.sector ?? e.represents;
  return detail ? `${word} (${detail.replace(/_/g, ' ')})` : word;
}

/** A member's role in words: their own, or their seat's (pass the constitution to read the seat). */
export function roleLabel(m: BoardMember, icb?: IcbConstitution): string {
  const holder = icb ? compositionOf(icb).holderOf(m) : undefined;
  return roleWords(holder ?? { role: text(m.role), function: text(m.function), sector: text(m.sector), represents: text(m.represents) });
}

export function memberCard(m: BoardMember, icb?: IcbConstitution): string {
  const holder = icb ? compositionOf(icb).holderOf(m) : undefined;
  const name = personOrPost(m) ?? text(m.id) ?? 'Unnamed member';
  const lines = [`**${name}**${m.acting?.value === true ? ' (acting)' : ''} — ${roleLabel(m, icb)}`];
  const facts: string[] = [];
  const title = holder?.title ?? text(m.title);
  if (title && title !== name) facts.push(`Title: ${title}`);
  if (holder?.seat) facts.push(`Seat: ${text(holder.seat.title) ?? text(holder.seat.id)} (\`${text(holder.seat.id) ?? '?'}\`${holder.seatBy === 'matched' ? ', by role' : ''})`);
  if ((holder?.independent ?? m.independent?.value) === true) facts.push('independent');
  if ((holder ? holder.voting : m.voting?.value) === false) facts.push('non-voting');
  if (text(m.profession)) facts.push(`Profession: ${text(m.profession)!.replace(/_/g, ' ')}`);
  if (facts.length > 0) lines.push(facts.join(' · '));
  const reg = m.registration;
  if (reg) lines.push(`Registration: ${[text(reg.regulator), text(reg.number)].filter(Boolean).join(' ') || '*incomplete*'}`);
  else if (text(m.profession)) lines.push('Registration: *none given*');
  lines.push(`Board member id \`${text(m.id) ?? '?'}\``);
  return lines.join('\n\n');
}

const SIZE_WORDS = (p: BoardPosition): string =>
  p.size.max === p.size.min ? `${p.size.min === 1 ? 'one' : `exactly ${p.size.min}`}` : p.size.max === undefined ? `at least ${p.size.min}` : `${p.size.min} to ${p.size.max}`;

/** A board seat (format 1.1): what it is, its size, who holds it, how it is filled. */
export function seatCard(p: BoardPosition): string {
  const lines = [`**${p.title ?? p.id ?? 'Board seat'}** — ${roleWords(p)} seat · ${SIZE_WORDS(p)}`];
  lines.push(holdersText(p).replace(/^./, (c) => c.toUpperCase()));
  const appointment = p.declared('appointment');
  const by = text(appointment?.by);
  if (by || text(appointment?.procedure)) lines.push(`Appointed by: ${[by?.replace(/_/g, ' '), text(appointment?.approved_by) ? `approved by ${text(appointment?.approved_by)!.replace(/_/g, ' ')}` : undefined, text(appointment?.procedure)].filter(Boolean).join(' · ')}`);
  if (p.voting !== undefined) lines.push(p.voting ? 'Voting' : 'Non-voting');
  lines.push(`Board seat id \`${p.id ?? '?'}\``);
  return lines.join('\n\n');
}

function committeeCard(c: Committee, icb: IcbConstitution): string {
  const name = text(c.name) ?? text(c.id) ?? 'Unnamed committee';
  const chairId = text(c.chair);
  const lines = [`**${name}**${text(c.type) ? ` — ${text(c.type)!.replace(/_/g, ' ')} committee` : ''}`];
  const chair = committeeChair(compositionOf(icb), c);
  if (chair.kind === 'entity') lines.push(`Chair: ${chair.entity.kind === 'holder' ? `${personOrPost(chair.entity.member) ?? chairId} (${roleWords(chair.entity)})` : `${chair.entity.label} (${holdersText(chair.entity as BoardPosition)})`}`);
  else if (chair.kind === 'unknown') lines.push(`Chair: \`${chairId}\` (not a board member)`);
  else if (chair.kind === 'rule') lines.push(`Chair: ${text(chair.rule.description) ?? `by rule — ${[text(chair.rule.role)?.replace(/_/g, ' '), chair.seat?.label].filter(Boolean).join(', ') || 'see chair_rule'}`}`);
  else if (chair.kind === 'independent') lines.push(`Chair: ${personOrPost(chair.chair) ?? 'an independent chair'} (independent, not a board member)`);
  const members = items(c.members).length + items(c.other_members).length;
  const participants = items(c.participants).length;
  lines.push(`Members: ${members}${c.quorum?.minimum_members ? ` · quorum ${c.quorum.minimum_members.value}` : ''}${participants > 0 ? ` · participants: ${participants}` : ''}`);
  lines.push(`Committee id \`${text(c.id) ?? '?'}\``);
  return lines.join('\n\n');
}

function placeCard(p: Place | PlacePartnership): string {
  const name = text(p.name) ?? text(p.id) ?? 'Unnamed place';
  const lines = [`**${name}** — place-based partnership`];
  const facts: string[] = [];
  if (p.population) facts.push(`population ${p.population.value.toLocaleString('en-GB')}`);
  const las = items(p.local_authorities).map((s) => s.value);
  if (las.length > 0) facts.push(`local authorities: ${las.join(', ')}`);
  const models = items(p.governance_model).map((s) => s.value.replace(/_/g, ' '));
  if (models.length > 0) facts.push(`governance: ${models.join(', ')}`);
  if (facts.length > 0) lines.push(facts.join(' · '));
  lines.push(`Place id \`${text(p.id) ?? '?'}\``);
  return lines.join('\n\n');
}
