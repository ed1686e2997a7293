/**
 * The site's `layouts/page.njk`: the blue title band (breadcrumb, h1, lead), then the
 * hero image (when asked for), the front matter's media and the body in twelve columns.
 */
import { h } from 'hastscript'
import type { Layout } from './layout.js'
import { titleBand } from './title-band.js'

export const pageLayout: Layout = (input) => [
  h('div.fr-mb-6w', [
    titleBand(input.breadcrumb, input.title, input.lead),
    h('div.fr-container.fr-mt-6w', [h('div.fr-grid-row', [h('div.fr-col-12', [...input.hero, ...input.media, ...input.body])])]),
  ]),
]
