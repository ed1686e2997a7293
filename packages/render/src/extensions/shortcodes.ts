/**
 * Nunjucks in markdown (`{% imageContent "./x.png", "…" %}`, `{{ page.url }}`):
 * the site's templates run them, this renderer runs only `imageContent`, when the
 * caller gives it the images (`ImagePlanner`): the site's figure, or, for an image
 * that does not exist, a visible DSFR alert « Image introuvable » and a
 * `missing-image` warning. Every other shortcode becomes a visible placeholder
 * rather than leak the template text to readers, a DSFR alert « Contenu non
 * rendu : … » when it stands alone in its paragraph or an inline badge inside a
 * sentence, and a warning on the vfile tells the editor. Comments (`{# … #}`)
 * render as nothing, as on the site. Code is left alone.
 */
import { imageContentOf, scanShortcodes as scan } from '@offre/model'
import type { Element, ElementContent, Root as HastRoot, Text as HastText } from 'hast'
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { imageFigure, type ImagePlanner, type PendingFigures } from '../images.js'
import { report, shorten } from '../messages.js'

const TAG_NAME = /^\{%-?\s*([\w.]*)/

/** The images of a page: where their plans come from, and where their figures wait for the sanitized tree. */
export interface PageImages {
  planner: ImagePlanner
  figures: PendingFigures
  /** The page's path under the content folder. */
  page: string
  /** From the page back to the site's root (`../../`). */
  root: string
}

const CODE = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea'])

interface Found {
  name: string | null
  text: string
}

function shortcodesIn(text: string): Found[] {
  return scan(text).map((span) => ({ name: nameOf(span.text), text: span.text }))
}

/** The tag's name (`imageContent`), the expression as written, or null for a comment. */
function nameOf(shortcode: string): string | null {
  if (shortcode.startsWith('{#')) return null
  if (shortcode.startsWith('{{')) return `{{ ${shortcode.slice(2, -2).replace(/^-|-$/g, '').trim()} }}`
  return TAG_NAME.exec(shortcode)?.[1] || 'shortcode'
}

/** Whether the text holds shortcodes and nothing else but spaces. */
function onlyShortcodes(text: string): boolean {
  const spans = scan(text)
  let last = 0
  for (const span of spans) {
    if (text.slice(last, span.index).trim() !== '') return false
    last = span.index + span.text.length
  }
  return spans.length > 0 && text.slice(last).trim() === ''
}

/** Replaces the shortcodes of the markdown tree, outside code. */
export function transformShortcodes(tree: Root, file: VFile, images?: PageImages): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'paragraph' && parent !== undefined && index !== undefined) {
      const text = toString(node)
      const code = node.children.some((child) => child.type === 'inlineCode' || child.type === 'html')
      if (code || !onlyShortcodes(text)) return undefined
      const found = shortcodesIn(text).filter((shortcode) => shortcode.name !== null)
      const blocks = found.map((shortcode) => (images && shortcode.name === 'imageContent' ? imageBlock(file, shortcode, node, images) : undefined) ?? unrendered(file, shortcode, node))
      parent.children.splice(index, 1, ...(blocks as RootContent[]))
      return [SKIP, index + found.length]
    }
    if (node.type === 'text' && parent !== undefined && index !== undefined && scan(node.value).length > 0) {
      const parts = splitText(node.value, (shortcode) => {
        warn(file, shortcode, node)
        return badgeOf(shortcode.name ?? '')
      })
      ;(parent.children as PhrasingContent[]).splice(index, 1, ...parts)
      return [SKIP, index + parts.length]
    }
    return undefined
  })
}

/** The safety net after raw HTML is parsed: shortcodes written inside HTML blocks. */
export function transformHastShortcodes(tree: HastRoot, file: VFile): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && CODE.has(node.tagName)) return SKIP
    if (node.type !== 'text' || parent === undefined || index === undefined || scan(node.value).length === 0) return undefined
    // A placeholder made in markdown names the expression it replaces (`{{ page.url }}`).
    if (node.value.startsWith(LABEL)) return undefined
    const parts = splitText<ElementContent>(node.value, (shortcode) => {
      warn(file, shortcode, undefined)
      return { type: 'element', tagName: 'span', properties: { className: BADGE }, children: [{ type: 'text', value: label(shortcode.name ?? '') }] } satisfies Element
    }, (value): HastText => ({ type: 'text', value }))
    parent.children.splice(index, 1, ...parts)
    return [SKIP, index + parts.length]
  })
}

const BADGE = ['fr-badge', 'fr-badge--sm', 'fr-badge--warning']

const LABEL = 'Contenu non rendu\u00a0: '

function label(name: string): string {
  return `${LABEL}${name}`
}

function alertOf(text: string, kind = 'info'): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: text, data: { hName: 'p' } }],
    data: { hName: 'div', hProperties: { className: ['fr-alert', `fr-alert--${kind}`, 'fr-alert--sm'] } },
  }
}

function unrendered(file: VFile, shortcode: Found, node: Paragraph): Paragraph {
  warn(file, shortcode, node)
  return alertOf(label(shortcode.name ?? ''))
}

/**
 * An `imageContent` of literal arguments: a placeholder `figure` that the image's
 * figure replaces after the sanitizer, or the alert of a missing image; undefined
 * when its arguments are not literals (then it is not rendered, as any shortcode).
 */
function imageBlock(file: VFile, shortcode: Found, node: Paragraph, images: PageImages): Paragraph | undefined {
  const call = imageContentOf(shortcode.text)
  if (call === null) return undefined
  const plan = images.planner({ src: call.src, page: images.page, widths: call.widths })
  if (plan === null) {
    report(file, 'missing-image', { node, params: { src: call.src }, actual: call.src })
    return alertOf(`Image introuvable\u00a0: ${call.src}`, 'warning')
  }
  const id = images.figures.add(imageFigure(plan, call, images.root))
  return { type: 'paragraph', children: [], data: { hName: 'figure', hProperties: { id } } }
}

function badgeOf(name: string): Text {
  return { type: 'text', value: label(name), data: { hName: 'span', hProperties: { className: BADGE } } }
}

function splitText<T = PhrasingContent>(value: string, replace: (found: Found) => T, text = (v: string) => ({ type: 'text', value: v }) as T): T[] {
  const parts: T[] = []
  let last = 0
  for (const span of scan(value)) {
    if (span.index > last) parts.push(text(value.slice(last, span.index)))
    const name = nameOf(span.text)
    if (name !== null) parts.push(replace({ name, text: span.text }))
    last = span.index + span.text.length
  }
  if (last < value.length) parts.push(text(value.slice(last)))
  return parts
}

function warn(file: VFile, shortcode: Found, node: { position?: Text['position'] } | undefined): void {
  report(file, 'unrendered-shortcode', { node: node as Text | undefined, params: { name: shortcode.name ?? '' }, actual: shorten(shortcode.text) })
}
