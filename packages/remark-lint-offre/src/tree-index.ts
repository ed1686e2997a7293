/**
 * The nodes of a page's tree listed once, in document order, for the rules that walk
 * it. Every rule and helper used to walk the whole tree for its own node types: on a
 * 700 kB page, eighteen recursive walks of some 60,000 nodes were a sixth of a lint.
 * One walk now lists the nodes with the end of each one's subtree and its parent;
 * {@link eachOfType} then visits a type's nodes straight from its list.
 *
 * The lint never changes its tree (fixes are data, applied to the text), so the index
 * is kept per tree; code that changes a tree must not use it.
 */
import type { Nodes, Parents, Root } from 'mdast'
import { SKIP } from '@offre/model'

interface TreeIndex {
  nodes: Nodes[]
  /** `ends[i]`: the index after the last node of `nodes[i]`'s subtree. */
  ends: Uint32Array
  /** `parents[i]`: the index of `nodes[i]`'s parent, -1 for the root. */
  parents: Int32Array
  byType: Map<string, number[]>
}

const indexes = new WeakMap<Root, TreeIndex>()

function indexOf(tree: Root): TreeIndex {
  const cached = indexes.get(tree)
  if (cached) return cached
  const nodes: Nodes[] = []
  const parentOf: number[] = []
  const endOf: number[] = []
  const byType = new Map<string, number[]>()
  const go = (node: Nodes, parent: number): void => {
    const at = nodes.length
    nodes.push(node)
    parentOf.push(parent)
    endOf.push(0)
    let list = byType.get(node.type)
    if (list === undefined) byType.set(node.type, (list = []))
    list.push(at)
    if ('children' in node) for (const child of node.children) go(child, at)
    endOf[at] = nodes.length
  }
  go(tree, -1)
  const index: TreeIndex = { nodes, ends: Uint32Array.from(endOf), parents: Int32Array.from(parentOf), byType }
  indexes.set(tree, index)
  return index
}

type TypeVisitor<T extends Nodes> = (node: T, ancestors: readonly Parents[]) => typeof SKIP | void

/**
 * Calls `visitor` on the nodes of the given type or types, in document order, as
 * `walkType` of @offre/model does: `ancestors` runs from the root to the parent (one
 * array, refilled for each node: copy it to keep it), and `'skip'` passes over the
 * visited node's descendants. The ancestors are gathered only for a visitor that
 * declares the parameter (`visitor.length`): most only want the nodes.
 */
export function eachOfType<K extends Nodes['type']>(tree: Root, types: K | readonly K[], visitor: TypeVisitor<Extract<Nodes, { type: K }>>): void {
  const index = indexOf(tree)
  const { nodes, ends, parents } = index
  const ancestors: Parents[] = []
  const wantsAncestors = visitor.length >= 2
  const visit = (at: number): boolean => {
    if (wantsAncestors) {
      let depth = 0
      for (let parent = parents[at] as number; parent !== -1; parent = parents[parent] as number) depth++
      ancestors.length = depth
      for (let parent = parents[at] as number; parent !== -1; parent = parents[parent] as number) ancestors[--depth] = nodes[parent] as Parents
    }
    return visitor(nodes[at] as Extract<Nodes, { type: K }>, ancestors) === SKIP
  }
  if (typeof types === 'string') {
    let skipUntil = 0
    for (const at of index.byType.get(types) ?? []) {
      if (at >= skipUntil && visit(at)) skipUntil = ends[at] as number
    }
    return
  }
  // Several types: one pass over all the nodes, jumping over a skipped subtree.
  const wanted = new Set<string>(types)
  for (let at = 0; at < nodes.length; at++) {
    if (wanted.has((nodes[at] as Nodes).type) && visit(at)) at = (ends[at] as number) - 1
  }
}

/** Calls `visitor` on every node, parents before children (no ancestors, no skipping). */
export function eachNode(tree: Root, visitor: (node: Nodes) => void): void {
  for (const node of indexOf(tree).nodes) visitor(node)
}
