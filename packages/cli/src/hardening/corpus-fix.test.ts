// The 211 real pages of code.gouv.fr through `offre lint --fix` twice: the second run
// changes nothing, and the first changed only lines where a fixable finding was reported.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { siteContentDir, sitePages } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { run } from '../testing.js'

interface JsonFinding {
  file: string
  line: number
  endLine: number
  fixable: boolean
}

describe('the real pages through --fix', () => {
  it('are fixed once and for all, and only where a fixable finding was reported', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'offre-corpus-fix-'))
    cpSync(siteContentDir, path.join(cwd, 'content'), { recursive: true })
    const relative = sitePages().map((page) => path.relative(siteContentDir, page))
    const read = () => new Map(relative.map((page) => [page, readFileSync(path.join(cwd, 'content', page), 'utf8')]))
    const before = read()
    const reported = JSON.parse((await run(['lint', '--format', 'json'], cwd)).stdout) as JsonFinding[]
    await run(['lint', '--fix', '--format', 'json'], cwd)
    const once = read()
    await run(['lint', '--fix', '--format', 'json'], cwd)
    expect(read()).toEqual(once)

    let changedPages = 0
    for (const page of relative) {
      const original = (before.get(page) ?? '').split('\n')
      const fixed = (once.get(page) ?? '').split('\n')
      if (original.join('\n') === fixed.join('\n')) continue
      changedPages++
      // Lines that fixes removed or rewrote are lines of the original that no longer stand.
      const kept = new Set(fixed)
      const fixableLines = new Set(
        reported.filter((f) => f.fixable && f.file === path.join('content', page)).flatMap((f) => Array.from({ length: f.endLine - f.line + 1 }, (_, i) => f.line + i)),
      )
      const touched = original.flatMap((line, index) => (kept.has(line) ? [] : [index + 1]))
      expect(touched.filter((line) => !fixableLines.has(line)), page).toEqual([])
    }
    expect(changedPages).toBeGreaterThan(50)
  }, 300_000)
})
