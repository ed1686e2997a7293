/**
 * The checks of one link destination, as data (messages, source range, fix): dead
 * internal link, missing anchor, forgotten `https://`, `//` in the path, `http://`
 * to a host that serves HTTPS, and the address's own defects (`url-defects.ts`). `offre-links` reports what they return.
 */
import { isEmail, slugify } from '@offre/model'
import type { Fix } from '../fix.js'
import { code } from '../report.js'
import type { Destination } from './destinations.js'
import type { LinkContext } from './link-context.js'
import { isAssetPath, isUnder, normalizePath } from './paths.js'
import { leadsSomewhere } from './site-map.js'
import { closest } from './suggest.js'
import { hostIn, looksLikeHost, resolveTarget, SITE_HOSTS } from './targets.js'
import { urlDefects } from './url-defects.js'

export interface LinkFinding {
  fr: string
  en: string
  /** Source offsets of the finding; the whole link when absent. */
  range?: [number, number]
  actual: string
  expected: string[]
  fix?: Fix
}

export function checkDestination(url: string, destination: Destination | undefined, context: LinkContext): LinkFinding[] {
  const findings: LinkFinding[] = []
  const whole: [number, number] | undefined = destination ? [destination.start, destination.end] : undefined
  const target = resolveTarget(url, context.pageUrl)
  const relative = !/^(?:[a-z][a-z\d+.-]*:|\/|#)/i.test(url.trim())
  // An address without `mailto:` is offre-mailto's finding, with its fix.
  if (relative && isEmail(url.trim())) return findings
  if (relative && looksLikeHost(url)) {
    const expected = `https://${url.trim()}`
    findings.push({
      fr: `${code(url)} : lien relatif qui ressemble à une adresse web, attendu ${code(expected)}`,
      en: `Unexpected relative link ${code(url)} that reads as a web address, expected ${code(expected)}`,
      ...(whole ? { range: whole } : {}),
      actual: url,
      expected: [expected],
    })
    return findings
  }
  findings.push(...urlDefects(url, destination, whole))
  if (target.kind === 'site') findings.push(...siteChecks(url, target, destination, whole, context))
  if (destination && (target.kind === 'site' || target.kind === 'external')) {
    // Only the site's own paths: elsewhere `//` may be meaningful (web.archive.org/web/…/https://…).
    const slashes = target.kind === 'site' ? doubleSlash(destination) : undefined
    if (slashes) findings.push(slashes)
    const http = /^http:/i.test(destination.raw) ? httpFinding(destination, target.kind === 'external' ? target.url.host : SITE_HOSTS[0] ?? '', context) : undefined
    if (http) findings.push(http)
  }
  return findings
}

function siteChecks(url: string, target: Extract<ReturnType<typeof resolveTarget>, { kind: 'site' }>, destination: Destination | undefined, whole: [number, number] | undefined, context: LinkContext): LinkFinding[] {
  if (target.samePage) {
    if (context.anchors === undefined || target.fragment === '' || /^(?:top|haut)$/i.test(target.fragment)) return []
    if (context.anchors.has(target.fragment)) return []
    const ids = [...context.anchors]
    const slug = slugify(target.fragment)
    const exact = ids.includes(slug) ? slug : undefined
    const guesses = exact ? [exact] : closest(target.fragment, ids, 3)
    const hash = destination?.raw.indexOf('#') ?? -1
    const fix = exact && destination && hash !== -1 ? { start: destination.start + hash + 1, end: destination.end, text: exact } : undefined
    return [
      {
        fr: `${code(`#${target.fragment}`)} : ancre introuvable dans la page, ${guesses.length > 0 ? `vouliez-vous dire ${guesses.map((g) => code(`#${g}`)).join(' ou ')} ?` : 'attendu l’identifiant d’un de ses titres'}`,
        en: `Unexpected anchor ${code(`#${target.fragment}`)}: no heading of the page has this id${guesses.length > 0 ? `, did you mean ${guesses.map((g) => code(`#${g}`)).join(' or ')}?` : ''}`,
        ...(whole ? { range: whole } : {}),
        actual: url,
        expected: (guesses.length > 0 ? guesses : ids.slice(0, 10)).map((id) => `#${id}`),
        ...(fix ? { fix } : {}),
      },
    ]
  }
  if (isAssetPath(target.path)) return fileChecks(url, target.path, whole, context)
  if (context.pages === undefined) return []
  const path = normalizePath(target.path)
  if (leadsSomewhere(path, context.pages, context.servedElsewhere) || context.listings.some((listing) => normalizePath(listing) === path)) return []
  const guesses = suggestPages(path, context.pages)
  return [
    {
      fr: `${code(url)} : lien interne mort, aucune page du site à l’adresse ${code(path)} ; ${guesses.length > 0 ? `vouliez-vous dire ${guesses.map(code).join(' ou ')} ?` : 'corriger l’adresse ou retirer le lien'}`,
      en: `Unexpected dead internal link ${code(url)}: no page of the site at ${code(path)}${guesses.length > 0 ? `, did you mean ${guesses.map(code).join(' or ')}?` : ''}`,
      ...(whole ? { range: whole } : {}),
      actual: url,
      expected: guesses,
    },
  ]
}

/** A link to a file (`/docs/x.pdf`): dead when the site's files are known and it is none of them. */
function fileChecks(url: string, target: string, whole: [number, number] | undefined, context: LinkContext): LinkFinding[] {
  if (context.files === undefined) return []
  const path = normalizePath(target)
  if (context.files.has(path) || context.listings.some((listing) => normalizePath(listing) === path) || context.servedElsewhere.some((prefix) => isUnder(path, prefix))) return []
  const guesses = suggestPages(path, context.files)
  return [
    {
      fr: `${code(url)} : lien mort, aucun fichier publié à l’adresse ${code(path)} (dossier statique du site) ; ${guesses.length > 0 ? `vouliez-vous dire ${guesses.map(code).join(' ou ')} ?` : 'corriger l’adresse, ajouter le fichier au dossier statique ou retirer le lien'}`,
      en: `Unexpected dead link ${code(url)}: no file published at ${code(path)} (the site's static folder)${guesses.length > 0 ? `, did you mean ${guesses.map(code).join(' or ')}?` : ''}`,
      ...(whole ? { range: whole } : {}),
      actual: url,
      expected: guesses,
    },
  ]
}

/** Suggestions per site and dead path: a dead link is usually copied on many pages. */
const suggestionCache = new WeakMap<ReadonlySet<string>, Map<string, string[]>>()

/** The pages probably meant: same last segment first, then the closest paths. */
export function suggestPages(path: string, pages: ReadonlySet<string>): string[] {
  let cache = suggestionCache.get(pages)
  if (cache === undefined) suggestionCache.set(pages, (cache = new Map()))
  let guesses = cache.get(path)
  if (guesses === undefined) cache.set(path, (guesses = computeSuggestions(path, pages)))
  return guesses
}

function computeSuggestions(path: string, pages: ReadonlySet<string>): string[] {
  const last = path.split('/').filter(Boolean).pop()
  const sameName = last === undefined ? [] : [...pages].filter((page) => page !== path && page.split('/').filter(Boolean).pop() === last)
  return [...new Set([...sameName, ...closest(path, pages, 2)])].slice(0, 2)
}

function doubleSlash(destination: Destination): LinkFinding | undefined {
  const { raw } = destination
  const authority = /^(?:[a-z][a-z\d+.-]*:)?\/\/[^/?#]*/i.exec(raw)
  const from = authority ? authority[0].length : 0
  const to = raw.slice(from).search(/[?#]/)
  const end = to === -1 ? raw.length : from + to
  const path = raw.slice(from, end)
  const run = /(?<!:)\/{2,}/.exec(path)
  if (!run) return undefined
  const fixed = path.replace(/(?<!:)\/{2,}/g, '/')
  const expected = raw.slice(0, from) + fixed + raw.slice(end)
  const start = destination.start + from + run.index
  return {
    fr: `${code(raw)} : double barre oblique dans le chemin, attendu ${code(expected)}`,
    en: `Unexpected double slash in ${code(raw)}, expected ${code(expected)}`,
    range: [start, start + run[0].length],
    actual: raw,
    expected: [expected],
    fix: { start: destination.start + from, end: destination.start + end, text: fixed },
  }
}

function httpFinding(destination: Destination, host: string, context: LinkContext): LinkFinding | undefined {
  if (!hostIn(host, [...SITE_HOSTS, ...context.httpsHosts])) return undefined
  const expected = `https:${destination.raw.slice(5)}`
  return {
    fr: `${code(destination.raw)} : lien non chiffré vers un site servi en HTTPS, attendu ${code(expected)}`,
    en: `Unexpected \`http://\` link ${code(destination.raw)} to a site served over HTTPS, expected ${code(expected)}`,
    range: [destination.start, destination.start + 5],
    actual: destination.raw,
    expected: [expected],
    fix: { start: destination.start, end: destination.start + 4, text: 'https' },
  }
}
