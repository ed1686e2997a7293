/**
 * Where a link's destination is written in the source, so that a finding points at
 * the URL itself and a fix rewrites only it: `[texte](url "titre")`, `<url>`, a bare
 * URL that GFM turned into a link, and `[id]: url` definitions (the destination of
 * every `[texte][id]` reference). Raw offsets are given only when found for sure.
 */
import type { Definition, Link } from 'mdast'

export interface Destination {
  /** Offset of the first character of the URL as written (after any `<`). */
  start: number
  end: number
  /** The URL as written in the source (may differ from the parsed URL by escapes). */
  raw: string
}

/** The written destination of a link or definition, or `undefined` when it cannot be located. */
export function destinationOf(node: Link | Definition, source: string): Destination | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  if (node.type === 'definition') {
    const label = /^\[(?:[^\]\\]|\\.)*\]:[ \t]*(?:\r?\n[ \t]*)?/.exec(source.slice(start, end))
    return label ? read(source, start + label[0].length, end) : undefined
  }
  if (source[start] === '<') return { start: start + 1, end: end - 1, raw: source.slice(start + 1, end - 1) }
  // A GFM literal autolink: the node is the URL itself.
  if (source[start] !== '[') return { start, end, raw: source.slice(start, end) }
  const last = node.children[node.children.length - 1]
  const textEnd = node.children.length === 0 ? start + 1 : last?.position?.end.offset
  if (textEnd === undefined || source.slice(textEnd, textEnd + 2) !== '](') return undefined
  let cursor = textEnd + 2
  while (cursor < end && /\s/.test(source[cursor] ?? '')) cursor++
  return read(source, cursor, end)
}

const asciiPunctuation = /^[!-/:-@[-`{-~]$/

/** Reads a destination at `from`: `<…>`, or a run without spaces and with balanced parentheses. */
function read(source: string, from: number, limit: number): Destination | undefined {
  if (source[from] === '<') {
    const close = source.indexOf('>', from)
    if (close === -1 || close > limit) return undefined
    return { start: from + 1, end: close, raw: source.slice(from + 1, close) }
  }
  let depth = 0
  let cursor = from
  for (; cursor < limit; cursor++) {
    const char = source[cursor] ?? ''
    // A backslash escapes the ASCII punctuation after it (CommonMark); before anything
    // else, or at the end, it is a character of the URL.
    if (char === '\\' && cursor + 1 < limit && asciiPunctuation.test(source[cursor + 1] ?? '')) {
      cursor++
      continue
    }
    if (/\s/.test(char)) break
    if (char === '(') depth++
    if (char === ')') {
      if (depth === 0) break
      depth--
    }
  }
  return cursor > from ? { start: from, end: cursor, raw: source.slice(from, cursor) } : undefined
}
