/**
 * Defects of a link's address as written, whatever it leads to: an invisible
 * character pasted into it (a zero-width space, a soft hyphen: the link is broken
 * while it looks right), a full stop stuck to its end (`https://ouverture.data.gouv.fr.`,
 * the sentence's, caught in the link) and a pre-production host
 * (`preprod.codegouv.fr`: a page readers cannot or should not reach). The first two
 * have a fix; the last needs the public address, which only the editor knows.
 */
import type { Destination } from './destinations.js'
import type { LinkFinding } from './link-checks.js'
import { code } from '../report.js'

/** Zero-width space, joiners, word joiner, byte-order mark, soft hyphen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu

/** A host of a pre-production or test instance: its first label says so. */
const PRE_PRODUCTION = /^(?:preprod|pre-prod|preproduction|staging|recette|qualif|qualification)(?:[.-]|$)/i

const NAMES: Record<string, string> = { '\u200b': 'U+200B, espace sans chasse', '\u200c': 'U+200C', '\u200d': 'U+200D', '\u2060': 'U+2060', '\ufeff': 'U+FEFF', '\u00ad': 'U+00AD, trait d’union conditionnel' }

export function urlDefects(url: string, destination: Destination | undefined, whole: [number, number] | undefined): LinkFinding[] {
  const findings: LinkFinding[] = []
  const raw = destination?.raw ?? url
  const invisible = [...raw.matchAll(INVISIBLE)]
  if (invisible.length > 0) {
    const clean = raw.replace(INVISIBLE, '')
    const names = [...new Set(invisible.map((match) => NAMES[match[0]] ?? match[0]))].join(', ')
    findings.push({
      fr: `${code(clean)} : caractère invisible dans l’adresse (${names}), le lien ne mène pas où il semble ; le retirer`,
      en: `Unexpected invisible character in the address ${code(clean)} (${names}): the link is broken; remove it`,
      ...(whole ? { range: whole } : {}),
      actual: raw,
      expected: [clean],
      ...(destination ? { fix: { start: destination.start, end: destination.end, text: clean } } : {}),
    })
  }
  const parsed = parse(url.replace(INVISIBLE, ''))
  if (parsed === undefined) return findings
  // `https://ouverture.data.gouv.fr.`, `https://x.fr/page.`: the sentence's full stop inside the link.
  if (/[^.]\.$/.test(raw) && (parsed.pathname === '/' || parsed.pathname.endsWith('.')) && parsed.search === '' && parsed.hash === '') {
    const trimmed = raw.slice(0, -1)
    findings.push({
      fr: `${code(raw)} : point final collé à l’adresse, le lien mène à une autre adresse ; le sortir du lien`,
      en: `Unexpected full stop at the end of the address ${code(raw)}: the link leads elsewhere; move it out of the link`,
      ...(whole ? { range: whole } : {}),
      actual: raw,
      expected: [trimmed],
      ...(destination && invisible.length === 0 ? { fix: { start: destination.end - 1, end: destination.end, text: '' } } : {}),
    })
  }
  if (PRE_PRODUCTION.test(parsed.hostname)) {
    findings.push({
      fr: `${code(raw)} : lien vers une instance de préproduction (${code(parsed.hostname)}), que les lecteurs ne doivent pas voir ; le remplacer par l’adresse publique`,
      en: `Unexpected link to a pre-production host (${code(parsed.hostname)}) in ${code(raw)}: link to the public address instead`,
      ...(whole ? { range: whole } : {}),
      actual: raw,
      expected: [],
    })
  }
  return findings
}

/** An absolute http(s) URL, or `undefined`. */
function parse(url: string): URL | undefined {
  if (!/^https?:\/\//i.test(url.trim())) return undefined
  try {
    return new URL(url.trim())
  } catch {
    return undefined
  }
}
