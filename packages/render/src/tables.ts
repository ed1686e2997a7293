/**
 * Tables as the site writes them: a markdown table is `<table class="fr-table">`,
 * the site's markdown-it `table_open` rule, with no wrapper. DSFR 1.13's wrapper
 * chain (`div.fr-table > …__wrapper > …__container > …__content > table`) sets
 * `white-space: nowrap` on every cell, so a table of sentences grew to 3,403 px on
 * `/fr/mission/gtt-ll-amdac/` and hid its last columns behind a scroll; the site's
 * table wraps its text and fits the column. Tables written in raw HTML are left as
 * written, as markdown-it leaves them (`table.njk`'s `div.fr-table` included).
 *
 * Header cells of the first row get `scope="col"`, which the site does not write:
 * it changes nothing on screen and ties each cell to its column for screen readers.
 */
import type { Root as HastRoot } from 'hast'
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

export const TABLE_CLASS = 'fr-table'

/** Gives the markdown tables of the tree the site's class, before they become HTML. */
export function markTables(tree: Root): void {
  visit(tree, 'table', (node) => {
    const properties = node.data?.hProperties ?? {}
    const classes = Array.isArray(properties.className) ? properties.className.map(String) : []
    node.data = { ...node.data, hProperties: { ...properties, className: [TABLE_CLASS, ...classes.filter((name) => name !== TABLE_CLASS)] } }
  })
}

/** `scope="col"` on the `th` of a table's `thead` that have no scope. */
export function scopeHeaderCells(tree: HastRoot): void {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'thead') return
    visit(node, 'element', (cell) => {
      if (cell.tagName === 'th' && cell.properties.scope === undefined) cell.properties.scope = 'col'
    })
  })
}
