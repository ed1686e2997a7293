/**
 * The aspects of one built page, read from its HTML. Both builds go through the
 * same code, so each aspect is defined once, here:
 *
 * - regions: `main` (the body when there is none). The *page region* is `main`
 *   without the share buttons (`.fr-share`), the "Lire aussi" block (the
 *   element holding an `h2` "Lire aussi"/"Read also" and `.fr-card`s: links to
 *   the previous and next posts, built from the site's collections), the
 *   breadcrumb's toggle button and the headings' permalinks (`a.header-anchor`,
 *   the "#" markdown-it-anchor adds to `h1`–`h4`). The *main content* is the page region without
 *   the title band's furniture: the breadcrumb, the `h1` and its `hgroup`, the
 *   lead, the tags group (`.fr-tags-group`) and the date line (the `p` holding
 *   a `time`).
 * - h1: the text of the first `h1` of the page.
 * - headings: the (level, text, id) of each `h2`–`h6` of the main content
 *   (an empty one without id, as the site's callouts' `h3.fr-callout__title`,
 *   shows nothing and is left out).
 * - lists: each outermost `ul`/`ol` of the main content as its structure, the
 *   text of each item (without its nested lists) and the nested lists in place.
 * - tables: each `table` of the main content as the text of its cells, row by
 *   row (header rows included; the caption left out).
 * - breadcrumb: the (text, href) of each link of the first `nav.fr-breadcrumb`
 *   (the current page's has no href).
 * - lead: the text of the first `p.fr-text--lead` of `main`.
 * - links: the multiset of (href, text) of the `a[href]` of the main content
 *   (a link's text is its `aria-label` when it shows none).
 * - images: the (name, alt) of each `img` of the main content, in order; the
 *   name is the file name of the source image (see `imageName`), marked
 *   `(missing)` when the build lacks the file (`fileExists`).
 * - dates: the (datetime, text) of each `time` of the page region (but those
 *   of `ignoreDates`).
 * - tags: the text of each `.fr-tag` of the page region, in order.
 * - text: the text of the main content.
 * - header / footer: the set of hrefs of the links of `header` / `footer`.
 * Texts and URLs are normalized (normalize.ts).
 */
import { attr, descendants, find, findAll, hasClass, isElement, parseHtml, textOf, type Element, type Node } from './dom.js'
import { normalizeText, normalizeUrl } from './normalize.js'

export interface PageAspects {
  h1: string
  headings: string[]
  lists: string[]
  tables: string[]
  breadcrumb: string[]
  lead: string
  links: string[]
  images: string[]
  dates: string[]
  tags: string[]
  text: string
  header: string[]
  footer: string[]
}

export interface ExtractOptions {
  /** The page's root-relative URL path, to resolve relative links (`/fr/blog/x/`). */
  url?: string
  /**
   * The source file name of a built image URL (normalized, root-relative), when
   * the build renamed it: eleventy-img writes `/img/<hash>-<width>.<format>`.
   */
  imageSource?: (url: string) => string | undefined
  /**
   * Days (`YYYY-MM-DD`) whose `time` elements are not dates of the page: the
   * day the reference was built, which Eleventy gives a page without a `date`
   * (its file's creation time).
   */
  ignoreDates?: string[]
  /** Whether the build holds the file at a root-relative URL; an image whose file it lacks is named `(missing)`. */
  fileExists?: (url: string) => boolean
}

const READ_ALSO = /^(lire aussi|read also|à lire aussi)$/i

function isReadAlso(element: Element): boolean {
  const heading = element.childNodes.find((child): child is Element => isElement(child) && child.tagName === 'h2')
  return heading !== undefined && READ_ALSO.test(normalizeText(textOf(heading))) && find(element, (e) => hasClass(e, 'fr-card')) !== undefined
}

function isPageFurniture(element: Element): boolean {
  return (
    hasClass(element, 'fr-share') || hasClass(element, 'fr-breadcrumb__button') || hasClass(element, 'header-anchor') || isReadAlso(element)
  )
}

function isDateLine(element: Element): boolean {
  return element.tagName === 'p' && find(element, (e) => e.tagName === 'time') !== undefined
}

export function extractAspects(html: string, options: ExtractOptions = {}): PageAspects {
  const url = options.url ?? '/'
  const document = parseHtml(html)
  const body = find(document, (e) => e.tagName === 'body') ?? document
  const main = find(body, (e) => e.tagName === 'main') ?? body
  const leadElement = find(main, (e) => e.tagName === 'p' && hasClass(e, 'fr-text--lead'), isPageFurniture)
  const isTitleFurniture = (element: Element): boolean =>
    isPageFurniture(element) ||
    element === leadElement ||
    element.tagName === 'h1' ||
    element.tagName === 'hgroup' ||
    (element.tagName === 'nav' && hasClass(element, 'fr-breadcrumb')) ||
    hasClass(element, 'fr-tags-group') ||
    isDateLine(element)
  const content = descendants(main, isTitleFurniture)
  const region = descendants(main, isPageFurniture)
  const text = (element: Element): string => normalizeText(textOf(element, isPageFurniture))

  const h1 = find(body, (e) => e.tagName === 'h1')
  const breadcrumb = find(body, (e) => e.tagName === 'nav' && hasClass(e, 'fr-breadcrumb'))
  const header = findAll(body, (e) => e.tagName === 'header')
  const footer = findAll(body, (e) => e.tagName === 'footer')

  return {
    h1: h1 ? text(h1) : '',
    headings: content
      .filter((e) => /^h[2-6]$/.test(e.tagName) && (text(e) !== '' || attr(e, 'id')))
      .map((e) => `h${e.tagName[1]} ${text(e)} #${attr(e, 'id') ?? ''}`),
    lists: content.filter((e) => isList(e) && !hasListAncestor(e, main)).map((e) => listStructure(e)),
    tables: content.filter((e) => e.tagName === 'table').map((e) => tableCells(e)),
    breadcrumb: breadcrumb
      ? findAll(breadcrumb, (e) => e.tagName === 'a', (e) => e.tagName === 'button').map((a) => `${text(a)} → ${hrefOf(a, url)}`)
      : [],
    lead: leadElement ? text(leadElement) : '',
    links: content
      .filter((e) => e.tagName === 'a' && attr(e, 'href') !== undefined)
      .map((a) => `${hrefOf(a, url)} ${linkText(a)}`)
      .sort(),
    images: content.filter((e) => e.tagName === 'img').map((img) => imageEntry(img, url, options)),
    dates: region
      .filter((e) => e.tagName === 'time' && !options.ignoreDates?.includes((attr(e, 'datetime') ?? '').slice(0, 10)))
      .map((e) => `${attr(e, 'datetime') ?? ''} ${text(e)}`),
    tags: region.filter((e) => hasClass(e, 'fr-tag')).map(text),
    text: normalizeText(textOf(main, isTitleFurniture)),
    header: hrefSet(header, url),
    footer: hrefSet(footer, url),
  }
}

function isList(element: Element): boolean {
  return element.tagName === 'ul' || element.tagName === 'ol'
}

function hasListAncestor(element: Element, stop: Node): boolean {
  for (let node: Node | null = element.parentNode; node && node !== stop && isElement(node); node = node.parentNode) {
    if (isList(node)) return true
  }
  return false
}

/** `ul(first item; second item ol(a; b))`. */
function listStructure(list: Element): string {
  const items = list.childNodes.filter((child): child is Element => isElement(child) && child.tagName === 'li')
  const parts = items.map((item) => {
    const own = normalizeText(textOf(item, isList))
    const nested = descendants(item).filter((e) => isList(e) && !hasListAncestor(e, item))
    return [own, ...nested.map(listStructure)].filter(Boolean).join(' ')
  })
  return `${list.tagName}(${parts.join('; ')})`
}

/** `a | b // c | d`: the cells of each row. */
function tableCells(table: Element): string {
  const rows = findAll(table, (e) => e.tagName === 'tr', (e) => e.tagName === 'table' || e.tagName === 'caption')
  return rows
    .map((row) => row.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th')).map((cell) => normalizeText(textOf(cell))).join(' | '))
    .join(' // ')
}

/** `name [alt]`, and ` (missing)` when the build lacks the image's file. */
function imageEntry(img: Element, url: string, options: ExtractOptions): string {
  const src = attr(img, 'src') ?? ''
  const resolved = normalizeUrl(src, url)
  const missing = options.fileExists !== undefined && resolved.startsWith('/') && !options.fileExists(resolved.split(/[?#]/)[0]!)
  return `${imageName(src, url, options.imageSource)} [${normalizeText(attr(img, 'alt') ?? '')}]${missing ? ' (missing)' : ''}`
}

function hrefOf(a: Element, url: string): string {
  const href = attr(a, 'href')
  return href === undefined ? '' : normalizeUrl(href, url)
}

function linkText(a: Element): string {
  const shown = normalizeText(textOf(a))
  return shown || normalizeText(attr(a, 'aria-label') ?? attr(a, 'title') ?? '')
}

function hrefSet(regions: Element[], url: string): string[] {
  const hrefs = new Set<string>()
  for (const region of regions) {
    for (const a of findAll(region, (e) => e.tagName === 'a' && attr(e, 'href') !== undefined)) hrefs.add(hrefOf(a, url))
  }
  return [...hrefs].sort()
}

/**
 * An image's name, the same for the source file and what a build made of it:
 * the file name of the source image when `imageSource` knows the built URL
 * (eleventy-img's `/img/<hash>-<width>.<format>`), else the URL's file name;
 * then lower-cased, without its extension, nor a size suffix (`-1152`,
 * `-800w`, `@2x`) or a content hash (`.3f2a9c1b`, `-3f2a9c1b`, 8+ hex digits).
 */
export function imageName(src: string, pageUrl = '/', imageSource?: (url: string) => string | undefined): string {
  const url = normalizeUrl(src, pageUrl)
  const file = (imageSource?.(url) ?? url).split(/[?#]/)[0]!.split('/').pop() ?? ''
  return file
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, '')
    .replace(/[.-][0-9a-f]{8,}$/, '')
    .replace(/(?:-\d+w?|@\dx)$/, '')
}
