/**
 * HTML character references in markdown text (`d&eacute;j&agrave;`, `&nbsp;`, `&#8217;`):
 * micromark decodes them in the tree, but the rules read the source, where they stand as
 * written. The rules that read words (offre-spelling, offre-grammar) read their values, and
 * offre-links the addresses of raw HTML links.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference'

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g

export interface CharacterReference {
  /** Where the reference starts in the text, and its length as written. */
  index: number
  length: number
  /** The characters it stands for. */
  value: string
}

/** The valid character references of `text`, in order (an unknown name, `&foo;`, is text). */
export function* characterReferences(text: string): Generator<CharacterReference> {
  if (!text.includes('&')) return
  for (const match of text.matchAll(REFERENCE)) {
    const [written, decimal, hex, name] = match
    const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? Number.parseInt(hex, 16) : undefined
    const value = code !== undefined ? (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : false) : decodeNamedCharacterReference(name ?? '')
    if (value === false || value === '') continue
    yield { index: match.index, length: written.length, value }
  }
}

/** `text` with its character references read as their values (`a&amp;b` → `a&b`). */
export function decodeCharacterReferences(text: string): string {
  let decoded = ''
  let last = 0
  for (const { index, length, value } of characterReferences(text)) {
    decoded += text.slice(last, index) + value
    last = index + length
  }
  return decoded + text.slice(last)
}
