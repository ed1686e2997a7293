/**
 * URL paths as the link checker compares them: a link and a page are the same when
 * their normalised paths are equal. Query and fragment dropped, percent-escapes
 * decoded, runs of `/` collapsed, `index.html` dropped, and a trailing slash added
 * to every path whose last segment is not a file name (`/fr/contact` and
 * `/fr/contact/` are one page, served by the same `index.html`).
 */

/** Normalised paths already computed: a page links the same few paths, a site the same prefixes. */
const normalised = new Map<string, string>()
const NORMALISED_KEPT = 10_000

export function normalizePath(path: string): string {
  let result = normalised.get(path)
  if (result !== undefined) return result
  result = normalizeUncached(path)
  if (normalised.size >= NORMALISED_KEPT) normalised.clear()
  normalised.set(path, result)
  return result
}

function normalizeUncached(path: string): string {
  let result = path
  const cut = result.search(/[?#]/)
  if (cut !== -1) result = result.slice(0, cut)
  result = result.split('/').map(decodeSegment).join('/')
  result = `/${result}`.replace(/\/{2,}/g, '/')
  result = result.replace(/\/index\.html?$/i, '/')
  if (!result.endsWith('/') && !isFileName(lastSegment(result))) result += '/'
  return result
}

/** A path to a file that is not a page (`/docs/convention.pdf`, `/feed/feed.xml`). */
export function isAssetPath(path: string): boolean {
  const name = lastSegment(normalizePath(path))
  return isFileName(name) && !/\.html?$/i.test(name)
}

/** Whether `path` is `prefix` or below it (`/sill/detail/` under `/sill/`). */
export function isUnder(path: string, prefix: string): boolean {
  const base = normalizePath(prefix)
  const target = normalizePath(path)
  return target === base || target.startsWith(base.endsWith('/') ? base : `${base}/`)
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    // A stray `%` is not an escape: keep the segment as written.
    return segment
  }
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

function isFileName(segment: string): boolean {
  return /\.[a-z\d]{1,5}$/i.test(segment)
}
