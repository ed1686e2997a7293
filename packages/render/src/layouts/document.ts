/**
 * The HTML document around a page, as the site's `layouts/base.njk`: the head (title,
 * description, favicons, DSFR CSS and the JSON-LD), skip links, the header, `main`,
 * the follow band, the footer, the display settings dialog, then DSFR's scripts (the
 * only scripts of a page). `data-fr-scheme="system"` lets DSFR's script apply the
 * theme chosen in the dialog. Assets by relative paths into `dsfr/`.
 */
import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import type { Labels, PageLanguage } from '../labels.js'
import { SITE_CSS } from '../site-styles.js'

export const MAIN_ID = 'contenu'
export const FOOTER_ID = 'pied-de-page'

export interface DocumentParts {
  language: PageLanguage
  labels: Labels
  /** The `<title>`: the page's title and the service name. */
  title: string
  /** Plain text for `<meta name="description">`. */
  description: string
  /** Relative path to the output root, ending with `/` (`../../`). */
  root: string
  /** Serialized, escaped JSON-LD, or null. */
  jsonLd: string | null
  header: Element[]
  main: ElementContent[]
  /** After `main`: the follow band, the footer, the display settings dialog. */
  after: Element[]
  /** Whether the page offers the display settings (then the scheme attribute is set). */
  scheme: boolean
}

export function htmlDocument(parts: DocumentParts): Root {
  const { root } = parts
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', parts.title),
    ...(parts.description ? [h('meta', { name: 'description', content: parts.description })] : []),
    h('meta', { name: 'theme-color', content: '#000091' }),
    h('link', { rel: 'apple-touch-icon', href: `${root}dsfr/favicon/apple-touch-icon.png` }),
    h('link', { rel: 'icon', href: `${root}dsfr/favicon/favicon.svg`, type: 'image/svg+xml' }),
    h('link', { rel: 'shortcut icon', href: `${root}dsfr/favicon/favicon.ico`, type: 'image/x-icon' }),
    h('link', { rel: 'stylesheet', href: `${root}dsfr/dsfr.min.css` }),
    h('link', { rel: 'stylesheet', href: `${root}dsfr/icons.min.css` }),
    h('link', { rel: 'stylesheet', href: `${root}dsfr/${SITE_CSS}` }),
    ...(parts.jsonLd ? [h('script', { type: 'application/ld+json' }, parts.jsonLd)] : []),
  ])
  const body = h('body', [
    skipLinks(parts.labels),
    ...parts.header,
    h('main', { id: MAIN_ID, tabIndex: -1 }, parts.main),
    ...parts.after,
    h('script', { type: 'module', src: `${root}dsfr/dsfr.module.min.js` }),
    h('script', { noModule: true, src: `${root}dsfr/dsfr.nomodule.min.js` }),
  ])
  const html = h('html', { lang: parts.language, dataFrScheme: parts.scheme ? 'system' : undefined }, [head, body])
  return { type: 'root', children: [{ type: 'doctype' }, html] }
}

function skipLinks(labels: Labels): Element {
  return h('div.fr-skiplinks', [
    h('nav.fr-container', { role: 'navigation', ariaLabel: labels.skipLinks }, [
      h('ul.fr-skiplinks__list', [
        h('li', [h('a.fr-link', { href: `#${MAIN_ID}` }, labels.skipToContent)]),
        h('li', [h('a.fr-link', { href: `#${FOOTER_ID}` }, labels.skipToFooter)]),
      ]),
    ]),
  ])
}

/** The Marianne block, in the header and the footer. */
export function brand(): Element {
  return h('p.fr-logo', ['République', h('br'), 'Française'])
}
