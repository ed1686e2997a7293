/**
 * The one part of the package that reads files: the site map of a content folder,
 * for pipelines that have no CLI to build it (plain `remark-cli` with the preset and
 * a `contentRoot` setting). Reads the front matter of every `.md` page below the
 * root, synchronously (remark-lint rules run once per file, the map is built once).
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { SITE_RULES, type SiteRules } from '../data/site-rules.js'
import type { SitePage } from './page-url.js'
import { buildSiteMap } from './site-map.js'

/** The front matter keys that change a page's URL: the only ones the site map reads. */
const URL_KEYS = ['permalink', 'slugOverride'] as const

/**
 * The pages below `contentRoot`, with the front matter keys that make their URL
 * (`{}` when absent or invalid YAML). Only the head of each file is read, and its YAML
 * parsed only when it names one of those keys: on a tree of 10,000 pages the site map
 * costs a directory walk and 10,000 small reads.
 */
export function loadSitePages(contentRoot: string): SitePage[] {
  return markdownFiles(contentRoot).map((file) => {
    const head = readHead(file)
    // Most pages name no URL key: look for the keys in the bytes, decode only when one is there.
    const named = URL_KEYS.some((key) => head.includes(key))
    const frontMatter = named ? pick(frontMatterOf(head.length < HEAD_BYTES ? head.toString('utf8') : readFileSync(file, 'utf8'))) : {}
    return { contentPath: path.relative(contentRoot, file).split(path.sep).join('/'), frontMatter }
  })
}

const HEAD_BYTES = 8192
/** One buffer for every head read: the map is built synchronously, one file at a time. */
const headBuffer = Buffer.alloc(HEAD_BYTES)

/** The first 8 KiB of a file (the front matter is at the top), as a view on the shared buffer. */
function readHead(file: string): Buffer {
  const fd = openSync(file, 'r')
  try {
    return headBuffer.subarray(0, readSync(fd, headBuffer, 0, HEAD_BYTES, 0))
  } finally {
    closeSync(fd)
  }
}

function pick(frontMatter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(URL_KEYS.filter((key) => key in frontMatter).map((key) => [key, frontMatter[key]]))
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
