/**
 * The number checks of `offre-typography`, French pages only:
 * - ordinal abbreviations as French typography writes them (Imprimerie nationale,
 *   the Lexique): `1er`, `1re`, `2e`, `20e`, never `1ère`, `2ème`, `3ième`, `2eme`
 *   (`2nd`, `2nde` are correct and left alone); the fix writes the letters on the line,
 *   as the site has no superscript in markdown;
 * - large numbers grouped by thousands: `12000 dépôts` → `12 000 dépôts`, and by spaces,
 *   not commas: `50,000 habitants` → `50 000 habitants`;
 * - the space between a number and its unit: `100%` → `100 %`, `10000€`, `30min`,
 *   `7,5Mo` (the renderer makes it a narrow no-break space; with `nbsp: 'source'` the
 *   fix writes U+202F itself).
 * Each on the prose only: code, URLs (`%20`) and HTML are never checked.
 */
import type { VFile } from 'vfile'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { settingsOf } from '../settings.js'
import { looksEnglish } from './offre-typography-language.js'
import type { TextRange } from './offre-typography-text.js'

/** `1ère`, `2ème`, `3ièmes`, `17eme`, `2nd`: a number, then a wrong ordinal ending, then no more letter or digit. */
const ORDINAL = /(?<![\p{L}\p{N}_.,-])(\d{1,4})((?:i?[eèé]re|i?[eèé]me|(?<=(?<!\d)2)nde?)s?)(?![\p{L}\p{M}\p{N}_])/giu

/**
 * `100%`, `12,5%`, `10000€`, `30min`, `7,5Mo`: a unit written against its number
 * (the sign `%`, the euro, minutes, the units of size and distance a page gives, degrees
 * Celsius `40°C`, energy and power `5kWh`, surfaces `20m²`, `3ha`, grams `135g`; an angle's `°`
 * stays against its number).
 */
const UNIT = /(?<=\p{N})(?:%|€|[kM]€|Md€|min|km|kg|mg|g|[KMGT]o|[KMGT]io|°C|°F|[kMGT]Wh|[kMG]W|km²|m²|ha)(?![\p{L}\p{N}_%€²])/gu

/**
 * `12000 dépôts`, `500000 le nombre`, `10000€`: a number of five digits or more, not
 * grouped by thousands, followed by a word or a unit (a quantity: a postal code is
 * followed by its city, capitalised; an identifier or a year is not matched).
 */
const LARGE = /(?<![\p{L}\p{N}_.,/:#=?&%-])\d{5,}(?=[ \u00a0\u202f]*(?:\p{Ll}|€|%))/gu

/**
 * `1500 utilisateurs`, `2000 personnes`, `2500 euros`: a number of four digits before a
 * word in the plural or a sum of money is a quantity, grouped like the larger ones (the
 * Lexique: `1 500`); a year is not followed by a plural noun (`en 2023 les`, `depuis
 * 2019 auprès`: a function word, left alone, like an identifier).
 */
const FOUR_DIGITS = /(?<![\p{L}\p{N}_.,/:#=?&%'’-])[1-9]\d{3}(?=[ \u00a0\u202f]+(?:€|k€|euros?(?![\p{L}\p{N}])|(\p{Ll}[\p{Ll}-]*[sx])(?![\p{L}\p{N}_'’-])))/gu

/** Words in `s` or `x` that follow a year, not a quantity (`en 2023 dans`, `2019 auprès`). */
const NOT_COUNTED = new Set(['dans', 'sans', 'sous', 'vers', 'plus', 'puis', 'depuis', 'alors', 'après', 'auprès', 'près', 'dès', 'tous', 'toutes', 'nous', 'vous', 'les', 'des', 'mes', 'tes', 'ses', 'ces', 'leurs', 'nos', 'vos', 'très', 'jamais', 'toujours', 'moins', 'lors', 'hors', 'mais', 'plusieurs', 'certains', 'certaines', 'quelques', 'divers', 'diverses', 'nombreux', 'nombreuses', 'deux', 'trois', 'aux', 'ceux', 'tels', 'telles', 'chez', 'ans'])

/**
 * `50,000 habitants`, `3,500 €`: thousands grouped by commas, the English way (in French,
 * a comma marks decimals, and no one writes three decimals of people); before a word in
 * lower case or a unit, so that a list of numbers (`1,2,3`) or a version is not matched.
 */
const COMMA_GROUPED = /(?<![\p{L}\p{N}_.,/:#=?&%-])\d{1,3}(?:,\d{3})+(?![\p{N}]|[.,]\p{N})(?=[ \u00a0\u202f]*(?:\p{Ll}|€|%))/gu

/** The unit written at `index` of `prose` (`€` in `10000€`), if any. */
function unitAt(prose: string, index: number): string | undefined {
  const unit = new RegExp(UNIT.source, 'uy')
  unit.lastIndex = index
  return unit.exec(prose)?.[0]
}

/** `n° 123456`, `numéro 12345 du`: the number at `index` is an identifier, never grouped. */
function isIdentifier(prose: string, index: number): boolean {
  return /(?:\bn[°º]|\bnuméro|\bno\.?|#)[ \u00a0\u202f]*$/iu.test(prose.slice(Math.max(0, index - 12), index))
}

/** `12000` → `12 000`, with `space` between the groups. */
function grouped(digits: string, space: string): string {
  return digits.replace(/\B(?=(?:\d{3})+$)/g, space)
}

/** `714k patients`, `(plus de 25K)`: thousands written `k`, before a word or a closing bracket. */
const THOUSANDS_K = /(?<![\p{L}\p{N}_.,€$-])(\d{1,3})[kK](?=[ \u00a0]+\p{Ll}|\))/gu
/** A digit opening a sentence of a paragraph (`3 projets sont en investigation`), before a word. */
const DIGIT_OPENING = /(?<![\p{L}\p{N}_.,/:-])([1-9])(?=[ \u00a0](\p{Ll}[\p{Ll}\p{M}]{2,}))/gu
const NUMBER_WORDS = ['', 'Un', 'Deux', 'Trois', 'Quatre', 'Cinq', 'Six', 'Sept', 'Huit', 'Neuf']
const MONTH_OR_UNIT = /^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|min|km|kg|mois|heures?|minutes?|secondes?)$/u

/**
 * A number opening a sentence is written in words (the Lexique: `Trois projets sont en
 * investigation`): a single digit, in a paragraph (not a list item, a heading or a table,
 * where figures stand for themselves), before a word that is no month or unit. `1` is `Un` or
 * `Une`, as the noun decides: no fix then.
 */
function checkDigitOpenings(range: TextRange, file: VFile, source: string): void {
  for (const match of range.prose.matchAll(DIGIT_OPENING)) {
    const index = match.index ?? 0
    const start = range.start + index
    if (MONTH_OR_UNIT.test(match[2] ?? '') || !opensParagraphSentence(source, start) || looksEnglish(range, index)) continue
    const digit = Number(match[1])
    const expected = digit === 1 ? ['Un', 'Une'] : [NUMBER_WORDS[digit] as string]
    say(file, {
      fr: `${code(match[1] ?? '')} : un nombre en tête de phrase s’écrit en lettres, écrire ${expected.map(code).join(' ou ')}`,
      en: `Unexpected figure opening a sentence, expected ${expected.map(code).join(' or ')}`,
      place: placeOf(file, start, start + 1),
      actual: match[1] ?? '',
      expected,
      ...(expected.length === 1 ? { fix: { start, end: start + 1, text: expected[0] as string } } : {}),
    })
  }
}

/**
 * Whether `offset` opens a sentence of a paragraph: the paragraph's start (a blank line or the
 * page's start before it) or right after a sentence's `.`, `!` or `?` and a space or a line
 * break. Not after a
 * bracket, a colon, emphasis or a list's marker (`(5 entretiens)`, `: 2 polarités`, `**4
 * milliards**`, `- 6 ans`), where a figure stands as figures do.
 */
function opensParagraphSentence(source: string, offset: number): boolean {
  const before = source.slice(Math.max(0, offset - 40), offset)
  if (/[\p{L}\p{N})»*_][.!?][*_]*(?:[ \u00a0]+|[ \u00a0]*\n[ \t]*)$/u.test(before)) return !/(?:^|\n)[ \t]*(?:[-*+>|#]|\d+[.)])[^\n]*$/u.test(before)
  return offset === 0 || /\n[ \t]*\n$/.test(before) || (offset < 40 && /^\s*$/.test(before))
}

function checkThousandsK(range: TextRange, file: VFile, nbsp: string): void {
  for (const match of range.prose.matchAll(THOUSANDS_K)) {
    const index = match.index ?? 0
    if (looksEnglish(range, index)) continue
    const start = range.start + index
    const written = match[0]
    const number = match[1] ?? ''
    const expected = `${number}${nbsp}000`
    say(file, {
      fr: `${code(written)} : écrire les milliers en chiffres, ${code(`${number} 000`)}`,
      en: `Unexpected ${code(written)} for thousands, expected ${code(`${number} 000`)}`,
      place: placeOf(file, start, start + written.length),
      actual: written,
      expected: [expected],
      fix: { start, end: start + written.length, text: expected },
    })
  }
}

export function checkNumbers(ranges: TextRange[], file: VFile): void {
  const nbsp = settingsOf(file).nbsp === 'source' ? '\u202f' : ' '
  const source = String(file.value ?? '')
  for (const range of ranges) {
    if (!/\d/.test(range.prose)) continue
    checkDigitOpenings(range, file, source)
    if (/\d[kK]/.test(range.prose)) checkThousandsK(range, file, nbsp)
    for (const match of range.prose.matchAll(ORDINAL)) {
      const [written, number = '', ending = ''] = match
      const index = match.index ?? 0
      if (looksEnglish(range, index)) continue
      const plural = /s$/i.test(ending) ? 's' : ''
      const feminine = /re/i.test(ending)
      // `1ère` is `1re`, any other `e` (`2ème`, `2ère`: `2e`); `1ème` is `1er` or `1re`, which the text decides.
      // `2nd`, `2nde`: English's ending; French writes `2d`, `2de` (second) or `2e` (deuxième).
      const second = /^nd/i.test(ending) ? [`2d${/e/i.test(ending) ? 'e' : ''}${plural}`, `2e${plural}`] : undefined
      const expected = second ?? (number !== '1' ? [`${number}e${plural}`] : feminine ? [`1re${plural}`] : [`1er${plural}`, `1re${plural}`])
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
    if (range.prose.includes(',')) {
      for (const match of range.prose.matchAll(COMMA_GROUPED)) {
        const index = match.index ?? 0
        if (looksEnglish(range, index)) continue
        const written = match[0]
        const start = range.start + index
        const expected = written.replace(/,/g, nbsp)
        say(file, {
          fr: `${code(written)} : la virgule marque les décimales en français, grouper les milliers par des espaces : ${code(written.replace(/,/g, ' '))}`,
          en: `Unexpected comma as a thousands separator in ${code(written)}, expected ${code(written.replace(/,/g, ' '))}`,
          place: placeOf(file, start, start + written.length),
          actual: written,
          expected: [expected],
          fix: { start, end: start + written.length, text: expected },
        })
      }
    }
    // Where a reported large number ends: its unit's space is in that finding's fix.
    const groupedEnds = new Set<number>()
    const quantities = [...range.prose.matchAll(LARGE), ...[...range.prose.matchAll(FOUR_DIGITS)].filter((match) => !NOT_COUNTED.has(match[1] ?? ''))]
    for (const match of quantities) {
      const index = match.index ?? 0
      if (isIdentifier(range.prose, index)) continue
      if (looksEnglish(range, index)) continue
      const digits = match[0]
      groupedEnds.add(index + digits.length)
      const start = range.start + index
      // A unit right against it (`10000€`): its space too, in one fix (the unit check leaves it).
      const unit = unitAt(range.prose, index + digits.length)
      const expected = grouped(digits, nbsp) + (unit === undefined ? '' : nbsp)
      const shown = grouped(digits, ' ') + (unit === undefined ? '' : ` ${unit}`)
      say(file, {
        fr: `${code(digits + (unit ?? ''))} : grand nombre sans espaces entre les milliers, écrire ${code(shown)}`,
        en: `Unexpected large number ${code(digits + (unit ?? ''))} without thousands separators, expected ${code(shown)}`,
        place: placeOf(file, start, start + digits.length),
        actual: digits,
        expected: [expected],
        fix: { start, end: start + digits.length, text: expected },
      })
    }
    for (const match of range.prose.matchAll(UNIT)) {
      const index = match.index ?? 0
      const unit = match[0]
      if (looksEnglish(range, index)) continue
      // After a large number not grouped (`10000€`), the grouping's finding gives the unit its space.
      if (groupedEnds.has(index)) continue
      // The number as written, its groups of thousands too (`10 000`), for the message.
      const number = /(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d(?:[\d,.]*\d)?)$/u.exec(range.prose.slice(Math.max(0, index - 24), index))?.[0] ?? ''
      // `v2Go`, `A4km`: a name or a code, not a quantity.
      if (/[\p{L}_]/u.test(range.prose[index - number.length - 1] ?? '')) continue
      const start = range.start + index
      const expected = `${number}${nbsp}${unit}`
      say(file, {
        fr: `Il manque une espace avant ${code(unit)} : écrire ${code(expected)}`,
        en: `Missing space before ${code(unit)}, expected ${code(expected)}`,
        place: placeOf(file, start, start + unit.length),
        actual: unit,
        expected: [`${nbsp}${unit}`],
        fix: { start, end: start, text: nbsp },
      })
    }
  }
}
