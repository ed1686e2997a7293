/** Conversions from unist positions to the model's always-complete spans. */
import type { Node } from 'unist'
import type { Point, Span } from './schema.js'

const ORIGIN: Point = { line: 1, column: 1, offset: 0 }

export function spanOf(node: Node | undefined): Span {
  const start = node?.position?.start
  const end = node?.position?.end
  return {
    start: start ? { line: start.line, column: start.column, offset: start.offset ?? 0 } : ORIGIN,
    end: end ? { line: end.line, column: end.column, offset: end.offset ?? 0 } : start ? spanOf(node).start : ORIGIN,
  }
}

/** The span from the start of `first` to the end of `last`. */
export function spanBetween(first: Node | undefined, last: Node | undefined): Span {
  return { start: spanOf(first).start, end: spanOf(last ?? first).end }
}

export const EMPTY_SPAN: Span = { start: ORIGIN, end: ORIGIN }
