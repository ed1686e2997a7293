/**
 * The URL the site's generator gives a page, from its content path and front
 * matter, in Eleventy's order of precedence: the page's own `permalink` (`false`:
 * not published), then `slugOverride` where a rule allows it, then the first folder
 * rule containing the page, then the page's path (`fr/mll.md` → `/fr/mll/`,
 * `fr/contact/index.md` → `/fr/contact/`). No I/O: the caller reads the pages.
 */
import { SITE_RULES, type FolderRule, type SiteRules } from '../data/site-rules.js'
import { normalizePath } from './paths.js'
import { expandTemplate } from './template.js'

export interface SitePage {
  /** Path relative to the content root, `/`-separated (`fr/about/offre-de-services.md`). */
  contentPath: string
  /** The page's front matter, as parsed from YAML (only `permalink` and `slugOverride` matter). */
  frontMatter?: Readonly<Record<string, unknown>> | null | undefined
}

/** The normalised URL path of a page, or `null` when it is not published (or its permalink is a template). */
export function pageUrl(contentPath: string, frontMatter?: SitePage['frontMatter'], rules: SiteRules = SITE_RULES): string | null {
  const path = cleanContentPath(contentPath)
  const permalink = frontMatter?.permalink
  if (permalink === false) return null
  if (typeof permalink === 'string' && permalink.trim() !== '') {
    // A Nunjucks permalink (`/{{ page.fileSlug }}/`) cannot be computed without the generator.
    if (/\{[{%]/.test(permalink)) return null
    return normalizePath(permalink.trim())
  }
  const values = { lang: path.split('/')[0] ?? '', fileSlug: fileSlug(path), slugOverride: '' }
  const override = frontMatter?.slugOverride
  if (typeof override === 'string' && override.trim() !== '') {
    const rule = ruleFor(path, rules.slugOverride)
    if (rule) return normalizePath(expandTemplate(rule.url, { ...values, slugOverride: override }))
  }
  const rule = ruleFor(path, rules.folders)
  if (rule) return normalizePath(expandTemplate(rule.url, values))
  const stem = path.replace(/\.[^./]*$/, '')
  return normalizePath(`/${stem.replace(/(^|\/)index$/, '')}/`)
}

/** `./fr\\x.md` → `fr/x.md`. */
export function cleanContentPath(contentPath: string): string {
  return contentPath.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '')
}

/** Eleventy's `page.fileSlug`: the file name without extension, the folder's name for `index.*`. */
export function fileSlug(contentPath: string): string {
  const parts = cleanContentPath(contentPath).split('/')
  const name = (parts[parts.length - 1] ?? '').replace(/\.[^.]*$/, '')
  return name === 'index' && parts.length > 1 ? (parts[parts.length - 2] ?? '') : name
}

function ruleFor(path: string, rules: readonly FolderRule[]): FolderRule | undefined {
  return rules.find((rule) => {
    const dir = rule.dir.replace(/^\/+|\/+$/g, '')
    return dir === '' || path.startsWith(`${dir}/`)
  })
}
