/**
 * Test helpers (not exported by the package): read rendered HTML back the way a
 * browser does, with parse5, and walk its elements, so tests check what a
 * browser would see rather than substrings of the output.
 */
import { readFileSync } from 'node:fs'
import { parseOffer, type ParseResult } from '@offre/model'
import { parse, parseFragment, type DefaultTreeAdapterTypes as P5 } from 'parse5'
import { VFile } from 'vfile'
import { DEFAULT_IFRAME_HOSTS, isAllowedFrameSource } from './embeds.js'
import { renderOffer, type RenderOptions, type RenderedPage } from './render.js'

export type HtmlElement = P5.Element

export function parseDocument(html: string): P5.Document {
  return parse(html)
}

export function* elements(node: P5.ParentNode): Generator<HtmlElement> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue
    yield child
    yield* elements(child.tagName === 'template' ? (child as P5.Template).content : child)
  }
}

export function all(html: string | P5.ParentNode, tagName?: string): HtmlElement[] {
  const root = typeof html === 'string' ? (html.startsWith('<!doctype') ? parse(html) : parseFragment(html)) : html
  return [...elements(root)].filter((element) => tagName === undefined || element.tagName === tagName)
}

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value
}

export function classes(element: HtmlElement): string[] {
  return (attr(element, 'class') ?? '').split(/\s+/).filter(Boolean)
}

export function text(node: P5.ChildNode | P5.ParentNode): string {
  if (node.nodeName === '#text') return (node as P5.TextNode).value
  return 'childNodes' in node ? node.childNodes.map(text).join('') : ''
}

/** Parses and renders a markdown page, as the build does. */
export function renderMarkdown(markdown: string, options: Partial<RenderOptions> = {}): { page: RenderedPage; parsed: ParseResult } {
  const parsed = parseOffer(new VFile({ path: 'page.md', value: markdown }))
  return { page: renderOffer(parsed, { url: '/fr/page/', ...options }), parsed }
}

export function renderFile(file: string, options: RenderOptions): { page: RenderedPage; parsed: ParseResult } {
  const parsed = parseOffer(new VFile({ path: file, value: readFileSync(file) }))
  return { page: renderOffer(parsed, options), parsed }
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'srcset', 'poster', 'background', 'cite', 'longdesc', 'xlink:href', 'content'])

/** What can run in a page: the checks every rendered output must pass. */
export function runnable(html: string): string[] {
  const found: string[] = []
  const document = parseDocument(html)
  for (const element of all(document)) {
    if (element.tagName === 'script' && !isOwnScript(element)) found.push(`script ${text(element).slice(0, 40)}`)
    if (['iframe', 'object', 'embed', 'base', 'form', 'svg', 'math', 'style', 'template', 'noscript'].includes(element.tagName)) {
      if (element.tagName !== 'iframe' || !isAllowedFrameSource(attr(element, 'src') ?? '', DEFAULT_IFRAME_HOSTS)) found.push(element.tagName)
    }
    if (element.tagName === 'meta' && attr(element, 'http-equiv') !== undefined) found.push('meta http-equiv')
    for (const { name, value } of element.attrs) {
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || (name === 'name' && element.tagName !== 'meta')) found.push(`${element.tagName}[${name}]`)
      const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase()
      if (URL_ATTRIBUTES.has(name) && /^(javascript|data|vbscript):/.test(url)) found.push(`${element.tagName}[${name}=${value}]`)
    }
  }
  return found
}

function isOwnScript(element: HtmlElement): boolean {
  const src = attr(element, 'src')
  if (src !== undefined) return /^(\.\.\/)*dsfr\/dsfr\.(module|nomodule)\.min\.js$/.test(src) && element.childNodes.length === 0
  return attr(element, 'type') === 'application/ld+json'
}
