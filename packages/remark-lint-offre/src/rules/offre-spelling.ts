/**
 * offre-spelling: every word of the prose checked against the French dictionary
 * (@offre/spell-fr), with the best suggestions. Never fixes: a correction may need
 * grammar ("des logciel" → "logiciels"). Proper nouns, acronyms, the project's
 * vocabulary and `<!--spell ignore mot-->` words are known; text in emphasis is
 * taken as foreign words (the French convention) and skipped.
 *
 * Options: `{ words?: string[], properNouns?: boolean, suggestions?: number }`.
 */
import { speller } from '@offre/spell-fr'
import type { Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { FIELD_WORDS, PROPER_NOUNS } from '../data/proper-nouns.js'
import { placeOf } from '../places.js'
import { proseOf } from '../prose.js'
import { code, ruleUrl, say } from '../report.js'
import { isCloseTypo } from '../distance.js'
import { foreignBlocks } from '../language.js'
import { isFrench, settingsOf } from '../settings.js'
import { walk, walkType } from '@offre/model'

export interface SpellingOptions {
  /** More known words, in their case (`Grist`) or lower case (`wébinaire`). */
  words?: string[]
  /** Take a capitalised unknown word inside a sentence for a name (default true). */
  properNouns?: boolean
  /** Suggestions per finding (default 3). */
  suggestions?: number
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’ʼ-]\p{L}[\p{L}\p{M}]*)*/gu
const ELISION = /^(?:[ldjnmtsc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ]/i
const LATIN = /^[\p{Script=Latin}\p{M}'’ʼ-]+$/u
const IGNORE_COMMENT = /^<!--\s*spell\s+ignore\s+([\s\S]*?)\s*-->$/i
const BUILT_IN = new Set([...PROPER_NOUNS, ...FIELD_WORDS])

/** The built-in words with the project's vocabulary and the rule's `words`, merged once per pair of lists. */
const knownSets = new WeakMap<readonly string[], WeakMap<readonly string[], ReadonlySet<string>>>()
const NONE: readonly string[] = []

function knownWords(vocabulary: readonly string[] = NONE, words: readonly string[] = NONE): ReadonlySet<string> {
  let byWords = knownSets.get(vocabulary)
  if (byWords === undefined) knownSets.set(vocabulary, (byWords = new WeakMap()))
  let known = byWords.get(words)
  if (known === undefined) byWords.set(words, (known = new Set([...BUILT_IN, ...vocabulary, ...words])))
  return known
}

/** Suggestions are costly: remember them for the whole run (a word is misspelt the same way twice). */
const suggestionCache = new Map<string, string[]>()

const remarkLintOffreSpelling = lintRule<Root, SpellingOptions | undefined>(
  { origin: 'remark-lint:offre-spelling', url: ruleUrl('offre-spelling') },
  (tree, file, options) => {
    if (!isFrench(file)) return
    const ignored = ignoredIn(tree)
    const base = knownWords(settingsOf(file).vocabulary, options?.words)
    const known = ignored.length === 0 ? base : new Set([...base, ...ignored])
    const properNouns = options?.properNouns ?? true
    const count = options?.suggestions ?? 3
    const skipped = [...foreignRanges(tree), ...foreignBlocks(tree)]
    const dictionary = speller()
    // offre-typos runs first and reports its known misspellings with a fix: do not say it twice.
    const candidates: Array<{ word: string; start: number; suggestions: string[] }> = []
    const typos = new Set(file.messages.filter((m) => m.ruleId === 'offre-typos').map((m) => m.place && 'start' in m.place ? m.place.start.offset : -1))
    for (const range of proseOf(tree, file)) {
      for (const match of range.text.matchAll(WORD)) {
        const word = match[0]
        const start = range.start + match.index
        if (dictionary.lookup(word) || isKnown(word, known) || typos.has(start)) continue
        if (isPrefixed(word, dictionary.lookup)) continue
        // Other scripts (Greek, Cyrillic…) are other languages; `1er`, `.pdf` are not words.
        if (!LATIN.test(word) || /[\p{N}.]$/u.test(range.text.slice(0, match.index))) continue
        if (skipped.some(([from, to]) => start >= from && start < to)) continue
        const bare = word.replace(ELISION, '')
        if (bare !== word && isKnown(bare, known)) continue
        const atSentenceStart = !insideSentence(range.text, match.index + word.length - bare.length)
        if (looksLikeName(bare, properNouns, atSentenceStart)) continue
        // Short unknown words are abbreviations or foreign words far more often than typos.
        if (bare.length <= 3) continue
        // A word far from every French word is a name or a foreign word, not a typo.
        const suggestions = suggestionsFor(word, count)
        const best = suggestions[0]
        if (best === undefined || !isCloseTypo(word, best)) continue
        // `Arawa` → `Arawak`: a name close to another name is still a name.
        if (/^\p{Lu}/u.test(bare) && !dictionary.lookup(best.replace(ELISION, '').toLowerCase())) continue
        // `oeuvre` → `œuvre` is offre-typography's finding (with a fix); do not say it twice.
        if (/oe|ae/i.test(word) && dictionary.lookup(word.replace(/oe/g, 'œ').replace(/Oe/g, 'Œ').replace(/ae/g, 'æ'))) continue
        candidates.push({ word, start, suggestions })
      }
    }
    // A typo is rarely made twice the same way: a word written the same way again and
    // again on one page is a name (capitalised, twice) or the page's jargon (three times).
    const times = new Map<string, number>()
    for (const { word } of candidates) times.set(word, (times.get(word) ?? 0) + 1)
    for (const { word, start, suggestions } of candidates) {
      const seen = times.get(word) ?? 0
      if (seen >= 3 || (seen >= 2 && /^\p{Lu}/u.test(word))) continue
      report(file, word, start, suggestions)
    }
  },
)

export default remarkLintOffreSpelling

function suggestionsFor(word: string, count: number): string[] {
  let suggestions = suggestionCache.get(word)
  if (suggestions === undefined) {
    suggestions = speller().suggest(word, count)
    suggestionCache.set(word, suggestions)
  }
  return suggestions
}

function report(file: VFile, word: string, start: number, suggestions: string[]): void {
  const best = suggestions[0]
  say(file, {
    fr: `${code(word)} : mot inconnu, vouliez-vous dire ${code(best ?? '')} ? (nom propre : ajoutez-le au vocabulaire du projet ; mot étranger : mettez-le en italique)`,
    en: `Unknown word ${code(word)}, did you mean ${code(best ?? '')}? (a name: add it to the project vocabulary; a foreign word: put it in italics)`,
    place: placeOf(file, start, start + word.length),
    actual: word,
    expected: suggestions,
  })
}

function isKnown(word: string, known: ReadonlySet<string>): boolean {
  if (known.has(word) || known.has(word.toLowerCase())) return true
  // `OSPO-fr`, `BlueHats-2024`: compounds of known names.
  return word.includes('-') && word.split('-').every((part) => known.has(part) || known.has(part.toLowerCase()))
}

/** Acronyms (`AMDAC`), inner capitals (`BlueHats`), and capitalised words inside a sentence. */
function looksLikeName(word: string, properNouns: boolean, atSentenceStart: boolean): boolean {
  const letters = word.replace(/['’ʼ-]/g, '')
  if (letters.length > 1 && letters === letters.toUpperCase()) return true
  if (/\p{Ll}\p{Lu}/u.test(word)) return true
  return properNouns && /^\p{Lu}/u.test(word) && !atSentenceStart
}

/** Whether the word at `index` follows other words of its sentence (so a capital marks a name). */
function insideSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd()
  const line = before.slice(before.lastIndexOf('\n') + 1)
  return before !== '' && !/[.!?:…]$/.test(before) && !/^\s*([-*+]|\d+[.)])?\s*$/.test(line)
}

/** `co-organisé`, `socio-fiscale`, `multi-acteurs`: a productive prefix before a known word. */
const PREFIX = /^(co|auto|multi|pluri|socio|éco|eco|bêta|beta|crypto|anti|contre|post|pré|ré|semi|sous|sur|inter|intra|non|néo|extra|méta|micro|macro|mini|pseudo|quasi|ultra|visio|web|cyber)-(.+)$/i

function isPrefixed(word: string, lookup: (word: string) => boolean): boolean {
  const match = PREFIX.exec(word)
  return match !== null && lookup(match[2] ?? '')
}

/** Words listed in `<!--spell ignore mot autre-->` comments of the page. */
function ignoredIn(tree: Root): string[] {
  const words: string[] = []
  walkType(tree, 'html', (node) => {
    const match = IGNORE_COMMENT.exec(node.value.trim())
    if (match?.[1]) words.push(...match[1].split(/[\s,]+/).filter(Boolean))
  })
  return words
}

/**
 * Source ranges not to check: emphasis (foreign words by typographic convention)
 * and short table cells and list items, which hold names (the software lists of the site).
 */
function foreignRanges(tree: Root): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  walk(tree, (node) => {
    if (node.type !== 'emphasis' && node.type !== 'tableCell' && node.type !== 'listItem') return
    if (node.type === 'tableCell' && toString(node).trim().split(/\s+/).length > 3) return
    if (node.type === 'listItem' && toString(node).trim().split(/\s+/).length > 2) return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) ranges.push([start, end])
    return 'skip'
  })
  return ranges
}
