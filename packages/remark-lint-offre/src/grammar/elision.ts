/**
 * An elision before a consonant (`lors d’wébinaires`, `j’pense`): French elides
 * `de`, `je`, `me`, `ne`, `se`, `te`, `ce`, `que`, `le`/`la` only before a vowel or a
 * mute h. Grammalecte does not look for it; offre does, with or without Grammalecte.
 * A `y` is left alone (`d’Yves`), and so are names (`O’Reilly`, `M’Bappé`: a capital
 * before the apostrophe) and words glued to the one before (`rock’n’roll`).
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { matchProse } from '../prose.js'

/** The elided word and the full one; `l’` is `le` or `la`, which only the editor knows. */
const FULL: Readonly<Record<string, readonly string[]>> = {
  d: ['de'],
  j: ['je'],
  m: ['me'],
  n: ['ne'],
  s: ['se'],
  t: ['te'],
  c: ['ce'],
  qu: ['que'],
  jusqu: ['jusque'],
  lorsqu: ['lorsque'],
  puisqu: ['puisque'],
  quoiqu: ['quoique'],
  l: ['le', 'la'],
}

const ELISION_BEFORE_CONSONANT = /(?<![\p{L}\p{N}'’ʼ_-])(d|j|m|n|s|t|c|l|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ](?=[bcdfgjklmnpqrstvwxzç]\p{L})/gu

export interface ElisionFinding {
  /** The elided word with its apostrophe (`d’`). */
  start: number
  end: number
  actual: string
  /** Each full word with a space, replacing `actual` (`de `). */
  expected: string[]
}

export function elisionsBeforeConsonant(tree: Root, file: VFile, skipped: ReadonlyArray<readonly [number, number]>): ElisionFinding[] {
  const found: ElisionFinding[] = []
  for (const { match, start, end } of matchProse(tree, file, ELISION_BEFORE_CONSONANT)) {
    if (skipped.some(([from, to]) => start >= from && start < to)) continue
    const word = match[1] ?? ''
    found.push({ start, end, actual: match[0], expected: (FULL[word] ?? []).map((full) => `${full} `) })
  }
  return found
}
