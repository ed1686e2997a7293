/**
 * remark-lint's `<!--lint disable rule-->` comments, without their cost on the pages
 * that have none.
 *
 * remark-lint is one call to remark-message-control, which walks the tree twice
 * (for the comments, and for the "gaps" no node covers), indexes the page's lines
 * and then filters the messages: a tenth of a lint of the seed page. On a page with
 * no `<!--`, there is no comment to read, and that filter only gives a place
 * (1:1) to the rules' messages that have none and drops those that fall in a gap
 * (such as the end of the page after its last node). `remarkLintControl` does
 * exactly that with one walk, and hands every other page to remark-message-control
 * with the options remark-lint gives it.
 */
import type { Root } from 'mdast'
import remarkMessageControl from 'remark-message-control'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { eachNode } from './tree-index.js'

const NAME = 'lint'
const SOURCE = 'remark-lint'

export default function remarkLintControl(this: Processor) {
  // As remark-lint does: a plugin used while the processor freezes comes after all the
  // others, so its transformer filters the messages of every rule.
  this.use(lintControl)
}

function lintControl() {
  return controlMessages
}

const control = remarkMessageControl({ name: NAME, source: SOURCE })

/** Applies the `<!--lint …-->` comments of the page to the rules' messages on `file`, as remark-lint does. */
export function controlMessages(tree: Root, file: VFile): void {
  if (String(file.value ?? '').includes('<!--')) {
    control(tree, file)
    return
  }
  let gaps: Array<[number, number]> | undefined
  let toOffset: ((point: { line: number; column: number }) => number | undefined) | undefined
  file.messages = file.messages.filter((message) => {
    if (message.source !== SOURCE) return true
    if (!message.line) message.line = 1
    if (!message.column) message.column = 1
    gaps ??= gapsOf(tree)
    if (gaps.length === 0) return true
    toOffset ??= location(file).toOffset
    const offset = toOffset({ line: message.line, column: message.column })
    return offset === undefined || !gaps.some(([from, to]) => from <= offset && to > offset)
  })
}

/** The ranges of the page no node covers, as unified-message-control finds them. */
export function gapsOf(tree: Root): Array<[number, number]> {
  const end = tree.position?.end.offset
  const gaps: Array<[number, number]> = []
  let offset = 0
  let gap = false
  const update = (latest: number | undefined): void => {
    if (latest === undefined) gap = true
    else if (offset < latest) {
      if (gap) {
        gaps.push([offset, latest])
        gap = false
      }
      offset = latest
    }
  }
  eachNode(tree, (node) => {
    update(node.position?.start.offset)
    if (!('children' in node)) update(node.position?.end.offset)
  })
  if (typeof end === 'number' && offset !== end) {
    update(undefined)
    update(end)
  }
  return gaps
}
