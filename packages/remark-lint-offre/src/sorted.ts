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
