/**
 * How deep the blocks of a page nest, measured on the text before any parsing:
 * a page of 10,000 nested lists takes micromark minutes and overflows the stack
 * of every tree walker after it, so such a page is refused up front. The measure
 * is an upper bound, cheap and linear: on each line, the block-quote and list
 * markers that open there, plus one level per two columns of indentation (the
 * least a nested list item needs).
 */

/** Deepest nesting parsed, linted and rendered (the rules and the renderer walk trees recursively). */
export const DEFAULT_MAX_NESTING = 1000

export interface TooDeep {
  /** Nesting reached on the line. */
  depth: number
  /** Offset of the start of the line. */
  offset: number
}

const SPACE = 32
const TAB = 9
const LF = 10
const CR = 13

/** The first line of `text` that nests deeper than `limit`, if any. */
export function nestingBeyond(text: string, limit: number): TooDeep | undefined {
  const length = text.length
  let index = 0
  while (index < length) {
    const offset = index
    let columns = 0
    let code = text.charCodeAt(index)
    while (code === SPACE || code === TAB) {
      columns += code === TAB ? 4 - (columns % 4) : 1
      code = text.charCodeAt(++index)
    }
    let depth = 0
    for (;;) {
      while (code === SPACE || code === TAB) code = text.charCodeAt(++index)
      const marker = markerLength(text, index)
      if (marker === 0) break
      depth++
      index += marker
      code = text.charCodeAt(index)
    }
    depth += Math.floor(columns / 2)
    if (depth > limit) return { depth, offset }
    while (index < length && code !== LF && code !== CR) code = text.charCodeAt(++index)
    index += code === CR && text.charCodeAt(index + 1) === LF ? 2 : 1
  }
  return undefined
}

/** Length of the container marker at `index` (`>`, `-`, `+`, `*`, `1.`, `1)`), or 0. */
function markerLength(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code === 62) return 1
  if (code === 45 || code === 43 || code === 42) return endsMarker(text.charCodeAt(index + 1)) ? 1 : 0
  let end = index
  while (end - index < 9 && isDigit(text.charCodeAt(end))) end++
  if (end === index) return 0
  const delimiter = text.charCodeAt(end)
  return (delimiter === 46 || delimiter === 41) && endsMarker(text.charCodeAt(end + 1)) ? end + 1 - index : 0
}

function endsMarker(code: number): boolean {
  return code === SPACE || code === TAB || code === LF || code === CR || Number.isNaN(code)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
