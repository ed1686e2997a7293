import { createRequire } from 'node:module'
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

  it('caps the annotations GitHub would not show, and says how many are left', async () => {
    const body = Array.from({ length: 30 }, () => 'Un logciel.').join('\n\n')
    const cwd = project({ 'content/page.md': `---\ntitle: Page\n---\n\n${body}\n` })
    const lines = (await run(['lint', '--format', 'github'], cwd)).stdout.trim().split('\n')
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(20)
    expect(lines.at(-2)).toMatch(/^::notice::\d+ autres problèmes non affichés \(limite de 20 annotations\)/)
    expect(lines.at(-1)).toMatch(/^offre : 30 erreurs, /)
  })
})
