import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';

/**
 * Aliases (`*name`) repeat the node their anchor (`&name`) marks. A few lines can nest them into
 * millions of values (an "alias bomb"), which the schema check would then walk. A document may use
 * aliases freely up to a budget that grows with its own size; past it, the document is not read
 * further and the alias that went over is reported.
 */
export function aliasBudget(literalNodes: number): number {
  return 10 * literalNodes + 10_000;
}

export interface AliasOverflow {
  /** The alias at which the expanded size went over the budget. */
  alias: Alias;
  /** How many values the document would hold with every alias expanded, as far as counted. */
  expanded: number;
  budget: number;
}

type AnyNode = Node | null | undefined | unknown;

/**
 * Counts the values of a document with every alias expanded, in document order, without expanding
 * anything: the expanded size of each anchored node is computed once. Linear in the document.
 * Returns the alias at which the count goes over the budget, or undefined.
 */
export function aliasOverflow(doc: Document.Parsed): AliasOverflow | undefined {
  // First pass: the literal size and whether there are aliases at all.
  let literal = 0;
  let aliases = 0;
  walk(doc.contents, (n) => {
    literal++;
    if (isAlias(n)) aliases++;
  });
  if (aliases === 0) return undefined;
  const budget = aliasBudget(literal);

  // Second pass, in document order: anchors as they are defined (a later `&x` replaces an earlier
  // one), and the expanded size of each anchored node, memoised.
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const inProgress = new Set<Node>();
  const expandedSize = (node: AnyNode): number => {
    if (!node || typeof node !== 'object') return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      return target ? expandedSize(target) : 1;
    }
    if (isScalar(node)) return 1;
    const n = node as Node;
    const known = sizes.get(n);
    if (known !== undefined) return known;
    if (inProgress.has(n)) return 1; // an alias inside its own anchor: YAML allows the cycle
    inProgress.add(n);
    let total = 1;
    if (isMap(n) || isSeq(n)) {
      for (const item of n.items as unknown[]) {
        total += isPair(item) ? expandedSize(item.key) + expandedSize(item.value) : expandedSize(item);
        if (total > budget) break;
      }
    }
    inProgress.delete(n);
    sizes.set(n, total);
    return total;
  };

  let expanded = 0;
  let overflow: AliasOverflow | undefined;
  walk(doc.contents, (n) => {
    if (overflow) return;
    const anchor = (n as { anchor?: string }).anchor;
    if (anchor && !isAlias(n)) anchors.set(anchor, n as Node);
    expanded += isAlias(n) ? expandedSize(n) : 1;
    if (expanded > budget && isAlias(n)) overflow = { alias: n, expanded, budget };
  });
  return overflow;
}

/** Visits every node once, in document order (pairs' keys before values), without recursion. */
function walk(root: AnyNode, visitNode: (n: Node) => void): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    if (isPair(n)) {
      stack.push(n.value, n.key);
      continue;
    }
    visitNode(n as Node);
    if (isMap(n) || isSeq(n)) {
      const items = n.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
    }
  }
}
