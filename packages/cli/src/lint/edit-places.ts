/**
 * Places for tools that edit the file: each finding's range in UTF-8 byte columns too
 * (the Reviewdog Diagnostic Format counts bytes, `é` is 2), and the safe fix that
 * `--fix` applies for it, as a range and its replacement. Only the fixes that one pass
 * of `applyFixes` applies are kept: applying every one of them gives `--fix`'s first
 * pass, never two edits of one range. Computed in the worker, where the source is.
 */
import { applyFixes, fixOf } from 'remark-lint-offre'
import type { VFileMessage } from 'vfile-message'
import type { Finding } from '../reporters/finding.js'

/** Line starts (offsets) of a text, with micromark's line endings: CRLF, LF or CR. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  return starts
}

export interface SourcePoints {
  /** Line and UTF-16 column (1-based) of an offset. */
  point(offset: number): { line: number; column: number }
  /** The UTF-8 byte column (1-based) of a line and UTF-16 column. */
  byteColumn(line: number, column: number): number
}

export function sourcePoints(text: string): SourcePoints {
  const starts = lineStarts(text)
  return {
    point(offset) {
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if ((starts[middle] as number) <= offset) low = middle
        else high = middle - 1
      }
      return { line: low + 1, column: offset - (starts[low] as number) + 1 }
    },
    byteColumn(line, column) {
      const start = starts[line - 1]
      if (start === undefined) return column
      return Buffer.byteLength(text.slice(start, start + column - 1), 'utf8') + 1
    },
  }
}

/** Adds `bytes` and `fix` to the findings made from `messages` (same order, one each). */
export function addEditPlaces(source: string, messages: readonly VFileMessage[], findings: Finding[]): void {
  const points = sourcePoints(source)
  const applied = new Set(applyFixes(source, messages).applied)
  messages.forEach((message, index) => {
    const finding = findings[index] as Finding
    finding.bytes = { column: points.byteColumn(finding.line, finding.column), endColumn: points.byteColumn(finding.endLine, finding.endColumn) }
    const fix = applied.has(message) ? fixOf(message) : undefined
    if (fix === undefined) return
    const start = points.point(fix.start)
    const end = points.point(fix.end)
    finding.fix = {
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      byteColumn: points.byteColumn(start.line, start.column),
      byteEndColumn: points.byteColumn(end.line, end.column),
      text: fix.text,
    }
  })
}
