import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { LineIndex } from '../yaml/lineIndex';
import type { Range } from '../types';

/**
 * A tiny declarative description of the document shape. The builder walks the YAML tree with it,
 * keeps the range of every node, and ignores what does not fit (the schema reports that), so the
 * model can always be built from a half-written draft. Model types are inferred from the specs,
 * so each shape is written once.
 */
export type Spec = 'string' | 'number' | 'boolean' | 'any' | ListSpec<Spec> | MapSpec<Record<string, Spec>>;
export interface ListSpec<I extends Spec> {
  list: I;
}
export interface MapSpec<F extends Record<string, Spec>> {
  map: F;
}

export const list = <I extends Spec>(item: I): ListSpec<I> => ({ list: item });
export const map = <F extends Record<string, Spec>>(fields: F): MapSpec<F> => ({ map: fields });

/** Where a model node is: its value's range, the range of its key (if it is a map value), and the YAML node. */
export interface Loc {
  range: Range;
  /** The key of the pair whose value this is. Absent for list items and the root. */
  keyRange?: Range;
  /** The first line of the node: its key if it has one, else its first key, else the node. */
  headRange: Range;
  node: Node;
  pair?: Pair;
}

export interface Scalar<T> {
  value: T;
  loc: Loc;
}
export interface List<T> {
  items: T[];
  loc: Loc;
}
export type MapModel<F extends Record<string, Spec>> = { [K in keyof F]?: Model<F[K]> } & { loc: Loc };

export type Model<S> = S extends 'string'
  ? Scalar<string>
  : S extends 'number'
    ? Scalar<number>
    : S extends 'boolean'
      ? Scalar<boolean>
      : S extends 'any'
        ? Scalar<unknown>
        : S extends ListSpec<infer I>
          ? List<Model<I>>
          : S extends MapSpec<infer F>
            ? MapModel<F>
            : never;

/**
 * Models already built, by YAML node and spec, for incremental analysis (core/yaml/incremental.ts):
 * a node that survives an edit keeps its model. When a kept node moves by some lines, `moved`
 * moves the positions of its models with it.
 */
export class ModelMemo {
  // Nearly every node is built with one spec: a Map per node would cost more than the model.
  private readonly built = new WeakMap<Node, { spec: Spec; model: unknown } | Map<Spec, unknown>>();

  get(node: Node, spec: Spec): unknown {
    const known = this.built.get(node);
    if (!known) return undefined;
    if (known instanceof Map) return known.get(spec);
    return known.spec === spec ? known.model : undefined;
  }

  set(node: Node, spec: Spec, model: unknown): void {
    const known = this.built.get(node);
    if (!known || (!(known instanceof Map) && known.spec === spec)) this.built.set(node, { spec, model });
    else if (known instanceof Map) known.set(spec, model);
    else this.built.set(node, new Map<Spec, unknown>([[known.spec, known.model], [spec, model]]));
  }

  /** The nodes moved down (or up) by `lineDelta` lines: so do the positions of their models. */
  moved(nodes: readonly Node[], lineDelta: number): void {
    const seen = new Set<object>();
    const shift = (p: { line: number } | undefined) => {
      if (!p || seen.has(p)) return;
      seen.add(p);
      p.line += lineDelta;
    };
    for (const node of nodes) {
      const known = this.built.get(node);
      if (!known) continue;
      for (const model of known instanceof Map ? known.values() : [known.model]) {
        const loc = (model as { loc?: Loc } | undefined)?.loc;
        if (!loc || loc.node !== node) continue;
        for (const r of [loc.range, loc.keyRange, loc.headRange]) {
          shift(r?.start);
          shift(r?.end);
        }
      }
    }
  }
}

export function build<S extends Spec>(spec: S, node: Node | null | undefined, lines: LineIndex, pair?: Pair, memo?: ModelMemo): Model<S> | undefined {
  if (!node || !node.range) return undefined;
  if (memo) {
    const known = memo.get(node, spec);
    if (known !== undefined) return known as Model<S>;
    const built = buildNode(spec, node, lines, pair, memo);
    if (built !== undefined) memo.set(node, spec, built);
    return built;
  }
  return buildNode(spec, node, lines, pair, memo);
}

function buildNode<S extends Spec>(spec: S, node: Node, lines: LineIndex, pair: Pair | undefined, memo: ModelMemo | undefined): Model<S> | undefined {
  const loc = makeLoc(node, lines, pair);
  if (spec === 'string') {
    // Numbers and booleans read as text: `number: 7012345` is still a registration number.
    if (!isScalar(node) || typeof node.value === 'object') return undefined; // null too
    return { value: String(node.value), loc } as Model<S>;
  }
  if (spec === 'number') {
    if (!isScalar(node)) return undefined;
    const n = typeof node.value === 'number' ? node.value : typeof node.value === 'string' && /^-?\d+(\.\d+)?$/.test(node.value.trim()) ? Number(node.value) : undefined;
    // `1e999` and `.inf` are Infinity, `.nan` is NaN: no rule can count with them (the schema says so).
    return Number.isFinite(n) ? ({ value: n, loc } as Model<S>) : undefined;
  }
  if (spec === 'boolean') {
    if (!isScalar(node) || typeof node.value !== 'boolean') return undefined;
    return { value: node.value, loc } as Model<S>;
  }
  if (spec === 'any') {
    return { value: isScalar(node) ? node.value : node.toJSON(), loc } as Model<S>;
  }
  const composite = spec as ListSpec<Spec> | MapSpec<Record<string, Spec>>;
  if ('list' in composite) {
    if (!isSeq(node)) return undefined;
    const items: unknown[] = [];
    for (const item of (node as YAMLSeq).items) {
      const built = build(composite.list, item as Node, lines, undefined, memo);
      if (built !== undefined) items.push(built);
    }
    return { items, loc } as Model<S>;
  }
  if (!isMap(node)) return undefined;
  // Keys come from the document: a key named `toString`, `constructor` or `__proto__` must find
  // neither a field of Object.prototype in the spec nor a setter on the model.
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  out.loc = loc;
  for (const p of (node as YAMLMap).items) {
    if (!isPair(p) || !isScalar(p.key)) continue;
    const key = String(p.key.value);
    const fieldSpec = Object.hasOwn(composite.map, key) ? composite.map[key] : undefined;
    if (!fieldSpec || key === 'loc') continue;
    const built = build(fieldSpec, p.value as Node | null, lines, p as Pair, memo);
    if (built !== undefined) out[key] = built;
  }
  return out as Model<S>;
}

function makeLoc(node: Node, lines: LineIndex, pair?: Pair): Loc {
  const [start, valueEnd] = node.range!;
  const range = lines.range(start, valueEnd);
  let keyRange: Range | undefined;
  if (pair && isScalar(pair.key) && pair.key.range) keyRange = lines.range(pair.key.range[0], pair.key.range[1]);
  let headRange = keyRange ?? range;
  if (!keyRange && isMap(node)) {
    const first = node.items[0];
    if (first && isScalar(first.key) && first.key.range) {
      const valueNode = first.value as Node | null;
      const end = valueNode && isScalar(valueNode) && valueNode.range ? valueNode.range[1] : first.key.range[1];
      headRange = lines.range(first.key.range[0], end);
    }
  }
  return { range, keyRange, headRange, node, pair };
}
