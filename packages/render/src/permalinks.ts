/**
 * Heading permalinks as the site's markdown-it-anchor 8.6.7 writes them, with its
 * options in `eleventy.config.js` (`permalink.ariaHidden({ placement: 'after',
 * class: 'header-anchor', symbol: '#', ariaHidden: false })`, `level: [1, 2, 3, 4]`):
 *
 *     <h2 id="x" tabindex="-1">Text <a class="header-anchor" href="#x">#</a></h2>
 *
 * Added after the sanitizer and `dedupeIds`, so the link points at the id the
 * heading ends with; the ids stay the model's. The markdown headings are the ones
 * `headings.ts` gave `tabindex="-1"` (which the sanitizer keeps on H1–H4, and only
 * with that value): raw HTML headings get no link, as on the site. The model, the
 * JSON and the JSON-LD never see the `#`.
 */
import type { Element, Root } from 'hast'
import { h } from 'hastscript'
import { SKIP, visit } from 'unist-util-visit'

export const PERMALINK_CLASS = 'header-anchor'

/**
 * How the site shows them (its `public/css/index.css`, not part of DSFR): the `#` is
 * invisible until the heading is hovered or the link focused, without DSFR's link
 * underline. Written into the site's own stylesheet (`SITE_STYLES`, `dsfr/site.css`);
 * without it every heading ends with a `#`.
 */
export const PERMALINK_CSS = [
  `.${PERMALINK_CLASS}{background-image:none;text-decoration:none;font-style:normal;font-size:1em;margin-left:.1em}`,
  `a[href].${PERMALINK_CLASS},a[href].${PERMALINK_CLASS}:visited{color:transparent}`,
  `a[href].${PERMALINK_CLASS}:focus,a[href].${PERMALINK_CLASS}:hover{text-decoration:underline}`,
  `a[href].${PERMALINK_CLASS}:focus,:hover>a[href].${PERMALINK_CLASS}{color:#aaa}`,
].join('\n')

const LINKED = /^h[1-4]$/

export function addPermalinks(tree: Root): void {
  visit(tree, 'element', (node) => {
    if (!LINKED.test(node.tagName)) return undefined
    const id = node.properties.id
    if (node.properties.tabIndex === -1 && typeof id === 'string' && id !== '') node.children.push(...permalink(id))
    return SKIP
  })
}

function permalink(id: string): [{ type: 'text'; value: string }, Element] {
  return [{ type: 'text', value: ' ' }, h(`a.${PERMALINK_CLASS}`, { href: `#${id}` }, '#')]
}
