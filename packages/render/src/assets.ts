/**
 * Which DSFR files a build copies into `dist/dsfr/`: the CSS, the two scripts
 * (module, and nomodule for old browsers), the favicons, the display settings'
 * pictograms, and the fonts and icons
 * the CSS points to, found by reading its `url(…)`s, so the copy follows the
 * DSFR version installed rather than a hand-kept list. Paths are relative to
 * `@gouvfr/dsfr/dist/`; reading and copying is left to the caller.
 */
import { createRequire } from 'node:module'
import path from 'node:path'

export const DSFR_CSS = 'dsfr.min.css'

export const DSFR_ENTRY_FILES: readonly string[] = [
  DSFR_CSS,
  'dsfr.module.min.js',
  'dsfr.nomodule.min.js',
  'favicon/apple-touch-icon.png',
  'favicon/favicon.ico',
  'favicon/favicon.svg',
  // The display settings dialog's pictograms (`layouts/display-settings.ts`).
  'artwork/pictograms/environment/moon.svg',
  'artwork/pictograms/environment/sun.svg',
  'artwork/pictograms/system/system.svg',
]

/** The relative files a stylesheet at `base` (a folder, `''` for the root) refers to, resolved from the root. */
export function cssReferences(css: string, base = ''): string[] {
  const found = new Set<string>()
  for (const match of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
    const url = (match[2] ?? '').trim()
    if (url === '' || /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('#')) continue
    const resolved = resolve(base, url.replace(/[?#].*$/, ''))
    if (resolved !== null) found.add(resolved)
  }
  return [...found].sort()
}

/** Every file to copy for the DSFR: entry files, then what the CSS needs. */
export function dsfrFiles(css: string): string[] {
  return [...new Set([...DSFR_ENTRY_FILES, ...cssReferences(css)])].sort()
}

/** `base/url` with `.` and `..` resolved; null when it climbs out of the root. */
function resolve(base: string, url: string): string | null {
  const parts: string[] = []
  for (const segment of `${base}/${url}`.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (parts.pop() === undefined) return null
    } else parts.push(segment)
  }
  return parts.join('/')
}

/**
 * The DSFR files shipped with this package (`dsfr/`, copied from @gouvfr/dsfr at
 * build time by `scripts/copy-dsfr.mjs`), laid out as in `@gouvfr/dsfr/dist/`.
 * Found from the package's own name (not from `import.meta.url`), so that it is
 * found from a bundle too.
 */
export const dsfrAssetsDir: string = `${path.dirname(createRequire(import.meta.url).resolve('@offre/render/package.json'))}${path.sep}dsfr${path.sep}`
