/**
 * The fast path against micromark on random documents: every tree it gives must be
 * micromark's, node for node and position for position. `npm test` runs 5,000 cases,
 * `npm run fuzz` 100,000 (`FUZZ_RUNS`), with the seed `FC_SEED` (42 by default).
 */
import fc from 'fast-check'
import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { micromarkProcessor, parseFast } from './index.js'

function micromark(doc: string): Root {
  return JSON.parse(JSON.stringify(micromarkProcessor.parse(doc))) as Root
}

function fast(doc: string): Root | undefined {
  const tree = parseFast(doc)
  return tree === undefined ? undefined : (JSON.parse(JSON.stringify(tree)) as Root)
}

describe('parseFast (property)', () => {
  // Pieces that sit on the edges of what the fast path reads, so that random
  // documents made of them hit every way it could disagree with micromark.
  const PIECES = [
    '- ', '-', '## ', '# ', '#', '###### ', '####### ', '*', '**', '***', '`', '``', '[', ']', '(', ')', '](', '](/x)',
    'a', 'é', 'mot', 'Mot', ' ', '  ', '\n', '\n\n', '---\n', '---', '<br/>', '<br>', '<br />', '<', '@', 'www.', 'WWW.',
    'http:', 'https://x', '_', '!', '![', '1. ', '1) ', '2', '.', ',', ':', '\u00a0', '\u202f', '>', '=', '===', '+', '+ ',
    'x@y.fr', '[a](/b)', '[a@b.c](mailto:a@b.c)', '[www.a.fr](https://a.fr)', '*a*', '**a**', '`c`', '"', "'", '?', '«',
    '»', '[ ]', '[x]', '#a', '…', '–', '9', '~', '|', '&', '\\', '$', '^', 'q*', '*q', '\t', '\r\n', '\ufeff', '\0',
    '- [a](b)\n', '\n- ', '\n## ', '\n<br/>\n', '\n\n- a\n- b\n\n', '*Mot mot* ', '**Mot**,',
  ]
  const document = fc
    .tuple(
      fc.boolean(),
      fc.array(fc.constantFrom('t: 1', 'a: b', '', '---', 'x', '- y', '| z'), { maxLength: 3 }),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
    )
    .map(([frontMatter, yaml, pieces]) => (frontMatter ? `---\n${yaml.map((line) => `${line}\n`).join('')}---\n` : '') + pieces.join(''))

  it('gives micromark’s tree or gives up, for random documents made of edge pieces (property)', () => {
    const runs = Number(process.env.FUZZ_RUNS) || 5_000
    let read = 0
    fc.assert(
      fc.property(document, (doc) => {
        const tree = fast(doc)
        if (tree === undefined) return
        read++
        expect(tree).toEqual(micromark(doc))
      }),
      { numRuns: runs, seed: Number(process.env.FC_SEED ?? 42), ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}) },
    )
    // Not vacuous: about one document in six is one the fast path reads.
    expect(read).toBeGreaterThan(runs / 20)
  }, Number(process.env.FUZZ_RUNS) ? 0 : 60_000)
})
