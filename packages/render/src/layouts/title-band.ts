/**
 * The blue title band of the site's `layouts/page.njk`: on `fr-background-alt--blue-cumulus`,
 * the breadcrumb (when `showBreadcrumb`), the h1 and the lead, in ten columns.
 */
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'

export function titleBand(breadcrumb: Element | null, title: string, lead: ElementContent[] | null): Element {
  return h('div.fr-py-6w.fr-background-alt--blue-cumulus', [
    h('div.fr-container', [
      h('div.fr-grid-row', [
        h('div.fr-col-10', [
          ...(breadcrumb ? [breadcrumb] : []),
          h('h1.fr-mt-6v', title),
          ...(lead ? [h('p.fr-text--lead', lead)] : []),
        ]),
      ]),
    ]),
  ])
}
