import { readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import { historyPages, seedPath, sitePages } from '@offre/fixtures'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { markdownProcessor, micromarkProcessor, parseFast, remarkFastPath } from './index.js'

/** micromark alone: the reference the fast path must agree with. */
const reference = micromarkProcessor

function micromark(doc: string): Root {
  return JSON.parse(JSON.stringify(reference.parse(doc))) as Root
}

function fast(doc: string): Root | undefined {
  const tree = parseFast(doc)
  return tree === undefined ? undefined : (JSON.parse(JSON.stringify(tree)) as Root)
}

const seed = readFileSync(seedPath, 'utf8')

describe('parseFast', () => {
  it('reads the seed page, and gives the very tree micromark gives', () => {
    const tree = fast(seed)
    expect(tree).toBeDefined()
    expect(tree).toEqual(micromark(seed))
  })

  it('reads pages made from the seed (headings renamed, lists shuffled, paragraphs swapped)', () => {
    const blocks = seed.split(/\n\n+/)
    for (let k = 1; k <= 30; k++) {
      const out = blocks.map((block) =>
        block.startsWith('#') ? `${block} (${k})` : block.startsWith('- ') ? block.split('\n').reverse().join('\n') : block,
      )
      const paragraphs = out.flatMap((block, i) => (/^[A-ZÀ-Ý]/.test(block) && block.length > 80 ? [i] : []))
      const [a, b] = [paragraphs[k % paragraphs.length]!, paragraphs[(3 * k) % paragraphs.length]!]
      ;[out[a], out[b]] = [out[b]!, out[a]!]
      const page = out.join('\n\n')
      expect(fast(page), `page ${k}`).toEqual(micromark(page))
    }
  })

  it('agrees with micromark on every real page it reads, and reads a good part of them', () => {
    let read = 0
    const pages = [...sitePages(), ...historyPages()]
    for (const page of pages) {
      const doc = readFileSync(page, 'utf8')
      const tree = fast(doc)
      if (tree === undefined) continue
      read++
      expect(tree, page).toEqual(micromark(doc))
    }
    // 66 of the 224 pages on 2026-11-29; fewer means a construct stopped being read.
    expect(read).toBeGreaterThanOrEqual(66)
  })

  it.each([
    ['a loose list', '- a\n\n- b\n'],
    ['a lazy continuation line', '- a\nb\n'],
    ['an indented line', 'a\n  b\n'],
    ['a hard break', 'a  \nb\n'],
    ['CRLF line endings', 'a\r\nb\r\n'],
    ['a byte-order mark', '\ufeffa\n'],
    ['an escape', 'a \\* b\n'],
    ['a character reference', 'a &amp; b\n'],
    ['a link definition', '[a]: /b\n'],
    ['a table', '| a |\n| - |\n'],
    ['a bare URL', 'voir https://code.gouv.fr\n'],
    ['a bare address', 'écrire à contact@code.gouv.fr\n'],
    ['emphasis with underscores', '_a_\n'],
    ['intraword emphasis', 'a*b*c\n'],
    ['a task list', '- [ ] a\n'],
    ['an image', '![a](b.png)\n'],
    ['raw HTML', 'a <b>c</b>\n'],
    ['a setext heading', 'a\n---\n'],
    ['an unclosed front matter', '---\na: 1\n'],
    ['a code span of two backticks', '``a``\n'],
  ])('gives up on %s', (_, doc) => {
    expect(parseFast(doc)).toBeUndefined()
    expect(() => reference.parse(doc)).not.toThrow()
  })
})

describe('remarkFastPath', () => {
  it('is part of the model’s processor: the seed’s tree is micromark’s', () => {
    expect(JSON.parse(JSON.stringify(markdownProcessor.parse(seed)))).toEqual(micromark(seed))
  })

  /** A processor whose micromark parser counts its calls, with or without one more syntax extension. */
  function counted(extraSyntax: boolean) {
    const calls = { micromark: 0 }
    const processor = micromarkProcessor()
      .use(function () {
        if (extraSyntax) this.data('micromarkExtensions')?.push({})
        const parser = this.parser!
        this.parser = (doc, file) => {
          calls.micromark++
          return parser(doc, file)
        }
      })
      .use(remarkFastPath)
      .freeze()
    return { processor, calls }
  }

  it('reads the pages it can without micromark, and hands the others to it', () => {
    const { processor, calls } = counted(false)
    processor.parse(seed)
    expect(calls.micromark).toBe(0)
    expect(processor.parse('> citation\n').children[0]?.type).toBe('blockquote')
    expect(calls.micromark).toBe(1)
  })

  it('steps aside when another plugin adds syntax the fast path does not know', () => {
    const { processor, calls } = counted(true)
    processor.parse(seed)
    expect(calls.micromark).toBe(1)
  })

  it('does nothing when no parser is set before it', () => {
    expect(() => unified().use(remarkFastPath).freeze()).not.toThrow()
  })
})
