import { noteRead, tracking } from './reads';
import type { BoardMember, BoardSeat, Committee, IcbConstitution } from './kinds';
import type { Loc, Scalar } from './spec';
import { capitalise, items, memberLabel, nearMiss, text, values } from './query';

/**
 * The composition of an ICB board, read once and shared by every consumer (rules, renderers, the
 * report, `init`), so that nothing reasons twice about the same seat.
 *
 * A constitution describes *positions*: in format 1.1 the seats it declares (`board.seats`, each
 * with its size and its holders — the members whose `seat:` names it), and in a document without
 * seats each member as a position of exactly one. Members who hold a seat take the seat's role,
 * function, sector, voting, appointment, removal and term unless they state their own. Counting
 * rules count positions; rules about one person (a registration, other posts) look at holders.
 *
 * Voting is three-valued: `true`, `false`, or not stated (`undefined`), so arithmetic can say what
 * it assumed. Problems of the composition itself (a member naming an unknown seat, more holders
 * than a seat's size, a vacancy) are collected in `issues` for the schema check and the seat rules.
 */

/** A voting status or other yes/no fact: `undefined` when the constitution does not state it. */
export type Tri = boolean | undefined;

/** The node that declares a seat's or member's character: a seat, or a member (who may be their own position). */
export type Declarer = BoardSeat | BoardMember;

/** Keys a member inherits from the seat they hold. */
export type InheritedKey =
  | 'role'
  | 'function'
  | 'sector'
  | 'represents'
  | 'profession'
  | 'independent'
  | 'voting'
  | 'employment'
  | 'appointment'
  | 'removal'
  | 'term'
  | 'nominated_by'
  | 'role_statement'
  | 'conflict_management'
  | 'background'
  | 'expertise'
  | 'title';

/** What rules judge about someone on the board, whether a named person or a seat. */
export interface BoardEntity {
  kind: 'holder' | 'seat' | 'member';
  /** The member's or seat's id. */
  id?: string;
  role?: string;
  function?: string;
  sector?: string;
  represents?: string;
  profession?: string;
  employment?: string;
  title?: string;
  independent: Tri;
  voting: Tri;
  /** Recorded expertise, lower-cased: a holder's own and what their seat is reserved for. */
  expertise: string[];
  /** For messages: "Ruth Ode (ruth-ode)", "the Chief Medical Officer seat (cmo)". */
  label: string;
  /** The member's or seat's node. */
  loc: Loc;
  /** Where a fact is declared (the member's own key, else the seat's), for pointing and for fixes. */
  declared<K extends InheritedKey>(key: K): Declarer[K];
}

/** A board member as the rules see them: their own facts, completed by their seat's. */
export interface Holder extends BoardEntity {
  kind: 'holder';
  member: BoardMember;
  /** The seat held: named by `seat:`, or matched by role in a document with seats. */
  seat?: BoardSeat;
  seatBy?: 'named' | 'matched';
  position: BoardPosition;
  acting: boolean;
}

/** A place on the board: a declared seat, or (without seats) one member. */
export interface BoardPosition extends BoardEntity {
  kind: 'seat' | 'member';
  seat?: BoardSeat;
  /** For a position of one member (a document without seats, or a member who holds no seat). */
  member?: BoardMember;
  /** The node that declares the position's character and arrangements. */
  declarer: Declarer;
  holders: Holder[];
  /** How many members the position has: `max` is undefined when there is no upper limit. */
  size: { min: number; max?: number };
  eligibility: string[];
  /**
   * False for a seat of a shared (clustered) board that does not count for this ICB, and for a
   * member whose `seat:` names nothing and who states no role (see `issues`).
   */
  countsHere: boolean;
}

export type CompositionIssue =
  /** A member's `seat:` names no declared seat. */
  | { kind: 'unknown-seat'; member: BoardMember; ref: Scalar<string>; suggestion?: string }
  /** A seat's size is stated inconsistently (`count` with `min`/`max`, or `min` above `max`). */
  | { kind: 'size'; seat: BoardSeat; at: Loc; message: string }
  /** More holders than the seat's `count` or `max`. */
  | { kind: 'over'; position: BoardPosition; max: number }
  /** Fewer holders than the seat's minimum, in a constitution that lists its members. */
  | { kind: 'vacant'; position: BoardPosition; missing: number }
  /** In a constitution with seats, a member who holds none (no `seat:`, and no one seat fits). */
  | { kind: 'unseated'; holder: Holder; candidates: BoardSeat[] }
  /** A member states a role, function or sector other than their seat's. */
  | { kind: 'conflict'; holder: Holder; key: 'role' | 'function' | 'sector'; own: Scalar<string>; seatValue: Scalar<string> };

export interface Composition {
  /** True when the board declares seats (format 1.1). */
  seated: boolean;
  /** The positions that count for this ICB (on a clustered board, the seats that count for it). */
  positions: BoardPosition[];
  /** Every position, including seats of a shared board that count only for another ICB. */
  allPositions: BoardPosition[];
  /** Every board member, in document order. */
  holders: Holder[];
  issues: CompositionIssue[];
  /** The board member or seat an id names (a member id first), or undefined. */
  resolve(id: string | undefined): Holder | BoardPosition | undefined;
  /** The holder view of a board member of this constitution. */
  holderOf(member: BoardMember): Holder | undefined;
  /** Ids of members and seats, for "did you mean" suggestions. */
  ids(): string[];
}

const cache = new WeakMap<IcbConstitution, { composition: Composition; reads: Set<string> }>();

/**
 * The composition of a constitution's board (computed once per model). Each call counts as reading
 * the sections it was built from, for the rule cache (rules/cache.ts).
 */
export function compositionOf(icb: IcbConstitution): Composition {
  let c = cache.get(icb);
  if (!c) {
    const { result, reads } = tracking(() => build(icb));
    c = { composition: result, reads };
    cache.set(icb, c);
  }
  for (const key of c.reads) noteRead(key);
  return c.composition;
}

/** Board roles as nouns: "chief executive", "non-executive member". */
export const ROLE_NOUNS: Record<string, string> = {
  chair: 'chair',
  chief_executive: 'chief executive',
  executive: 'executive member',
  non_executive: 'non-executive member',
  partner: 'partner member',
  other: 'ordinary member',
};

/** "the Chief Medical Officer seat (cmo)", "the non-executive member seat (ned)". */
export function seatLabel(seat: BoardSeat): string {
  const id = text(seat.id);
  const what = text(seat.title) ?? ROLE_NOUNS[text(seat.role) ?? ''] ?? 'board';
  return id ? `the ${what} seat (${id})` : `the ${what} seat`;
}

/** "held by Ruth Ode (ruth-ode)", "held by A and B", "with no holder named". */
export function holdersText(p: BoardPosition): string {
  if (p.holders.length === 0) return 'with no holder named';
  const names = p.holders.map((h) => h.label);
  return `held by ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`}`;
}

function lower(list: string[]): string[] {
  return list.map((e) => e.trim().toLowerCase()).filter((e) => e !== '');
}

function sizeOf(seat: BoardSeat): { min: number; max?: number } {
  const count = seat.count?.value;
  const min = seat.min?.value;
  const max = seat.max?.value;
  if (count !== undefined) return { min: count, max: count };
  if (min === undefined && max === undefined) return { min: 1, max: 1 };
  return { min: min ?? 0, max };
}

function build(icb: IcbConstitution): Composition {
  const members = items(icb.board?.members);
  const seats = items(icb.board?.seats);
  const seated = icb.board?.seats !== undefined;
  const icbId = text(icb.icb?.id);
  const sharedBoard = icb.board?.shared_with !== undefined;
  const issues: CompositionIssue[] = [];

  const seatById = new Map<string, BoardSeat>();
  for (const s of seats) {
    const id = text(s.id);
    if (id && !seatById.has(id)) seatById.set(id, s);
  }

  const countsHere = (d: Declarer): boolean => {
    const list = values(d.icbs);
    return !sharedBoard || list.length === 0 || icbId === undefined || list.includes(icbId);
  };

  const seatPositions = new Map<BoardSeat, BoardPosition>();
  const positions: BoardPosition[] = [];
  for (const s of seats) {
    const size = sizeOf(s);
    const p = makePosition('seat', s, size);
    p.seat = s;
    seatPositions.set(s, p);
    positions.push(p);
    if (s.count !== undefined && (s.min !== undefined || s.max !== undefined)) {
      issues.push({ kind: 'size', seat: s, at: (s.min ?? s.max)!.loc, message: `${capitalise(seatLabel(s))} gives both \`count\` and \`${s.min ? 'min' : 'max'}\`: a seat's size is either exactly \`count\`, or \`min\` and \`max\`.` });
    } else if (s.min !== undefined && s.max !== undefined && s.min.value > s.max.value) {
      issues.push({ kind: 'size', seat: s, at: s.min.loc, message: `${capitalise(seatLabel(s))} has \`min: ${s.min.value}\` above \`max: ${s.max.value}\`.` });
    }
  }

  const holders: Holder[] = [];
  const byMember = new Map<BoardMember, Holder>();
  for (const m of members) {
    const ref = m.seat;
    const named = text(ref) ? seatById.get(text(ref)!) : undefined;
    let seat = named;
    let seatBy: Holder['seatBy'] = named ? 'named' : undefined;
    let candidates: BoardSeat[] = [];
    if (ref && text(ref) && !named) {
      issues.push({ kind: 'unknown-seat', member: m, ref, suggestion: nearMiss(text(ref)!, seatById.keys()) });
    } else if (!ref && seated) {
      candidates = seats.filter((s) => fits(m, s));
      if (candidates.length === 1) {
        seat = candidates[0];
        seatBy = 'matched';
      }
    }
    const h = makeHolder(m, seat, seatBy);
    holders.push(h);
    byMember.set(m, h);
    if (seat) {
      const p = seatPositions.get(seat)!;
      h.position = p;
      p.holders.push(h);
      for (const key of ['role', 'function', 'sector'] as const) {
        const own = m[key];
        const seatValue = seat[key];
        if (own && seatValue && text(own) && text(seatValue) && text(own) !== text(seatValue)) issues.push({ kind: 'conflict', holder: h, key, own, seatValue });
      }
    } else {
      const p = makePosition('member', m, { min: 1, max: 1 });
      p.member = m;
      p.holders.push(h);
      h.position = p;
      // A member whose `seat:` names nothing (a schema error) and who states no role of their own
      // is not counted as a place of the board: they most likely hold one of the declared seats.
      if (ref && text(ref) && !text(m.role)) p.countsHere = false;
      positions.push(p);
      if (seated && !(ref && text(ref))) issues.push({ kind: 'unseated', holder: h, candidates });
    }
  }
  // Members without seats take their place after the seats, in document order.
  positions.sort((a, b) => order(a) - order(b));

  for (const p of positions) {
    if (p.kind !== 'seat') continue;
    if (p.size.max !== undefined && p.holders.length > p.size.max) issues.push({ kind: 'over', position: p, max: p.size.max });
    if (members.length > 0 && p.holders.length < p.size.min) issues.push({ kind: 'vacant', position: p, missing: p.size.min - p.holders.length });
  }

  const holderById = new Map<string, Holder>();
  for (const h of holders) if (h.id && !holderById.has(h.id)) holderById.set(h.id, h);
  const counted = positions.filter((p) => p.countsHere);

  return {
    seated,
    positions: counted,
    allPositions: positions,
    holders,
    issues,
    resolve(id) {
      if (!id) return undefined;
      const h = holderById.get(id);
      if (h) return h;
      const s = seatById.get(id);
      return s ? seatPositions.get(s) : undefined;
    },
    holderOf: (m) => byMember.get(m),
    ids: () => [...holderById.keys(), ...seatById.keys()],
  };

  function order(p: BoardPosition): number {
    return p.loc.range.start.line * 1e6 + p.loc.range.start.character;
  }

  function makePosition(kind: 'seat' | 'member', d: Declarer, size: { min: number; max?: number }): BoardPosition {
    const seat = kind === 'seat' ? (d as BoardSeat) : undefined;
    const position: BoardPosition = {
      kind,
      id: text(d.id),
      role: text(d.role),
      function: text(d.function),
      sector: text(d.sector),
      represents: text(d.represents),
      profession: text(d.profession),
      employment: text(d.employment),
      title: text(d.title),
      independent: d.independent?.value,
      voting: d.voting?.value,
      expertise: lower(values(d.expertise)),
      label: seat ? seatLabel(seat) : memberLabel(d as BoardMember),
      loc: d.loc,
      // A seat's own statement, else its holders' when every holder states it (the constitution put it on the people).
      declared: (key) => (d[key] !== undefined || !seat ? d[key] : fromHolders(position, key)),
      declarer: d,
      holders: [],
      size,
      eligibility: seat ? values(seat.eligibility) : [],
      countsHere: countsHere(d),
    };
    return position;
  }

  function makeHolder(m: BoardMember, seat: BoardSeat | undefined, seatBy: Holder['seatBy']): Holder {
    const pick = <K extends InheritedKey>(key: K): Declarer[K] => (m[key] !== undefined ? m[key] : seat?.[key]) as Declarer[K];
    const str = (key: 'role' | 'function' | 'sector' | 'represents' | 'profession' | 'employment' | 'title') => text(m[key]) ?? (seat ? text(seat[key]) : undefined);
    return {
      kind: 'holder',
      id: text(m.id),
      role: str('role'),
      function: str('function'),
      sector: str('sector'),
      represents: str('represents'),
      profession: str('profession'),
      employment: str('employment'),
      title: str('title'),
      independent: m.independent?.value ?? seat?.independent?.value,
      voting: m.voting?.value ?? seat?.voting?.value,
      expertise: [...new Set(lower([...values(m.expertise), ...values(seat?.expertise)]))],
      label: memberLabel(m),
      loc: m.loc,
      declared: pick,
      member: m,
      seat,
      seatBy,
      position: undefined as unknown as BoardPosition,
      acting: m.acting?.value === true,
    };
  }
}

function fromHolders<K extends InheritedKey>(p: BoardPosition, key: K): Declarer[K] {
  if (p.holders.length === 0 || p.holders.some((h) => h.member[key] === undefined)) return undefined as Declarer[K];
  return p.holders[0].member[key] as Declarer[K];
}

/** Whether a member without `seat:` fits a seat: the same role, and no other function or sector. */
function fits(m: BoardMember, s: BoardSeat): boolean {
  const role = text(m.role);
  if (!role || role !== text(s.role)) return false;
  for (const key of ['function', 'sector'] as const) {
    const own = text(m[key]);
    const seat = text(s[key]);
    if (own !== undefined && seat !== undefined && own !== seat) return false;
    if (own !== undefined && seat === undefined) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Questions the rules ask of positions

/** Positions with a role (counted for this ICB). */
export function positionsWithRole(c: Composition, role: string): BoardPosition[] {
  return c.positions.filter((p) => p.role === role);
}

/** Ordinary positions: everyone but the chair and the chief executive (Sch 1B para 3(2)). */
export function ordinaryPositions(c: Composition): BoardPosition[] {
  return c.positions.filter((p) => p.role !== 'chair' && p.role !== 'chief_executive');
}

/** Executive positions with a function (finance, medical, nursing, …). */
export function executivePositions(c: Composition, fn: string): BoardPosition[] {
  return c.positions.filter((p) => p.role === 'executive' && p.function === fn);
}

/** Ordinary positions nominated by a Schedule 1B partner sector. */
export function positionsOfSector(c: Composition, sector: string): BoardPosition[] {
  return ordinaryPositions(c).filter((p) => p.sector === sector);
}

/** How many members a position has at least: its minimum, or its holders if more are named. */
export function minimumOf(p: BoardPosition): number {
  return Math.max(p.size.min, p.holders.length);
}

/** How many members a position may have at most (undefined: no upper limit). */
export function maximumOf(p: BoardPosition): number | undefined {
  return p.size.max === undefined ? undefined : Math.max(p.size.max, p.holders.length);
}

/** The fewest members the positions have together. */
export function minimumCount(ps: BoardPosition[]): number {
  return ps.reduce((n, p) => n + minimumOf(p), 0);
}

/** The most members the positions may have together (undefined: no upper limit). */
export function maximumCount(ps: BoardPosition[]): number | undefined {
  let n = 0;
  for (const p of ps) {
    const max = maximumOf(p);
    if (max === undefined) return undefined;
    n += max;
  }
  return n;
}

/** Voting members as the constitution states them: stated voting, not stated, and stated non-voting. */
export interface VotingCount {
  voting: number;
  /** Members whose voting the constitution does not state. */
  unstated: number;
  nonVoting: number;
  /** Labels of the positions whose voting is not stated. */
  unstatedLabels: string[];
}

/** Counts the members of positions by voting status (each position at its minimum). */
export function votingCount(ps: BoardPosition[]): VotingCount {
  const out: VotingCount = { voting: 0, unstated: 0, nonVoting: 0, unstatedLabels: [] };
  for (const p of ps) {
    const n = minimumOf(p);
    if (p.voting === true) out.voting += n;
    else if (p.voting === false) out.nonVoting += n;
    else {
      out.unstated += n;
      out.unstatedLabels.push(p.label);
    }
  }
  return out;
}

/**
 * How a committee is chaired: a board member or seat named in `chair`, a rule (`chair_rule`), an
 * independent chair who is not on the board, an id that names nobody, or nobody at all.
 */
export type CommitteeChair =
  | { kind: 'entity'; entity: Holder | BoardPosition; ref: Scalar<string> }
  | { kind: 'unknown'; ref: Scalar<string> }
  | { kind: 'rule'; rule: NonNullable<Committee['chair_rule']>; seat?: BoardPosition }
  | { kind: 'independent'; chair: NonNullable<Committee['independent_chair']> }
  | { kind: 'none' };

export function committeeChair(c: Composition, committee: Committee): CommitteeChair {
  const ref = committee.chair;
  const id = text(ref);
  if (ref && id) {
    const entity = c.resolve(id);
    return entity ? { kind: 'entity', entity, ref } : { kind: 'unknown', ref };
  }
  if (committee.chair_rule) {
    const seatId = text(committee.chair_rule.seat);
    const seat = seatId ? c.resolve(seatId) : undefined;
    return { kind: 'rule', rule: committee.chair_rule, seat: seat && seat.kind !== 'holder' ? seat : undefined };
  }
  if (committee.independent_chair) return { kind: 'independent', chair: committee.independent_chair };
  return { kind: 'none' };
}

/** A person identified by name or by post: "Jo Bloggs", "Director of Place, Example Council". */
export function personOrPost(p: { name?: Scalar<string>; title?: Scalar<string>; organisation?: Scalar<string> } | undefined): string | undefined {
  if (!p) return undefined;
  const name = text(p.name);
  if (name) return name;
  const title = text(p.title);
  const org = text(p.organisation);
  if (title && org) return `${title}, ${org}`;
  return title;
}
