/**
 * The number checks of `offre-typography`, French pages only:
 * - ordinal abbreviations as French typography writes them (Imprimerie nationale,
 *   the Lexique): `1er`, `1re`, `2e`, `20e`, never `1ère`, `2ème`, `3ième`, `2eme`
 *   (`2nd`, `2nde` are correct and left alone); the fix writes the letters on the line,
 *   as the site has no superscript in markdown;
 * - the space before `%` after a number: `100%` → `100 %` (the renderer makes it a
 *   narrow no-break space; with `nbsp: 'source'` the fix writes U+202F itself).
 * Each on the prose only: code, URLs (`%20`) and HTML are never checked.
 */
import type { VFile } from 'vfile'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { settingsOf } from '../settings.js'
import { looksEnglish } from './offre-typography-language.js'
import type { TextRange } from './offre-typography-text.js'

/** `1ère`, `2ème`, `3ièmes`, `17eme`: a number, then a wrong ordinal ending, then no more letter or digit. */
const ORDINAL = /(?<![\p{L}\p{N}_.,-])(\d{1,4})((?:i?[eèé]re|i?[eèé]me)s?)(?![\p{L}\p{M}\p{N}_])/giu

/** `100%`, `12,5%`: a digit right before `%`, which ends the word. */
const PERCENT = /(?<=\p{N})%(?![\p{L}\p{N}_%])/gu

export function checkNumbers(ranges: TextRange[], file: VFile): void {
  const nbsp = settingsOf(file).nbsp === 'source' ? '\u202f' : ' '
  for (const range of ranges) {
    if (!/\d/.test(range.prose)) continue
    for (const match of range.prose.matchAll(ORDINAL)) {
      const [written, number = '', ending = ''] = match
      const index = match.index ?? 0
      if (looksEnglish(range, index)) continue
      const plural = /s$/i.test(ending) ? 's' : ''
      const feminine = /re/i.test(ending)
      // `1ère` is `1re`, any other `e` (`2ème`, `2ère`: `2e`); `1ème` is `1er` or `1re`, which the text decides.
      const expected = number !== '1' ? [`${number}e${plural}`] : feminine ? [`1re${plural}`] : [`1er${plural}`, `1re${plural}`]
      const start = range.start + index
      const end = start + written.length
      const shown = expected.map(code).join(' ou ')
      say(file, {
        fr: `${code(written)} : abréviation d’ordinal fautive, écrire ${shown}`,
        en: `Unexpected ordinal abbreviation ${code(written)}, expected ${expected.map(code).join(' or ')}`,
        place: placeOf(file, start, end),
        actual: written,
        expected,
        ...(expected.length === 1 ? { fix: { start: start + number.length, end, text: (expected[0] as string).slice(number.length) } } : {}),
      })
    }
    if (!range.prose.includes('%')) continue
    for (const match of range.prose.matchAll(PERCENT)) {
      const index = match.index ?? 0
      if (looksEnglish(range, index)) continue
      const number = /\d(?:[\d,.\u00a0\u202f]*\d)?$/u.exec(range.prose.slice(Math.max(0, index - 24), index))?.[0] ?? ''
      const start = range.start + index
      const expected = `${number}${nbsp}%`
      say(file, {
        fr: `Il manque une espace avant ${code('%')} : écrire ${code(expected)}`,
        en: `Missing space before ${code('%')}, expected ${code(expected)}`,
        place: placeOf(file, start, start + 1),
        actual: '%',
        expected: [`${nbsp}%`],
        fix: { start, end: start, text: nbsp },
      })
    }
  }
}
