/**
 * Pure text computations of the language server: the smallest single edit from one
 * text to another, the `<!--spell ignore mot-->` insertion, the line appended to a
 * word list, and the titles of the actions in both languages. No I/O, no LSP types.
 */

/** A replacement of `text[start, end)` by `text`. */
export interface OffsetEdit {
  start: number
  end: number
  text: string
}

/**
 * The one edit that turns `before` into `after`: the common prefix and suffix kept,
 * the middle replaced; never splits a CRLF or a surrogate pair (positions would be
 * ambiguous); `undefined` when the texts are equal.
 */
export function minimalEdit(before: string, after: string): OffsetEdit | undefined {
  if (before === after) return undefined
  const limit = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < limit - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++
  // Not inside a `\r\n` or a surrogate pair, on either side.
  const splits = (text: string, at: number): boolean => {
    if (at <= 0 || at >= text.length) return false
    const previous = text.charCodeAt(at - 1)
    const next = text.charCodeAt(at)
    return (previous === 13 && next === 10) || (previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff)
  }
  while (prefix > 0 && (splits(before, prefix) || splits(after, prefix))) prefix--
  while (suffix > 0 && (splits(before, before.length - suffix) || splits(after, after.length - suffix))) suffix--
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) }
}

const ELISION = /^(?:[ldjnmtsc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ]/i

/** The word a spelling finding is about, without its elision (`d’Ocsimore` → `Ocsimore`), as the rule looks it up. */
export function bareWord(word: string): string {
  return word.replace(ELISION, '')
}

const IGNORE_LINE = /^[ \t]*<!--\s*spell\s+ignore\s+([^\n\r]*?)\s*-->[ \t]*$/im
const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/

/**
 * The edit that makes the spelling rule skip `word` on this page: the word added to
 * the page's `<!--spell ignore …-->` comment when it has one, else a new comment
 * right after the front matter (at the top without one), followed by a blank line.
 */
export function ignoreWordEdit(text: string, word: string): OffsetEdit {
  const existing = IGNORE_LINE.exec(text)
  if (existing !== null && existing[1] !== undefined) {
    const at = existing.index + existing[0].indexOf(existing[1]) + existing[1].length
    return { start: at, end: at, text: ` ${word}` }
  }
  const front = FRONT_MATTER.exec(text)
  const at = front === null ? (text.startsWith('\uFEFF') ? 1 : 0) : front[0].length
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const rest = text.slice(at)
  const blankAfter = rest === '' || /^[ \t]*\r?\n/.test(rest)
  // At the end of a front matter without a final newline, the comment starts a line of its own.
  const lead = at > 0 && !/\n$/.test(text.slice(0, at)) ? newline : ''
  return { start: at, end: at, text: `${lead}<!--spell ignore ${word}-->${newline}${blankAfter ? '' : newline}` }
}

/** The text to insert at the end of a word list so that `word` is on a line of its own. */
export function appendLine(current: string, word: string): string {
  const newline = current.includes('\r\n') ? '\r\n' : '\n'
  return `${current === '' || current.endsWith('\n') ? '' : newline}${word}${newline}`
}

export type Locale = 'fr' | 'en'

const shorten = (text: string): string => {
  const oneLine = text.replace(/\r?\n/g, '↵')
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine
}

export const titles = {
  fix(locale: Locale, before: string, after: string): string {
    if (before === '') return locale === 'en' ? `Insert “${shorten(after)}”` : `Insérer « ${shorten(after)} »`
    if (after === '') return locale === 'en' ? `Remove “${shorten(before)}”` : `Supprimer « ${shorten(before)} »`
    return locale === 'en' ? `Replace “${shorten(before)}” with “${shorten(after)}”` : `Remplacer « ${shorten(before)} » par « ${shorten(after)} »`
  },
  suggestion(locale: Locale, after: string): string {
    return locale === 'en' ? `Change to “${shorten(after)}”` : `Remplacer par « ${shorten(after)} »`
  },
  fixAll(locale: Locale): string {
    return locale === 'en' ? 'Fix all safe problems (offre)' : 'Corriger tous les problèmes sûrs (offre)'
  },
  addToVocabulary(locale: Locale, word: string): string {
    return locale === 'en' ? `Add “${word}” to the project vocabulary` : `Ajouter « ${word} » au vocabulaire du projet`
  },
  ignoreInPage(locale: Locale, word: string): string {
    return locale === 'en' ? `Ignore “${word}” in this page` : `Ignorer « ${word} » dans cette page`
  },
}
