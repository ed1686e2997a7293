/**
 * Settings shared by every rule of a run (language of the messages, the site's
 * pages for the link checker…). Rules read them from `file.data.offre`; the
 * `remarkOffreSettings` plugin puts them there, so a pipeline configures them once.
 */
import type { Plugin } from 'unified'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { SiteRules } from './data/site-rules.js'
import type { SiteNavigation } from './site/navigation.js'

export type Locale = 'fr' | 'en'

export interface OffreSettings {
  /** Language of the messages (default `fr`). */
  locale?: Locale
  /**
   * Where the source should hold no-break spaces before `? ! ; :` and inside « »:
   * `renderer` (default) leaves them to the renderer, `source` requires them in the text.
   */
  nbsp?: 'renderer' | 'source'
  /** The site's published URL paths (`/fr/mission/offre-de-services/`), for dead-link checks. */
  sitePages?: ReadonlySet<string> | readonly string[]
  /**
   * The files the site publishes besides its pages (its static folder), as URL paths
   * (`/docs/x.pdf`): when given, a link to a file that is none of them is dead.
   */
  siteFiles?: readonly string[]
  /**
   * The files below the content root that are not pages (content paths,
   * `fr/blog/x/capture.png`): when given, an `imageContent` image that is none of them
   * is a finding.
   */
  contentFiles?: readonly string[]
  /** URL path prefixes served by other applications (never reported as dead). */
  servedElsewhere?: readonly string[]
  /** Path of the file relative to the content root (`fr/mission/offre-de-services.md`). */
  contentPath?: string
  /**
   * The content folder (absolute, or relative to the working directory): gives the
   * content path of files, and, when `sitePages` is not given, the site map that
   * `offre-links` reads from the pages below it (for plain `remark-cli`).
   */
  contentRoot?: string
  /** How the site turns page paths into URLs (default: code.gouv.fr's rules, `SITE_RULES`). */
  siteRules?: SiteRules
  /**
   * The schema the site declares for its pages' front matter (`frontMatter.schema` of the
   * configuration), as plain JSON: the document and the JSON Pointer of the part that
   * describes a front matter (`''` for the whole document). Without it, `offre-front-matter`
   * checks only what is universal (the YAML, a mapping).
   */
  frontMatterSchema?: { document: object; pointer: string }
  /** The project's own words (the word list at the content root), known to the spelling rule. */
  vocabulary?: readonly string[]
  /**
   * The site's navigation entries by language (`eleventyNavigation` of its pages and
   * templates, `siteNavigation`): the tree a page's breadcrumb follows, which
   * `offre-navigation` checks.
   */
  navigation?: SiteNavigation
}

declare module 'vfile' {
  interface DataMap {
    offre: OffreSettings
  }
}

export function settingsOf(file: VFile): OffreSettings {
  return file.data.offre ?? {}
}

export function localeOf(file: VFile): Locale {
  return settingsOf(file).locale ?? 'fr'
}

/** Stores `settings` on each file before the rules run (settings already on the file win). */
export const remarkOffreSettings: Plugin<[OffreSettings?], Root> = function (settings = {}) {
  return (_tree, file) => {
    file.data.offre = { ...settings, ...file.data.offre }
  }
}

const FOREIGN_FOLDER = /(^|\/)(en|de|es|it|nl|pt)\//

/**
 * Whether the page is written in French: pages under `en/` (or another language
 * folder) are not checked by the French-only rules.
 */
export function isFrench(file: VFile): boolean {
  const contentPath = settingsOf(file).contentPath
  if (contentPath !== undefined) return !FOREIGN_FOLDER.test(`/${contentPath}`)
  return !FOREIGN_FOLDER.test(file.path ?? '')
}
