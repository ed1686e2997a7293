/**
 * Edit distance between words, for deciding whether an unknown word is a typo of
 * a known one (close) or a word of another language or a name (far). Optimal
 * string alignment (Damerau–Levenshtein with adjacent swaps), on lower-case
 * letters with accents removed: `Evaluer` and `évaluer` are at distance 0.
 */

export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').toLowerCase()
}

export function distance(a: string, b: string): number {
  const s = fold(a)
  const t = fold(b)
  const rows: number[][] = []
  for (let i = 0; i <= s.length; i++) rows.push([i, ...Array<number>(t.length).fill(0)])
  for (let j = 0; j <= t.length; j++) rows[0]![j] = j
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = best
    }
  }
  return rows[s.length]![t.length]!
}

/** Whether `suggestion` is close enough to `word` to call `word` a typo of it. */
export function isCloseTypo(word: string, suggestion: string): boolean {
  const length = fold(word).length
  return distance(word, suggestion) <= (length <= 7 ? 1 : 2)
}
