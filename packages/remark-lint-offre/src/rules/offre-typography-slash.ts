/**
 * Part of the `punctuation` check of `offre-typography`: a slash between two words is
 * spaced on both sides or on neither (`GNU/Linux`, `lecture / écriture`), never on one
 * (`GNU/ Linux`, `Issues/ Pull requests`). Prose only: paths and URLs are not prose.
 * Fix: the space removed.
 */
import type { VFile } from 'vfile'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import type { TextRange } from './offre-typography-text.js'

/** A word, a slash and a space, a word; or a word, a space and a slash, a word. */
const ONE_SIDED = /(?<=\p{L}{2})(\/ +)(?=\p{L})|(?<=\p{L}{2})( +\/)(?=\p{L}{2})/gu

export function checkSlashSpaces(ranges: TextRange[], file: VFile): void {
  for (const range of ranges) {
    if (!range.prose.includes('/')) continue
    for (const match of range.prose.matchAll(ONE_SIDED)) {
      const actual = match[0]
      const start = range.start + (match.index ?? 0)
      const before = range.prose.slice(Math.max(0, (match.index ?? 0) - 30), match.index ?? 0)
      const word = /[\p{L}\p{N}]+$/u.exec(before)?.[0] ?? ''
      const next = /^[\p{L}\p{N}]+/u.exec(range.prose.slice((match.index ?? 0) + actual.length))?.[0] ?? ''
      say(file, {
        fr: `${code(`${word}${actual}${next}`)} : une barre oblique s’écrit sans espace ou avec une espace de chaque côté, écrire ${code(`${word}/${next}`)}`,
        en: `Unexpected space on one side of the slash in ${code(`${word}${actual}${next}`)}, expected ${code(`${word}/${next}`)}`,
        place: placeOf(file, start, start + actual.length),
        actual,
        expected: ['/'],
        fix: { start, end: start + actual.length, text: '/' },
      })
    }
  }
}
