/**
 * The DSFR 1.13 header of the site's `templates/header.njk`: the Marianne block, the
 * service name (a link home) and tagline, the quick links, the search bar (a form sent
 * to the generator's results page), and on small screens the menu and search buttons
 * that open them as DSFR modals; then the main menu (`navigation.ts`).
 */
import type { Element } from 'hast'
import { h } from 'hastscript'
import { brand } from './document.js'
import { homeOf, homeTitle, type ChromeContext } from './context.js'
import { mainMenu } from './navigation.js'

export const MENU_MODAL_ID = 'menu-modal'
export const MENU_BUTTON_ID = 'menu-bouton'
export const SEARCH_MODAL_ID = 'recherche-modal'
export const SEARCH_INPUT_ID = 'recherche-champ'

export function header(context: ChromeContext): Element {
  const { site, labels } = context
  const menu = site.navigation !== undefined && site.navigation.length > 0
  const quickLinks = site.quickLinks ?? []
  const withMenu = menu || quickLinks.length > 0
  const navbar = withMenu || site.search !== undefined
    ? [
        h('div.fr-header__navbar', [
          ...(site.search ? [h('button.fr-btn--search.fr-btn', { type: 'button', dataFrOpened: 'false', ariaControls: SEARCH_MODAL_ID, title: labels.search }, labels.search)] : []),
          ...(withMenu ? [h('button.fr-btn--menu.fr-btn', { type: 'button', dataFrOpened: 'false', ariaControls: MENU_MODAL_ID, ariaHaspopup: 'menu', id: MENU_BUTTON_ID, title: labels.menu }, labels.menu)] : []),
        ]),
      ]
    : []
  const tools = quickLinks.length > 0 || site.search
    ? [
        h('div.fr-header__tools', [
          ...(quickLinks.length > 0
            ? [h('div.fr-header__tools-links', [h('ul.fr-btns-group', quickLinks.map((link) => h('li', [h('a.fr-btn', { href: link.href, className: link.icon ? [link.icon] : undefined }, link.text)])))])]
            : []),
          ...(site.search ? [searchModal(context, site.search)] : []),
        ]),
      ]
    : []
  return h('header.fr-header', { role: 'banner' }, [
    h('div.fr-header__body', [
      h('div.fr-container', [
        h('div.fr-header__body-row', [
          h('div.fr-header__brand.fr-enlarge-link', [
            h('div.fr-header__brand-top', [h('div.fr-header__logo', [brand()]), ...navbar]),
            h('div.fr-header__service', [
              h('a', { href: homeOf(context), title: homeTitle(context) }, [h('p.fr-header__service-title', site.name)]),
              ...(site.tagline ? [h('p.fr-header__service-tagline', site.tagline)] : []),
            ]),
          ]),
          ...tools,
        ]),
      ]),
    ]),
    ...(withMenu
      ? [
          h('div.fr-header__menu.fr-modal', { id: MENU_MODAL_ID, ariaLabelledBy: MENU_BUTTON_ID }, [
            h('div.fr-container', [
              h('button.fr-btn--close.fr-btn', { type: 'button', ariaControls: MENU_MODAL_ID, title: labels.close }, labels.close),
              // DSFR's script copies the quick links here on small screens.
              h('div.fr-header__menu-links'),
              ...(menu ? [mainMenu(context)] : []),
            ]),
          ]),
        ]
      : []),
  ])
}

function searchModal(context: ChromeContext, search: { action: string; param?: string | undefined }): Element {
  const { labels } = context
  return h('div.fr-header__search.fr-modal', { id: SEARCH_MODAL_ID }, [
    h('div.fr-container.fr-container-lg--fluid', [
      h('button.fr-btn--close.fr-btn', { type: 'button', ariaControls: SEARCH_MODAL_ID, title: labels.close }, labels.close),
      h('form.fr-search-bar', { role: 'search', action: search.action, method: 'get' }, [
        h('label.fr-label', { htmlFor: SEARCH_INPUT_ID }, labels.search),
        h('input.fr-input', { type: 'search', id: SEARCH_INPUT_ID, name: search.param ?? 'q', placeholder: labels.searchPlaceholder }),
        h('button.fr-btn', { type: 'submit', title: labels.search }, labels.search),
      ]),
    ]),
  ])
}
