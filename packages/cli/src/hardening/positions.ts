/**
 * Line and column of an offset in a text, counted here rather than by the
 * libraries under test: lines end at CR, LF or CRLF, as in the parser.
 */
export interface TextPoint {
  line: number
  column: number
  offset: number
}

export function lineStarts(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push((match.index ?? 0) + match[0].length)
  return starts
}

export function pointAt(starts: number[], offset: number): TextPoint {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] as number) <= offset) low = middle
    else high = middle - 1
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1, offset }
}

export function offsetAt(starts: number[], point: { line: number; column: number }): number {
  return (starts[point.line - 1] ?? 0) + point.column - 1
}
