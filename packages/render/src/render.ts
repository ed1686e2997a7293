/**
 * `renderOffer`: a parsed page (`parseOffer`'s model and markdown tree) in, DSFR
 * HTML out, as a full standalone page and as a fragment to embed, with the model
 * as JSON and its JSON-LD. No I/O: warnings about what was not rendered go on the
 * page's vfile. The markdown tree is copied, never changed, nor is the source.
 *
 * Order matters: ids are taken from the tree as the model saw it; the site's
 * extensions are read in markdown; raw HTML is parsed, then everything is
 * sanitized; the DSFR wrappers, unique ids and typography come after, on clean
 * content; the layout, which holds the only scripts, is added last.
 */
import type { ParseResult } from '@offre/model'
import type { Element, ElementContent, Nodes as HastNodes, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import rehypeSanitize from 'rehype-sanitize'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { BREADCRUMB_ID, breadcrumb } from './breadcrumb.js'
import { DEFAULT_IFRAME_HOSTS, checkFrames, frontMatterMedia } from './embeds.js'
import { transformAttributes } from './extensions/attributes.js'
import { transformContainers } from './extensions/containers.js'
import { transformHastShortcodes, transformShortcodes } from './extensions/shortcodes.js'
import { unlinkAutolinkLiterals } from './autolinks.js'
import { assignHeadingIds } from './headings.js'
import { PendingFigures, imageFigure, type ImagePlanner } from './images.js'
import { punycodeHosts } from './hosts.js'
import { markFindings, overlaySchema, type FindingsOverlay } from './findings-overlay.js'
import { dedupeIds } from './ids.js'
import { DEFAULT_PROVIDER, jsonLdOf, serializeJsonLd, type Organization } from './json-ld.js'
import { LABELS, languageOf, type PageLanguage } from './labels.js'
import { report } from './messages.js'
import { FOOTER_ID, MAIN_ID, htmlDocument } from './layouts/document.js'
import { chromeOf, LAYOUTS } from './layouts/index.js'
import { pageView } from './layouts/page-data.js'
import { chromeFor, DEFAULT_CHROME, type SiteChrome } from './layouts/site.js'
import { navigationCrumbs, type SiteNavigationEntries } from './navigation-breadcrumb.js'
import { addPermalinks } from './permalinks.js'
import { parseRaw } from './raw.js'
import { sanitizeSchema } from './sanitize.js'
import { markTables, scopeHeaderCells } from './tables.js'
import { applyFrenchTypography } from './typography.js'
import { normalizeUrl, relativeRoot } from './url.js'

export interface RenderOptions {
  /**
   * URL path of the page on the site (`/fr/mission/offre-de-services/`): gives the
   * language and the relative links to assets. A `RangeError` says why when it is
   * not a safe folder path (see `normalizeUrl`).
   */
  url: string
  /** Service name in the header (default `code.gouv.fr`); `site.name` when `site` is given. */
  siteName?: string
  /**
   * The site around the page (`site:` of `offre.config.yml`): header, menu, footer,
   * follow band, display settings, and the layouts and data of its folders
   * (`layouts/`). Default: the minimal chrome (`DEFAULT_CHROME`), every page in the
   * page layout.
   */
  site?: SiteChrome
  /**
   * The page's path under the content root (`fr/blog/posts/x.md`): picks its folders' data
   * and makes the edit link. Default: the vfile's path (`renderPage` gives it so).
   */
  sourcePath?: string
  /** Origin of the site, for the absolute URLs of the JSON-LD (default `https://code.gouv.fr`). */
  siteOrigin?: string
  /** Hosts an `<iframe>` may point to (default: the site's video and slide hosts). */
  iframeHosts?: readonly string[]
  /** Who provides the services, in the JSON-LD (default: the mission logiciels libres). */
  provider?: Organization
  /** `offre preview`'s findings, marked on their text (`findings-overlay.ts`); a build passes none. */
  findings?: FindingsOverlay
  /**
   * Bare URLs and e-mail addresses (GFM autolink literals) as links. Default `false`,
   * as the site's markdown-it (no `linkify`): they stay text; `<https://…>` and
   * `[text](url)` are links either way (`autolinks.ts`).
   */
  autolinks?: boolean
  /**
   * The published images (`offre build` encodes them): `{% imageContent %}` becomes the
   * site's figure. Without it, `imageContent` is a placeholder like any shortcode.
   */
  images?: ImagePlanner
  /** Show front matter `image` above the content, as the site's post layout does (default false). */
  heroImage?: boolean
  /**
   * The site's navigation entries by language (its pages' and templates' `eleventyNavigation`):
   * the breadcrumb of a page that declares `eleventyNavigation` is its path in that tree, as on
   * the site. Without it, the breadcrumb is the page's `segments`.
   */
  navigation?: SiteNavigationEntries
}

export interface RenderedPage {
  /** The normalized URL path the page was rendered for. */
  url: string
  /** The standalone page: `<!doctype html>`, DSFR header and footer, scripts. */
  html: string
  /** What goes inside `<main>`: header band (breadcrumb, h1, lead) and body, to embed elsewhere. */
  fragment: string
  /** The model, as published JSON (valid against the offer schema). */
  json: string
  /** The page's structured data, or null when it has none. */
  jsonLd: Record<string, unknown> | null
}

const FOOTNOTES = {
  fr: { footnoteLabel: 'Notes', footnoteBackLabel: 'Retour au texte' },
  en: { footnoteLabel: 'Footnotes', footnoteBackLabel: 'Back to content' },
} as const

function contentProcessor(language: PageLanguage, schema = sanitizeSchema) {
  return unified()
    .use(remarkRehype, { allowDangerousHtml: true, ...FOOTNOTES[language], footnoteLabelProperties: { className: ['fr-sr-only'] } })
    .use(() => parseRaw)
    .use(rehypeSanitize, schema)
    .freeze()
}

const processors = { fr: contentProcessor('fr'), en: contentProcessor('en') }
const overlayProcessors = { fr: contentProcessor('fr', overlaySchema), en: contentProcessor('en', overlaySchema) }

export function renderOffer(parsed: ParseResult, options: RenderOptions): RenderedPage {
  const { offer, tree, file } = parsed
  const url = normalizeUrl(options.url)
  const language = languageOf(url)
  const labels = LABELS[language]
  const hosts = options.iframeHosts ?? DEFAULT_IFRAME_HOSTS
  const data = offer.frontMatter.data
  const title = data.title?.trim() || file.stem || 'Sans titre'

  const markdown = structuredClone(tree)
  if (options.autolinks !== true) unlinkAutolinkLiterals(markdown, String(file.value))
  punycodeHosts(markdown)
  markTables(markdown)
  const headingIds = assignHeadingIds(markdown)
  transformContainers(markdown, file)
  transformAttributes(markdown)
  const root = relativeRoot(url)
  const figures = new PendingFigures()
  const images = options.images ? { planner: options.images, figures, page: file.path, root } : undefined
  transformShortcodes(markdown, file, images)
  if (options.findings) markFindings(markdown, options.findings, String(file.value), language === 'fr')
  const body = (options.findings ? overlayProcessors : processors)[language].runSync(markdown, file) as Root
  figures.place(body)
  transformHastShortcodes(body, file)
  checkFrames(body, file, hosts)
  scopeHeaderCells(body)

  // The layout and the data the page's folders give it, front matter first (`layouts/page-data.ts`).
  const sourcePath = options.sourcePath ?? file.path
  const view = pageView(data, offer.frontMatter.extra, options.site, sourcePath)
  // The description is text, as the site's templates print it (`{{ description }}`,
  // escaped): HTML written there shows as written, on the site and here, for the editor to see.
  const leadText = (view.description ?? '').trim()
  const hero = (options.heroImage === true || view.layout === 'post') && images ? heroImage(data, file, images, tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined) : []
  const media = frontMatterMedia(data, file, hosts, title)
  const chosen = options.site ? chromeFor(options.site, language) : DEFAULT_CHROME
  const site = { ...chosen, name: (options.site ? chosen.name : undefined) ?? options.siteName ?? (DEFAULT_CHROME.name as string) }
  const chromeContext = { site, configured: options.site !== undefined, labels, language, url, sourcePath }
  const chrome = chromeOf(chromeContext, root)
  const content: Root = { type: 'root', children: [...hero, ...media, ...body.children] }
  dedupeIds(content, file, [MAIN_ID, FOOTER_ID, BREADCRUMB_ID, ...chrome.ids], headingIds)
  addPermalinks(body)

  const siteOrigin = (options.siteOrigin ?? 'https://code.gouv.fr').replace(/\/+$/, '')
  const main = h('div', LAYOUTS[view.layout]({
    title,
    view,
    lead: leadText === '' ? null : [{ type: 'text', value: view.description ?? '' }],
    hero,
    media,
    body: body.children as ElementContent[],
    breadcrumb: view.showBreadcrumb ? breadcrumb(navigationCrumbs(data.eleventyNavigation, options.navigation, sourcePath, language) ?? view.segments, title, language, labels) : null,
    chrome: chromeContext,
    siteOrigin,
  }))
  if (language === 'fr') applyFrenchTypography(main)

  const jsonLd = jsonLdOf(offer, { pageUrl: `${siteOrigin}${url}`, provider: options.provider ?? DEFAULT_PROVIDER, language })
  const document = htmlDocument({
    language,
    labels,
    title: `${title} | ${site.name}`,
    description: leadText.replace(/\s+/g, ' '),
    root,
    jsonLd: jsonLd === null ? null : serializeJsonLd(jsonLd),
    header: chrome.header,
    main: main.children,
    after: chrome.after,
    scheme: site.displaySettings !== false,
  })
  return {
    url,
    html: `${toHtml(withoutControls(document))}\n`,
    fragment: `${toHtml(withoutControls({ type: 'root', children: main.children }))}\n`,
    json: `${JSON.stringify(offer, null, 2)}\n`,
    jsonLd,
  }
}

/** The post layout's image (front matter `image`, unless `hide`), as `{% imageContent image.path, image.alt %}`. */
function heroImage(data: ParseResult['offer']['frontMatter']['data'], file: ParseResult['file'], images: NonNullable<Parameters<typeof transformShortcodes>[2]>, frontMatter: ParseResult['tree']['children'][number] | undefined): Element[] {
  const image = data.image
  if (image === undefined || image.hide === true) return []
  const plan = images.planner({ src: image.path, page: images.page })
  if (plan === null) {
    // At the front matter that names it: the image's own line is `offre-links`' finding.
    report(file, 'missing-image', { node: frontMatter, params: { src: image.path }, actual: image.path })
    return []
  }
  return [imageFigure(plan, { alt: image.alt ?? '' }, images.root)]
}


/**
 * Control characters (NUL, C0 controls but tab and line breaks, DEL) are not allowed in
 * HTML text: a browser turns NUL into U+FFFD and the page would not read back as it was
 * written. They reach the page through YAML escapes (`"\u0000"`) or pasted text.
 */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

function withoutControls<T extends HastNodes>(tree: T): T {
  visit(tree, (node) => {
    if ((node.type === 'text' || node.type === 'comment') && CONTROLS.test(node.value)) node.value = node.value.replace(CONTROLS, '')
    if (node.type === 'element') {
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value === 'string' && CONTROLS.test(value)) node.properties[key] = value.replace(CONTROLS, '')
      }
    }
  })
  return tree
}
