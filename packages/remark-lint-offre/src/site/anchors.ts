/**
 * The fragment identifiers a page offers to `#…` links: its headings' ids (as the
 * site's markdown-it-anchor makes them) and the `id` / `name` attributes written in
 * its raw HTML (`<a id="programme"></a>`).
 */
import type { Root } from 'mdast'
import { outlineOf } from './outline.js'
import { eachOfType } from '../tree-index.js'

const HTML_ID = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi

const cache = new WeakMap<Root, Set<string>>()

export function anchorsOf(tree: Root): Set<string> {
  const cached = cache.get(tree)
  if (cached) return cached
  const ids = new Set(outlineOf(tree).map((heading) => heading.id))
  eachOfType(tree, 'html', (node) => {
    for (const match of node.value.matchAll(HTML_ID)) ids.add(match[1] ?? match[2] ?? match[3] ?? '')
  })
  cache.set(tree, ids)
  return ids
}
