import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { seedPath } from '@offre/fixtures'
import Ajv04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { project, run } from '../testing.js'

const require = createRequire(import.meta.url)
// The SARIF 2.1.0 schema (OASIS, final "rtm.5" revision) as Microsoft ships it.
const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object
// The official schema has a `language` pattern that is not a valid unicode regular expression.
const ajv = new Ajv04.default({ strict: false, allErrors: true, unicodeRegExp: false })
addFormats.default(ajv)
const validateSarif = ajv.compile(sarifSchema)

const seedProject = () => project({ 'content/fr/mission/offre-de-services.md': { copy: seedPath } })

describe('offre lint --format sarif', () => {
  it('is valid SARIF 2.1.0, with rule metadata and one result per finding', async () => {
    const cwd = seedProject()
    const sarif = await run(['lint', '--format', 'sarif'], cwd)
    const json = await run(['lint', '--format', 'json'], cwd)
    const log = JSON.parse(sarif.stdout)
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true)
    expect(log.version).toBe('2.1.0')
    const driver = log.runs[0].tool.driver
    expect(driver.name).toBe('offre')
    expect(driver.rules.find((r: { id: string }) => r.id === 'offre-typos')).toMatchObject({ helpUri: expect.stringContaining('docs/offre-typos.md') })
    const results = log.runs[0].results
    expect(results).toHaveLength(JSON.parse(json.stdout).length)
    expect(results.find((r: { ruleId: string }) => r.ruleId === 'offre-typos')).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'content/fr/mission/offre-de-services.md' }, region: { startLine: 41, startColumn: 62, endLine: 41, endColumn: 69 } } }],
    })
    expect(sarif.code).toBe(1)
  })

  it('is valid with no finding at all', async () => {
    const cwd = project({ 'content/page.md': '---\ntitle: Page\n---\n\nUn texte.\n' })
    const log = JSON.parse((await run(['lint', '--format', 'sarif'], cwd)).stdout)
    expect(validateSarif(log)).toBe(true)
    expect(log.runs[0].results).toEqual([])
  })
})

describe('offre lint --format github', () => {
  it('writes workflow commands with escaped data, then a summary', async () => {
    const cwd = project({ 'content/a,b.md': '---\ntitle: Page\n---\n\nUn logciel.\n' })
    const { stdout, code } = await run(['lint', '--format', 'github'], cwd)
    expect(code).toBe(1)
    expect(stdout.split('\n')).toEqual([
      '::error file=content/a%2Cb.md,line=5,col=4,endLine=5,endColumn=11,title=offre-typos::`logciel` : faute de frappe, écrire `logiciel`',
      'offre : 1 erreur, 0 avertissement dans 1 fichier',
      '',
    ])
  })

  it('caps the annotations GitHub would not show, 10 of each kind, and says how many are left and where', async () => {
    const body = Array.from({ length: 30 }, () => 'Un logciel.').join('\n\n')
    const cwd = project({ 'content/page.md': `---\ntitle: Page\n---\n\n${body}\n` })
    const lines = (await run(['lint', '--format', 'github'], cwd)).stdout.trim().split('\n')
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10)
    expect(lines.at(-2)).toMatch(/^::notice title=offre::20 autres problèmes non annotés \(GitHub affiche 10 erreurs et 10 avertissements par étape\) : rapport complet dans le résumé/)
    expect(lines.at(-1)).toMatch(/^offre : 30 erreurs, /)
  })

  it('annotates an error that comes after 30 warnings: errors first', async () => {
    // 30 warnings (`permanant`, a spelling warning) in the 30 pages before the one error.
    const pages = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`content/a${String(i).padStart(2, '0')}.md`, `---\ntitle: A\n---\n\nUn contrat permanant.\n`]))
    const cwd = project({ ...pages, 'content/b.md': '---\ntitle: B\n---\n\nUn logciel.\n' })
    const { stdout, code } = await run(['lint', '--format', 'github'], cwd)
    expect(code).toBe(1)
    const lines = stdout.trim().split('\n')
    expect(lines[0]).toBe('::error file=content/b.md,line=5,col=4,endLine=5,endColumn=11,title=offre-typos::`logciel` : faute de frappe, écrire `logiciel`')
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10)
    expect(lines.at(-2)).toMatch(/^::notice title=offre::20 autres problèmes non annotés/)
  })

  it('writes the job summary to $GITHUB_STEP_SUMMARY: counts per page and rule, the errors with their lines, the rules\' docs', async () => {
    const cwd = project({
      'content/a.md': '---\ntitle: A\n---\n\nUn contrat permanant.\n',
      'content/b.md': '---\ntitle: B\n---\n\nUn logciel.\n',
    })
    const summaryFile = path.join(cwd, 'summary.md')
    writeFileSync(summaryFile, '# Avant\n')
    await run(['lint', '--format', 'github'], cwd, { GITHUB_STEP_SUMMARY: summaryFile })
    const summary = readFileSync(summaryFile, 'utf8')
    // Appended, as GitHub expects of a step summary.
    expect(summary.startsWith('# Avant\n## offre : vérification du contenu\n')).toBe(true)
    expect(summary).toContain('**1 erreur(s)**, 1 avertissement(s) dans 2 page(s)')
    expect(summary).toContain('| content/b.md | 5:4 | `logciel` : faute de frappe, écrire `logiciel` | [`offre-typos`](https://')
    expect(summary).toMatch(/\| \[`offre-spelling`\]\(https:\/\/[^)]+offre-spelling\.md\) \| 0 \| 1 \| 0 \|/)
    expect(summary).toContain('| content/b.md | 1 | 0 | 0 |')
  })
})
