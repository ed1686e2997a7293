/**
 * The one part of the package that reads files: the site map of a content folder,
 * for pipelines that have no CLI to build it (plain `remark-cli` with the preset and
 * a `contentRoot` setting). Reads the front matter of every `.md` page below the
 * root, synchronously (remark-lint rules run once per file, the map is built once).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { SITE_RULES, type SiteRules } from '../data/site-rules.js'
import type { SitePage } from './page-url.js'
import { buildSiteMap } from './site-map.js'

/** The pages below `contentRoot`, with their front matter (`{}` when absent or invalid YAML). */
export function loadSitePages(contentRoot: string): SitePage[] {
  return markdownFiles(contentRoot).map((file) => ({
    contentPath: path.relative(contentRoot, file).split(path.sep).join('/'),
    frontMatter: frontMatterOf(readFileSync(file, 'utf8')),
  }))
}

/** The published URL paths of the site whose pages are below `contentRoot`. */
export function loadSiteMap(contentRoot: string, rules: SiteRules = SITE_RULES): Set<string> {
  return buildSiteMap(loadSitePages(contentRoot), rules)
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .flatMap((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return markdownFiles(full)
      return entry.isFile() && /\.md$/i.test(entry.name) ? [full] : []
    })
    .sort()
}

/** The YAML between the opening `---` line and the next `---` line, parsed; `{}` when there is none. */
export function frontMatterOf(text: string): Record<string, unknown> {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)
  if (!match) return {}
  try {
    const value: unknown = parse(match[1] ?? '', { maxAliasCount: 100 })
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
  } catch {
    // An invalid front matter is `offre-front-matter`'s finding; here the page keeps its default URL.
    return {}
  }
}
