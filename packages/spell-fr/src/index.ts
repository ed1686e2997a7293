// Public API of @offre/spell-fr: a French speller over the compiled Hunspell
// dictionaries (dictionary-fr and the "toutes variantes" of hunspell-fr-comprehensive),
// loaded on first use from `data/fr.dawg`, and an English one from `data/en.dawg`.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Automaton } from './automaton.js'
import { isEntry, isKnown } from './lookup.js'
import { suggestWords } from './suggest.js'

export { words, type WordToken } from './tokenize.js'

/** A loaded speller. Both methods are synchronous and allocate little. */
export interface Speller {
  /**
   * Whether `word` is spelled correctly. Follows the dictionary's case rules
   * (`Logiciel` and `LOGICIEL` are known, `paris` is not), accepts both
   * apostrophes, elisions (`l’administration`, `jusqu'ici`) and compounds
   * whose parts are all words (`existe-t-il`, `celui-là`).
   */
  lookup(word: string): boolean
  /**
   * Whether `word` is one form of the dictionary, with the same case, apostrophe and
   * elision rules, but not a compound merely made of known parts: `pré-salé` is,
   * `pré-cadrant` is not (though {@link Speller.lookup} accepts both).
   */
  isEntry(word: string): boolean
  /**
   * Up to `count` corrections of `word`, best first, in the writer's case and
   * apostrophe; `[]` when the word is known or nothing is close enough. `edits` (1 or
   * 2, the default) is how many ordinary edits away the search may look.
   */
  suggest(word: string, count?: number, edits?: 1 | 2): string[]
  /** Number of strings in the automaton (bare words plus elided forms). */
  readonly size: number
}

/** Options of {@link loadSpeller}. */
export interface SpellerOptions {
  /** Path or URL of a compiled data file; defaults to the French one shipped in `data/`. */
  readonly data?: string | URL
}

/**
 * The compiled dictionary shipped with the package, found from the package's own
 * name (not from `import.meta.url`), so that it is found from a bundle too.
 */
export const defaultDataUrl: URL = new URL('data/fr.dawg', pathToFileURL(createRequire(import.meta.url).resolve('@offre/spell-fr/package.json')))

/** Builds a speller from the bytes of a compiled data file. */
export function spellerFromBytes(bytes: Uint8Array): Speller {
  const automaton = Automaton.fromBytes(bytes)
  return {
    lookup: (word) => isKnown(automaton, word),
    isEntry: (word) => isEntry(automaton, word),
    suggest: (word, count = 5, edits = 2) => suggestWords(automaton, word, count, edits),
    size: automaton.size,
  }
}

/**
 * Reads the compiled dictionary (one `readFileSync`, no parsing) and returns a
 * speller over it.
 *
 * @example
 * const speller = loadSpeller()
 * speller.lookup('l’administration') // true
 * speller.suggest('logciel') // ['logiciel', …]
 */
export function loadSpeller(options: SpellerOptions = {}): Speller {
  return spellerFromBytes(readFileSync(options.data ?? defaultDataUrl))
}

/** The English dictionary (`dictionary-en`, compiled the same way), for English words in French text. */
export const englishDataUrl: URL = new URL('en.dawg', defaultDataUrl)

let shared: Speller | undefined
let english: Speller | undefined

/**
 * The English speller over `data/en.dawg`, loaded on first call and then reused. It
 * tells whether a word is English; deciding that a word in a French page is meant as
 * English needs context (offre-spelling: a run of English words, a link text…).
 */
export function englishSpeller(): Speller {
  english ??= loadSpeller({ data: englishDataUrl })
  return english
}

/** The default French speller, loaded on first call and then reused. */
export function speller(): Speller {
  shared ??= loadSpeller()
  return shared
}

/** {@link Speller.lookup} on the default speller. */
export function lookup(word: string): boolean {
  return speller().lookup(word)
}

/** {@link Speller.suggest} on the default speller. */
export function suggest(word: string, count = 5): string[] {
  return speller().suggest(word, count)
}
