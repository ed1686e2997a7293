/**
 * The page around the content, as the site's `layouts/page.njk` builds it with
 * DSFR 1.13: skip links, the header with the Marianne brand block and the service
 * name, `main#contenu` holding the header band (breadcrumb, h1, lead) and the
 * body, the footer; the DSFR CSS and scripts by relative paths into `dsfr/`, and
 * the JSON-LD in the head. Built as a hast tree with hastscript.
 */
import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import type { Labels, PageLanguage } from './labels.js'

export const MAIN_ID = 'contenu'
export const FOOTER_ID = 'pied-de-page'

export interface PageShell {
  language: PageLanguage
  labels: Labels
  title: string
  /** Plain text for `<meta name="description">`. */
  description: string
  /** Relative path to the output root, ending with `/` (`../../`). */
  root: string
  siteName: string
  /** Serialized, escaped JSON-LD, or null. */
  jsonLd: string | null
  main: ElementContent[]
}

export function page(shell: PageShell): Root {
  const { labels, root } = shell
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', `${shell.title} | ${shell.siteName}`),
    ...(shell.description ? [h('meta', { name: 'description', content: shell.description })] : []),
    h('meta', { name: 'theme-color', content: '#000091' }),
    h('link', { rel: 'apple-touch-icon', href: `${root}dsfr/favicon/apple-touch-icon.png` }),
    h('link', { rel: 'icon', href: `${root}dsfr/favicon/favicon.svg`, type: 'image/svg+xml' }),
    h('link', { rel: 'shortcut icon', href: `${root}dsfr/favicon/favicon.ico`, type: 'image/x-icon' }),
    h('link', { rel: 'stylesheet', href: `${root}dsfr/dsfr.min.css` }),
    h('link', { rel: 'stylesheet', href: `${root}dsfr/icons.min.css` }),
    ...(shell.jsonLd ? [h('script', { type: 'application/ld+json' }, shell.jsonLd)] : []),
  ])
  const body = h('body', [
    skipLinks(labels),
    header(labels, shell.siteName),
    h('main', { id: MAIN_ID, tabIndex: -1 }, shell.main),
    footer(labels, shell.siteName),
    h('script', { type: 'module', src: `${root}dsfr/dsfr.module.min.js` }),
    h('script', { noModule: true, src: `${root}dsfr/dsfr.nomodule.min.js` }),
  ])
  return { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: shell.language }, [head, body])] }
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

function brand(): Element {
  return h('p.fr-logo', ['République', h('br'), 'Française'])
}

function header(labels: Labels, siteName: string): Element {
  return h('header.fr-header', { role: 'banner' }, [
    h('div.fr-header__body', [
      h('div.fr-container', [
        h('div.fr-header__body-row', [
          h('div.fr-header__brand.fr-enlarge-link', [
            h('div.fr-header__brand-top', [h('div.fr-header__logo', [brand()])]),
            h('div.fr-header__service', [
              h('a', { href: '/', title: labels.homeTitle }, [h('p.fr-header__service-title', siteName)]),
            ]),
          ]),
        ]),
      ]),
    ]),
  ])
}

function footer(labels: Labels, siteName: string): Element {
  const external = (href: string, text: string): Element =>
    h('li.fr-footer__content-item', [
      h('a.fr-footer__content-link', { href, target: '_blank', rel: 'noopener', title: `${text} - ${labels.newWindow}` }, text),
    ])
  const bottom = (href: string, text: string): Element => h('li.fr-footer__bottom-item', [h('a.fr-footer__bottom-link', { href }, text)])
  return h('footer.fr-footer', { role: 'contentinfo', id: FOOTER_ID }, [
    h('div.fr-container', [
      h('div.fr-footer__body', [
        h('div.fr-footer__brand.fr-enlarge-link', [h('a', { href: '/', title: labels.footerHomeTitle }, [brand()])]),
        h('div.fr-footer__content', [
          h('p.fr-footer__content-desc', siteName),
          h('ul.fr-footer__content-list', [
            external('https://www.info.gouv.fr', 'info.gouv.fr'),
            external('https://www.service-public.fr', 'service-public.fr'),
            external('https://www.legifrance.gouv.fr', 'legifrance.gouv.fr'),
            external('https://www.data.gouv.fr', 'data.gouv.fr'),
          ]),
        ]),
      ]),
      h('div.fr-footer__bottom', [
        h('ul.fr-footer__bottom-list', [
          bottom('/fr/accessibilite/', labels.accessibility),
          bottom('/fr/mentions-legales/', labels.legal),
          bottom('/fr/donnees-personnelles/', labels.personalData),
        ]),
        h('div.fr-footer__bottom-copy', [
          h('p', [
            labels.licence,
            h('a', {
              href: 'https://github.com/etalab/licence-ouverte/blob/master/LO.md',
              target: '_blank',
              rel: 'noopener',
              title: `${labels.licenceLink} - ${labels.newWindow}`,
            }, labels.licenceLink),
          ]),
        ]),
      ]),
    ]),
  ])
}
