/**
 * The one part of the package that reads files: the site map of a content folder,
 * for pipelines that have no CLI to build it (plain `remark-cli` with the preset and
 * a `contentRoot` setting). Reads the front matter of every `.md` page below the
 * root, synchronously (remark-lint rules run once per file, the map is built once).
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { SITE_RULES, type SiteRules } from '../data/site-rules.js'
import type { SitePage } from './page-url.js'
import { buildSiteMap } from './site-map.js'

/**
 * The front matter keys the site map reads: those that change a page's URL, and the
 * page's place in the navigation tree (its breadcrumb, `site/navigation.ts`).
 */
const URL_KEYS = ['permalink', 'slugOverride', 'eleventyNavigation'] as const

/**
 * The pages below `contentRoot`, with the front matter keys that make their URL and
 * their place in the navigation (`{}` when absent or invalid YAML). Only the head of
 * each file is read, and its YAML parsed only when it names one of those keys: on a tree of 10,000 pages the site map
 * costs a directory walk and 10,000 small reads.
 */
export function loadSitePages(contentRoot: string): SitePage[] {
  return pagesOf(contentRoot, markdownFiles(contentRoot))
}

/**
 * The pages below `contentRoot` (as `loadSitePages`) and, from the same walk, its
 * other files (content paths: the images beside the pages), which `imageContent`
 * names and the build publishes.
 */
export function loadSiteTree(contentRoot: string): { pages: SitePage[]; files: string[] } {
  const others: string[] = []
  const pages = pagesOf(contentRoot, markdownFiles(contentRoot, true, others))
  return { pages, files: others.map((file) => contentPath(contentRoot, file)).sort() }
}

function contentPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
}

function pagesOf(contentRoot: string, files: string[]): SitePage[] {
  return files.map((file) => {
    const head = readHead(file)
    // Most pages name no URL key: look for the keys in the bytes, decode only when one is there.
    const named = URL_KEYS.some((key) => head.includes(key))
    const frontMatter = named ? pick(frontMatterOf(head.length < HEAD_BYTES ? head.toString('utf8') : readWhole(file, head))) : {}
    return { contentPath: contentPath(contentRoot, file), frontMatter }
  })
}

const HEAD_BYTES = 8192
/** One buffer for every head read: the map is built synchronously, one file at a time. */
const headBuffer = Buffer.alloc(HEAD_BYTES)

/**
 * The first 8 KiB of a file (the front matter is at the top), as a view on the shared
 * buffer; empty when the file cannot be read (gone, locked: the page keeps its default
 * URL, and the lint of that page reports it).
 */
function readHead(file: string): Buffer {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch {
    return headBuffer.subarray(0, 0)
  }
  try {
    return headBuffer.subarray(0, readSync(fd, headBuffer, 0, HEAD_BYTES, 0))
  } catch {
    return headBuffer.subarray(0, 0)
  } finally {
    closeSync(fd)
  }
}

/** The whole file, for a front matter longer than the head; the head when the file is gone meanwhile. */
function readWhole(file: string, head: Buffer): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return head.toString('utf8')
  }
}

function pick(frontMatter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(URL_KEYS.filter((key) => key in frontMatter).map((key) => [key, frontMatter[key]]))
}

/**
 * The published URL paths of the site whose pages are below `contentRoot`. A root
 * that is not a folder throws a `ContentRootError`: one line, no stack trace (under
 * remark-cli it becomes the link rule's message, not a crash report).
 */
export function loadSiteMap(contentRoot: string, rules: SiteRules = SITE_RULES): Set<string> {
  return buildSiteMap(loadSitePages(contentRoot), rules)
}

/** The content root given to the site map is missing or not a folder. */
export class ContentRootError extends Error {
  constructor(
    readonly root: string,
    readonly code: string,
  ) {
    super(`dossier de contenu introuvable : ${root} (${code}), les liens internes ne sont pas vérifiés`)
    this.name = 'ContentRootError'
    // The place of the throw says nothing to the user: the message is the whole report.
    this.stack = this.message
  }
}

/** The markdown files below `dir`, sorted; the other files go to `others` when given. */
function markdownFiles(dir: string, top = true, others?: string[]): string[] {
  let entries: Dirent[]
  try {
    if (top && !statSync(dir).isDirectory()) throw new ContentRootError(dir, 'ENOTDIR')
    entries = readdirSync(dir, { withFileTypes: true })
  } catch (error) {
    if (error instanceof ContentRootError) throw error
    if (top) throw new ContentRootError(dir, (error as NodeJS.ErrnoException).code ?? 'erreur')
    // A folder below the root that cannot be read has no pages for the map (the CLI reports it).
    return []
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .flatMap((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return markdownFiles(full, false, others)
      if (!entry.isFile()) return []
      if (/\.md$/i.test(entry.name)) return [full]
      others?.push(full)
      return []
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
