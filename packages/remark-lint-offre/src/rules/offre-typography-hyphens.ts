/**
 * Part of the `punctuation` check of `offre-typography`, French pages only: a hyphen
 * between two words is spaced on neither side (`demandeur-agent`, a compound) and a dash
 * on both (`les travaux – ont été`, an aside); a hyphen spaced on one side only
 * (`demandeur- agent`, `(transport en commun) -Paris`) is one or the other, which the
 * editor chooses: no fix; but a word cut at a line's end and pasted (`communau- taire`)
 * is mended, where the dictionary knows the whole word and not its first part. Left alone: a hyphen suspended before `et`, `ou` or a comma
 * (`pré- et post-production`), list markers, numbers (`-15 %`), code and URLs.
 */
import { speller } from '@offre/spell-fr'
import type { VFile } from 'vfile'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { looksEnglish } from './offre-typography-language.js'
import type { TextRange } from './offre-typography-text.js'

/** A word (or a bracket) then `- ` then a word, or a word then ` -` then a word. */
const ONE_SIDED = /(?<=[\p{L}\p{M}]{2}|\))-( +)(?=\p{L})(?!(?:et|ou)(?![\p{L}\p{M}]))|(?<=[\p{L}\p{M}]{2}|\))( +)-(?=[\p{L}\p{M}]{2})/gu

/** What every match holds, far cheaper to test (most hyphens are a compound's). */
const ONE_SIDED_HINT = /[\p{L}\p{M})]- | -\p{L}/u

export function checkOneSidedHyphens(ranges: TextRange[], file: VFile): void {
  for (const range of ranges) {
    if (!ONE_SIDED_HINT.test(range.prose)) continue
    for (const match of range.prose.matchAll(ONE_SIDED)) {
      const index = match.index ?? 0
      if (looksEnglish(range, index)) continue
      const written = match[0]
      const before = /[\p{L}\p{M}\p{N})]+$/u.exec(range.prose.slice(Math.max(0, index - 30), index))?.[0] ?? ''
      const after = /^[\p{L}\p{M}\p{N}]+/u.exec(range.prose.slice(index + written.length))?.[0] ?? ''
      const shown = code(`${before}${written}${after}`)
      const start = range.start + index
      const place = placeOf(file, start, start + written.length)
      // A word cut at the end of a line, pasted from a document (`communau- taire`): the word, mended.
      const joined = before + after
      if (written.startsWith('-') && !speller().lookup(before.toLowerCase()) && speller().lookup(joined.toLowerCase())) {
        say(file, {
          fr: `${shown} : mot coupé, écrire ${code(joined)}`,
          en: `Unexpected word break in ${shown}, expected ${code(joined)}`,
          place,
          actual: written,
          expected: [''],
          fix: { start, end: start + written.length, text: '' },
        })
        continue
      }
      const aside = `${before} – ${after}`
      // After a bracket, no compound: an aside.
      const compound = before.endsWith(')') ? undefined : `${before}-${after}`
      say(file, {
        fr: `${shown} : trait d’union espacé d’un seul côté, écrire ${compound === undefined ? '' : `${code(compound)} (mot composé) ou `}${code(aside)} (incise, tiret)`,
        en: `Unexpected hyphen spaced on one side in ${shown}, expected ${compound === undefined ? '' : `${code(compound)} (a compound) or `}${code(aside)} (an aside, a dash)`,
        place,
        actual: written,
        expected: compound === undefined ? [' – '] : ['-', ' – '],
      })
    }
  }
}
