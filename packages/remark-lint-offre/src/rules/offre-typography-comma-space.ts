/**
 * Part of the `punctuation` check of `offre-typography`: no space before a comma or a
 * full stop (`transports en communs , 9 %`, `notifié le 28/03/2025 .`). Only where the
 * mark ends a word's clause: a space, the end of the text or of the line after it, not
 * a file extension (`fichier .yml`), a decimal (`3 ,5`) or an ellipsis (`et ...`). A
 * space before a link's end and the mark after it (`[titre ](…),`) is
 * `checkLinkEdges`'s. Fix: the spaces removed.
 *
 * And a space after a full stop between two sentences (`dans d'autres domaines.GLAD POUR
 * TOUS`, `du patrimoine.Plus de 350`): a word of the dictionary, the stop, a capitalised
 * word; not a name with a dot (`Data.Subvention`, `data.gouv.fr`). Fix: the space.
 */
import type { VFile } from 'vfile'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { speller } from '@offre/spell-fr'
import type { TextRange } from './offre-typography-text.js'

/** Spaces (not a line break) between a word, a bracket or emphasis, and `,` or `.` followed by a space or the end. */
const SPACE_BEFORE = /[ \t\u00a0\u202f]+([,.])(?=[\s\0]|$)/gu
/** What the spaces may follow for the mark to be the clause's: a word, a closing bracket or quote, emphasis. */
const BEFORE = /[\p{L}\p{N}\p{M})\]»”*_`]/u

export function checkSpaceBeforeCommaStop(ranges: TextRange[], file: VFile): void {
  const source = String(file.value ?? '')
  for (const range of ranges) {
    if (!/ [,.]/u.test(range.prose)) continue
    for (const match of range.prose.matchAll(SPACE_BEFORE)) {
      const index = match.index ?? 0
      const start = range.start + index
      const mark = match[1] as string
      if (!BEFORE.test(source[start - 1] ?? '')) continue
      const end = start + match[0].length
      const word = /[\p{L}\p{N}\p{M}]+[)\]»”*_`]*$/u.exec(source.slice(Math.max(0, start - 30), start))?.[0] ?? ''
      say(file, {
        fr: `Espace avant ${code(mark)} : écrire ${code(`${word}${mark}`)}`,
        en: `Unexpected space before ${code(mark)}, expected ${code(`${word}${mark}`)}`,
        place: placeOf(file, start, end),
        actual: match[0],
        expected: [mark],
        fix: { start, end, text: mark },
      })
    }
  }
}

/** A lower-case word of three letters or more, a full stop, a capitalised word (`domaines.Plus`, `numérique.GLAD`). */
const NO_SPACE_AFTER_STOP = /(?<=(?<![\p{L}\p{M}\d_@/.:-])(\p{Ll}[\p{Ll}\p{M}]{2,}))\.(?=\p{Lu}[\p{L}\p{M}])/gu

export function checkSpaceAfterStop(ranges: TextRange[], file: VFile): void {
  const french = speller()
  for (const range of ranges) {
    if (!/\p{Ll}\.\p{Lu}/u.test(range.prose)) continue
    for (const match of range.prose.matchAll(NO_SPACE_AFTER_STOP)) {
      const index = match.index ?? 0
      const word = match[1] as string
      // A file or a domain's name (`index.Html`), or the next word glued to more of a name (`Data.Subvention.fr`): not a sentence's end.
      const next = /^[\p{L}\p{M}]+(?:[.\/@_-][\p{L}\p{M}\d])?/u.exec(range.prose.slice(index + 1))?.[0] ?? ''
      if (/[.\/@_-]/.test(next) || !french.lookup(word)) continue
      const start = range.start + index + 1
      const shown = `${word}. ${next}`
      say(file, {
        fr: `Il manque une espace après le point : écrire ${code(shown)}`,
        en: `Missing space after the full stop, expected ${code(shown)}`,
        place: placeOf(file, start - 1, start),
        actual: '.',
        expected: ['. '],
        fix: { start, end: start, text: ' ' },
      })
    }
  }
}
