// French-aware edit costs for suggestions, in tenths of an ordinary edit: the
// mistakes French writers make most (accents, doubled consonants, swapped
// letters, `oe` for `œ`) cost less than an arbitrary typo.

/** Cost of one ordinary edit; the search allows two. */
export const EDIT = 10

export const Cost = {
  /** A letter the writer left out (`logciel` → `logiciel`). */
  insert: 8,
  /** A letter the writer typed in excess. */
  delete: 9,
  substitute: EDIT,
  /** Two adjacent letters swapped (`exsitantes` → `existantes`). */
  transpose: 5,
  /** Same letter, other accent (`e` → `é`, `c` → `ç`). */
  accent: 3,
  /** Same letter, other case (`paris` → `Paris`). */
  case: 2,
  /** A consonant doubled or undoubled (`aplication` → `application`). */
  double: 4,
  /** `oe` for `œ`, `ae` for `æ`, and back. */
  ligature: 2,
} as const

const base = new Map<number, number>()

/** The lower-case letter without diacritics, as a code unit (`É` → `e`). */
export function baseLetter(code: number): number {
  let value = base.get(code)
  if (value === undefined) {
    const stripped = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase()
    value = stripped.charCodeAt(0)
    base.set(code, value)
  }
  return value
}

/** Cost of writing `typed` where the dictionary has `expected`. */
export function substitution(typed: number, expected: number): number {
  if (typed === expected) return 0
  const a = baseLetter(typed)
  const b = baseLetter(expected)
  if (a !== b) return Cost.substitute
  // Same base letter: differ by case only, or by accent (maybe with case).
  const lowerA = String.fromCharCode(typed).toLowerCase()
  const lowerB = String.fromCharCode(expected).toLowerCase()
  return lowerA === lowerB ? Cost.case : Cost.accent
}

const vowels = new Set([...'aeiouyàâäéèêëîïôöùûüÿœæ'].map((letter) => letter.charCodeAt(0)))

/** Whether a letter doubled or undoubled is a cheap mistake (consonants only). */
export function isConsonant(code: number): boolean {
  const letter = baseLetter(code)
  return letter >= 0x61 && letter <= 0x7a && !vowels.has(letter)
}

export const LIGATURES: ReadonlyMap<number, string> = new Map([
  ['œ'.charCodeAt(0), 'oe'],
  ['Œ'.charCodeAt(0), 'Oe'],
  ['æ'.charCodeAt(0), 'ae'],
  ['Æ'.charCodeAt(0), 'Ae'],
])
