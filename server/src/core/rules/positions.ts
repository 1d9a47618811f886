import type { IcbConstitution } from '../model/kinds';
import type { Loc } from '../model/spec';
import { compositionOf, type BoardEntity, type Composition, type Declarer, type BoardPosition } from '../model/composition';
import { items, text } from '../model/query';
import type { TextEdit } from '../types';
import type { RuleContext } from './framework';

/**
 * What the rules share about the board's composition (format 1.1): the composition view of the
 * constitution being checked, where to point at a position, and fixes that add to the board in the
 * document's own terms — a member in a document of members, a seat in a document of seats.
 */

/** The composition of the constitution being checked. */
export function board(ctx: RuleContext): Composition {
  return compositionOf(ctx.icb!);
}

/** Where to point at someone's role: where it is declared (the member's, else the seat's), else the member or seat. */
export function roleAnchor(e: BoardEntity): Loc {
  return e.declared('role')?.loc ?? e.loc;
}

/** An id that no board member, seat or participant uses yet (nor any of `taken`). */
export function unusedBoardId(icb: IcbConstitution, base: string, taken: Iterable<string> = []): string {
  const used = new Set<string>([
    ...items(icb.board?.members).map((m) => text(m.id) ?? ''),
    ...items(icb.board?.seats).map((s) => text(s.id) ?? ''),
    ...items(icb.board?.participants).map((p) => text(p.id) ?? ''),
    ...taken,
  ]);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** The keys a seat takes from a member that a fix would add (the rest — a name, a registration — are a person's). */
const SEAT_KEYS = new Set(['id', 'title', 'role', 'function', 'sector', 'represents', 'independent', 'voting', 'employment', 'appointment', 'removal', 'term', 'expertise', 'profession', 'nominated_by', 'role_statement', 'conflict_management', 'background', 'count', 'min', 'max']);

/**
 * The edit that adds places to the board: in a document that declares seats, seats (a member's
 * person-only keys, such as `name` and `registration`, are left out); otherwise members.
 */
export function addToBoard(ctx: RuleContext, entries: Record<string, unknown>[]): TextEdit | undefined {
  if (!board(ctx).seated) return ctx.editor.addAtPath(['board', 'members'], entries);
  const seats = entries.map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => SEAT_KEYS.has(k))));
  return ctx.editor.addAtPath(['board', 'seats'], seats);
}

/** "member" or "seat", for fix titles: what {@link addToBoard} adds. */
export function placeWord(ctx: RuleContext): 'member' | 'seat' {
  return board(ctx).seated ? 'seat' : 'member';
}

/** The YAML path of a seat or member (for fixes that add a key to it). */
export function declarerPath(icb: IcbConstitution, d: Declarer): (string | number)[] | undefined {
  for (const key of ['seats', 'members'] as const) {
    const seq = icb.board?.[key]?.loc.node as { items?: unknown[] } | undefined;
    const index = seq?.items?.indexOf(d.loc.node) ?? -1;
    if (index >= 0) return ['board', key, index];
  }
  return undefined;
}

/**
 * A class of positions in a document without seats: members with the same role and the same
 * function or sector (the constitution states their arrangements once per class). In a document
 * with seats each seat is its own class.
 */
export function classKey(p: BoardPosition): string {
  if (p.kind === 'seat') return `seat:${p.id ?? p.loc.range.start.line}`;
  return `class:${p.role ?? ''}:${p.function ?? p.sector ?? p.represents ?? ''}`;
}

/** Groups positions by class, keeping the order of each class's first position. */
export function byClass(ps: BoardPosition[]): BoardPosition[][] {
  const groups = new Map<string, BoardPosition[]>();
  for (const p of ps) {
    const key = classKey(p);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(p);
  }
  return [...groups.values()];
}

const CLASS_WORDS: Record<string, string> = {
  chair: 'chairs',
  chief_executive: 'chief executives',
  executive: 'executive members',
  non_executive: 'non-executive members',
  partner: 'partner members',
  other: 'other ordinary members',
};

/**
 * Who a finding about a class is about: one position's label, or for several members of a class
 * "the non-executive members Pat Lee (lay-1) and Kim Chan (lay-3)".
 */
export function classLabel(ps: BoardPosition[]): string {
  if (ps.length === 1) return ps[0].label;
  const p = ps[0];
  const detail = p.function ?? p.sector ?? p.represents;
  const words = `${CLASS_WORDS[p.role ?? ''] ?? 'members with no role'}${detail ? ` (${detail.replace(/_/g, ' ')})` : ''}`;
  const labels = ps.map((x) => x.label);
  return `the ${words} ${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
