/**
 * Part of the `punctuation` check of `offre-typography`, French pages only: French quotes
 * are « », with a space inside; English ones (`“bon”`) and straight ones (`"papier"`) are
 * for quotes inside quotes, and for English. A pair in one text (`le “bon” logement`,
 * `au "mieux-manger"`) is reported mark by mark, each with its French mark as the fix;
 * a pair inside « » is a quote in a quote, and left alone, and so are English text, a
 * template tag's arguments (`{% imageContent "./dependency.png" %}`) and a path.
 * (Grammalecte reports straight quotes one mark at a time; this finding is the one kept.)
 * An elided word before « takes no space: its apostrophe holds it to the quote
 * (`d’ « analyser »` → `d’« analyser »`).
 */
import type { VFile } from 'vfile'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { settingsOf } from '../settings.js'
import { looksEnglish } from './offre-typography-language.js'
import type { TextRange } from './offre-typography-text.js'

/**
 * A pair of English or straight quotes around a few words on one line, not around nothing;
 * single straight quotes (`dit 'vivant'`) only from outside a word to a word's end, so
 * that an apostrophe (`l'eau`, `Rénov'`) never opens or closes one.
 */
const QUOTED = /(“)([^“”"\n«»]{1,120}?)(”)|(?<![\p{L}\p{N}=])(")([^"\n«»]{1,120}?)(")(?![\p{L}\p{N}])|(?<![\p{L}\p{N}\p{M}='’])(')(\p{L}[^'\n«»]{0,80}?[\p{L}\p{N}.!?…])(')(?![\p{L}\p{N}'’])/gu

export function checkQuotes(ranges: TextRange[], file: VFile): void {
  const space = settingsOf(file).nbsp === 'source' ? '\u00a0' : ' '
  for (const range of ranges) {
    if (!/[“"']/.test(range.prose)) continue
    for (const match of range.prose.matchAll(QUOTED)) {
      const inner = match[2] ?? match[5] ?? match[8] ?? ''
      const index = match.index ?? 0
      // Around nothing but spaces or masked markup (`""`, an attribute), or a quote in « »: not a quotation to fix.
      if (!/\p{L}/u.test(inner) || inner.includes('\0')) continue
      if (insideGuillemets(range.prose, index) || insideTemplateTag(range.prose, index) || /^\S*[/\\]\S*$|^\.\S+$/.test(inner) || looksEnglish(range, index)) continue
      const written = match[0]
      const words = inner.trim()
      const shown = code(`« ${words} »`)
      const start = range.start + index
      const end = start + written.length
      // Each mark its finding and its fix (with its space), so that a fix inside the quotation stays apart.
      const leading = inner.length - inner.trimStart().length
      const trailing = inner.length - inner.trimEnd().length
      const kind = written.startsWith('“') ? 'English' : 'straight'
      say(file, {
        fr: `${code(written.charAt(0))} : guillemet ouvrant français dans ${code(written)}, écrire ${shown}`,
        en: `Unexpected ${kind} opening quote in ${code(written)}, expected ${shown}`,
        place: placeOf(file, start, start + 1),
        actual: written.charAt(0),
        expected: [`«${space}`],
        fix: { start, end: start + 1 + leading, text: `«${space}` },
      })
      say(file, {
        fr: `${code(written.charAt(written.length - 1))} : guillemet fermant français dans ${code(written)}, écrire ${shown}`,
        en: `Unexpected ${kind} closing quote in ${code(written)}, expected ${shown}`,
        place: placeOf(file, end - 1, end),
        actual: written.charAt(written.length - 1),
        expected: [`${space}»`],
        fix: { start: end - 1 - trailing, end, text: `${space}»` },
      })
    }
  }
}

/** Whether `index` is inside a template tag (`{% imageContent "./dependency.png", … %}`): code, not prose. */
function insideTemplateTag(prose: string, index: number): boolean {
  const line = prose.slice(prose.lastIndexOf('\n', index) + 1, index)
  return /\{[%{][^}]*$/.test(line)
}

/** Whether `index` is between a `«` and its `»` in `prose`: a quote inside a quotation. */
function insideGuillemets(prose: string, index: number): boolean {
  const before = prose.slice(0, index)
  return before.lastIndexOf('«') > before.lastIndexOf('»')
}

/** An elided word (`d’`, `l’`, `qu’`, `jusqu’`), spaces, then an opening «. */
const ELISION_BEFORE_QUOTE = /(?<![\p{L}\p{M}\d_-])(?:[dlcjmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)[’'](\s+)(?=«)/giu

/** `d’ « analyser »`: the space between an elision and its opening quote, which the fix takes out. */
export function checkElisionBeforeQuote(ranges: TextRange[], file: VFile): void {
  for (const range of ranges) {
    if (!range.prose.includes('«')) continue
    for (const match of range.prose.matchAll(ELISION_BEFORE_QUOTE)) {
      const spaces = match[1] as string
      const elided = match[0].slice(0, match[0].length - spaces.length)
      const start = range.start + (match.index ?? 0) + elided.length
      say(file, {
        fr: `${code(`${elided} «`)} : pas d’espace après l’apostrophe d’une élision, écrire ${code(`${elided}«`)}`,
        en: `Unexpected space between the elision ${code(elided)} and its quote, expected ${code(`${elided}«`)}`,
        place: placeOf(file, start, start + spaces.length),
        actual: spaces,
        expected: [''],
        fix: { start, end: start + spaces.length, text: '' },
      })
    }
  }
}
