/** Source offsets to line/column places, computed once per file. */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { eachNode } from './tree-index.js'
import { location } from 'vfile-location'
import type { Place } from './report.js'

const cache = new WeakMap<VFile, ReturnType<typeof location>>()

export function placeOf(file: VFile, start: number, end: number): Place {
  let index = cache.get(file)
  if (index === undefined) {
    index = location(file)
    cache.set(file, index)
  }
  const a = index.toPoint(start) ?? { line: 1, column: 1, offset: start }
  const b = index.toPoint(end) ?? a
  return { start: a, end: b }
}

const leafEnds = new WeakMap<Root, number>()

/** End offset of the last leaf node (text, code, html…) of the tree, computed once per tree. */
export function lastLeafEnd(tree: Root): number {
  let end = leafEnds.get(tree)
  if (end !== undefined) return end
  end = 0
  eachNode(tree, (node) => {
    if (!('children' in node)) end = Math.max(end ?? 0, node.position?.end.offset ?? 0)
  })
  leafEnds.set(tree, end)
  return end
}

/**
 * Where a message about `[start, end)` inside a node at `[nodeStart, nodeEnd)` (a link)
 * may be placed: remark-lint's comment control drops the messages that start after the
 * page's last leaf node (a "gap"), where the URL of a page's very last link lies; such
 * a message is placed at the whole node instead.
 */
export function reportableRange(tree: Root, [start, end]: readonly [number, number], [nodeStart, nodeEnd]: readonly [number, number]): [number, number] {
  return start >= lastLeafEnd(tree) && nodeStart < start ? [nodeStart, Math.max(nodeEnd, end)] : [start, end]
}
