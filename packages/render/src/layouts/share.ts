/**
 * The share block of the site's `templates/share.njk`: "Partager par email", a
 * `mailto:` (to `site.share.email`, as the site writes to its team) with the page's
 * title and address. The site's "Copier dans le presse-papier" button runs an inline
 * script: left out, the layout has no script of its own.
 */
import type { Element } from 'hast'
import { h } from 'hastscript'
import type { ChromeContext } from './context.js'

export function shareBlock(context: ChromeContext, title: string, siteOrigin: string): Element {
  const { labels, site } = context
  const subject = `${labels.shareLinkOn} ${siteOrigin}`
  const body = `${title} ${siteOrigin}${context.url}`
  const href = `mailto:${site.share?.email ?? ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
  return h('div.fr-share', [
    h('ul.fr-share__group', [
      h('li', [h('a.fr-share__link.fr-share__link--mail', { href, title: labels.shareByEmail, target: '_blank', rel: 'noopener' }, labels.shareByEmail)]),
    ]),
  ])
}
