/**
 * Raw HTML written in markdown, parsed the way browsers parse it. remark-rehype
 * keeps it as `raw` nodes (`allowDangerousHtml`), an inline `<a …>` and its
 * `</a>` as separate nodes; the tree is written out and read back with parse5, so
 * tags that span several nodes pair up, unbalanced tags close as in a browser, and
 * the sanitizer sees real elements. `rehype-raw` / `hast-util-raw` do this with
 * positions kept; neither is installed, so this small converter stands in.
 */
import type { ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { parseFragment, type DefaultTreeAdapterTypes as P5 } from 'parse5'
import { visit, EXIT } from 'unist-util-visit'

/** Whether the tree holds raw HTML to parse. */
export function hasRaw(tree: Root): boolean {
  let found = false
  visit(tree, 'raw', () => {
    found = true
    return EXIT
  })
  return found
}

/** The tree with its raw HTML parsed into elements (the tree itself when it has none). */
export function parseRaw(tree: Root): Root {
  if (!hasRaw(tree)) return tree
  return parseHtmlFragment(toHtml(tree, { allowDangerousHtml: true }))
}

/** An HTML fragment as a hast tree (unsanitized). */
export function parseHtmlFragment(html: string): Root {
  return { type: 'root', children: convert(parseFragment(html).childNodes) }
}

function convert(nodes: P5.ChildNode[]): ElementContent[] {
  const result: ElementContent[] = []
  for (const node of nodes) {
    if (node.nodeName === '#text') result.push({ type: 'text', value: (node as P5.TextNode).value })
    else if (node.nodeName === '#comment') result.push({ type: 'comment', value: (node as P5.CommentNode).data })
    else if ('tagName' in node) {
      const element = node as P5.Element
      // An HTML `<template>` keeps its children in `content`; a `template` inside `<svg>`
      // or `<math>` is a foreign element with ordinary children (and no `content`).
      const content = (element as Partial<P5.Template>).content
      const children = element.tagName === 'template' && content !== undefined ? content.childNodes : element.childNodes
      // Attribute values are strings, so hastscript reads the object as properties
      // and maps names (`class`, `aria-label`) to hast properties itself.
      const attributes = Object.fromEntries(element.attrs.map((attribute) => [attribute.name, attribute.value]))
      const converted = h('div', attributes, convert(children))
      // Set apart from `h`, which would read `.` and `#` in a tag name as a selector.
      converted.tagName = element.tagName
      result.push(converted)
    }
  }
  return result
}
