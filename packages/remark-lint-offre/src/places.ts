/** Source offsets to line/column places, computed once per file. */
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { Place } from './report.js'

const cache = new WeakMap<VFile, ReturnType<typeof location>>()

export function placeOf(file: VFile, start: number, end: number): Place {
  let index = cache.get(file)
  if (index === undefined) {
    index = location(file)
    cache.set(file, index)
  }
  const a = index.toPoint(start) ?? { line: 1, column: 1, offset: start }
  const b = index.toPoint(end) ?? a
  return { start: a, end: b }
}
