/**
 * A post's date as the site shows it: its `readableDate` filter (luxon's
 * `dd LLLL yyyy` in the page's language, UTC): "08 novembre 2024", in a `<time>`
 * whose `datetime` is the ISO day (`htmlDateString`).
 */
import type { Element } from 'hast'
import { h } from 'hastscript'
import type { Labels, PageLanguage } from '../labels.js'

export function readableDate(iso: string, language: PageLanguage): string {
  const day = new Date(`${iso}T00:00:00Z`)
  const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(day)
  return `${iso.slice(8, 10)} ${month} ${iso.slice(0, 4)}`
}

/** "Publié le <time>": the line under a post's title. */
export function publishedOn(iso: string, language: PageLanguage, labels: Labels): Element {
  return h('p.fr-text--xs', [`${labels.publishedOn} `, h('time', { dateTime: iso }, readableDate(iso, language))])
}
