/**
 * What "the same" means between the two builds, for text and for URLs.
 *
 * Text: Unicode NFC; every kind of space (no-break U+00A0, narrow no-break
 * U+202F, thin, ideographic…) is an ordinary space, runs of spaces are one,
 * invisible characters (zero-width spaces, soft hyphens) are dropped, and the
 * text is trimmed. So French typography, which offre applies by turning the
 * space an editor typed before `? ! ; :` or inside « » into a (narrow) no-break
 * space, is no difference; a space added or dropped is one, and so are
 * apostrophes (’ against '), quotes, dashes and case: what the reader sees.
 *
 * URLs: resolved against the page's own URL (offre's build links its assets and
 * pages relatively, `../../dsfr/…`, the site from the root, `/css/…`); the
 * site's own origin (https://code.gouv.fr, http too, with or without `www.`) is
 * dropped so an absolute link to the site equals a root-relative one; a final
 * `index.html` and a trailing slash are dropped (except the root `/`), the path
 * is percent-decoded; query and fragment are kept. Other origins are kept, with
 * the host lower-cased. `mailto:` and `tel:` are kept as written.
 */

const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g

export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(SPACES, ' ')
    .trim()
}

const SITE_ORIGIN = /^https?:\/\/(?:www\.)?code\.gouv\.fr(?=\/|$|[?#])/i
const BASE = 'http://site.invalid'

/**
 * The URL as compared: `href` is resolved against `pageUrl`, the page's
 * root-relative URL path (`/fr/blog/x/`).
 */
export function normalizeUrl(href: string, pageUrl = '/'): string {
  const raw = href.trim()
  if (/^(?:mailto|tel|javascript|data):/i.test(raw)) return raw
  let url: URL
  try {
    url = new URL(raw.replace(SITE_ORIGIN, ''), BASE + (pageUrl.startsWith('/') ? pageUrl : `/${pageUrl}`))
  } catch {
    return raw
  }
  let pathname = url.pathname.replace(/\/index\.html?$/i, '/')
  if (pathname.length > 1) pathname = pathname.replace(/\/+$/, '')
  try {
    pathname = decodeURI(pathname)
  } catch {
    // A malformed escape stays as written.
  }
  const origin = url.origin === BASE ? '' : url.origin.toLowerCase()
  return origin + pathname + url.search + url.hash
}

/** The page URL path of an `index.html` found at `relative` in a build (`fr/blog/x/index.html` → `/fr/blog/x/`). */
export function pageUrlOf(relative: string): string {
  const path = relative.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')
  return `/${path}`.replace(/\/+/g, '/')
}
