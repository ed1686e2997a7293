/**
 * The site's attribute blocks (markdown-it-attrs): `[Voir](/fr/x/){.fr-link
 * .fr-icon-arrow-right-line}` sets classes on the link; `{.x}` ending a paragraph
 * or heading sets them on the block. Only classes and an id are applied (the
 * sanitizer then keeps the `fr-*` classes); other `key=value` pairs are dropped.
 * Either way the braces never reach the reader.
 */
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast'
import { visit } from 'unist-util-visit'

/** `{.a .b #id key=value key="a b"}`: what markdown-it-attrs accepts, on one line. */
const BLOCK = /\{[ \t]*((?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s{}"']+))(?:[ \t]+(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s{}"']+)))*)[ \t]*\}/
const AT_START = new RegExp(`^${BLOCK.source}`)
// From the start of a run of spaces only: linear on a long run.
const AT_END = new RegExp(`(?<![ \\t])[ \\t]*${BLOCK.source}[ \\t]*$`)
const TARGETS = new Set(['link', 'linkReference', 'emphasis', 'strong', 'inlineCode', 'image', 'imageReference', 'delete'])

export function transformAttributes(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node) || node.type === 'root') return
    const parent = node as Parent
    const children = parent.children as PhrasingContent[]
    for (let index = 0; index < children.length; index++) {
      const child = children[index]
      const previous = children[index - 1]
      if (child?.type !== 'text' || previous === undefined || !TARGETS.has(previous.type)) continue
      const match = AT_START.exec(child.value)
      if (match === null) continue
      apply(previous, match[1] ?? '')
      child.value = child.value.slice(match[0].length)
    }
    const last = children[children.length - 1]
    if ((parent.type === 'paragraph' || parent.type === 'heading') && last?.type === 'text') {
      const match = AT_END.exec(last.value)
      if (match !== null) {
        apply(parent as Nodes, match[1] ?? '')
        last.value = last.value.slice(0, match.index)
      }
    }
  })
}

function apply(node: Nodes, attributes: string): void {
  const classes: string[] = []
  let id: string | undefined
  for (const token of attributes.split(/[ \t]+/)) {
    if (token.startsWith('.')) classes.push(token.slice(1))
    else if (token.startsWith('#')) id = token.slice(1)
  }
  const properties = { ...node.data?.hProperties }
  if (classes.length > 0) properties.className = [...toList(properties.className), ...classes]
  // A heading keeps the id the model gives it, so that the JSON's anchors work.
  if (id !== undefined && node.type !== 'heading') properties.id = id
  node.data = { ...node.data, hProperties: properties }
}

function toList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
}
