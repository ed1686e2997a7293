/** Binary search over sorted offsets, shared by the rules that index a page's text. */

/** How many of the sorted `values` are at most `limit`. */
export function countAtMost(values: readonly number[], limit: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((values[middle] ?? 0) <= limit) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Whether an offset falls in any of the half-open source ranges `[from, to)`: the ranges
 * merged and sorted once, then a binary search, where `ranges.some(…)` for each word
 * made a page with thousands of links and words quadratic.
 */
export function inRanges(ranges: ReadonlyArray<readonly [number, number]>): (offset: number) => boolean {
  if (ranges.length === 0) return () => false
  const sorted = ranges.filter(([from, to]) => from < to).sort((a, b) => a[0] - b[0])
  const starts: number[] = []
  const ends: number[] = []
  for (const [from, to] of sorted) {
    const last = ends.length - 1
    if (last >= 0 && from <= (ends[last] as number)) ends[last] = Math.max(ends[last] as number, to)
    else {
      starts.push(from)
      ends.push(to)
    }
  }
  return (offset) => {
    // The last merged range starting at or before the offset.
    const at = countAtMost(starts, offset) - 1
    return at >= 0 && offset < (ends[at] as number)
  }
}
