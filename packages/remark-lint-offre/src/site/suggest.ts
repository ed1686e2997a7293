/**
 * "Did you mean": the closest candidates to a mistyped value by edit distance, for
 * dead links (the page that was probably meant), missing anchors, and unknown
 * configuration keys and rule ids.
 */

/** Levenshtein distance, or `undefined` when above `limit` (it stops early). */
export function editDistance(a: string, b: string, limit = Infinity): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k)
  for (let x = 1; x <= a.length; x++) {
    const current = [x]
    let rowMin = x
    for (let y = 1; y <= b.length; y++) {
      const value = Math.min((previous[y] ?? 0) + 1, (current[y - 1] ?? 0) + 1, (previous[y - 1] ?? 0) + (a[x - 1] === b[y - 1] ? 0 : 1))
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > limit) return undefined
    previous = current
  }
  const distance = previous[b.length] ?? 0
  return distance <= limit ? distance : undefined
}

/**
 * The candidates closest to `value`, best first, at most `count`; a candidate counts
 * when its distance is within a third of the value's length (at least 2).
 */
export function closest(value: string, candidates: Iterable<string>, count = 1): string[] {
  const limit = Math.max(2, Math.floor(value.length / 3))
  const scored: { candidate: string; distance: number }[] = []
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase(), limit)
    if (distance !== undefined && candidate !== value) scored.push({ candidate, distance })
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map((entry) => entry.candidate)
}
