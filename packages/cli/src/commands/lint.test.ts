import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { project, run } from '../testing.js'

interface JsonFinding {
  file: string
  rule: string
  severity: string
  line: number
  column: number
  actual: string | null
  expected: string[] | null
}

async function lintJson(args: string[], cwd: string): Promise<{ code: number; findings: JsonFinding[] }> {
  const { code, stdout } = await run(['lint', '--format', 'json', ...args], cwd)
  return { code, findings: JSON.parse(stdout) as JsonFinding[] }
}

describe('offre lint', () => {
  it('finds `logciel` in the seed, exit 1, in compact JSON', async () => {
    const cwd = project({ 'content/fr/mission/offre-de-services.md': { copy: seedPath } })
    const { code, findings } = await lintJson([], cwd)
    expect(code).toBe(1)
    const typo = findings.find((f) => f.rule === 'offre-typos')
    expect(typo).toMatchObject({ file: 'content/fr/mission/offre-de-services.md', line: 41, column: 62, actual: 'logciel', expected: ['logiciel'] })
    expect(Object.keys(typo!)).toEqual(['file', 'rule', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'actual', 'expected', 'url', 'fixable'])
  })

  it('prints a French summary in the stylish format, without colours off a terminal', async () => {
    const cwd = project({ 'content/page.md': '---\ntitle: Page\n---\n\nUn logciel.\n' })
    const { code, stdout } = await run(['lint'], cwd)
    expect(code).toBe(1)
    expect(stdout).toContain('content/page.md\n  5:4-5:11  erreur')
    expect(stdout).toMatch(/✖ \d+ problèmes? \(1 erreur, \d+ avertissements?\) dans 1 fichier, 1 corrigeable avec `--fix`\n$/)
    expect(stdout).not.toContain('\u001b[')
  })

  it('exits 0 on clean content, and fails on warnings only past --max-warnings', async () => {
    const cwd = project({ 'content/page.md': '---\ntitle: Page\n---\n\nUn texte sans faute.\n' })
    expect((await run(['lint'], cwd)).code).toBe(0)
    const warned = project({ 'content/page.md': '---\ntitle: Page\n---\n\nUn contrat permanant.\n' })
    expect((await run(['lint'], warned)).code).toBe(0)
    expect((await run(['lint', '--max-warnings', '0'], warned)).code).toBe(1)
  })

  it('--fix writes the safe fixes, keeps CRLF line endings, and a second run changes nothing', async () => {
    const source = '---\r\ntitle: Page\r\n---\r\n\r\nUn logciel libre, notament.\r\n'
    const cwd = project({ 'content/page.md': source })
    const file = path.join(cwd, 'content/page.md')
    const first = await run(['lint', '--fix'], cwd)
    const fixed = readFileSync(file, 'utf8')
    expect(fixed).toBe('---\r\ntitle: Page\r\n---\r\n\r\nUn logiciel libre, notamment.\r\n')
    expect(first.code).toBe(0)
    await run(['lint', '--fix'], cwd)
    expect(readFileSync(file, 'utf8')).toBe(fixed)
  })

  it('goes on with the other files when one is not a page', async () => {
    const cwd = project({ 'content/a.md': '---\ntitle: A\n---\n\nUn logciel.\n', 'content/b.md': '---\ntitle: B\n---\n\nUn texte.\n' })
    writeFileSync(path.join(cwd, 'content/binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    const { code, findings } = await lintJson([], cwd)
    expect(code).toBe(1)
    expect(findings.map((f) => `${f.file} ${f.rule}`)).toEqual(
      expect.arrayContaining(['content/a.md offre-typos', 'content/binary.md binary-file']),
    )
  })

  it('exits 2 on an unknown format or a missing path', async () => {
    const cwd = project({ 'content/page.md': '---\ntitle: Page\n---\n' })
    expect(await run(['lint', '--format', 'xml'], cwd)).toMatchObject({ code: 2, stderr: 'offre lint : format inconnu `xml`, attendu l’un de : stylish, json, sarif, github, rdjson, rdjsonl, summary, unix\n' })
    expect((await run(['lint', 'absent'], cwd)).code).toBe(2)
  })
})
