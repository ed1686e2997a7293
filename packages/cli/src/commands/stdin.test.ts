// `offre lint --stdin --stdin-filename F`, for editor plugins that pipe the buffer: the
// page is linted as if it were at F (its content root, configuration and content
// path); with --fix the fixed text goes to standard output and the file is untouched.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { project, run } from '../testing.js'

const seed = readFileSync(seedPath, 'utf8')
const config = 'locale: fr\nvocabulary: vocabulaire.txt\n'

describe('offre lint --stdin', () => {
  it('gives what linting the file gives, shown under --stdin-filename', async () => {
    const cwd = project({ 'content/offre.config.yml': config, 'content/vocabulaire.txt': 'DINUM\n', 'content/fr/mission/offre-de-services.md': { copy: seedPath } })
    const fromFile = await run(['lint', 'content/fr/mission/offre-de-services.md', '--format', 'json'], cwd)
    const fromStdin = await run(['lint', '--stdin', '--stdin-filename', 'content/fr/mission/offre-de-services.md', '--format', 'json'], cwd, {}, seed)
    expect(fromStdin.code).toBe(1)
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFile.stdout))
  })

  it('--fix writes the fixed text to standard output, and leaves the file as it is', async () => {
    const cwd = project({ 'content/page.md': 'ancien\n' })
    const { code, stdout } = await run(['lint', '--stdin', '--stdin-filename', 'content/page.md', '--fix'], cwd, {}, '---\ntitle: Page\n---\n\nUn logciel libre.\n')
    expect(code).toBe(0)
    expect(stdout).toBe('---\ntitle: Page\n---\n\nUn logiciel libre.\n')
    expect(readFileSync(path.join(cwd, 'content/page.md'), 'utf8')).toBe('ancien\n')
  })

  it('refuses what it cannot combine with', async () => {
    const cwd = project({ 'content/page.md': 'x\n' })
    expect((await run(['lint', '--stdin', 'content/page.md'], cwd, {}, '')).code).toBe(2)
    expect((await run(['lint', '--stdin-filename', 'content/page.md'], cwd)).stderr).toContain('--stdin-filename va avec --stdin')
  })
})

describe('offre lint --format unix', () => {
  it('one line per finding: file:line:col: severity: message [rule], read by the shipped problem matcher', async () => {
    const cwd = project({ 'content/page.md': '---\ntitle: Page\n---\n\nUn logciel.\n' })
    const { stdout } = await run(['lint', '--format', 'unix'], cwd)
    const line = 'content/page.md:5:4: error: `logciel` : faute de frappe, écrire `logiciel` [offre-typos]'
    expect(stdout.split('\n')).toContain(line)
    const matcher = JSON.parse(readFileSync(new URL('../../problem-matcher.json', import.meta.url), 'utf8'))
    const pattern = matcher.problemMatcher[0].pattern[0]
    const match = new RegExp(pattern.regexp).exec(line)!
    expect([match[pattern.file], match[pattern.line], match[pattern.column], match[pattern.severity], match[pattern.code]]).toEqual(['content/page.md', '5', '4', 'error', 'offre-typos'])
  })
})
