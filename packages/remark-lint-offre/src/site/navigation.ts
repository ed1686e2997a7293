/**
 * The site's navigation entries (`eleventyNavigation`): those of its markdown pages,
 * read with the site map, then those of its templates, declared in the configuration
 * (`site.templateNavigation`), by language, in that order (the pages in path order:
 * the site's collection order of undated pages). The tree and the breadcrumbs they
 * make are @offre/model's `navigationTree`. No I/O.
 */
import type { NavigationTreeEntry } from '@offre/model'
import type { SiteRules } from '../data/site-rules.js'
import { pageUrl, type SitePage } from './page-url.js'

/** A template's navigation entry, as `site.templateNavigation` gives it. */
export interface TemplateNavigation {
  source: string
  url: string
  key: string
  parent?: string | undefined
  title?: string | undefined
  order?: number | undefined
}

/** The entries of each language (`fr`, `en`: the first folder of their source). */
export type SiteNavigation = Readonly<Record<string, readonly NavigationTreeEntry[]>>

export function siteNavigation(pages: readonly SitePage[], templates: readonly TemplateNavigation[] = [], rules?: SiteRules): SiteNavigation {
  // No prototype: a folder named `constructor` or `__proto__` is a language like another.
  const byLanguage: Record<string, NavigationTreeEntry[]> = Object.create(null) as Record<string, NavigationTreeEntry[]>
  const add = (entry: NavigationTreeEntry) => {
    const language = languageOf(entry.source)
    ;(byLanguage[language] ??= []).push(entry)
  }
  for (const page of pages) {
    const nav = page.frontMatter?.eleventyNavigation
    if (nav === null || typeof nav !== 'object' || Array.isArray(nav)) continue
    const { key, parent, title, order, url } = nav as Record<string, unknown>
    if (typeof key !== 'string' || key === '') continue
    add({
      source: page.contentPath,
      key,
      ...(typeof parent === 'string' && parent !== '' ? { parent } : {}),
      ...(typeof title === 'string' && title !== '' ? { title } : {}),
      ...(typeof order === 'number' && Number.isFinite(order) ? { order } : {}),
      url: typeof url === 'string' && url !== '' ? url : (pageUrl(page.contentPath, page.frontMatter, rules) ?? false),
    })
  }
  for (const template of templates) add({ ...template })
  return byLanguage
}

/** The language of a content path: its first folder (`fr/about.md` → `fr`). */
export function languageOf(contentPath: string): string {
  return contentPath.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '').split('/')[0] ?? ''
}
