// Case patterns of a word, used both to accept `Logiciel` at a sentence start
// or `ONU` in capitals, and to give suggestions the case the writer used.

/** The case shape of a word that matters for spelling. */
export type CasePattern = 'lower' | 'capitalized' | 'upper' | 'mixed'

/** Classifies `word`; words without cased letters count as lower case. */
export function casePattern(word: string): CasePattern {
  const lower = word.toLowerCase()
  if (word === lower) return 'lower'
  const upper = word.toUpperCase()
  // One letter in capitals (`A`) is both capitalised and upper; call it capitalised.
  const rest = word.slice(1)
  if (rest === rest.toLowerCase() && word.charAt(0) !== lower.charAt(0)) return 'capitalized'
  if (word === upper) return 'upper'
  return 'mixed'
}

/** `logiciel` → `Logiciel`. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** `Logiciel` → `logiciel`. */
export function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1)
}

/** Gives `word` (from the dictionary) the case pattern of what the writer typed. */
export function applyCase(word: string, pattern: CasePattern): string {
  if (pattern === 'upper') return word.toUpperCase()
  if (pattern === 'capitalized') return capitalize(word)
  return word
}
