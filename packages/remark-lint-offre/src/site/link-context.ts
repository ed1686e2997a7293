/**
 * What the link checks need to know about the page and its site, gathered once per
 * file: the page's own URL (for relative links and same-page anchors), the site's
 * published paths when known, the prefixes served by other applications, and the
 * page's anchors. The site map comes from the `sitePages` setting, else is read
 * from the `contentRoot` folder (once per folder, the only I/O, loaded lazily).
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { SITE_RULES } from '../data/site-rules.js'
import { modelOf } from '../model.js'
import { settingsOf } from '../settings.js'
import { anchorsOf } from './anchors.js'
import { contentPathOf } from './content-path.js'
import { pageUrl } from './page-url.js'
import { siteMapOf } from './site-map.js'

export interface LinkContext {
  /** The page's URL path, `null` when unknown or unpublished. */
  pageUrl: string | null
  /** The published URL paths (normalised), `undefined` when the site is unknown. */
  pages: ReadonlySet<string> | undefined
  servedElsewhere: readonly string[]
  /** Pages the site's templates make (listings), published whatever the page list says. */
  listings: readonly string[]
  /** The files the site publishes besides its pages (URL paths, normalised), `undefined` when unknown: links to files are then not checked. */
  files: ReadonlySet<string> | undefined
  /** The files beside the pages (content paths), `undefined` when unknown: `imageContent` images are then not checked. */
  contentFiles: ReadonlySet<string> | undefined
  /** The page's path under the content root, when known. */
  contentPath: string | undefined
  /** The page's fragment ids, `undefined` when anchors are not checked. */
  anchors: ReadonlySet<string> | undefined
  httpsHosts: readonly string[]
}

const loaded = new Map<string, Promise<ReadonlySet<string>>>()

export async function linkContextOf(tree: Root, file: VFile, options: { httpsHosts: readonly string[]; anchors: boolean }): Promise<LinkContext> {
  const settings = settingsOf(file)
  const rules = settings.siteRules ?? SITE_RULES
  const contentPath = contentPathOf(file)
  const frontMatter = modelOf(tree, file).offer.frontMatter.data as Record<string, unknown>
  let pages: ReadonlySet<string> | undefined
  if (settings.sitePages !== undefined) pages = siteMapOf(settings.sitePages)
  else if (settings.contentRoot !== undefined) pages = await loadOnce(settings.contentRoot, file.cwd, rules)
  return {
    pageUrl: contentPath === undefined ? null : pageUrl(contentPath, frontMatter, rules),
    pages,
    servedElsewhere: [...rules.servedElsewhere, ...(settings.servedElsewhere ?? [])],
    listings: rules.listings,
    files: settings.siteFiles === undefined ? undefined : siteMapOf(settings.siteFiles),
    contentFiles: settings.contentFiles === undefined ? undefined : setOf(settings.contentFiles),
    contentPath,
    anchors: options.anchors ? anchorsOf(tree) : undefined,
    httpsHosts: options.httpsHosts,
  }
}

const sets = new WeakMap<object, ReadonlySet<string>>()

/** A list of the settings as a set, made once per list (the settings are shared by every page). */
function setOf(list: readonly string[]): ReadonlySet<string> {
  let set = sets.get(list)
  if (set === undefined) sets.set(list, (set = new Set(list)))
  return set
}

function loadOnce(contentRoot: string, cwd: string, rules: typeof SITE_RULES): Promise<ReadonlySet<string>> {
  const key = `${cwd}\u0000${contentRoot}\u0000${JSON.stringify(rules)}`
  let pending = loaded.get(key)
  if (pending === undefined) {
    // Imported on demand: the kernel stays free of file-system code unless asked to read a folder.
    pending = import('./load.js').then(({ loadSiteMap }) => loadSiteMap(resolveRoot(contentRoot, cwd), rules))
    loaded.set(key, pending)
  }
  return pending
}

function resolveRoot(root: string, cwd: string): string {
  return /^(?:\/|[a-z]:[\\/])/i.test(root) ? root : `${cwd.replace(/[\\/]+$/, '')}/${root}`
}
