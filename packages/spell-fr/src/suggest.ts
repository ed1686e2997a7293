// Ranked corrections for an unknown word: the search of `search.ts` run on the
// word in the dictionary's case, first with a budget of one edit (most typos)
// and only when that gives too few words with two, then given back the
// writer's case, elision and apostrophe.
import type { Automaton } from './automaton.js'
import { applyCase, casePattern, lowerFirst } from './case.js'
import { EDIT } from './costs.js'
import { splitElision } from './elision.js'
import { isKnown, normalize } from './lookup.js'
import { search, type Candidate } from './search.js'

function rank(a: Candidate, b: Candidate, length: number): number {
  return a.cost - b.cost || Math.abs(a.word.length - length) - Math.abs(b.word.length - length) || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0)
}

/**
 * The search's candidates, remembered for the last words asked (bounded): a caller that
 * asks for one suggestion, then for three of the same word, searches each budget once.
 */
const searches = new WeakMap<Automaton, Map<string, Candidate[]>>()
const REMEMBERED = 2_000

function searched(automaton: Automaton, query: string, budget: number): Candidate[] {
  let remembered = searches.get(automaton)
  if (remembered === undefined) searches.set(automaton, (remembered = new Map()))
  const key = `${budget} ${query}`
  let found = remembered.get(key)
  if (found === undefined) {
    found = search(automaton, query, budget)
    if (remembered.size >= REMEMBERED) remembered.clear()
    remembered.set(key, found)
  }
  return found
}

/** Ranked dictionary words close to `word` (already normalised), without case or elision handling. */
function closest(automaton: Automaton, word: string, count: number, edits: number, accept: (candidate: string) => boolean): string[] {
  const pattern = casePattern(word)
  const query = pattern === 'upper' ? word.toLowerCase() : pattern === 'capitalized' ? lowerFirst(word) : word
  // Very short words are close to too many others for a second edit to help.
  const budgets = query.length <= 3 || edits < 2 ? [EDIT] : [EDIT, 2 * EDIT]
  let found: Candidate[] = []
  for (const budget of budgets) {
    found = searched(automaton, query, budget).filter((candidate) => accept(candidate.word))
    if (found.length >= count) break
  }
  found.sort((a, b) => rank(a, b, query.length))
  const seen = new Set<string>()
  const result: string[] = []
  for (const { word: candidate } of found) {
    const cased = applyCase(candidate, pattern)
    if (seen.has(cased)) continue
    seen.add(cased)
    result.push(cased)
    if (result.length === count) break
  }
  return result
}

/**
 * Suggestions for `input`, best first; `[]` when it is known. `edits` bounds the search:
 * 2 (the default) looks two ordinary edits away when one gives too few words; 1 stops at
 * one, for a caller that only needs to know whether a word is one slip from another
 * (a search two edits away costs about five times more).
 */
export function suggestWords(automaton: Automaton, input: string, count: number, edits = 2): string[] {
  const word = normalize(input)
  if (count <= 0 || word.length === 0 || isKnown(automaton, word)) return []
  const typographic = input.includes('’')
  const output = (suggestion: string): string => (typographic ? suggestion.replaceAll("'", '’') : suggestion)

  const split = splitElision(word)
  if (split !== undefined) {
    const prefix = `${split.elision}'`
    // Only words that take this elision: `l'avion`, not `l'chat`.
    const takes = (candidate: string): boolean =>
      automaton.hasSuffixCode(candidate, split.marker) || automaton.hasSuffixCode(lowerFirst(candidate), split.marker)
    return closest(automaton, split.rest, count, edits, takes).map((rest) => output(prefix + rest))
  }

  const whole = closest(automaton, word, count, edits, () => true)
  if (whole.length > 0 || !word.includes('-')) return whole.map(output)
  // A compound not in the dictionary: correct each unknown part on its own.
  const parts = word.split('-').map((part) => (part === '' || isKnown(automaton, part) ? part : closest(automaton, part, 1, edits, () => true)[0]))
  if (parts.some((part) => part === undefined)) return []
  return [output(parts.join('-'))]
}
