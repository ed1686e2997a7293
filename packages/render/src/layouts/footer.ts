/**
 * The DSFR 1.13 footer of the site's `templates/footer.njk`: the Marianne block (a
 * link home), the description (inline HTML of the configuration, sanitized as page
 * content), the institutional links (new window), then the bottom row: the
 * accessibility status, the configured links, "Modifier cette page" (the page's
 * source, from `site.editUrl`), the display settings button, and the licence.
 */
import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import rehypeSanitize from 'rehype-sanitize'
import { unified } from 'unified'
import { parseHtmlFragment } from '../raw.js'
import { sanitizeSchema } from '../sanitize.js'
import { brand, FOOTER_ID } from './document.js'
import { homeOf, homeTitle, isExternal, type ChromeContext } from './context.js'
import { DISPLAY_MODAL_ID } from './display-settings.js'
import type { SiteLink } from './site.js'

const sanitizer = unified().use(rehypeSanitize, sanitizeSchema).freeze()

export function footer(context: ChromeContext): Element {
  const { site, labels } = context
  const description = site.footer?.description
  const content = description === undefined ? [site.name] : ((sanitizer.runSync(parseHtmlFragment(description)) as Root).children as ElementContent[])
  return h('footer.fr-footer', { role: 'contentinfo', id: FOOTER_ID }, [
    h('div.fr-container', [
      h('div.fr-footer__body', [
        h('div.fr-footer__brand.fr-enlarge-link', [h('a', { href: homeOf(context), title: footerHomeTitle(context) }, [brand()])]),
        h('div.fr-footer__content', [
          h('p.fr-footer__content-desc', content),
          h('ul.fr-footer__content-list', (site.footer?.links ?? []).map((link) => h('li.fr-footer__content-item', [contentLink(link, context)]))),
        ]),
      ]),
      h('div.fr-footer__bottom', [
        h('ul.fr-footer__bottom-list', bottomItems(context).map((item) => h('li.fr-footer__bottom-item', [item]))),
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

function footerHomeTitle(context: ChromeContext): string {
  if (!context.configured) return context.labels.footerHomeTitle
  return context.site.operator ? `${context.labels.home} - ${context.site.operator}` : homeTitle(context)
}

function contentLink(link: SiteLink, context: ChromeContext): Element {
  const external = isExternal(link.href)
  return h('a.fr-footer__content-link', {
    href: link.href,
    target: external ? '_blank' : undefined,
    rel: external ? 'noopener external' : undefined,
    title: external ? `${link.text} - ${context.labels.newWindow}` : undefined,
  }, link.text)
}

function bottomLink(link: SiteLink): Element {
  return h('a.fr-footer__bottom-link', { href: link.href, className: link.icon ? [link.icon, 'fr-link--icon-left'] : undefined }, link.text)
}

function bottomItems(context: ChromeContext): Element[] {
  const { site, labels } = context
  const accessibility = site.accessibility
    ? { text: `${labels.accessibilityOf} : ${labels.compliance[site.accessibility.status]}`, href: site.accessibility.href }
    : { text: labels.accessibility, href: '/fr/accessibilite/' }
  const links = site.footer?.bottomLinks ?? [
    { text: labels.legal, href: '/fr/mentions-legales/' },
    { text: labels.personalData, href: '/fr/donnees-personnelles/' },
  ]
  const items = [bottomLink(accessibility), ...links.map(bottomLink)]
  const edit = editUrl(site.editUrl, context.sourcePath)
  if (edit !== undefined) items.push(bottomLink({ text: labels.editPage, href: edit, icon: 'fr-icon-pencil-line' }))
  if (site.displaySettings !== false) {
    items.push(h('button.fr-footer__bottom-link.fr-icon-theme-fill.fr-link--icon-left', { type: 'button', ariaControls: DISPLAY_MODAL_ID, dataFrOpened: 'false' }, labels.displaySettings))
  }
  return items
}

/** The page's source on the forge: `{path}` of the template replaced by its content path, each segment URL-encoded. */
export function editUrl(template: string | undefined, sourcePath: string | undefined): string | undefined {
  if (template === undefined || sourcePath === undefined) return undefined
  return template.replace('{path}', sourcePath.split('/').map(encodeURIComponent).join('/'))
}
