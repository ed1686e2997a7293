/**
 * The outline of a page, the way the site renders it: every heading with its level,
 * its text (as a reader sees it, markdown-it-attrs blocks like `{#id}` removed) and
 * its id (markdown-it-anchor's: the explicit `{#id}`, else the slug of the text,
 * made unique with `-1`, `-2`…). Shared by the required-sections rule and the
 * anchor check, computed once per tree.
 */
import { Slugger } from '@offre/model'
import { eachOfType } from '../tree-index.js'
import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'

export interface OutlineHeading {
  node: Heading
  depth: number
  /** Text as rendered, attributes removed, spaces collapsed. */
  text: string
  id: string
}

const ATTRIBUTES = /\s*\{[^{}]*\}\s*$/
const EXPLICIT_ID = /(?:^|\s)#([^\s}]+)/

const cache = new WeakMap<Root, OutlineHeading[]>()

export function outlineOf(tree: Root): OutlineHeading[] {
  const cached = cache.get(tree)
  if (cached) return cached
  const slugger = new Slugger()
  const headings: OutlineHeading[] = []
  eachOfType(tree, 'heading', (node) => {
    const raw = toString(node)
    const attributes = ATTRIBUTES.exec(raw)
    const text = collapse(attributes ? raw.slice(0, attributes.index) : raw)
    const explicit = attributes ? EXPLICIT_ID.exec(attributes[0].trim().slice(1, -1)) : null
    headings.push({ node, depth: node.depth, text, id: explicit?.[1] ?? slugger.slug(text) })
  })
  cache.set(tree, headings)
  return headings
}

/**
 * The form in which two headings are compared: typographic apostrophes and
 * no-break spaces (which the typography rule puts in) count as their plain forms.
 */
export function comparable(text: string): string {
  return collapse(text.normalize('NFC').replace(/[’ʼ‘]/g, "'").replace(/[\u00A0\u202F]/g, ' '))
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** `## Titre`, the way profiles and messages write a heading. */
export function headingLabel(depth: number, text: string): string {
  return `${'#'.repeat(depth)} ${text}`
}
