/**
 * The spacing checks of `offre-typography`: the space before `? ! ; :` and inside
 * « », and runs of spaces between words. With `nbsp: 'renderer'` the site's renderer
 * turns the space into a no-break one, so only a missing or doubled space is wrong;
 * with `nbsp: 'source'` the source must hold the right no-break space itself.
 */
import type { VFile } from 'vfile'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { settingsOf } from '../settings.js'
import { looksEnglish } from './offre-typography-language.js'
import { spaceName, spacesAfter, spacesBefore, type SpaceRun, type TextRange } from './offre-typography-text.js'

/** A mark written right after these (no space) is missing its space: `publier?`, `**Note**:`. */
const ATTACHES = /[\p{L}\p{N}\p{M})\]}*_`»”’'".…%°]/u
/** What may follow `:` or `;` used as punctuation; anything else is a URL scheme, a time, a ratio… */
const AFTER_COLON = /^(?:$|[\s)\]}»”"'’*_~<])/u
const AFTER_MARK = /^(?:$|[\s)\]}»”"'’*_~<.,…])/u
const NOT_PROSE_BEFORE = /^(?:(?:https?|s?ftps?|mailto|tel|file|urn|data|ssh|git|irc|xmpp)$|(?:https?:\/\/|www\.)|[^@\s]+@[^@\s]+\.\p{L}+$)/iu

interface Mark {
  /** The marks as found (`?!`, `:`, `«`). */
  text: string
  start: number
  end: number
  /** The no-break space the source needs beside it with `nbsp: 'source'`. */
  nbsp: string
  /** The space goes after the mark (`«`), not before. */
  after: boolean
  /** The ordinary space outside guillemets (`répond « vite »`): only a missing one is reported. */
  outer: boolean
}

function marksOf(range: TextRange, source: string): Mark[] {
  const marks: Mark[] = []
  for (const match of range.prose.matchAll(/[?!]+|[;:]|«|»/g)) {
    const start = range.start + (match.index ?? 0)
    const end = start + match[0].length
    const text = match[0]
    const next = source.slice(end, end + 1)
    if (text === ':' || text === ';') {
      // `::`, `10:30`, `a;b`, `&amp;` (masked): not French punctuation.
      if (source[start - 1] === text || !AFTER_COLON.test(next)) continue
    } else if (text !== '«' && text !== '»' && !AFTER_MARK.test(next)) continue
    // `le schéma http:`, a bare URL or address right before the mark (`https://x.fr/?a=1!`): not prose.
    if (NOT_PROSE_BEFORE.test(tokenBefore(source, start))) continue
    const nbsp = text === ':' || text === '«' || text === '»' ? '\u00a0' : '\u202f'
    marks.push({ text, start, end, nbsp, after: text === '«', outer: false })
    if (text === '«' || text === '»') marks.push({ text, start, end, nbsp: ' ', after: text === '»', outer: true })
  }
  return marks
}

export function checkPunctuationSpaces(ranges: TextRange[], file: VFile): void {
  const source = String(file.value ?? '')
  const mode = settingsOf(file).nbsp ?? 'renderer'
  for (const range of ranges) {
    for (const mark of marksOf(range, source)) {
      const run = mark.after ? spacesAfter(source, mark.end) : spacesBefore(source, mark.start)
      const neighbour = mark.after ? source[run.end] : source[run.start - 1]
      // A mark at the start or end of a line, or right after an opening bracket, has nothing to space from.
      if (neighbour === undefined || neighbour === '\n' || neighbour === '\r') continue
      if (mark.outer) {
        if (run.units.length === 0 && /[\p{L}\p{N}]/u.test(neighbour) && !looksEnglish(range, mark.start - range.start)) report(file, mark, run, ' ', 'missing')
        continue
      }
      if (mark.after ? !/[\p{L}\p{N}*_[`"'“]/u.test(neighbour) : !ATTACHES.test(neighbour)) continue
      if (!mark.after && mark.text === '»' && neighbour === '«') continue
      if (run.units.length === 1 && mode === 'renderer') continue
      if (looksEnglish(range, mark.start - range.start)) continue
      const wanted = mode === 'source' ? mark.nbsp : ' '
      if (run.units.length === 0) {
        report(file, mark, run, wanted, 'missing')
      } else if (run.units.length > 1) {
        const kept = mode === 'source' ? mark.nbsp : (run.units.find((unit) => unit.char !== ' ' && unit.char !== '\t')?.text ?? ' ')
        report(file, mark, run, kept, 'doubled')
      } else if (mode === 'source' && run.units[0]?.char !== mark.nbsp) {
        report(file, mark, run, mark.nbsp, 'kind')
      }
    }
  }
}

function report(file: VFile, mark: Mark, run: SpaceRun, wanted: string, problem: 'missing' | 'doubled' | 'kind'): void {
  const source = String(file.value ?? '')
  const start = Math.min(mark.start, run.start)
  const end = Math.max(mark.end, run.end)
  const word = mark.after ? wordAfter(source, end) : wordBefore(source, start)
  const written = source.slice(start, end)
  const fixed = mark.after ? mark.text + wanted : wanted + mark.text
  // The reason shows the word beside the mark; the place, `actual` and `expected` are the mark and its spaces only.
  const expected = mark.after ? fixed + word : word + fixed
  const side = mark.after ? ['après', 'after'] : ['avant', 'before']
  const found = run.units[0]?.char ?? ' '
  const messages: Record<typeof problem, [string, string]> = {
    missing: [`Il manque une espace ${side[0]} ${code(mark.text)} : écrire ${code(expected)}`, `Missing space ${side[1]} ${code(mark.text)}, expected ${code(expected)}`],
    doubled: [`Espaces multiples ${side[0]} ${code(mark.text)} : en écrire une seule`, `Unexpected several spaces ${side[1]} ${code(mark.text)}, expected one`],
    kind: [
      `${capitalise(spaceName(found, 'fr'))} ${side[0]} ${code(mark.text)} : écrire une ${spaceName(wanted, 'fr')}`,
      `Unexpected ${spaceName(found, 'en')} ${side[1]} ${code(mark.text)}, expected a ${spaceName(wanted, 'en')}`,
    ],
  }
  const [fr, en] = messages[problem]
  say(file, {
    fr,
    en,
    place: placeOf(file, start, end),
    actual: written,
    expected: [fixed],
    // Only the spaces change: two fixes on both sides of one `«` never overlap.
    fix: { start: run.start, end: run.end, text: wanted },
  })
}

/** Runs of spaces between two words of a line (not indentation, not a hard break). */
export function checkDoubleSpaces(ranges: TextRange[], file: VFile, punctuationChecked: boolean): void {
  const source = String(file.value ?? '')
  for (const range of ranges) {
    for (const match of range.source.matchAll(/[ \t\u00a0\u202f]{2,}/g)) {
      const index = match.index ?? 0
      const start = range.start + index
      const end = start + match[0].length
      const before = index > 0 ? range.prose[index - 1] : source[start - 1]
      const after = index + match[0].length < range.prose.length ? range.prose[index + match[0].length] : source[end]
      if (before === undefined || after === undefined || /[\s\0]/.test(before) || /[\s\0]/.test(after)) continue
      // Around `? ! ; : « »` the punctuation check speaks, with its own expectation.
      if (punctuationChecked && (/[?!;:»]/.test(after) || before === '«')) continue
      const kept = [...match[0]].find((char) => char === '\u00a0' || char === '\u202f') ?? ' '
      // The words around the spaces are the reason's context, not part of the place.
      const shown = wordBefore(source, start) + kept + wordAfter(source, end)
      say(file, {
        fr: `Espaces multiples entre deux mots : écrire ${code(shown)}`,
        en: `Unexpected ${match[0].length} spaces between words, expected ${code(shown)}`,
        place: placeOf(file, start, end),
        actual: match[0],
        expected: [kept],
        fix: { start, end, text: kept },
      })
    }
  }
}

/** The run of non-space characters right before `offset` (a URL, an address, `http`), up to 2000. */
function tokenBefore(source: string, offset: number): string {
  let start = offset
  while (start > 0 && offset - start < 2000 && !/\s/.test(source[start - 1] ?? ' ')) start -= 1
  return source.slice(start, offset)
}

/** The word written right before `offset` (up to 24 characters, guillemets excluded), to show in messages. */
function wordBefore(source: string, offset: number): string {
  return /[^\s«»]{0,24}$/u.exec(source.slice(Math.max(0, offset - 24), offset))?.[0] ?? ''
}

function wordAfter(source: string, offset: number): string {
  return /^[^\s«»]{0,24}/u.exec(source.slice(offset, offset + 24))?.[0] ?? ''
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
