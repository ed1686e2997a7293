/**
 * The dates check of `offre-typography`, French pages only: the names of months and
 * days take no capital inside a sentence (`le 20 Avril 2021`, `en Mai 2023`, `Jeudi 30
 * juin` after a comma). Only where the word is part of a date (a number before or
 * after it: `Mars` alone may be the planet, `Avril` a first name) and does not open a
 * sentence, a heading, an item or a table cell. Fix: the lower-case initial.
 *
 * Two days take the plural article: `le 25 et 26 septembre` → `les 25 et 26 septembre`
 * (fix: `les`), `le 19-20 juin` → `les 19 et 20 juin`, and so does their adjective:
 * `les 9 et 10 novembre prochain` → `prochains`. A day's number has no leading zero
 * (`08 novembre` → `8`) and the first of the month is `1er` (`les 1 et 2 février`).
 * French month names are checked even after an English link text (`[Title](…), Juillet
 * 2024`); `Mars` and the days, which may be English or names, are not.
 */
import type { VFile } from 'vfile'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { looksEnglish } from './offre-typography-language.js'
import type { TextRange } from './offre-typography-text.js'
import { opensSentence } from './offre-typography-words.js'

const MONTHS = ['Janvier', 'Février', 'Fevrier', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Aout', 'Septembre', 'Octobre', 'Novembre', 'Décembre', 'Decembre']
const DAYS = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche']

/** A capitalised month or day, with what stands around it on its line. */
const DATE_WORD = new RegExp(`(?<![\\p{L}\\p{M}\\d_'’-])(${[...MONTHS, ...DAYS].join('|')})(?![\\p{L}\\p{M}\\d_'’-])`, 'gu')
/** A day of the month right before (`20 Avril`, `1er Mai`), or a day number or year right after (`Mai 2023`, `Jeudi 30`). */
const NUMBER_BEFORE = /(?:^|[\s(])\d{1,2}(?:er)?[ \u00a0\u202f]+$/u
const NUMBER_AFTER = /^[ \u00a0\u202f]+(?:\d{1,2}(?:er)?\b|\d{4}\b)/u

/** `le 25 et 26 septembre`, `le **19-20 juin**`: one article for two days. */
const TWO_DAYS = new RegExp(`(?<![\\p{L}\\p{M}\\d_'’-])([Ll]e)([ \\u00a0]+(?:\\*\\*|\\*|_)?)(\\d{1,2})(?:er)?( et |-)(\\d{1,2})((?:\\*\\*|\\*|_)?[ \\u00a0]+(?:${MONTHS.map((month) => month.toLowerCase()).join('|')}))(?![\\p{L}\\p{M}])`, 'gu')

export function checkDates(ranges: TextRange[], file: VFile): void {
  const source = String(file.value ?? '')
  checkTwoDays(ranges, file, source)
  checkDayNumbers(ranges, file)
  for (const range of ranges) {
    for (const match of range.prose.matchAll(DATE_WORD)) {
      const index = match.index ?? 0
      const word = match[0]
      const before = range.prose.slice(Math.max(0, index - 8), index)
      const after = range.prose.slice(index + word.length, index + word.length + 8)
      const month = MONTHS.includes(word)
      // A month after a day number, or before a year; a day before its number.
      if (!((month && NUMBER_BEFORE.test(before)) || NUMBER_AFTER.test(after))) continue
      const start = range.start + index
      if (!NUMBER_BEFORE.test(before) && opensSentence(source, start)) continue
      // A French month is French wherever it stands (`[An English title](…), Juillet 2024`);
      // `Mars` and the days may be English or a name.
      if ((!month || word === 'Mars') && looksEnglish(range, index)) continue
      const expected = word.charAt(0).toLowerCase() + word.slice(1)
      say(file, {
        fr: `${code(word)} : pas de majuscule aux ${month ? 'mois' : 'jours'} dans une date, écrire ${code(expected)}`,
        en: `Unexpected capital in the ${month ? 'month' : 'day'} ${code(word)} of a date, expected ${code(expected)}`,
        place: placeOf(file, start, start + word.length),
        actual: word,
        expected: [expected],
        fix: { start, end: start + 1, text: expected.charAt(0) },
      })
    }
  }
}

const LOWER_MONTHS = MONTHS.map((month) => month.toLowerCase()).join('|')
/** `08 novembre` (a day with a leading zero), `1 février`, `les 1 et 2 février` (the first of the month is `1er`). */
const DAY_NUMBER = new RegExp(`(?<![\\p{L}\\p{M}\\d_/.,:-])(?:(0)([1-9])|(1)(?= et \\d{1,2} | au \\d{1,2} | ))(?=(?: (?:et|au) \\d{1,2})? (?:${LOWER_MONTHS})(?![\\p{L}\\p{M}]))`, 'gu')
/** `les 9 et 10 novembre prochain`: after two days, `prochains`, `derniers`. */
const TWO_DAYS_ADJECTIVE = new RegExp(`(?<![\\p{L}\\p{M}\\d])\\d{1,2}(?:er)? (?:et|au) \\d{1,2} (?:${LOWER_MONTHS})(?: \\d{4})? (prochain|dernier)(?![\\p{L}\\p{M}])`, 'gu')

/** The day's number as French writes it in a date: no leading zero, `1er` for the first. */
export function checkDayNumbers(ranges: TextRange[], file: VFile): void {
  for (const range of ranges) {
    if (!/\d (?:et |au )?\d{0,2} ?\p{Ll}/u.test(range.prose)) continue
    for (const match of range.prose.matchAll(DAY_NUMBER)) {
      const index = match.index ?? 0
      const start = range.start + index
      const zero = match[1] !== undefined
      const actual = zero ? `0${match[2]}` : '1'
      const expected = zero ? (match[2] === '1' ? '1er' : (match[2] as string)) : '1er'
      say(file, {
        fr: zero ? `${code(actual)} : pas de zéro devant le jour dans une date, écrire ${code(expected)}` : `${code(actual)} : le premier jour du mois s’écrit ${code('1er')}`,
        en: zero ? `Unexpected leading zero in the day ${code(actual)}, expected ${code(expected)}` : `Expected ${code('1er')} for the first day of the month`,
        place: placeOf(file, start, start + actual.length),
        actual,
        expected: [expected],
        fix: { start, end: start + actual.length, text: expected },
      })
    }
    for (const match of range.prose.matchAll(TWO_DAYS_ADJECTIVE)) {
      const word = match[1] as string
      const start = range.start + (match.index ?? 0) + match[0].length - word.length
      say(file, {
        fr: `${code(word)} : deux jours, adjectif au pluriel, écrire ${code(`${word}s`)}`,
        en: `Unexpected singular ${code(word)} after two days, expected ${code(`${word}s`)}`,
        place: placeOf(file, start, start + word.length),
        actual: word,
        expected: [`${word}s`],
        fix: { start: start + word.length, end: start + word.length, text: 's' },
      })
    }
  }
}

function checkTwoDays(ranges: TextRange[], file: VFile, source: string): void {
  for (const range of ranges) {
    if (!/\ble[ \u00a0]/i.test(range.prose)) continue
    // The source from this text on: the days may be in emphasis, a text of their own.
    const text = source.slice(range.start, range.start + range.source.length + 40)
    for (const match of text.matchAll(TWO_DAYS)) {
      const index = match.index ?? 0
      if (index >= range.source.length || range.prose[index] !== range.source[index]) continue
      const [whole, article = 'le', space = ' ', first, joint, second, after] = match
      const start = range.start + index
      const plural = `${article}s`
      const expected = joint === ' et ' ? `${plural}${whole.slice(article.length)}` : `${plural}${space}${first} et ${second}${after}`
      say(file, {
        fr: `${code(whole)} : deux jours, article au pluriel, écrire ${code(expected)}`,
        en: `Unexpected singular article before two days in ${code(whole)}, expected ${code(expected)}`,
        place: placeOf(file, start, start + whole.length),
        actual: whole,
        expected: [expected],
        ...(joint === ' et ' ? { fix: { start, end: start + article.length, text: plural } } : {}),
      })
    }
  }
}
