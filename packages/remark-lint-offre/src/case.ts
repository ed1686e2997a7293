/** Carrying the case pattern of a found word over to its correction. */

export function isUpper(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase()
}

/** `Logciel` → `Logiciel`, `LOGCIEL` → `LOGICIEL`, `logciel` → `logiciel`. */
export function matchCase(found: string, correction: string): string {
  if (found.length > 1 && isUpper(found)) return correction.toUpperCase()
  const first = found.charAt(0)
  if (first !== first.toLowerCase()) return correction.charAt(0).toUpperCase() + correction.slice(1)
  return correction
}

/** French words: letters (accented too), with inner apostrophes and hyphens. */
export const WORD = /(?<![\p{L}\p{M}\d_-])\p{L}[\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*(?![\p{L}\p{M}\d_])/gu
