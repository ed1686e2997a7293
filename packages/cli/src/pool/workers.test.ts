/**
 * The worker threads give the same answers as one thread: `offre lint` and
 * `offre build` of the built CLI (the only place the compiled workers exist) on
 * enough pages to start workers, compared with `--jobs 1`, byte for byte.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { project } from '../testing.js'

const BIN = fileURLToPath(new URL('../../bin/offre.js', import.meta.url))

/** 48 pages, different from one another, with findings, in three folders. */
function pages(): Record<string, string> {
  const body = readFileSync(seedPath, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')
  const files: Record<string, string> = {}
  for (let i = 0; i < 48; i++) files[`content/s${i % 3}/page-${String(i).padStart(2, '0')}.md`] = `---\ntitle: Page ${i}\n---\n\nUn logciel libre numéro ${i}.\n${body}`
  return files
}

function offre(args: string[], cwd: string): { status: number | null; stdout: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })
  if (status !== 0 && status !== 1) throw new Error(`offre ${args.join(' ')}: exit ${status}\n${stderr}`)
  return { status, stdout }
}

function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name)
      if (entry.isDirectory()) walk(full)
      else files[path.relative(dir, full)] = readFileSync(full, 'latin1')
    }
  }
  walk(dir)
  return files
}

describe('worker threads', () => {
  it('is built', () => {
    expect(existsSync(BIN), `${BIN} is missing: build the CLI first (npm test builds before testing)`).toBe(true)
  })

  it('lint the pages as one thread does, in the same order', () => {
    const cwd = project(pages())
    const one = offre(['lint', 'content', '--format', 'json', '--jobs', '1'], cwd)
    const many = offre(['lint', 'content', '--format', 'json', '--jobs', '2'], cwd)
    rmSync(cwd, { recursive: true, force: true })
    expect(many.status).toBe(1)
    expect(JSON.parse(many.stdout).length).toBeGreaterThan(48)
    expect(many.stdout).toBe(one.stdout)
  }, 120_000)

  it('build the same site as one thread does, byte for byte', () => {
    const cwd = project(pages())
    const one = offre(['build', 'content', '--out', 'one', '--jobs', '1'], cwd)
    const many = offre(['build', 'content', '--out', 'many', '--jobs', '2'], cwd)
    const [a, b] = [tree(path.join(cwd, 'one')), tree(path.join(cwd, 'many'))]
    rmSync(cwd, { recursive: true, force: true })
    expect(many.status).toBe(0)
    expect(Object.keys(b).filter((file) => file.endsWith('index.html'))).toHaveLength(48)
    expect(many.stdout.replace('many', 'one')).toBe(one.stdout)
    expect(b).toEqual(a)
  }, 120_000)
})
