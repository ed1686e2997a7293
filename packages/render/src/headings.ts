/**
 * Heading ids. The H2 and H3 at the top level of the page are the model's
 * sections: they get the ids the model gives them (same `Slugger`, same order,
 * same text), so a link to `#accompagnement-strategique` found in the JSON works
 * in the HTML. Other headings (H1, H4–H6, headings inside containers) are slugged
 * afterwards with the same slugger, so they never take a section's id.
 *
 * H1 to H4 also get `tabindex="-1"`, as markdown-it-anchor gives the headings it
 * links to (the site's `level: [1, 2, 3, 4]`): focus follows a jump to the heading.
 * It also tells `permalinks.ts`, after raw HTML is parsed and ids made unique,
 * which headings are markdown ones, to give them their `#` link.
 */
import { Slugger } from '@offre/model'
import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'

export function assignHeadingIds(tree: Root): string[] {
  const slugger = new Slugger()
  const ids: string[] = []
  const sections = new Set<Heading>()
  for (const node of tree.children) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      sections.add(node)
      setId(node, slugger.slug(toString(node)), ids)
    }
  }
  visit(tree, 'heading', (node) => {
    if (!sections.has(node)) setId(node, slugger.slug(toString(node)), ids)
  })
  return ids
}

/** The heading levels that get a permalink on the site (markdown-it-anchor's `level`). */
export const PERMALINK_DEPTH = 4

function setId(node: Heading, id: string, ids: string[]): void {
  const focus = node.depth <= PERMALINK_DEPTH ? { tabIndex: -1 } : {}
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id, ...focus } }
  ids.push(id)
}
