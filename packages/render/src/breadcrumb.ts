/**
 * The DSFR breadcrumb of the site's page layout: "Accueil", then each `segments`
 * entry with its URL prefixed by the page's language (`/mission/` → `/fr/mission/`),
 * then the page title marked `aria-current="page"`. On small screens DSFR's script
 * folds the list behind the `fr-breadcrumb__button`, which controls the
 * `fr-collapse` by id.
 */
import type { Element } from 'hast'
import { h } from 'hastscript'
import type { Segment } from '@offre/model'
import type { Labels, PageLanguage } from './labels.js'
import type { Crumb } from './navigation-breadcrumb.js'

export const BREADCRUMB_ID = 'fil-ariane'

/**
 * `segments`: the page's own (front matter, folder data), or its path in the navigation
 * tree (`navigation-breadcrumb.ts`), where a page without URL is `false`, which the site
 * writes as the link (`href="false"`, a link to nowhere that `offre-navigation` reports).
 */
export function breadcrumb(segments: ReadonlyArray<Segment | Crumb>, title: string, language: PageLanguage, labels: Labels): Element {
  const items = [
    item(h('a.fr-breadcrumb__link', { href: `/${language}/` }, labels.home)),
    ...segments.map((segment) => item(h('a.fr-breadcrumb__link', { href: segment.url === false ? 'false' : (segmentUrl(segment.url, language) ?? undefined) }, segment.title))),
    item(h('a.fr-breadcrumb__link', { ariaCurrent: 'page' }, title)),
  ]
  return h('nav.fr-breadcrumb', { role: 'navigation', ariaLabel: labels.breadcrumb }, [
    h('button.fr-breadcrumb__button', { type: 'button', ariaExpanded: 'false', ariaControls: BREADCRUMB_ID }, labels.breadcrumbButton),
    h('div.fr-collapse', { id: BREADCRUMB_ID }, [h('ol.fr-breadcrumb__list', items)]),
  ])
}

function item(link: Element): Element {
  return h('li', [link])
}

/**
 * A segment's URL on the site: language-prefixed unless already absolute or
 * prefixed; `null` for schemes other than http(s) (`javascript:` in front matter).
 */
export function segmentUrl(url: string, language: PageLanguage): string | null {
  // Browsers ignore tabs, newlines and control characters in a URL: so does the check.
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase()
  if (scheme !== undefined) return scheme === 'http' || scheme === 'https' ? url.trim() : null
  if (url.startsWith('//')) return url
  if (url === `/${language}` || url.startsWith(`/${language}/`)) return url
  return `/${language}${url.startsWith('/') ? '' : '/'}${url}`
}
