// The corpus generator must keep producing the bytes the issues' figures were
// measured on: deterministic, laid out as sNNN/page-NNNNN.md, ~25% misspelled.
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { seedPath } from '@offre/fixtures'
import { afterAll, describe, expect, it } from 'vitest'
import { generateCorpus, generatePage } from './gen-corpus.mjs'

const seed = readFileSync(seedPath, 'utf8')
const root = mkdtempSync(path.join(tmpdir(), 'offre-gen-corpus-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** Relative paths of the files under dir, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

function digest(dir: string): string {
  const hash = createHash('sha256')
  for (const file of listFiles(dir)) hash.update(readFileSync(path.join(dir, file)))
  return hash.digest('hex')
}

/** The words of a page's body, front matter left out (its title changes on purpose). */
function bodyWords(text: string): string[] {
  return text.slice(text.indexOf('\n---\n', 4) + 5).match(/\p{L}+/gu) ?? []
}

describe('gen-corpus', () => {
  const first = path.join(root, 'a')
  const result = generateCorpus(seed, 20, first)

  it('writes N pages in sNNN/page-NNNNN.md, 100 per folder', () => {
    const files = listFiles(first)
    expect(result.files).toBe(20)
    expect(files).toEqual(Array.from({ length: 20 }, (_, i) => path.join('s000', `page-${String(i + 1).padStart(5, '0')}.md`)))
    expect(generatePage(seed, 100)).not.toBe(generatePage(seed, 101))
    const wide = path.join(root, 'wide')
    generateCorpus(seed, 101, wide)
    expect(listFiles(wide).at(-1)).toBe(path.join('s001', 'page-00101.md'))
  })

  it('is deterministic: the same N gives the same bytes', () => {
    const second = path.join(root, 'b')
    generateCorpus(seed, 20, second)
    expect(digest(second)).toBe(digest(first))
    expect(result.bytes).toBe(listFiles(first).reduce((sum, file) => sum + readFileSync(path.join(first, file)).length, 0))
  })

  it('gives the bytes of the reference generator the issues were measured with', () => {
    // sha256 of the 20 files concatenated in path order, as written by /work/shared/bench/gen-corpus.mjs.
    expect(digest(first)).toBe('a20af5bd5d25e1f591718e11a25439934ed5cd5d972788f5cfcc4ec9b3403c29')
  })

  it('suffixes the title and every heading with the page number', () => {
    const page = readFileSync(path.join(first, 's000', 'page-00007.md'), 'utf8')
    expect(page).toMatch(/^title: .+ — page 7$/m)
    const headings = page.split('\n').filter((line) => /^#{1,6} /.test(line))
    expect(headings.length).toBeGreaterThan(0)
    for (const heading of headings) expect(heading).toMatch(/ \(7\)$/)
  })

  it('injects one misspelling, two letters swapped, in about a quarter of the pages', () => {
    const known = new Set(bodyWords(seed))
    const misspelled = listFiles(first).flatMap((file) => {
      const unknown = bodyWords(readFileSync(path.join(first, file), 'utf8')).filter((word) => !known.has(word))
      return unknown.length > 0 ? [unknown] : []
    })
    expect(misspelled).toHaveLength(4) // 20% of 20; 26.7% of 1,000
    for (const unknown of misspelled) {
      expect(unknown).toHaveLength(1)
      const [word] = unknown as [string]
      const swapsOf = (w: string) => [...w].slice(0, -1).map((_, i) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))
      expect(swapsOf(word).some((candidate) => known.has(candidate))).toBe(true)
    }
  })
})
