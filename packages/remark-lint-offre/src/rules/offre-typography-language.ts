/**
 * Whether a finding of `offre-typography` sits in English quoted by a French page (a
 * talk title, a headline): French typography does not apply there. Function words
 * decide (`the`, `of`, `what` against `le`, `de`, `que`), first among the words around
 * the finding, then in its sentence, its text node, and the source around the node.
 * Each text node is indexed once, so a page with thousands of findings stays linear.
 */
import type { TextRange } from './offre-typography-text.js'
import { countAtMost } from '../sorted.js'

const ENGLISH = new Set(
  'the of and to is are was were what why how does do did you your we our it its in for with from by this that these those they their be been has have about into will can now who which when where not all at my them there more than just up out new get'.split(' '),
)
const FRENCH = new Set(
  'le la les de des du un une et est en pour dans sur avec par que qui ne pas au aux ce cette ces nous vous il elle sont son sa ses leur mais ou où à d l qu s n c j plus très se votre notre'.split(' '),
)

function scoreOf(word: string): number {
  const lower = word.toLowerCase()
  return ENGLISH.has(lower) ? 1 : FRENCH.has(lower) ? -1 : 0
}

interface LanguageIndex {
  starts: number[]
  ends: number[]
  /** `sums[i]`: total score of the words before word `i`. */
  sums: number[]
  english: boolean[]
  /** Offsets where a sentence starts (after `. ! ? …` and white space). */
  sentences: number[]
  around: number
}

const indexes = new WeakMap<TextRange, LanguageIndex>()

function indexOf(range: TextRange): LanguageIndex {
  const cached = indexes.get(range)
  if (cached) return cached
  const index: LanguageIndex = { starts: [], ends: [], sums: [0], english: [], sentences: [0], around: 0 }
  for (const match of range.prose.matchAll(/\p{L}+/gu)) {
    const score = scoreOf(match[0])
    index.starts.push(match.index ?? 0)
    index.ends.push((match.index ?? 0) + match[0].length)
    index.sums.push((index.sums[index.sums.length - 1] ?? 0) + score)
    index.english.push(score > 0)
  }
  for (const match of range.prose.matchAll(/[.!?…]\s+/g)) index.sentences.push((match.index ?? 0) + match[0].length)
  for (const match of (range.around ?? '').matchAll(/\p{L}+/gu)) index.around += scoreOf(match[0])
  indexes.set(range, index)
  return index
}


/** Whether the finding at `offset` (in the text node) is in English. */
export function looksEnglish(range: TextRange, offset: number): boolean {
  const index = indexOf(range)
  const sum = (from: number, to: number): number => (index.sums[to] ?? 0) - (index.sums[from] ?? 0)
  // Words ending at or before the finding, then the words from it on.
  const before = countAtMost(index.ends, offset)
  // `For Education`, `the Etat`: an English word right before settles it.
  const previousEnd = index.ends[before - 1]
  if (previousEnd !== undefined && index.english[before - 1] === true && /^[^\p{L}\n]{1,3}$/u.test(range.prose.slice(previousEnd, offset))) return true
  const window = sum(Math.max(0, before - 5), Math.min(index.starts.length, before + 6))
  const sentenceStart = index.sentences[countAtMost(index.sentences, offset) - 1] ?? 0
  const nextSentence = index.sentences[countAtMost(index.sentences, offset)] ?? range.prose.length
  const sentence = sum(countAtMost(index.starts, sentenceStart - 1), countAtMost(index.starts, nextSentence - 1))
  for (const score of [window, sentence, sum(0, index.starts.length), index.around]) {
    if (score !== 0) return score > 0
  }
  return false
}
