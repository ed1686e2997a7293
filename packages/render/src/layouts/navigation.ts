/**
 * The main menu of the site's `templates/navigation.njk`, from `site.navigation`
 * instead of Eleventy's navigation plugin: a link per entry, or a button unfolding a
 * sub-menu (DSFR's `fr-collapse`); the link to the page itself has
 * `aria-current="page"`, and so has the button of the sub-menu that holds it.
 */
import type { Element } from 'hast'
import { h } from 'hastscript'
import type { ChromeContext } from './context.js'
import type { NavigationEntry, SiteLink } from './site.js'

export const NAVIGATION_ID = 'navigation-principale'

/** The id of the `index`-th sub-menu (1-based): a layout id, kept out of the content's ids. */
export function subMenuId(index: number): string {
  return `menu-principal-${index}`
}

export function mainMenu(context: ChromeContext): Element {
  const entries = context.site.navigation ?? []
  return h('nav.fr-nav', { id: NAVIGATION_ID, role: 'navigation', ariaLabel: context.labels.mainMenu }, [
    h('ul.fr-nav__list', entries.map((entry, index) => h('li.fr-nav__item', menuEntry(entry, index + 1, context)))),
  ])
}

function menuEntry(entry: NavigationEntry, index: number, context: ChromeContext): Element[] {
  if (entry.items === undefined || entry.items.length === 0) return [navLink({ text: entry.text, href: entry.href ?? '#' }, context)]
  const id = subMenuId(index)
  const current = entry.items.some((item) => isCurrent(item.href, context.url))
  return [
    h('button.fr-nav__btn', { type: 'button', ariaExpanded: 'false', ariaControls: id, ariaCurrent: current ? 'true' : undefined }, entry.text),
    h('div.fr-collapse.fr-menu', { id }, [h('ul.fr-menu__list', entry.items.map((item) => h('li', [navLink(item, context)])))]),
  ]
}

function navLink(link: SiteLink, context: ChromeContext): Element {
  const external = /^https?:\/\//i.test(link.href)
  return h('a.fr-nav__link', {
    href: link.href,
    target: external ? '_blank' : undefined,
    rel: external ? 'noopener' : undefined,
    title: external ? `${link.text} - ${context.labels.newWindow}` : undefined,
    ariaCurrent: isCurrent(link.href, context.url) ? 'page' : undefined,
  }, link.text)
}

function isCurrent(href: string, url: string): boolean {
  return href === url
}
