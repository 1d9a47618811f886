import { hierarchy, tree as treeLayout } from 'd3-hierarchy';
import type { SystemDoc, SystemView } from '../rules/framework';
import type { Arrangement, IcbConstitution, IntegratedCarePartnership, Place, PlacePartnership } from '../model/kinds';
import type { Scalar } from '../model/spec';
import { items, text, values } from '../model/query';
import { governanceOf, type GovernanceIndex } from '../model/governance';
import { functionsBrief, refText } from './beyond';
import { plain, source, type Diagram, type DiagramBox, type Inline } from './tree';
import { capitalise, joinAnd, poundsText, word } from './words';

/**
 * The governance structure of an ICB: the board, its committees and their sub-committees, the
 * delegations and joint working arrangements (joint committees, committees in common, section 75
 * agreements, delegations to and by the ICB) with who exercises them, the places and how each
 * reports, and the integrated care partnership. Data here; laid out by d3-hierarchy's tidy tree and
 * drawn as SVG by {@link diagramSvg} (HTML), or written as an outline (Markdown, Word) — one box per
 * committee, arrangement and place. A solid line goes from the body a box reports to; further
 * reporting lines are dashed. References are read through the governance index (model/governance.ts).
 */
export function governanceDiagram(m: IcbConstitution, placeFiles: readonly SystemDoc<PlacePartnership>[], icps: readonly SystemDoc<IntegratedCarePartnership>[], uri: string, system?: SystemView): Diagram {
  void system;
  const g = governanceOf(m);
  const boxes: DiagramBox[] = [];
  const BOARD = 'icb-board';
  const ICP = 'icp';
  boxes.push({ id: BOARD, label: 'The board', detail: text(m.icb?.name) ?? 'integrated care board', kind: 'board', source: source(uri, m.board?.loc ?? m.loc) });
  const committees = items(m.committees);
  const arrangements = items(m.joint_working?.arrangements);
  /** The box of what a reference names, when it is the board, a committee or an arrangement of the diagram. */
  const boxOf = (s: Scalar<unknown> | undefined): string | undefined => {
    const r = g.resolve(s);
    if (r?.kind === 'board') return BOARD;
    if (r?.kind === 'committee') return `committee:${r.id}`;
    if (r?.kind === 'arrangement') return `arrangement:${r.id}`;
    return undefined;
  };
  // committees: the parent is the committee a sub-committee reports to, else the board
  committees.forEach((k, i) => {
    const id = text(k.id) && g.committees.get(text(k.id)!) === k ? `committee:${text(k.id)}` : `committee#${i}`;
    const to = boxOf(k.reports_to);
    const parent = to?.startsWith('committee:') && to !== id ? to : BOARD;
    const type = text(k.type);
    boxes.push({
      id,
      label: text(k.name) ?? text(k.id) ?? 'Committee',
      detail: parent === BOARD ? (type === 'place' ? 'place committee' : 'committee of the board') : 'sub-committee',
      kind: parent === BOARD ? 'committee' : 'sub-committee',
      parent,
      source: source(uri, k.loc),
    });
  });
  // arrangements: under the body they report to (the first of them; the others dashed), or the one that oversees them
  arrangements.forEach((a, i) => {
    const id = text(a.id) && g.arrangements.get(text(a.id)!) === a ? `arrangement:${text(a.id)}` : `arrangement#${i}`;
    const to = items(a.reports_to).map(boxOf).filter((x): x is string => x !== undefined && x !== id);
    const parent = to[0] ?? boxOf(a.overseen_by) ?? BOARD;
    const { label, notes } = arrangementBox(g, a);
    boxes.push({ id, label, notes, kind: 'arrangement', parent: parent === id ? BOARD : parent, ...(to.length > 1 ? { alsoTo: to.slice(1) } : {}), source: source(uri, a.loc) });
  });
  const allPlaces: { p: Place | PlacePartnership; uri: string }[] = [...items(m.places).map((p) => ({ p, uri })), ...placeFiles.map((f) => ({ p: f.model as Place | PlacePartnership, uri: f.uri }))];
  let icpNeeded = icps.length > 0;
  allPlaces.forEach(({ p, uri: placeUri }, i) => {
    const reports = values(p.reports_to);
    const committee = text(p.icb_committee);
    const viaCommittee = committee && g.committees.has(committee) ? committee : reports.find((r) => g.committees.has(r));
    const viaArrangement = boxOf(p.joint_committee?.arrangement);
    let parent = viaCommittee ? `committee:${viaCommittee}` : viaArrangement?.startsWith('arrangement:') ? viaArrangement : reports.includes('icb-board') || reports.length === 0 ? BOARD : reports.includes('icp') ? ICP : BOARD;
    const alsoTo = reports.includes('icp') && parent !== ICP ? [ICP] : [];
    if (parent === ICP || alsoTo.length > 0) icpNeeded = true;
    if (parent === ICP && icps.length === 0) parent = ICP;
    const models = values(p.governance_model);
    boxes.push({
      id: `place:${text(p.id) ?? i}`,
      label: text(p.name) ?? text(p.id) ?? 'Place',
      detail: models.length > 0 ? `place: ${models.map((x) => word('governanceModel', x).replace(/^(a|an) /, '')).join(', ')}` : 'place',
      kind: 'place',
      parent,
      ...(alsoTo.length > 0 ? { alsoTo } : {}),
      source: source(placeUri, p.loc),
    });
  });
  if (icpNeeded) {
    const icp = icps[0];
    boxes.push(
      icp
        ? { id: ICP, label: text(icp.model.name) ?? 'Integrated care partnership', detail: 'integrated care partnership', kind: 'partnership', source: source(icp.uri, icp.model.loc) }
        : { id: ICP, label: 'Integrated care partnership', detail: 'not among the files checked', kind: 'partnership', absent: true },
    );
  }
  breakLoops(boxes, BOARD);
  return { type: 'diagram', title: 'Governance structure', boxes, source: source(uri, m.committees?.loc ?? m.board?.loc) };
}

/** A box whose chain of parents comes back to itself is put under the board (the loop is ICS-REF's finding, not the diagram's). */
function breakLoops(boxes: DiagramBox[], root: string): void {
  const byId = new Map(boxes.map((b) => [b.id, b]));
  for (const b of boxes) {
    const seen = new Set<string>([b.id]);
    let cur = b.parent ? byId.get(b.parent) : undefined;
    while (cur) {
      if (seen.has(cur.id)) {
        b.parent = root;
        break;
      }
      seen.add(cur.id);
      cur = cur.parent ? byId.get(cur.parent) : undefined;
    }
  }
}

/** The name "the X" as a box's label would shorten it: "the Quality Committee" → "Quality Committee". */
function short(content: readonly Inline[]): string {
  return plain(content as Inline[]).replace(/^the /, '');
}

/** An arrangement's box: what it is, then with whom, for which functions, who exercises it or oversees it. */
function arrangementBox(g: GovernanceIndex, a: Arrangement): { label: string; notes: string[] } {
  const type = text(a.type);
  const fns = values(a.functions);
  const notes: string[] = [];
  const exercised = g.resolve(a.exercised_by);
  const overseer = g.resolve(a.overseen_by);
  const mine = g.resolve(a.icb_committee);
  let label: string;
  switch (type) {
    case 'delegation_to_icb':
      label = `Delegation from ${text(a.from?.name) ?? 'another body'}`;
      break;
    case 'delegation_by_icb':
      label = `Delegation to ${text(a.to?.name) ?? 'another body'}`;
      break;
    case 'joint_committee':
      label = 'Joint committee';
      break;
    case 'committees_in_common':
      label = 'Committees in common';
      break;
    case 'section_75':
      label = 'Section 75 agreement';
      break;
    default:
      label = text(a.description) ? capitalise(text(a.description)!) : `Arrangement ${text(a.id) ?? ''}`.trim();
  }
  if (type === 'joint_committee' || type === 'committees_in_common' || type === 'section_75') {
    const others = items(a.parties).filter((p) => text(p.org_type) !== 'icb').map((p) => text(p.name) ?? 'a body not named');
    if (others.length > 0) notes.push(`with ${joinAnd(others)}`);
  }
  if (fns.length > 0 && type !== 'other') notes.push(capitalise(functionsBrief(fns)));
  if (exercised) notes.push(`exercised by ${short(refText(exercised))}`);
  if (mine) notes.push(`ICB committee: ${short(refText(mine))}`);
  if (overseer && !items(a.reports_to).some((r) => text(r) === (overseer.kind === 'post' ? undefined : overseer.id))) notes.push(`overseen by ${short(refText(overseer))}`);
  if (type === 'section_75' && a.pooled_fund?.total_gbp) notes.push(`pooled fund ${poundsText(a.pooled_fund.total_gbp.value)}`);
  return { label, notes };
}

// -------------------------------------------------------------------------------- layout

export const BOX = { width: 200, minHeight: 50, column: 250, gap: 12, margin: 10, label: 14, note: 13, pad: 8 };

export interface PlacedBox extends DiagramBox {
  x: number;
  y: number;
  height: number;
  /** The label's lines (bold), then the detail's and the notes' (smaller). */
  lines: string[];
  small: string[];
}

export interface Layout {
  width: number;
  height: number;
  boxes: PlacedBox[];
  /** From the body reported to, to the box that reports to it. */
  edges: { from: PlacedBox; to: PlacedBox }[];
}

/** Splits text into at most `lines` lines of about `max` characters; what does not fit ends in "…". */
export function wrap(label: string, max = 30, lines = 2): string[] {
  const out: string[] = [''];
  for (const w of label.split(/\s+/)) {
    const cur = out[out.length - 1];
    if (cur && (cur + ' ' + w).length > max) {
      if (out.length === lines) {
        out[out.length - 1] = `${cur} ${w}`;
        continue;
      }
      out.push(w);
    } else out[out.length - 1] = cur ? `${cur} ${w}` : w;
  }
  const last = out[out.length - 1];
  if (last.length > max) out[out.length - 1] = last.slice(0, max - 1).trimEnd() + '…';
  return out;
}

/**
 * The lines of a box and its height: the label in up to two lines, the detail in up to two, each
 * note in up to three, and any further body it reports to (written in the box rather than drawn as
 * a line that would cross the boxes between).
 */
function boxText(b: DiagramBox, labelOf: (id: string) => string | undefined): { lines: string[]; small: string[]; height: number } {
  const lines = wrap(b.label);
  const also = (b.alsoTo ?? []).map(labelOf).filter((x): x is string => x !== undefined);
  const notes = [...(b.notes ?? []), ...(also.length > 0 ? [`also reports to ${joinAnd(also)}`] : [])].map(abbreviate);
  const small = [...(b.detail ? wrap(b.detail, 34, 2) : []), ...notes.flatMap((n) => wrap(n, 34, 3))];
  const content = lines.length * BOX.label + small.length * BOX.note;
  return { lines, small, height: Math.max(BOX.minHeight, content + 2 * BOX.pad + 4) };
}

/** The small lines of a box name bodies as people shorten them. */
function abbreviate(note: string): string {
  return note.replace(/Integrated Care Board/g, 'ICB').replace(/NHS Foundation Trust/g, 'NHS FT');
}

interface Node {
  box?: DiagramBox;
  height: number;
  children: Node[];
}

/**
 * Lays the boxes out left to right (the board on the left, what reports to it to its right), with
 * d3-hierarchy's tidy tree; boxes are as tall as their text, and siblings are spaced by their heights.
 */
export function layoutDiagram(d: Diagram): Layout {
  const byId = new Map(d.boxes.map((b) => [b.id, b]));
  // a further reporting line to the board or the partnership names it so
  const labelOf = (id: string) => {
    const b = byId.get(id);
    return b?.kind === 'partnership' ? 'the partnership' : b?.kind === 'board' ? 'the board' : b?.label;
  };
  const text = new Map(d.boxes.map((b) => [b.id, boxText(b, labelOf)]));
  const nodes = new Map<string, Node>(d.boxes.map((b) => [b.id, { box: b, height: text.get(b.id)!.height, children: [] }]));
  const root: Node = { height: 0, children: [] };
  for (const b of d.boxes) {
    const parent = b.parent && byId.has(b.parent) && b.parent !== b.id ? nodes.get(b.parent)! : root;
    parent.children.push(nodes.get(b.id)!);
  }
  const h = hierarchy(root, (n) => n.children);
  // breadth in pixels: two neighbours are half their heights apart, and a gap (more between cousins)
  treeLayout<Node>()
    .nodeSize([1, BOX.column])
    .separation((a, b) => (a.data.height + b.data.height) / 2 + (a.parent === b.parent ? BOX.gap : BOX.gap * 2))(h);
  const placed = new Map<string, PlacedBox>();
  let minY = Infinity;
  let maxY = -Infinity;
  let maxDepth = 0;
  h.each((n) => {
    if (!n.data.box) return;
    minY = Math.min(minY, n.x! - n.data.height / 2);
    maxY = Math.max(maxY, n.x! + n.data.height / 2);
    maxDepth = Math.max(maxDepth, n.depth);
  });
  h.each((n) => {
    const b = n.data.box;
    if (!b) return;
    const t = text.get(b.id)!;
    placed.set(b.id, { ...b, x: BOX.margin + (n.depth - 1) * BOX.column, y: BOX.margin + (n.x! - n.data.height / 2 - minY), height: t.height, lines: t.lines, small: t.small });
  });
  const edges: Layout['edges'] = [];
  for (const b of placed.values()) {
    const parent = b.parent ? placed.get(b.parent) : undefined;
    if (parent) edges.push({ from: parent, to: b });
  }
  const count = placed.size;
  return {
    width: count === 0 ? 0 : BOX.margin * 2 + (maxDepth - 1) * BOX.column + BOX.width,
    height: count === 0 ? 0 : Math.ceil(BOX.margin * 2 + (maxY - minY)),
    boxes: [...placed.values()],
    edges,
  };
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The diagram as inline SVG (no script, no external resource). Boxes carry `data-line` and
 * `data-uri` so a click in the editor's preview reveals the YAML; colours come from CSS classes.
 */
export function diagramSvg(d: Diagram, fileRef: (uri: string) => string = (u) => u): string {
  const l = layoutDiagram(d);
  const out: string[] = [];
  out.push(`<svg class="diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${l.width} ${l.height}" width="${l.width}" height="${l.height}" role="img" aria-label="${esc(d.title)}: ${l.boxes.length} boxes">`);
  out.push(`<title>${esc(d.title)}</title>`);
  for (const e of l.edges) {
    // A line leaves the right side of the body reported to and enters the left side of the box, in the gutter between their columns.
    const x1 = e.from.x + BOX.width;
    const x2 = e.to.x;
    const y1 = e.from.y + e.from.height / 2;
    const y2 = e.to.y + e.to.height / 2;
    out.push(`<path class="edge" d="M${x1},${y1} H${x1 + (x2 - x1) / 2} V${y2} H${x2}"/>`);
  }
  for (const b of l.boxes) {
    const attrs = b.source ? ` data-uri="${esc(fileRef(b.source.uri))}" data-line="${b.source.line}"` : '';
    out.push(`<g class="box box-${b.kind}${b.absent ? ' box-absent' : ''}"${attrs} transform="translate(${b.x},${b.y})">`);
    out.push(`<title>${esc([b.label, b.detail, ...(b.notes ?? [])].filter(Boolean).join(' — '))}</title>`);
    out.push(`<rect width="${BOX.width}" height="${b.height}" rx="6"/>`);
    // the text centred in the box, its first baseline a little below the top of its first line
    const content = b.lines.length * BOX.label + b.small.length * BOX.note;
    let y = (b.height - content) / 2 + 11;
    for (const line of b.lines) {
      out.push(`<text class="box-label" x="10" y="${y}">${esc(line)}</text>`);
      y += BOX.label;
    }
    for (const line of b.small) {
      out.push(`<text class="box-detail" x="10" y="${y}">${esc(line)}</text>`);
      y += BOX.note;
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('');
}

/** The diagram as an outline: each box with the boxes that report to it beneath, and the labels of any further body it reports to (Markdown, Word). */
export function diagramOutline(d: Diagram): { box: DiagramBox; depth: number; also: string[] }[] {
  const out: { box: DiagramBox; depth: number; also: string[] }[] = [];
  const byParent = new Map<string | undefined, DiagramBox[]>();
  const byId = new Map(d.boxes.map((b) => [b.id, b]));
  for (const b of d.boxes) {
    const p = b.parent && byId.has(b.parent) ? b.parent : undefined;
    byParent.set(p, [...(byParent.get(p) ?? []), b]);
  }
  const walk = (parent: string | undefined, depth: number, seen: Set<string>) => {
    for (const b of byParent.get(parent) ?? []) {
      if (seen.has(b.id)) continue;
      seen.add(b.id);
      out.push({ box: b, depth, also: (b.alsoTo ?? []).map((id) => byId.get(id)?.label).filter((x): x is string => x !== undefined) });
      walk(b.id, depth + 1, seen);
    }
  };
  walk(undefined, 0, new Set());
  return out;
}
