import type { AnalyzedFile } from '../analyze';
import type { Quorum } from '../model/kinds';
import { items, text } from '../model/query';
import type { Position, Range } from '../types';
import { findDefinition, memberCard, roleLabel, seatCard, type SystemFiles } from './hover';
import { compositionOf, holdersText, votingCount } from '../model/composition';
import { SymbolIndex } from './references';

/** A short note shown after text: who an id is, what a quorum amounts to. */
export interface InlayHint {
  position: Position;
  label: string;
  /** Markdown shown on hover over the hint. */
  tooltip?: string;
}

const inRange = (p: Position, r: Range | undefined) => !r || ((p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character)) && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character)));

/**
 * After each id that refers to a member, committee or ICB: its name (and a member's role). After a
 * quorum's `minimum_members`: the share of the voting members it is.
 */
export function inlayHints(file: AnalyzedFile, system: SystemFiles, range?: Range): InlayHint[] {
  const out: InlayHint[] = [];
  const index = system.index ?? new SymbolIndex();
  const files = system.files.some((f) => f.uri === file.uri) ? system.files : [file, ...system.files];
  for (const o of index.occurrences(file)) {
    if (o.definition || !inRange(o.range.end, range)) continue;
    const def = findDefinition(o, files);
    if (!def) continue;
    if (def.kind === 'member') {
      out.push({ position: o.range.end, label: `${text(def.member.name) ?? o.id}, ${roleLabel(def.member, def.icb)}`, tooltip: memberCard(def.member, def.icb) });
    } else if (def.kind === 'seat') {
      out.push({ position: o.range.end, label: `${def.seat.title ?? o.id}, ${holdersText(def.seat)}`, tooltip: seatCard(def.seat) });
    } else if (def.kind === 'committee') {
      const name = text(def.committee.name);
      if (name) out.push({ position: o.range.end, label: name });
    } else if (def.kind === 'icb') {
      const name = text(def.icb.icb?.name);
      if (name) out.push({ position: o.range.end, label: name });
    } else if (def.kind === 'place') {
      const name = text(def.place.name);
      if (name) out.push({ position: o.range.end, label: name });
    }
  }
  for (const d of file.documents) {
    if (d.typed?.kind !== 'icb-constitution') continue;
    const icb = d.typed.model;
    // Members (or seats) whose voting the constitution does not state are counted as voting, and the tooltip says so.
    const voting = votingCount(compositionOf(icb).positions);
    const assumed = voting.unstated > 0 ? ` (${voting.unstated} of them counted as voting though the constitution does not say whether they vote)` : '';
    quorumHint(icb.board?.quorum, voting.voting + voting.unstated, 'voting board members', out, range, assumed);
    for (const c of items(icb.committees)) quorumHint(c.quorum, items(c.members).length + items(c.other_members).length, 'committee members', out, range);
  }
  return out.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

function quorumHint(q: Quorum | undefined, of: number, what: string, out: InlayHint[], range?: Range, assumed = ''): void {
  const min = q?.minimum_members;
  if (!min || of === 0 || !inRange(min.loc.range.end, range)) return;
  const share = Math.round((min.value / of) * 100);
  out.push({
    position: min.loc.range.end,
    label: `of ${of} ${what} (${share}%)`,
    tooltip: (share > 100 ? `The quorum is larger than the ${of} ${what}: no meeting could ever be quorate.` : `${min.value} of the ${of} ${what} must be present for the meeting to make decisions.`) + (assumed ? ` ${assumed.trim().replace(/^\((.*)\)$/, '$1').replace(/^./, (c) => c.toUpperCase())}.` : ''),
  });
}
