/**
 * DSFR icons on demand. Editors put icon classes on links
 * (`{.fr-link .fr-fi-arrow-right-line .fr-link--icon-right}`); their rules live in
 * DSFR's icon stylesheet (5.9 MB with its 1,500 SVGs), not in `dsfr.min.css`.
 * A build keeps only the rules of the icon classes its pages use, in
 * `dsfr/icons.min.css`, and copies only those SVGs.
 */
import { cssReferences } from './assets.js'

/** DSFR's icon stylesheet, relative to `@gouvfr/dsfr/dist/`. */
export const DSFR_ICONS_SOURCE = 'utility/icons/icons.min.css'
/** Where the subset goes, relative to the copied `dsfr/` folder. */
export const ICONS_CSS = 'icons.min.css'

const ICON_CLASS = /^fr-(?:icon|fi)-[\w-]+$/

/** The icon classes used in some HTML (`class="… fr-icon-x …"`). */
export function iconClassesOf(html: string): string[] {
  const found = new Set<string>()
  for (const match of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of (match[1] ?? '').split(/\s+/)) if (ICON_CLASS.test(name)) found.add(name)
  }
  return [...found].sort()
}

export interface IconSubset {
  /** The subset stylesheet, its URLs relative to the `dsfr/` folder. */
  css: string
  /** The SVG files it needs, relative to `@gouvfr/dsfr/dist/`. */
  files: string[]
}

export function iconSubset(css: string, used: Iterable<string>): IconSubset {
  const classes = new Set(used)
  const kept = filterBlocks(css.replace(/\/\*[\s\S]*?\*\//g, ''), classes)
  const base = DSFR_ICONS_SOURCE.slice(0, DSFR_ICONS_SOURCE.lastIndexOf('/'))
  const files = cssReferences(kept, base)
  // The subset sits at the root of `dsfr/`, next to the copied `icons/` folder.
  const rebased = kept.replace(/url\((["']?)(?:\.\.\/)+icons\//g, 'url($1icons/')
  return { css: rebased === '' ? '' : `${rebased}\n`, files }
}

/** Keeps the rules whose selectors name a used class; recurses into `@media` blocks. */
function filterBlocks(css: string, classes: ReadonlySet<string>): string {
  let result = ''
  let index = 0
  while (index < css.length) {
    const open = css.indexOf('{', index)
    if (open === -1) break
    const prelude = css.slice(index, open).trim()
    const close = matchingBrace(css, open)
    const inner = css.slice(open + 1, close)
    if (prelude.startsWith('@')) {
      const kept = filterBlocks(inner, classes)
      if (kept !== '') result += `${prelude}{${kept}}`
    } else {
      const selectors = prelude.split(',').filter((selector) => selectorClasses(selector).some((name) => classes.has(name)))
      if (selectors.length > 0) result += `${selectors.join(',')}{${inner}}`
    }
    index = close + 1
  }
  return result
}

function selectorClasses(selector: string): string[] {
  return [...selector.matchAll(/\.(fr-(?:icon|fi)-[\w-]+)/g)].map((match) => match[1] ?? '')
}

function matchingBrace(css: string, open: number): number {
  let depth = 0
  for (let index = open; index < css.length; index++) {
    if (css[index] === '{') depth++
    else if (css[index] === '}' && --depth === 0) return index
  }
  return css.length
}
