/**
 * Places for tools that edit the file: each finding's range in UTF-8 byte columns too
 * (the Reviewdog Diagnostic Format counts bytes, `é` is 2), and the safe fix that
 * `--fix` applies for it, as a range and its replacement. Only the fixes that one pass
 * of `applyFixes` applies are kept: applying every one of them gives `--fix`'s first
 * pass, never two edits of one range. Computed in the worker, where the source is.
 */
import { applyFixes, fixOf, type Fix } from 'remark-lint-offre'
import { location } from 'vfile-location'
import type { VFileMessage } from 'vfile-message'
import type { Finding } from '../reporters/finding.js'

export interface SourcePoints {
  /** Line and UTF-16 column (1-based) of an offset. */
  point(offset: number): { line: number; column: number }
  /** The UTF-8 byte column (1-based) of a line and UTF-16 column. */
  byteColumn(line: number, column: number): number
}

/** Points of a text, lines ended by CRLF, LF or CR as micromark counts them (vfile-location). */
export function sourcePoints(text: string): SourcePoints {
  const index = location(text)
  return {
    point(offset) {
      const point = index.toPoint(offset)
      return point === undefined ? { line: 1, column: offset + 1 } : { line: point.line, column: point.column }
    },
    byteColumn(line, column) {
      const start = index.toOffset({ line, column: 1 })
      if (start === undefined) return column
      return Buffer.byteLength(text.slice(start, start + column - 1), 'utf8') + 1
    },
  }
}

/** The fixes that one pass of `applyFixes` applies, by message: what `--fix`'s first pass writes, never two edits of one range. */
export function appliedFixes(source: string, messages: readonly VFileMessage[]): Map<VFileMessage, Fix> {
  const fixes = new Map<VFileMessage, Fix>()
  for (const message of applyFixes(source, messages).applied) {
    const fix = fixOf(message)
    if (fix !== undefined) fixes.set(message, fix)
  }
  return fixes
}

/** Adds `bytes` and `fix` to the findings made from `messages` (same order, one each). */
export function addEditPlaces(source: string, messages: readonly VFileMessage[], findings: Finding[]): void {
  const points = sourcePoints(source)
  const applied = appliedFixes(source, messages)
  messages.forEach((message, index) => {
    const finding = findings[index] as Finding
    finding.bytes = { column: points.byteColumn(finding.line, finding.column), endColumn: points.byteColumn(finding.endLine, finding.endColumn) }
    const fix = applied.get(message)
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
