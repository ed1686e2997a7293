/**
 * Link texts judged out of context, as RGAA criterion 6.1 asks: the text alone must
 * say where the link leads. A text is compared whole, normalised (case, accents,
 * apostrophes, surrounding punctuation), with a leading "voir" / "consulter" also
 * tried away ("consulter cette page"). A bare URL or address names its destination.
 * A `title` that completes the text is accepted: RGAA's own form (the title repeats
 * the text and adds to it), and a title that is explicit by itself, which assistive
 * technologies announce with the link (`[revoir](url "Présentation d’Esup-Pod")`).
 */
import { isEmail } from '@offre/model'
import { looksLikeHost } from './targets.js'

export function normalizeLinkText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’ʼ‘`]/g, "'")
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '')
}

const LEADING_VERB = /^(?:voir|consulter|lire|cliquez sur|cliquer sur|acceder a|aller sur|rendez-vous sur|see|read|visit) /

export type TextVerdict = 'empty' | 'vague' | 'ok'

export function judgeLinkText(text: string, title: string | null | undefined, vague: ReadonlySet<string>): TextVerdict {
  const normal = normalizeLinkText(text)
  if (normal === '') return 'empty'
  const raw = text.trim()
  if (/^(?:https?:\/\/|www\.|mailto:)\S+$/i.test(raw) || looksLikeHost(raw) || isEmail(raw)) return 'ok'
  if (!vague.has(normal) && !vague.has(normal.replace(LEADING_VERB, ''))) return 'ok'
  const completed = title ? normalizeLinkText(title) : ''
  if (completed.length > normal.length && completed.includes(normal)) return 'ok'
  return completed.split(' ').length >= 2 && !vague.has(completed) ? 'ok' : 'vague'
}

/**
 * A text naming the destination, for the message: the words of the last meaningful
 * segment of its path (ids and hashes skipped), or its host.
 */
export function describeDestination(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url, 'https://code.gouv.fr/')
  } catch {
    return url
  }
  const segments = parsed.pathname.split('/').filter((s) => s !== '' && !/^index\.html?$/i.test(s))
  for (const segment of segments.slice(-2).reverse()) {
    const words = decode(segment)
      .replace(/\.[a-z\d]{1,5}$/i, '')
      .split(/[-_+\s.]+/)
      // An id, a hash or a number (any word with a digit) says nothing to a reader.
      .filter((word) => /^\p{L}[\p{L}']*$/u.test(word))
    if (words.join('').length >= 4) return words.join(' ')
  }
  return parsed.host
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
