/**
 * Edits of `offre-no-presentational-html` that remove whole lines: a spacer block
 * (`<br/>` alone between two sections) goes with one of the blank lines around it, so
 * that exactly one blank line separates the blocks left, and a second `--fix` has
 * nothing more to do.
 */
import type { Fix } from '../fix.js'

export function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1
}

export function lineEnd(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset)
  return newline === -1 ? source.length : newline
}

function isBlank(source: string, start: number, end: number): boolean {
  return /^[ \t]*$/.test(source.slice(start, end))
}

/**
 * Removes the lines of the block `[start, end)` (which must be alone on its lines)
 * and the blank line before it when a blank line or the end of the file follows;
 * otherwise (a heading or the front matter right above) only the block's lines.
 */
export function removeBlockFix(source: string, start: number, end: number): Fix | undefined {
  const first = lineStart(source, start)
  const last = lineEnd(source, end)
  if (!isBlank(source, first, start) || !isBlank(source, end, last)) return undefined
  const afterLast = last < source.length ? last + 1 : last
  const nextEnd = lineEnd(source, afterLast)
  const nextBlank = afterLast >= source.length || isBlank(source, afterLast, nextEnd)
  if (first > 0) {
    const previousStart = lineStart(source, first - 1)
    if (isBlank(source, previousStart, first - 1) && nextBlank) {
      // `para\n\n<br/>` at the end of the file: the newline before the blank line goes too.
      const from = afterLast === last && previousStart > 0 ? previousStart - 1 : previousStart
      return { start: from, end: afterLast, text: '' }
    }
    return { start: first, end: afterLast, text: '' }
  }
  // At the top of the file, the blank line after the block goes with it.
  return { start: first, end: nextBlank && nextEnd < source.length ? nextEnd + 1 : afterLast, text: '' }
}

/** Removes the whole line holding `[start, end)` (a `<br/>` line inside an HTML block). */
export function removeLineFix(source: string, start: number, end: number): Fix | undefined {
  const first = lineStart(source, start)
  const last = lineEnd(source, end)
  if (first === 0 || last >= source.length) return undefined
  return { start: first, end: last + 1, text: '' }
}

/**
 * `fix` made to start on the line of `offset` (where the finding is), or `undefined`:
 * as it is when it starts on that line already; else, when it removes text before
 * that line that also follows its end (the blank line before a spacer is the blank
 * line after it), the same removal moved forward, which gives the same text.
 */
export function onLineOf(source: string, fix: Fix, offset: number): Fix | undefined {
  if (fix.start >= lineStart(source, offset)) return fix
  const shift = offset - fix.start
  if (fix.text !== '' || fix.end < offset || source.slice(fix.start, offset) !== source.slice(fix.end, fix.end + shift)) return undefined
  return { start: offset, end: fix.end + shift, text: '' }
}
