/**
 * Tables in DSFR 1.13 markup: `div.fr-table > div.fr-table__wrapper >
 * div.fr-table__container > div.fr-table__content > table`, which gives them the
 * DSFR style and horizontal scrolling on small screens, and `scope="col"` on
 * header cells. A table an editor already wrapped in `div.fr-table` is left as is.
 */
import type { Element, Root } from 'hast'
import { h } from 'hastscript'
import { SKIP, visit } from 'unist-util-visit'

export function wrapTables(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'table' || parent === undefined || index === undefined) return undefined
    visit(node, 'element', (cell, _, row) => {
      if (cell.tagName === 'th' && row?.type === 'element' && isHeaderRow(node, row) && cell.properties.scope === undefined) {
        cell.properties.scope = 'col'
      }
    })
    if (parent.type === 'element' && hasClass(parent, /^fr-table(__content)?$/)) return SKIP
    const wrapped = h('div.fr-table', [h('div.fr-table__wrapper', [h('div.fr-table__container', [h('div.fr-table__content', [node])])])])
    parent.children[index] = wrapped
    return SKIP
  })
}

function isHeaderRow(table: Element, row: Element): boolean {
  const head = table.children.find((child) => child.type === 'element' && child.tagName === 'thead')
  return head !== undefined && head.type === 'element' && head.children.includes(row)
}

function hasClass(node: Element, pattern: RegExp): boolean {
  const classes = node.properties.className
  return Array.isArray(classes) && classes.some((name) => pattern.test(String(name)))
}
