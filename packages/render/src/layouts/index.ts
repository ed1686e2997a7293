/**
 * The layouts by kind, and the chrome around every page: the header, then after
 * `main` the follow band, the footer and the display settings dialog. The ids the
 * chrome uses are returned with it, so that the content's ids never repeat them.
 */
import type { Element } from 'hast'
import { visit } from 'unist-util-visit'
import type { ChromeContext } from './context.js'
import { displaySettings } from './display-settings.js'
import { followBand } from './follow.js'
import { footer } from './footer.js'
import { header } from './header.js'
import type { Layout } from './layout.js'
import { bluehatsPostLayout } from './bluehats-post.js'
import { bluehatsWebinarLayout } from './bluehats-webinar.js'
import { pageLayout } from './page.js'
import { postLayout } from './post.js'
import type { LayoutKind } from './site.js'

export const LAYOUTS: Record<LayoutKind, Layout> = {
  page: pageLayout,
  post: postLayout,
  'bluehats-post': bluehatsPostLayout,
  'bluehats-webinar': bluehatsWebinarLayout,
}

export interface Chrome {
  header: Element[]
  after: Element[]
  /** Every id of the chrome. */
  ids: string[]
}

export function chromeOf(context: ChromeContext, root: string): Chrome {
  const follow = followBand(context)
  const after = [...(follow ? [follow] : []), footer(context), ...(context.site.displaySettings !== false ? [displaySettings(context, root)] : [])]
  const headerParts = [header(context)]
  const ids: string[] = []
  for (const tree of [...headerParts, ...after]) {
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.push(node.properties.id)
    })
  }
  return { header: headerParts, after, ids }
}
