/**
 * E-mail addresses on a page, in each of the forms editors write them: a `mailto:`
 * link, a code span, or bare text (which GFM turns into a link of its own).
 */
import type { Nodes } from 'mdast'
import { walk } from './walk.js'
import type { Contact, Point, Span } from './schema.js'
import { spanOf } from './span.js'

/**
 * A plausible address: local part, `@`, a dotted domain. The match starts only at the
 * start of a run of address characters, and has no nested quantifier, so that it stays
 * linear on hostile text (`aaaa…`, `a@b.b.b…`); the top-level domain is checked after.
 */
export const EMAIL = /(?<![\p{L}\d!#$%&'*+/=?^_`{|}~.-])[\p{L}\d!#$%&'*+/=?^_`{|}~.-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/u
const WHOLE_EMAIL = /^[\p{L}\d!#$%&'*+/=?^_`{|}~.-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u
const TOP_LEVEL = /\.\p{L}{2,}$/u

export function isEmail(text: string): boolean {
  return WHOLE_EMAIL.test(text) && TOP_LEVEL.test(text)
}

/** The address of a `mailto:` URL, without query (`?subject=`) and decoded. */
export function mailtoAddress(url: string): string {
  const raw = url.replace(/^mailto:/i, '').split('?')[0] ?? ''
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

/** Every contact written inside `node`, in source order. */
export function collectContacts(node: Nodes, source: string): Contact[] {
  const contacts: Contact[] = []
  walk(node, (child) => {
    if (child.type === 'link') {
      const explicit = /^mailto:/i.test(child.url)
      const address = explicit ? mailtoAddress(child.url) : child.url
      if (!isEmail(address)) return
      // GFM turns a bare address into a link of its own: the source tells which form was written.
      const start = child.position?.start.offset
      const written = start === undefined ? '[' : source.charAt(start)
      const form = explicit && (written === '[' || written === '<') ? 'mailto' : 'text'
      contacts.push({ email: address, form, position: spanOf(child) })
      return 'skip'
    }
    if (child.type === 'inlineCode') {
      const value = child.value.trim().replace(/^mailto:/i, '')
      if (isEmail(value)) contacts.push({ email: value, form: 'code', position: spanOf(child) })
      return
    }
    if (child.type === 'text' && child.value.includes('@')) {
      const span = spanOf(child)
      // Offsets inside a text node are exact only when the source holds its value verbatim
      // (no escapes or references); otherwise the whole node is the best place.
      const verbatim = source.slice(span.start.offset, span.end.offset) === child.value
      for (const match of child.value.matchAll(new RegExp(EMAIL.source, 'gu'))) {
        if (!TOP_LEVEL.test(match[0])) continue
        const position = verbatim ? subSpan(span.start, child.value, match.index, match[0].length) : span
        contacts.push({ email: match[0], form: 'text', position })
      }
    }
    return undefined
  })
  return contacts
}

/** The span of `text.slice(index, index + length)` for a text starting at `start`. */
export function subSpan(start: Point, text: string, index: number, length: number): Span {
  return { start: advance(start, text.slice(0, index)), end: advance(start, text.slice(0, index + length)) }
}

function advance(point: Point, text: string): Point {
  // Lines end as the parser ends them: CR, LF or CRLF.
  const lines = text.split(/\r\n|\r|\n/)
  const last = lines[lines.length - 1] ?? ''
  return {
    line: point.line + lines.length - 1,
    column: lines.length === 1 ? point.column + last.length : last.length + 1,
    offset: point.offset + text.length,
  }
}
