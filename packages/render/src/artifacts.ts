/**
 * A site build without I/O: markdown pages in, the files to write out
 * (`<url>/index.html` and `<url>/index.json` per page), plus each page's outcome
 * and messages. A page is published when it has a URL (not `permalink: false`)
 * and no errors: model errors, an invalid URL, a URL another page already
 * produces. Pages are taken in path order, so the first of two pages claiming a
 * URL keeps it, on every machine. The DSFR assets and the manifest are added by
 * the caller, which owns the files.
 */
import { parseOffer, type ParseOptions } from '@offre/model'
import { VFile } from 'vfile'
import { report } from './messages.js'
import { renderOffer, type RenderOptions, type RenderedPage } from './render.js'
import { defaultPageUrl, normalizeUrl, outputPath, type PageLocation, type PageUrlResolver } from './url.js'

export interface SourcePage {
  /** Path under the content folder, with `/` separators: `fr/mission/offre-de-services.md`. */
  path: string
  value: string | Uint8Array
}

export interface SiteOptions extends Omit<RenderOptions, 'url' | 'heroImage'>, Pick<ParseOptions, 'siteOrigins' | 'maxFileSize'> {
  /** Where each page is published (default: path-based, `permalink` first). */
  pageUrl?: PageUrlResolver
  /** Which pages show their front matter `image` above the content (the site's post layout); default none. */
  heroImage?: (page: PageLocation) => boolean
}

export type PageStatus = 'published' | 'unpublished' | 'failed'

export interface PageOutcome {
  source: string
  /** The page's URL, or null when it has none (`permalink: false`, invalid URL). */
  url: string | null
  status: PageStatus
  file: VFile
  /** Output paths of the page's files, when published. */
  outputs: string[]
}

export interface SiteBuild {
  /** Output path → content, for the published pages only, sorted by path. */
  files: Map<string, string>
  pages: PageOutcome[]
}

export function buildPages(sources: readonly SourcePage[], options: SiteOptions = {}): SiteBuild {
  const owners = new Map<string, string>()
  const files = new Map<string, string>()
  const pages: PageOutcome[] = []
  for (const source of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const { outcome, html, json } = renderPage(source, options)
    pages.push(outcome)
    if (!claimUrl(owners, outcome) || html === undefined || json === undefined) continue
    files.set(outcome.outputs[0] as string, html)
    files.set(outcome.outputs[1] as string, json)
  }
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), pages }
}

export interface RenderedSource {
  /** The page's outcome, as if no other page claimed its URL (see `claimUrl`). */
  outcome: PageOutcome
  /** The page's HTML and JSON, when it is published. */
  html?: string
  json?: string
}

/**
 * One page of a build on its own: model, URL, HTML and JSON. Pages do not depend
 * on each other, so a caller may render them anywhere (worker threads) and then
 * claim their URLs in path order with `claimUrl`.
 */
export function renderPage(source: SourcePage, options: SiteOptions = {}): RenderedSource {
  const resolve = options.pageUrl ?? defaultPageUrl
  const file = new VFile({ path: source.path, value: source.value })
  const parsed = parseOffer(file, { siteOrigins: options.siteOrigins, maxFileSize: options.maxFileSize })
  const outcome: PageOutcome = { source: source.path, url: null, status: 'failed', file, outputs: [] }
  const url = urlOf(resolve, source.path, parsed.offer.frontMatter.data, file)
  if (url === false) {
    outcome.status = 'unpublished'
    return { outcome }
  }
  if (url === null) return { outcome }
  outcome.url = url
  let rendered: RenderedPage
  try {
    const heroImage = options.heroImage?.({ path: source.path, data: parsed.offer.frontMatter.data }) ?? false
    rendered = renderOffer(parsed, { ...options, url, heroImage })
  } catch (error) {
    // A hostile page (nesting deep enough to exhaust the stack) fails alone, not the build.
    report(file, 'internal-error', { params: { detail: error instanceof Error ? error.message : String(error) }, fatal: true })
    return { outcome }
  }
  if (file.messages.some((message) => message.fatal === true)) return { outcome }
  outcome.status = 'published'
  outcome.outputs = [outputPath(url, 'index.html'), outputPath(url, 'index.json')]
  return { outcome, html: rendered.html, json: rendered.json }
}

/**
 * Gives the page its URL unless a page before it (`owners`: URL → source) has it:
 * then the page fails with a `url-collision` error. URLs are compared without case,
 * so a build does not depend on the file system's. Returns whether it is published.
 */
export function claimUrl(owners: Map<string, string>, outcome: PageOutcome): boolean {
  if (outcome.url === null) return false
  const key = outcome.url.toLowerCase()
  const other = owners.get(key)
  if (other === undefined) {
    owners.set(key, outcome.source)
    return outcome.status === 'published'
  }
  report(outcome.file, 'url-collision', { params: { url: outcome.url, other }, fatal: true, actual: outcome.url })
  outcome.status = 'failed'
  outcome.outputs = []
  return false
}

/** The page's normalized URL, `false` when unpublished, null (with an error) when invalid. */
function urlOf(resolve: PageUrlResolver, path: string, data: Parameters<PageUrlResolver>[0]['data'], file: VFile): string | false | null {
  let url: string | false
  try {
    url = resolve({ path, data })
    if (url === false) return false
    return normalizeUrl(url)
  } catch (error) {
    const shown = typeof data.permalink === 'string' ? data.permalink : path
    report(file, 'invalid-url', { params: { url: shown, reason: error instanceof Error ? error.message : String(error) }, fatal: true, actual: shown })
    return null
  }
}
