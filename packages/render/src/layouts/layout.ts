/** What a layout gets to lay out a page's `main`, and what it returns. */
import type { Element, ElementContent } from 'hast'
import type { ChromeContext } from './context.js'
import type { PageView } from './page-data.js'

export interface LayoutInput {
  title: string
  view: PageView
  /** The lead's content (sanitized), or null when the page has none. */
  lead: ElementContent[] | null
  /** The front matter's `image` as a figure, when the layout or the options show it. */
  hero: Element[]
  /** The front matter's video and slides, as DSFR media. */
  media: Element[]
  body: ElementContent[]
  /** The breadcrumb, when the page shows one. */
  breadcrumb: Element | null
  chrome: ChromeContext
  /** `https://code.gouv.fr`: for the share link. */
  siteOrigin: string
}

/** A layout: the children of `main`. */
export type Layout = (input: LayoutInput) => ElementContent[]
