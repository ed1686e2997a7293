/**
 * What a link URL points to, resolved the way a browser resolves it on the page
 * (`../x/` against the page's own URL): a path of this site, a fragment of this
 * page, an external URL, or something else (`mailto:`, `tel:`…).
 */
import { DEFAULT_SITE_ORIGINS } from '@offre/model'

export type Target =
  | { kind: 'site'; path: string; fragment: string; samePage: boolean }
  | { kind: 'external'; url: URL }
  /** A relative link on a page whose URL is unknown. */
  | { kind: 'unresolved' }
  | { kind: 'other' }

const SCHEME = /^([a-z][a-z\d+.-]*):/i
const SITE = 'https://code.gouv.fr'

export const SITE_HOSTS: readonly string[] = [...new Set(DEFAULT_SITE_ORIGINS.map((origin) => new URL(origin).host.toLowerCase()))]

/** Resolves `url` found on the page published at `pageUrl` (`null` when unknown). */
export function resolveTarget(url: string, pageUrl: string | null): Target {
  const trimmed = url.trim()
  if (trimmed === '') return { kind: 'other' }
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase()
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return { kind: 'other' }
  const absolute = scheme !== undefined || trimmed.startsWith('//')
  if (!absolute && !trimmed.startsWith('/') && !trimmed.startsWith('#') && pageUrl === null) return { kind: 'unresolved' }
  let resolved: URL
  try {
    resolved = new URL(trimmed, `${SITE}${pageUrl ?? '/'}`)
  } catch {
    return { kind: 'other' }
  }
  if (absolute && !SITE_HOSTS.includes(resolved.host.toLowerCase())) return { kind: 'external', url: resolved }
  const fragment = safeDecode(resolved.hash.slice(1))
  const samePage = trimmed.startsWith('#') || (pageUrl !== null && samePath(resolved.pathname, pageUrl))
  return { kind: 'site', path: resolved.pathname, fragment, samePage }
}

/** A relative link that reads as a host name (`gitlab.example.fr/x`): the `https://` was forgotten. */
export function looksLikeHost(url: string): boolean {
  return /^(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}(?:[/?#:]|$)/i.test(url.trim()) && !/\.(?:html?|md|pdf)$/i.test(url.trim())
}

/** Whether `host` is in `hosts` (`*.gouv.fr` stands for every sub-domain). */
export function hostIn(host: string, hosts: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/:\d+$/, '')
  return hosts.some((entry) => {
    const pattern = entry.toLowerCase()
    return pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern
  })
}

function samePath(a: string, b: string): boolean {
  const strip = (path: string): string => safeDecode(path).replace(/\/index\.html?$/i, '/').replace(/\/?$/, '/')
  return strip(a) === strip(b)
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
