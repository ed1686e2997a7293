/**
 * Nothing lost: `offre lint --fix` writes each page through a temporary file and
 * a rename, so a run killed at any moment leaves every page either as it was or
 * fully fixed, never half-written. The built CLI is started on a folder of many
 * fixable pages (enough for the worker threads) and killed with SIGKILL after
 * delays spread over a whole run; a temporary file left by a kill is hidden,
 * never linted, and removed by the next run that writes the same page.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { project } from '../testing.js'

const BIN = fileURLToPath(new URL('../../bin/offre.js', import.meta.url))
const PAGES = 60
const RUNS = Number(process.env.KILL_RUNS ?? 8)
const SEED = Number(process.env.FC_SEED ?? 42)

/** Pages with typos, different from one another, as long as the real offer page. */
function pages(): Record<string, string> {
  const body = readFileSync(seedPath, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')
  const files: Record<string, string> = {}
  for (let i = 0; i < PAGES; i++) files[`page-${String(i).padStart(2, '0')}.md`] = `---\ntitle: Page ${i}\n---\n\nUn logciel libre numéro ${i}, notament.\n${body}`
  return files
}

function lintFix(cwd: string): { status: number | null; ms: number } {
  const started = performance.now()
  const { status } = spawnSync(process.execPath, [BIN, 'lint', 'content', '--fix', '--format', 'json'], { cwd, stdio: 'ignore' })
  return { status, ms: performance.now() - started }
}

/** Starts a `--fix` run and kills it with SIGKILL after `delay` ms (or when it ends first). */
function killedAfter(cwd: string, delay: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'lint', 'content', '--fix'], { cwd, stdio: 'ignore' })
    const timer = setTimeout(() => child.kill('SIGKILL'), delay)
    child.on('exit', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/** A small deterministic generator, seeded by FC_SEED, for the kill delays. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
}

const temporaries = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('.') && name.endsWith('.tmp'))

describe('offre lint --fix killed at any moment', () => {
  it('leaves every page as it was or fully fixed, never partial', async () => {
    expect(existsSync(BIN), `${BIN} is missing: build the CLI first (npx tsc -b packages/cli; npm test builds before testing)`).toBe(true)
    const originals = pages()
    const names = Object.keys(originals)

    // The fully fixed pages, from a run left to finish; every page has something to fix.
    const reference = project({})
    mkdirSync(path.join(reference, 'content'))
    for (const [name, text] of Object.entries(originals)) writeFileSync(path.join(reference, 'content', name), text)
    const full = lintFix(reference)
    expect(full.status).not.toBeNull()
    const fixed = Object.fromEntries(names.map((name) => [name, readFileSync(path.join(reference, 'content', name), 'utf8')]))
    for (const name of names) expect(fixed[name], name).not.toBe(originals[name])
    expect(fixed['page-00.md']).toContain('Un logiciel libre numéro 0, notamment.')

    const next = random(SEED)
    const outcomes: string[] = []
    let left = ''
    for (let run = 0; run < RUNS; run++) {
      const cwd = project({})
      mkdirSync(path.join(cwd, 'content'))
      for (const [name, text] of Object.entries(originals)) writeFileSync(path.join(cwd, 'content', name), text)
      // Delays spread over a whole run: at start-up, while pages are written, near the end.
      await killedAfter(cwd, Math.floor(full.ms * ((run + next()) / RUNS)))
      let done = 0
      for (const name of names) {
        const now = readFileSync(path.join(cwd, 'content', name), 'utf8')
        expect([originals[name], fixed[name]], `${name} is neither old nor new after a kill`).toContain(now)
        if (now === fixed[name]) done++
      }
      outcomes.push(`${done}/${PAGES}`)
      if (left !== '') rmSync(left, { recursive: true, force: true })
      left = cwd
    }
    // At least one kill landed before the end: the check above saw pages not yet written.
    expect(outcomes.some((outcome) => outcome !== `${PAGES}/${PAGES}`), `every kill came too late: ${outcomes.join(', ')}`).toBe(true)
    console.info(`pages fixed when killed: ${outcomes.join(', ')}`)

    // A temporary file left by a killed run (a process that no longer runs) is removed by the next write of its page.
    const gone = spawnSync(process.execPath, ['-e', 'process.pid'])
    const content = path.join(left, 'content')
    for (const [name, text] of Object.entries(originals)) writeFileSync(path.join(content, name), text)
    writeFileSync(path.join(content, `.page-00.md.${gone.pid}.1700000000000.tmp`), 'Un logci')
    expect(lintFix(left).status).not.toBeNull()
    for (const name of names) expect(readFileSync(path.join(content, name), 'utf8')).toBe(fixed[name])
    expect(temporaries(content)).toEqual([])
    rmSync(left, { recursive: true, force: true })
    rmSync(reference, { recursive: true, force: true })
  }, 300_000)
})
