// Decides whether a word is correctly spelled, on top of the exact automaton
// lookup: Hunspell's case rules, both apostrophes, French elisions and
// hyphenated compounds whose parts are all words.
import { Automaton, NONE } from './automaton.js'
import { casePattern, capitalize, lowerFirst } from './case.js'
import { splitElision } from './elision.js'
import { WordFlag } from './expand.js'

const combining = /[\u0300-\u036f]/
const pronounAfterT = /^(il|elle|on|ils|elles|iel|iels)$/i

/**
 * Normalises what writers type into the dictionary's spelling: NFC, and the
 * typographic apostrophe `’` (or `ʼ`) as `'`, as the `.aff` ICONV table does.
 */
export function normalize(word: string): string {
  // Both checks avoid allocating for the common, already normal, word.
  let result = combining.test(word) ? word.normalize('NFC') : word
  if (result.includes('’') || result.includes('ʼ')) result = result.replace(/[’ʼ]/g, "'")
  return result
}

/** Exact form, or another case of it that the dictionary's case rules allow. */
function knownCased(automaton: Automaton, word: string): boolean {
  if (automaton.flags(word) !== NONE) return true
  const pattern = casePattern(word)
  // A case variant never matches a KEEPCASE word (`kg` is not `KG`).
  const variant = (candidate: string): boolean => {
    const flags = automaton.flags(candidate)
    return flags !== NONE && (flags & WordFlag.keepCase) === 0
  }
  if (pattern === 'capitalized') return variant(lowerFirst(word))
  if (pattern === 'upper') {
    const lower = word.toLowerCase()
    return variant(lower) || variant(capitalize(lower))
  }
  return false
}

/** `l'avion`, `L'AVION`, `qu'il`: the elision and the rest stored with its marker. */
function knownElided(automaton: Automaton, word: string): boolean {
  const split = splitElision(word)
  if (split === undefined) return false
  const { marker, rest } = split
  if (automaton.hasSuffixCode(rest, marker)) return true
  const pattern = casePattern(rest)
  if (pattern === 'capitalized') return automaton.hasSuffixCode(lowerFirst(rest), marker)
  if (pattern === 'upper') {
    const lower = rest.toLowerCase()
    return automaton.hasSuffixCode(lower, marker) || automaton.hasSuffixCode(capitalize(lower), marker)
  }
  return false
}

function knownSimple(automaton: Automaton, word: string): boolean {
  return knownCased(automaton, word) || knownElided(automaton, word)
}

/** Every part of `porte-avion`, `existe-t-il`, `celui-là` is a word. */
function knownCompound(automaton: Automaton, word: string): boolean {
  const parts = word.split('-')
  if (parts.length < 2) return false
  return parts.every((part, index) => {
    if (part === '') return false
    // The euphonic `t` of `existe-t-il` is not a word of its own.
    if ((part === 't' || part === 'T') && index > 0 && pronounAfterT.test(parts[index + 1] ?? '')) return true
    return knownSimple(automaton, part)
  })
}

/** Whether `word` is one form of the dictionary (`pré-salé`), not a compound of known parts (`pré-cadrant`). */
export function isEntry(automaton: Automaton, input: string): boolean {
  const word = normalize(input)
  return word.length > 0 && knownSimple(automaton, word)
}

/** Whether `word` is spelled correctly, with the rules described in the README. */
export function isKnown(automaton: Automaton, input: string): boolean {
  const word = normalize(input)
  if (word.length === 0) return false
  if (knownSimple(automaton, word)) return true
  return word.includes('-') && knownCompound(automaton, word)
}
