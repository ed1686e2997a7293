/**
 * Which blocks of a French page are in fact written in another language: quotes,
 * titles of English articles, abstracts. The French-only checks (spelling) skip
 * them. A block is foreign when its function words are mostly English ones: a
 * cheap test, good enough for whole sentences, and wrong only on very short text.
 */
import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { memoize } from './memo.js'
import { eachOfType } from './tree-index.js'

const ENGLISH = new Set(
  'the of and to is are was were with for from by that this these those their our we you your it its be been has have had how what which who why will can should would on in at an not or but into about than they them there here all any'.split(' '),
)
const FRENCH = new Set(
  'le la les de des du et est sont un une pour par que qui dans sur avec au aux ce cette ces nous vous il elle ils elles on ne pas en se sa son ses leur leurs mais ou où donc plus être été très'.split(' '),
)

/** English function words (`the`, `of`…), which French never uses: a word beside one is in an English phrase. */
export function isEnglishFunctionWord(word: string): boolean {
  const lower = word.toLowerCase()
  return ENGLISH.has(lower) && !FRENCH_TOO.has(lower)
}

/** French function words (`le`, `de`, `et`…). */
export function isFrenchFunctionWord(word: string): boolean {
  return FRENCH.has(word.toLowerCase())
}

/** Words of the English list that are French words too (`on`, `est`…). */
const FRENCH_TOO = new Set(['on', 'an', 'a', 'are', 'but', 'its', 'can', 'tout'])

/** Whether `text` reads as English rather than French (remembered: see memo.ts). */
export const isEnglish: (text: string) => boolean = memoize(readsAsEnglish, 5_000)

function readsAsEnglish(text: string): boolean {
  let english = 0
  let french = 0
  for (const word of text.toLowerCase().split(/[^\p{L}']+/u)) {
    if (ENGLISH.has(word)) english++
    else if (FRENCH.has(word.charCodeAt(1) === 39 && /^[ldjnmtsc]/.test(word) ? word.slice(2) : word)) french++
  }
  return english > french && (english >= 2 || french === 0)
}

const cache = new WeakMap<Root, Array<[number, number]>>()

/** Source ranges of the blocks (paragraphs, headings, table cells) written in English. */
export function foreignBlocks(tree: Root): Array<[number, number]> {
  const cached = cache.get(tree)
  if (cached) return cached
  const ranges: Array<[number, number]> = []
  eachOfType(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined && isEnglish(toString(node))) ranges.push([start, end])
    return 'skip'
  })
  cache.set(tree, ranges)
  return ranges
}
