/**
 * Unique ids in the page. The layout's ids (`contenu`, `fil-ariane`…) and the
 * section ids the model gives to headings come first; any other id found in the
 * content (raw HTML, `{#id}` attributes) that repeats one of them is renamed with
 * a warning, so skip links, `aria-controls` and anchors point where they should.
 */
import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { report } from './messages.js'

export function dedupeIds(tree: Root, file: VFile, reserved: readonly string[], headingIds: readonly string[]): void {
  const taken = new Set(reserved)
  const headings = new Set(headingIds)
  const owners = new Set<Element>()
  // Headings first: their ids are the model's, and other ids yield to them.
  visit(tree, 'element', (node) => {
    const id = node.properties.id
    if (typeof id === 'string' && /^h[1-6]$/.test(node.tagName) && headings.has(id) && !taken.has(id)) {
      taken.add(id)
      owners.add(node)
    }
  })
  visit(tree, 'element', (node) => {
    const id = node.properties.id
    if (id === undefined || owners.has(node)) return
    const value = String(id)
    if (value.trim() === '') {
      delete node.properties.id
      return
    }
    if (!taken.has(value)) {
      taken.add(value)
      return
    }
    let count = 1
    while (taken.has(`${value}-${count}`)) count++
    const renamed = `${value}-${count}`
    taken.add(renamed)
    node.properties.id = renamed
    report(file, 'renamed-id', { params: { id: value, renamed }, actual: value, node })
  })
}
