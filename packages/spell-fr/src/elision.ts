// The French elided articles and pronouns (`l'`, `qu'`, `jusqu'`…). The
// automaton stores `l'avion` as `avion` followed by a private-use marker for
// `l'`, so the several million elided forms of the dictionary share the trie
// of their bare words instead of repeating it after each elision.

/** Elisions in the order of their markers; never reorder (the data depends on it). */
export const elisions = ['l', 'd', 'qu', 'n', 'm', 't', 's', 'j', 'c', 'ç', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'] as const

/** First code unit of the markers, in the Unicode private use area. */
export const markerBase = 0xe000

const elisionPattern = new RegExp(`^(${[...elisions].sort((a, b) => b.length - a.length).join('|')})'(.+)$`, 'iu')

/**
 * Splits `l'avion` into the marker code of `l'` and `avion`; `undefined` when
 * the word does not start with a known elision. Expects `'`, not `’`.
 */
export function splitElision(word: string): { marker: number; elision: string; rest: string } | undefined {
  const match = elisionPattern.exec(word)
  if (match === null) return undefined
  const elision = match[1] ?? ''
  const index = (elisions as readonly string[]).indexOf(elision.toLowerCase())
  return { marker: markerBase + index, elision, rest: match[2] ?? '' }
}

/** Whether a code unit is an elision marker rather than a letter. */
export function isMarker(code: number): boolean {
  return code >= markerBase && code < markerBase + elisions.length
}
