import { hierarchy, tree as treeLayout } from 'd3-hierarchy';
import type { SystemDoc, SystemView } from '../rules/framework';
import type { Committee, IcbConstitution, IntegratedCarePartnership, Place, PlacePartnership } from '../model/kinds';
import { items, text, values } from '../model/query';
import { source, type Diagram, type DiagramBox } from './tree';

/**
 * The governance structure of an ICB: the board, its committees and their sub-committees, the
 * places and how each reports, and the integrated care partnership. Data here; laid out by
 * d3-hierarchy's tidy tree and drawn as SVG by {@link diagramSvg} (HTML), or written as an
 * outline (Markdown, Word) — one box per committee and place.
 */
export function governanceDiagram(m: IcbConstitution, placeFiles: readonly SystemDoc<PlacePartnership>[], icps: readonly SystemDoc<IntegratedCarePartnership>[], uri: string, system?: SystemView): Diagram {
  void system;
  const boxes: DiagramBox[] = [];
  const BOARD = 'icb-board';
  const ICP = 'icp';
  boxes.push({ id: BOARD, label: 'The board', detail: text(m.icb?.name) ?? 'integrated care board', kind: 'board', source: source(uri, m.board?.loc ?? m.loc) });
  const committees = items(m.committees);
  const ids = new Map<string, Committee>();
  for (const k of committees) {
    const id = text(k.id);
    if (id && !ids.has(id)) ids.set(id, k);
  }
  /** The parent a committee reports to, unless that would make a loop. */
  const parentOf = (k: Committee): string => {
    const seen = new Set<Committee>([k]);
    let to = text(k.reports_to);
    let cur = to ? ids.get(to) : undefined;
    while (cur) {
      if (seen.has(cur)) return BOARD;
      seen.add(cur);
      const next = text(cur.reports_to);
      cur = next ? ids.get(next) : undefined;
    }
    return to && ids.has(to) ? to : BOARD;
  };
  committees.forEach((k, i) => {
    const parent = parentOf(k);
    const id = text(k.id) && ids.get(text(k.id)!) === k ? `committee:${text(k.id)}` : `committee#${i}`;
    const type = text(k.type);
    boxes.push({
      id,
      label: text(k.name) ?? text(k.id) ?? 'Committee',
      detail: parent === BOARD ? (type === 'place' ? 'place committee' : 'committee of the board') : 'sub-committee',
      kind: parent === BOARD ? 'committee' : 'sub-committee',
      parent: parent === BOARD ? BOARD : `committee:${parent}`,
      source: source(uri, k.loc),
    });
  });
  const allPlaces: { p: Place | PlacePartnership; uri: string }[] = [...items(m.places).map((p) => ({ p, uri })), ...placeFiles.map((f) => ({ p: f.model as Place | PlacePartnership, uri: f.uri }))];
  let icpNeeded = icps.length > 0;
  allPlaces.forEach(({ p, uri: placeUri }, i) => {
    const reports = values(p.reports_to);
    const committee = text(p.icb_committee);
    const viaCommittee = committee && ids.has(committee) ? committee : reports.find((r) => ids.has(r));
    let parent = viaCommittee ? `committee:${viaCommittee}` : reports.includes('icb-board') || reports.length === 0 ? BOARD : reports.includes('icp') ? ICP : BOARD;
    const alsoTo = reports.includes('icp') && parent !== ICP ? [ICP] : [];
    if (parent === ICP || alsoTo.length > 0) icpNeeded = true;
    if (parent === ICP && icps.length === 0) parent = ICP;
    const models = values(p.governance_model);
    boxes.push({
      id: `place:${text(p.id) ?? i}`,
      label: text(p.name) ?? text(p.id) ?? 'Place',
      detail: models.length > 0 ? `place: ${models.map((x) => x.replace(/_/g, ' ')).join(', ')}` : 'place',
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
  return { type: 'diagram', title: 'Governance structure', boxes, source: source(uri, m.committees?.loc ?? m.board?.loc) };
}

// -------------------------------------------------------------------------------- layout

export const BOX = { width: 200, height: 50, column: 250, row: 62, margin: 10 };

export interface PlacedBox extends DiagramBox {
  x: number;
  y: number;
  lines: string[];
}

export interface Layout {
  width: number;
  height: number;
  boxes: PlacedBox[];
  edges: { from: PlacedBox; to: PlacedBox; dashed: boolean }[];
}

/** Splits a label into at most two lines of about `max` characters. */
export function wrap(label: string, max = 30): string[] {
  if (label.length <= max) return [label];
  const words = label.split(/\s+/);
  const lines: string[] = [''];
  for (const w of words) {
    const cur = lines[lines.length - 1];
    if (cur && (cur + ' ' + w).length > max) {
      if (lines.length === 2) {
        lines[1] = `${cur} ${w}`;
        continue;
      }
      lines.push(w);
    } else lines[lines.length - 1] = cur ? `${cur} ${w}` : w;
  }
  if (lines.length === 2 && lines[1].length > max) lines[1] = lines[1].slice(0, max - 1) + '…';
  return lines;
}

interface Node {
  box?: DiagramBox;
  children: Node[];
}

/** Lays the boxes out left to right (the board on the left, what reports to it to its right). */
export function layoutDiagram(d: Diagram): Layout {
  const byId = new Map(d.boxes.map((b) => [b.id, b]));
  const nodes = new Map<string, Node>(d.boxes.map((b) => [b.id, { box: b, children: [] }]));
  const root: Node = { children: [] };
  for (const b of d.boxes) {
    const parent = b.parent && byId.has(b.parent) && b.parent !== b.id ? nodes.get(b.parent)! : root;
    parent.children.push(nodes.get(b.id)!);
  }
  const h = hierarchy(root, (n) => n.children);
  treeLayout<Node>().nodeSize([BOX.row, BOX.column]).separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(h);
  const placed = new Map<string, PlacedBox>();
  let minX = Infinity;
  let maxX = -Infinity;
  let maxDepth = 0;
  h.each((n) => {
    if (!n.data.box) return;
    minX = Math.min(minX, n.x!);
    maxX = Math.max(maxX, n.x!);
    maxDepth = Math.max(maxDepth, n.depth);
  });
  h.each((n) => {
    const b = n.data.box;
    if (!b) return;
    placed.set(b.id, { ...b, x: BOX.margin + (n.depth - 1) * BOX.column, y: BOX.margin + (n.x! - minX), lines: wrap(b.label) });
  });
  const edges: Layout['edges'] = [];
  for (const b of placed.values()) {
    const parent = b.parent ? placed.get(b.parent) : undefined;
    if (parent) edges.push({ from: parent, to: b, dashed: false });
    for (const other of b.alsoTo ?? []) {
      const to = placed.get(other);
      if (to) edges.push({ from: to, to: b, dashed: true });
    }
  }
  const count = placed.size;
  return {
    width: count === 0 ? 0 : BOX.margin * 2 + (maxDepth - 1) * BOX.column + BOX.width,
    height: count === 0 ? 0 : BOX.margin * 2 + (maxX - minX) + BOX.height,
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
    // Solid lines leave a box's right side and enter the next one's left; a dashed (further)
    // reporting line runs on its own vertical, a little lower, so the two never merge.
    const x1 = e.from.x + BOX.width;
    const x2 = e.to.x;
    const y1 = e.from.y + BOX.height / 2 + (e.dashed ? 8 : 0);
    const y2 = e.to.y + BOX.height / 2 + (e.dashed ? 8 : 0);
    const mid = x2 > x1 ? x1 + (x2 - x1) * (e.dashed ? 0.3 : 0.5) : Math.max(x1, x2 + BOX.width) + 18;
    const end = x2 > x1 ? x2 : x2 + BOX.width;
    out.push(`<path class="edge${e.dashed ? ' edge-also' : ''}" d="M${x1},${y1} H${mid} V${y2} H${end}"/>`);
  }
  for (const b of l.boxes) {
    const attrs = b.source ? ` data-uri="${esc(fileRef(b.source.uri))}" data-line="${b.source.line}"` : '';
    out.push(`<g class="box box-${b.kind}${b.absent ? ' box-absent' : ''}"${attrs} transform="translate(${b.x},${b.y})">`);
    out.push(`<title>${esc(b.label)}${b.detail ? ` — ${esc(b.detail)}` : ''}</title>`);
    out.push(`<rect width="${BOX.width}" height="${BOX.height}" rx="6"/>`);
    const top = b.lines.length === 1 ? 21 : 15;
    b.lines.forEach((line, i) => out.push(`<text class="box-label" x="10" y="${top + i * 14}">${esc(line)}</text>`));
    if (b.detail) out.push(`<text class="box-detail" x="10" y="${top + b.lines.length * 14 + 2}">${esc(b.detail.length > 34 ? b.detail.slice(0, 33) + '…' : b.detail)}</text>`);
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('');
}

/** The diagram as an outline: each box with the boxes that report to it beneath (Markdown, Word). */
export function diagramOutline(d: Diagram): { box: DiagramBox; depth: number }[] {
  const out: { box: DiagramBox; depth: number }[] = [];
  const byParent = new Map<string | undefined, DiagramBox[]>();
  const ids = new Set(d.boxes.map((b) => b.id));
  for (const b of d.boxes) {
    const p = b.parent && ids.has(b.parent) ? b.parent : undefined;
    byParent.set(p, [...(byParent.get(p) ?? []), b]);
  }
  const walk = (parent: string | undefined, depth: number, seen: Set<string>) => {
    for (const b of byParent.get(parent) ?? []) {
      if (seen.has(b.id)) continue;
      seen.add(b.id);
      out.push({ box: b, depth });
      walk(b.id, depth + 1, seen);
    }
  };
  walk(undefined, 0, new Set());
  return out;
}
