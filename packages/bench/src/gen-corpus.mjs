#!/usr/bin/env node
/**
 * Corpus generator for the benchmarks: N markdown pages derived from the seed page.
 *
 * A faithful port of the generator the issues' figures were measured with (same
 * mulberry32 PRNG and seeds, same transformations in the same order, same layout),
 * so our figures stay comparable with theirs; it lives here because tests and
 * benchmarks must not read files outside the repository. `gen-corpus.test.ts`
 * pins its output bytes: change it only on purpose.
 *
 * Each page differs slightly so no tool can cache identical content:
 *   - the front-matter title gets a per-file suffix;
 *   - every heading gets " (k)" appended (k = file index, from 1);
 *   - the items of each bullet list are shuffled;
 *   - ~25% of files get one injected misspelling (two inner letters swapped);
 *   - ~50% of files get two paragraphs swapped.
 * Files go into OUTDIR/sNNN/page-NNNNN.md, 100 files per sub-folder.
 *
 * Usage: node gen-corpus.mjs SEED.md N OUTDIR
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const titles = [
  'Offre de services de la mission logiciels libres',
  'Services proposés par la mission logiciels libres',
  'Accompagnement de la mission logiciels libres',
  'Ce que la mission logiciels libres peut faire pour vous',
]

/** mulberry32: small, fast, and the PRNG of the reference generator. */
function rng(a) {
  return function () {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle(arr, r) {
  const a = arr.slice()
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}

/** Swaps two inner letters of a word of 6 letters or more. */
function misspell(text, r) {
  const words = [...text.matchAll(/\p{L}{6,}/gu)]
  if (!words.length) return text
  const m = words[Math.floor(r() * words.length)]
  const w = m[0]
  const i = 1 + Math.floor(r() * (w.length - 3))
  const bad = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
  return text.slice(0, m.index) + bad + text.slice(m.index + w.length)
}

/** Splits the seed into its front matter (with the closing `---` line) and its blocks. */
function splitSeed(seed) {
  const fmEnd = seed.indexOf('\n---\n', 4)
  const frontMatter = seed.slice(0, fmEnd + 5)
  const body = seed.slice(fmEnd + 5).replace(/^\n+/, '').replace(/\n+$/, '')
  return { frontMatter, blocks: body.split(/\n\n+/) }
}

/** The text of page k (1-based); pure, so tests can check it without touching disk. */
export function generatePage(seed, k) {
  const { frontMatter, blocks } = splitSeed(seed)
  return pageFrom(frontMatter, blocks, k)
}

function pageFrom(frontMatter, blocks, k) {
  const r = rng(k * 7919)
  const title = `${titles[k % titles.length]} — page ${k}`
  const fm = frontMatter.replace(/^title: .*$/m, `title: ${title}`)
  const out = blocks.map((b) => {
    if (/^#{1,6} /.test(b)) return `${b} (${k})`
    if (/^- /.test(b)) return shuffle(b.split('\n'), r).join('\n')
    return b
  })
  const paraIdx = out
    .map((b, i) => (/^[A-ZÀ-Ý]/.test(b) && b.length > 80 ? i : -1))
    .filter((i) => i >= 0)
  if (r() < 0.25) {
    const i = paraIdx[Math.floor(r() * paraIdx.length)]
    out[i] = misspell(out[i], r)
  }
  if (r() < 0.5) {
    const a = paraIdx[Math.floor(r() * paraIdx.length)]
    const b = paraIdx[Math.floor(r() * paraIdx.length)]
    ;[out[a], out[b]] = [out[b], out[a]]
  }
  return fm + '\n' + out.join('\n\n') + '\n'
}

/** Relative path of page k: sNNN/page-NNNNN.md, 100 pages per folder. */
export function pagePath(k) {
  return path.join(`s${String(Math.floor((k - 1) / 100)).padStart(3, '0')}`, `page-${String(k).padStart(5, '0')}.md`)
}

/**
 * Writes N pages derived from the seed text into outDir (emptied first).
 * @returns {{ files: number, bytes: number }}
 */
export function generateCorpus(seed, n, outDir) {
  const { frontMatter, blocks } = splitSeed(seed)
  fs.rmSync(outDir, { recursive: true, force: true })
  let bytes = 0
  for (let k = 1; k <= n; k++) {
    const text = pageFrom(frontMatter, blocks, k)
    const file = path.join(outDir, pagePath(k))
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, text)
    bytes += Buffer.byteLength(text)
  }
  return { files: n, bytes }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [seedPath, nArg, outDir] = process.argv.slice(2)
  if (!seedPath || !nArg || !outDir || !Number.isInteger(Number(nArg))) {
    console.error('usage: node gen-corpus.mjs SEED.md N OUTDIR')
    process.exit(2)
  }
  const { files, bytes } = generateCorpus(fs.readFileSync(seedPath, 'utf8'), Number(nArg), outDir)
  console.log(`${outDir}: ${files} files, ${bytes} bytes (${(bytes / 1e6).toFixed(2)} MB)`)
}
