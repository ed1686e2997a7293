// Splits French text into the words a spelling checker should look at: runs
// of letters joined by inner apostrophes or hyphens (`aujourd’hui`,
// `existe-t-il`), leaving out numbers and anything containing digits.

/** A word of the text and its UTF-16 offsets (`end` exclusive). */
export interface WordToken {
  readonly word: string
  readonly start: number
  readonly end: number
}

const token = /[\p{L}\p{M}\p{N}]+(?:['’ʼ-][\p{L}\p{M}\p{N}]+)*/gu
const digit = /\p{N}/u

/**
 * Yields the words of `text` in order.
 *
 * @example
 * [...words("L’API existe-t-il en 2024 ?")].map((token) => token.word)
 * // → ['L’API', 'existe-t-il']
 */
export function* words(text: string): Generator<WordToken> {
  for (const match of text.matchAll(token)) {
    const word = match[0]
    // `3D`, `1er`, `H2O`: codes and numbers, not words to spell-check.
    if (digit.test(word)) continue
    const start = match.index
    yield { word, start, end: start + word.length }
  }
}
