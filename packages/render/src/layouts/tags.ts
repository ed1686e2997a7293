/**
 * A post's tags as the site's `components/taggroup.njk`: a DSFR tag group, each tag a
 * link to its page, made by the site's generator (`{tag}` of the URL template is the
 * tag slugified as Eleventy's `slugify`, `{lang}` the page's language).
 */
import type { Element } from 'hast'
import { h } from 'hastscript'
import { slugify } from '@offre/model'
import type { Labels, PageLanguage } from '../labels.js'

export function tagUrl(template: string, tag: string, language: PageLanguage): string {
  return template.replaceAll('{tag}', slugify(tag)).replaceAll('{lang}', language)
}

/** The tag group, or null without tags (the site's empty list is left out). */
export function tagGroup(tags: readonly string[], template: string, language: PageLanguage, labels: Labels): Element | null {
  if (tags.length === 0) return null
  return h('ul.fr-tags-group', { ariaLabel: labels.tags }, tags.map((tag) => h('li', [h('a.fr-tag', { href: tagUrl(template, tag, language) }, tag)])))
}
