/**
 * Lean depth-first walks over an mdast tree, in document order.
 *
 * Why not `unist-util-visit`: on every node it builds and names a closure for
 * its debugging stack traces (`Object.defineProperty(visit, 'name', …)`), which
 * made up a tenth of a whole lint run. These two loops do the walks the model
 * and the lint rules need (a test, `'skip'`, the ancestors) and nothing else.
 */
import type { Nodes, Parents } from 'mdast'

/** Returned by a visitor: do not walk into this node's children. */
export const SKIP = 'skip'

/**
 * Visits `node` and its descendants. `ancestors` is the live path from the
 * root to the visited node's parent (last item): copy it to keep it.
 */
export type Visitor<T extends Nodes = Nodes> = (node: T, ancestors: readonly Parents[]) => typeof SKIP | void

/** Calls `visitor` on `tree` and every node below it, parents before children. */
export function walk(tree: Nodes, visitor: Visitor): void {
  const ancestors: Parents[] = []
  const go = (node: Nodes): void => {
    if (visitor(node, ancestors) === SKIP || !('children' in node)) return
    ancestors.push(node)
    for (const child of node.children) go(child)
    ancestors.pop()
  }
  go(tree)
}

/** Calls `visitor` on every node of type `type` in `tree` (the tree itself included), in document order. */
export function walkType<K extends Nodes['type']>(tree: Nodes, type: K, visitor: Visitor<Extract<Nodes, { type: K }>>): void {
  walk(tree, (node, ancestors) => (node.type === type ? visitor(node as Extract<Nodes, { type: K }>, ancestors) : undefined))
}
