/**
 * The word checks of `offre-typography`, French pages only: the œ/æ ligatures
 * (`oeuvre` → `œuvre`), accents on capitals (`Etat` → `État`, `A propos` → `À propos`),
 * the euphonic t (`Existe-il` → `Existe-t-il`) and repeated words (`sur sur`).
 * Each works on whole words of the prose, from curated data, never on code or URLs.
 */
import type { VFile } from 'vfile'
import { englishSpeller, speller } from '@offre/spell-fr'
import { isUpper, matchCase } from '../case.js'
import { A_PREPOSITION_NEXT, CAPITAL_ACCENTS, accentOnCapital, accentsInCapitals } from '../data/capital-accents.js'
import { LIGATURES } from '../data/ligatures.js'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { looksEnglish } from './offre-typography-language.js'
import { memoize } from '../memo.js'
import type { TextRange } from './offre-typography-text.js'

const WORD = /(?<![\p{L}\p{M}\d_])\p{L}[\p{L}\p{M}]*(?![\p{L}\p{M}\d_])/gu

interface Word {
  word: string
  start: number
  end: number
  range: TextRange
  index: number
}

const wordLists = new WeakMap<TextRange[], Word[]>()

/** The words of the prose, listed once per page for the checks that look words up. */
function words(ranges: TextRange[]): Word[] {
  let list = wordLists.get(ranges)
  if (list) return list
  list = []
  for (const range of ranges) {
    for (const match of range.prose.matchAll(WORD)) {
      const index = match.index ?? 0
      list.push({ word: match[0], start: range.start + index, end: range.start + index + match[0].length, range, index })
    }
  }
  wordLists.set(ranges, list)
  return list
}

export function checkLigatures(ranges: TextRange[], file: VFile): void {
  for (const { word, start, end, range, index } of words(ranges)) {
    const lower = word.toLowerCase()
    const correction = LIGATURES.get(lower)
    // `Oeuvre` and `OEUVRE` are the same word; `oEuvre` is something else.
    if (correction === undefined || (word !== lower && !isUpper(word) && word.slice(1) !== lower.slice(1))) continue
    if (looksEnglish(range, index)) continue
    const expected = matchCase(word, correction)
    const ligature = /æ/i.test(correction) ? 'æ' : 'œ'
    say(file, {
      fr: `${code(word)} : ligature ${code(ligature)} manquante, écrire ${code(expected)}`,
      en: `Unexpected ${code(word)} without ligature, expected ${code(expected)}`,
      place: placeOf(file, start, end),
      actual: word,
      expected: [expected],
      fix: { start, end, text: expected },
    })
  }
}

const NEXT_WORD = /[ \t]+(\p{L}[\p{L}\p{M}]*)/uy

/** Before a capital `A`, what makes it start a sentence, a heading, an item or a link. */
const SENTENCE_OPENER = /[.!?:;(«"“—–\-*_[#>|…]/

export function checkCapitalAccents(ranges: TextRange[], file: VFile): void {
  const source = String(file.value ?? '')
  for (const { word, start, end, range, index } of words(ranges)) {
    let expected = CAPITAL_ACCENTS.get(word)
    let actual = word
    let stop = end
    if (expected === undefined && word === 'A') {
      NEXT_WORD.lastIndex = index + 1
      const next = NEXT_WORD.exec(range.prose)
      if (next?.[1] === undefined || !A_PREPOSITION_NEXT.has(next[1].toLowerCase()) || !opensSentence(source, start)) continue
      actual = `A${next[0]}`
      expected = `À${next[0]}`
      stop = start + actual.length
    }
    if (expected === undefined) expected = accentedCapital(word, range, index)
    if (expected === undefined && isUpper(word)) {
      const found = inCapitals(word, range, index)
      if (found.length > 0 && !looksEnglish(range, index)) reportInCapitals(file, word, start, end, found)
      continue
    }
    if (expected === undefined || looksEnglish(range, index)) continue
    say(file, {
      fr: `${code(actual)} : accent manquant sur la majuscule, écrire ${code(expected)}`,
      en: `Missing accent on the capital of ${code(actual)}, expected ${code(expected)}`,
      place: placeOf(file, start, stop),
      actual,
      expected: [expected],
      fix: { start, end: start + 1, text: expected.charAt(0) },
    })
  }
}

/** A word in capitals beside the word at `index` (`LE PROBLEME`): a line in capitals, not an acronym. */
const CAPITALS_BEFORE = /(?:(?<![\p{L}\p{M}-])\p{Lu}{2,}[ \t]+|(?<![\p{L}\p{M}])[LDQ]U?['’])$/u
const CAPITALS_AFTER = /^[ \t]+\p{Lu}{2,}(?![\p{L}\p{M}-])/u

/**
 * A word in capitals without its accents (`LA PROBLEMATIQUE USAGER`, `L'EQUIPE`), by the
 * dictionary: beside another word in capitals or after an elided article, as a heading or
 * a label in capitals is written; a word in capitals alone is an acronym or a name far
 * more often (`la base SIRENE`, `le réseau PEPITE`, `OPERAT`); not part of a compound
 * (`SAINT-DENIS`), nor a word of English (`CREATE`).
 */
function inCapitals(word: string, range: TextRange, index: number): string[] {
  if (/[-‐]/u.test(range.prose.charAt(index - 1) + range.prose.charAt(index + word.length))) return []
  const before = range.prose.slice(Math.max(0, index - 20), index)
  if (!CAPITALS_BEFORE.test(before) && !CAPITALS_AFTER.test(range.prose.slice(index + word.length, index + word.length + 20))) return []
  // After a French elision (`L’EXPERIMENTATION`), an English spelling of the word is no English.
  return ELIDED_BEFORE.test(before) ? accentedAfterElision(word) : accentedInCapitals(word)
}

const ELIDED_BEFORE = /(?<![\p{L}\p{M}])(?:[LDQ]U?|[JMNST])['’]$/u

/** {@link accentsInCapitals} by the dictionaries, remembered: a page in capitals repeats its words, and each costs many lookups. */
const accentedAfterElision = memoize((word: string): string[] => {
  const french = speller()
  return accentsInCapitals(word, (candidate) => french.lookup(candidate))
}, 5_000)
const accentedInCapitals = memoize((word: string): string[] => (englishSpeller().lookup(word.toLowerCase()) ? [] : accentedAfterElision(word)), 5_000)

function reportInCapitals(file: VFile, word: string, start: number, end: number, expected: string[]): void {
  const shown = expected.map(code).join(' ou ')
  say(file, {
    fr: `${code(word)} : accent manquant sur une majuscule, écrire ${shown}`,
    en: `Missing accent on a capital of ${code(word)}, expected ${expected.map(code).join(' or ')}`,
    place: placeOf(file, start, end),
    actual: word,
    expected,
    ...(expected.length === 1 ? { fix: { start, end, text: expected[0] as string } } : {}),
  })
}

/** English words read as such on French pages, whose accented form is another word (`Email`, not `Émail`). */
const NOT_ACCENTED: ReadonlySet<string> = new Set(['Email', 'Emails'])
/** A capitalised word right before or after, spaces or a comma between (`Samuel Goldszmidt, Eglantine`). */
const NAME_BEFORE = /(\p{Lu}[\p{L}\p{M}]*),?[ \t]+$/u
const NAME_AFTER = /^,?[ \t]+(\p{Lu}[\p{L}\p{M}]*)/u
/** The word right before or after, spaces only between. */
const WORD_BEFORE = /(\p{L}[\p{L}\p{M}]*)[ \t]+$/u
const WORD_AFTER = /^[ \t]+(\p{L}[\p{L}\p{M}]*)/u

/**
 * `Evolutive` → `Évolutive` beyond the curated list (`accentOnCapital`); a word English
 * writes the same (`Evolution`, `Emission`) not beside an English word (`Evolution of`,
 * `Community Edition`),
 * and, like every capital accent, not where the text reads as English.
 */
function accentedCapital(word: string, range: TextRange, index: number): string | undefined {
  if (NOT_ACCENTED.has(word)) return undefined
  const french = speller()
  const found = accentOnCapital(word, (candidate) => french.lookup(candidate))
  if (found === undefined) return undefined
  const before = range.prose.slice(Math.max(0, index - 40), index)
  const after = range.prose.slice(index + word.length, index + word.length + 40)
  // A capitalised neighbour that is no common word: a person's name (`Eglantine Schmitt`,
  // `Elise, Céline`). A name made of common words keeps its accents (`Biologie Evolutive`).
  const names = [NAME_AFTER.exec(after)?.[1], NAME_BEFORE.exec(before)?.[1]]
  if (names.some((name) => name !== undefined && !french.lookup(name.toLowerCase()))) return undefined
  const english = englishSpeller()
  if (english.lookup(word.toLowerCase())) {
    const neighbours = [WORD_AFTER.exec(after)?.[1], WORD_BEFORE.exec(before)?.[1]]
    if (neighbours.some((neighbour) => neighbour !== undefined && english.lookup(neighbour) && !french.lookup(neighbour))) return undefined
  }
  return found
}

/** Whether the word at `offset` opens a sentence, a heading, an item, a link or a table cell. */
export function opensSentence(source: string, offset: number): boolean {
  const before = /\s*$/.exec(source.slice(Math.max(0, offset - 200), offset))?.[0] ?? ''
  const previous = source[offset - before.length - 1]
  return previous === undefined || /\n[ \t]*\n/.test(before) || SENTENCE_OPENER.test(previous)
}

const EUPHONIC = /(?<![\p{L}\p{M}\d_'’-])([\p{L}\p{M}]*[ae])-(il|elle|on)(?![\p{L}\p{M}\d_'’-])/giu

/** What every match of `EUPHONIC` holds: most text has none, and this test is far cheaper. */
const EUPHONIC_HINT = /-(?:il|elle|on)/i

export function checkEuphonicT(ranges: TextRange[], file: VFile): void {
  for (const range of ranges) {
    if (!EUPHONIC_HINT.test(range.prose)) continue
    for (const match of range.prose.matchAll(EUPHONIC)) {
      const verb = match[1] ?? ''
      if (looksEnglish(range, match.index ?? 0)) continue
      const start = range.start + (match.index ?? 0)
      const end = start + match[0].length
      const expected = `${verb}-t-${match[2]}`
      say(file, {
        fr: `${code(match[0])} : t euphonique manquant, écrire ${code(expected)}`,
        en: `Missing euphonic t in ${code(match[0])}, expected ${code(expected)}`,
        place: placeOf(file, start, end),
        actual: match[0],
        expected: [expected],
        fix: { start: start + verb.length, end: start + verb.length, text: '-t' },
      })
    }
  }
}

/** Words legitimately doubled: `nous nous`, `vous vous`, `si si`, `le fait fait`, `bye bye`, `bla bla`. */
export const REPEATABLE: readonly string[] = ['nous', 'vous', 'si', 'fait', 'bye', 'bla']

// The gap holds at least one space or line break, so that a long word never backtracks.
const REPEATED = /(?<![\p{L}\p{M}\d_'’-])(\p{L}[\p{L}\p{M}]*)(?=([ \t]*\n[ \t]*|[ \t]+)(\p{L}[\p{L}\p{M}]*)(?![\p{L}\p{M}\d_'’-]))/gu

/**
 * The text ranges where two words in a row are the same but for case: the only ones
 * `REPEATED` can match in (its words are words of `words`, with only white space
 * between them). Found from the page's word list, far cheaper than the expression.
 */
function rangesWithRepeats(ranges: TextRange[]): Set<TextRange> {
  const found = new Set<TextRange>()
  let previous: Word | undefined
  for (const word of words(ranges)) {
    if (
      previous?.range === word.range &&
      (previous.word.length === word.word.length || previous.word.includes('İ')) &&
      previous.word.toLowerCase() === word.word.toLowerCase()
    ) {
      found.add(word.range)
    }
    previous = word
  }
  return found
}

export function checkRepeatedWords(ranges: TextRange[], file: VFile, allowed: ReadonlySet<string>): void {
  const candidates = rangesWithRepeats(ranges)
  for (const range of ranges) {
    if (!candidates.has(range)) continue
    for (const match of range.prose.matchAll(REPEATED)) {
      const [, first = '', gap = '', second = ''] = match
      // Most pairs of words differ in length: the cheap test first (only `İ` changes length in lower case).
      if (first.length !== second.length && !first.includes('İ')) continue
      const index = match.index ?? 0
      // The gap must be real white space, not a masked URL; a capital second word is a name (`Bora Bora`).
      if (range.source.slice(index + first.length, index + first.length + gap.length) !== gap) continue
      if (first.toLowerCase() !== second.toLowerCase() || second.charAt(0) !== second.charAt(0).toLowerCase()) continue
      if (allowed.has(second.toLowerCase()) || looksEnglish(range, index)) continue
      const start = range.start + index
      const secondStart = start + first.length + gap.length
      const shown = `${first}${gap.includes('\n') ? '\n' : ' '}${second}`
      // The place is the pair as written (its gap may hold a line break), replaced by the first word.
      say(file, {
        fr: `${code(shown)} : mot répété, écrire ${code(first)}`,
        en: `Unexpected repeated word ${code(shown)}, expected ${code(first)}`,
        place: placeOf(file, start, secondStart + second.length),
        actual: range.source.slice(index, index + first.length + gap.length + second.length),
        expected: [first],
        fix: { start: start + first.length, end: secondStart + second.length, text: '' },
      })
    }
  }
}
