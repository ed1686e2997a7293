/**
 * What the site's article layouts (`post.njk`, `bluehats-post.njk`,
 * `bluehats-webinar.njk`) share: a container with the breadcrumb, the text in eight
 * columns centred, headed by the tags, then the title (and the date) beside the share
 * block.
 */
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { publishedOn } from './date.js'
import type { LayoutInput } from './layout.js'
import { shareBlock } from './share.js'
import { tagGroup } from './tags.js'

export function articleHead(input: LayoutInput, options: { date: boolean }): Element[] {
  const { view, chrome } = input
  const tags = tagGroup(view.tags, view.tagsUrl, chrome.language, chrome.labels)
  const date = options.date && view.date !== undefined ? [publishedOn(view.date, chrome.language, chrome.labels)] : []
  return [
    ...(tags ? [tags] : []),
    h('div.fr-grid-row', [
      h('div.fr-col-12.fr-col-md-9', [h('hgroup', [h('h1', input.title), ...date])]),
      h('div.fr-col-12.fr-col-md-3', [shareBlock(chrome, input.title, input.siteOrigin)]),
    ]),
  ]
}

export function articleShell(input: LayoutInput, text: ElementContent[]): ElementContent[] {
  return [
    h('div.fr-container.fr-py-6w', [
      ...(input.breadcrumb ? [input.breadcrumb] : []),
      h('div.fr-grid-row.fr-grid-row--center', [h('div.fr-col-12.fr-col-md-8', text)]),
    ]),
  ]
}

export function leadOf(input: LayoutInput): Element[] {
  return input.lead ? [h('p.fr-text--lead', input.lead)] : []
}
