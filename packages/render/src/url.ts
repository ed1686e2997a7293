/**
 * Where a page is published. The default resolver is path-based
 * (`fr/mission/offre-de-services.md` → `/fr/mission/offre-de-services/`,
 * `index.md` → its folder) with the `permalink` front matter first (`false`: not
 * published). It is a plain function so that the site's own folder rules
 * (remark-lint-offre's `pageUrl`) can be plugged in instead. Every URL, whatever
 * its source, is checked before it becomes a file path: no `..`, no hidden or
 * reserved folder, nothing that could write outside the output folder.
 */
import type { FrontMatterData } from '@offre/model'

export interface PageLocation {
  /** Path of the page under the content folder, with `/` separators: `fr/mission/offre-de-services.md`. */
  path: string
  data: Partial<FrontMatterData>
}

/** The page's URL path (`/fr/mission/offre-de-services/`), or `false` when it is not published. */
export type PageUrlResolver = (page: PageLocation) => string | false

/** Top-level names the build writes itself. */
export const RESERVED_ROOTS: readonly string[] = ['dsfr', 'manifest.json']

export const defaultPageUrl: PageUrlResolver = ({ path, data }) => {
  if (data.permalink === false) return false
  if (typeof data.permalink === 'string') return data.permalink
  const parts = path.replace(/\.(md|markdown)$/i, '').split('/')
  if (parts.length > 1 && parts[parts.length - 1] === 'index') parts.pop()
  return `/${parts.join('/')}/`
}

/**
 * The URL as a folder path (`/fr/x/`); throws a `RangeError` saying why a URL
 * cannot be published. `/x/index.html` is read as `/x/`.
 */
export function normalizeUrl(url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) throw new RangeError('attendu un chemin qui commence par `/`, comme `/fr/mission/`')
  if (/[?#\\\u0000-\u001f\u007f%]/.test(url)) throw new RangeError('caractères interdits (`?`, `#`, `\\`, `%` ou caractère de contrôle)')
  const segments = url.replace(/\/index\.html$/, '/').split('/').filter((segment) => segment !== '')
  for (const segment of segments) {
    if (segment === '.' || segment === '..') throw new RangeError('les segments `.` et `..` sont interdits')
    if (segment.startsWith('.')) throw new RangeError(`dossier caché \`${segment}\` interdit`)
    if (new TextEncoder().encode(segment).length > 200) throw new RangeError('segment de plus de 200 octets')
  }
  if (segments.length > 0 && RESERVED_ROOTS.includes(segments[0] ?? '')) {
    throw new RangeError(`\`/${segments[0]}/\` est réservé aux fichiers de la construction`)
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`
}

/** The file of `name` for a page at `url` (normalized), relative to the output folder. */
export function outputPath(url: string, name: string): string {
  return `${url.slice(1)}${name}`
}

/** The relative path from the page at `url` back to the output folder's root (`../../`). */
export function relativeRoot(url: string): string {
  const depth = url.split('/').filter((segment) => segment !== '').length
  return depth === 0 ? './' : '../'.repeat(depth)
}
