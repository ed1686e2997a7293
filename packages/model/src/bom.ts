/**
 * A page may start with a byte-order mark, kept in the text so that a rewrite
 * (`offre lint --fix`) keeps it. micromark skips it without counting it: every
 * offset of the tree, and every column of line 1, comes out one short of the
 * text, and a fix cut at those offsets would land one character early. This
 * realigns the tree on the text, once per tree.
 */
import type { Root } from 'mdast'
import type { Point } from 'unist'
import { walk } from './walk.js'
import type { VFile } from 'vfile'

const aligned = new WeakSet<Root>()

export function alignBomPositions(tree: Root, file: VFile): void {
  if (aligned.has(tree) || !String(file.value ?? '').startsWith('\ufeff')) return
  aligned.add(tree)
  walk(tree, (node) => {
    if (!node.position) return
    // The root spans the whole text, the mark included: only its end moves.
    const start = node === tree ? node.position.start : shift(node.position.start)
    node.position = { start, end: shift(node.position.end) }
  })
}

function shift(point: Point): Point {
  return { line: point.line, column: point.line === 1 ? point.column + 1 : point.column, offset: point.offset === undefined ? undefined : point.offset + 1 }
}
