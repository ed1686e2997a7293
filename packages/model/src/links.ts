/** Classification of link URLs: internal to the site, external, e-mail, or other schemes. */
import type { LinkKind } from './schema.js'

export const DEFAULT_SITE_ORIGINS: readonly string[] = ['https://code.gouv.fr', 'http://code.gouv.fr']

const SCHEME = /^([a-z][a-z\d+.-]*):/i

export interface LinkClass {
  kind: LinkKind
  /** Site path of an internal link (`/fr/doc/sill/`), without query or fragment. */
  path?: string
}

export function classifyLink(url: string, siteOrigins: readonly string[] = DEFAULT_SITE_ORIGINS): LinkClass {
  const trimmed = url.trim()
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase()
  if (scheme === 'mailto') return { kind: 'mailto' }
  if (scheme === 'http' || scheme === 'https' || trimmed.startsWith('//')) {
    const origin = siteOrigins.find((o) => sameOrigin(trimmed, o))
    if (origin === undefined) return { kind: 'external' }
    const afterHost = trimmed.indexOf('//') + 2
    const slash = trimmed.slice(afterHost).search(/[/?#]/)
    // `https://code.gouv.fr` (no path) is the home page.
    const rest = slash === -1 ? '/' : trimmed.slice(afterHost + slash)
    return { kind: 'internal', path: rest.startsWith('/') ? sitePath(rest) : '/' }
  }
  if (scheme !== undefined) return { kind: 'other' }
  if (trimmed.startsWith('/')) return { kind: 'internal', path: sitePath(trimmed) }
  return { kind: 'internal' }
}

function sameOrigin(url: string, origin: string): boolean {
  const host = origin.replace(/^[a-z]+:/i, '')
  const rest = url.replace(/^[a-z]+:/i, '')
  return rest.toLowerCase().startsWith(host.toLowerCase()) && /^([/?#]|$)/.test(rest.slice(host.length))
}

function sitePath(pathAndMore: string): string {
  const end = pathAndMore.search(/[?#]/)
  return end === -1 ? pathAndMore : pathAndMore.slice(0, end) || '/'
}
