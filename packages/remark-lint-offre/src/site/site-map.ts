/**
 * The site map: every URL path the site publishes, from its pages (as `pageUrl`
 * computes them) and the listing pages its templates generate, and the question
 * the link checker asks of it: does this path lead somewhere?
 */
import { SITE_RULES, type SiteRules } from '../data/site-rules.js'
import { pageUrl, type SitePage } from './page-url.js'
import { isUnder, normalizePath } from './paths.js'

/** The published URL paths of `pages` (normalised), with the rules' listing pages. */
export function buildSiteMap(pages: Iterable<SitePage>, rules: SiteRules = SITE_RULES): Set<string> {
  const urls = new Set<string>(rules.listings.map(normalizePath))
  for (const page of pages) {
    const url = pageUrl(page.contentPath, page.frontMatter, rules)
    if (url !== null) urls.add(url)
  }
  return urls
}

const normalised = new WeakMap<object, ReadonlySet<string>>()

/** `sitePages` as given in the settings (any form), normalised once per value. */
export function siteMapOf(pages: ReadonlySet<string> | readonly string[]): ReadonlySet<string> {
  const cached = normalised.get(pages)
  if (cached) return cached
  const set = new Set([...pages].map(normalizePath))
  normalised.set(pages, set)
  return set
}

/** Whether `path` is a published page or served by another application. */
export function leadsSomewhere(path: string, pages: ReadonlySet<string>, servedElsewhere: readonly string[]): boolean {
  return pages.has(normalizePath(path)) || servedElsewhere.some((prefix) => isUnder(path, prefix))
}
