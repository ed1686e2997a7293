// A run that cannot be done still speaks every machine format: an invalid
// configuration gives exit 2, a SARIF notification at its line, an `::error`
// annotation there and an rdjson diagnostic there, and the reports are still written.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { seedPath } from '@offre/fixtures'
import Ajv04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { project, run } from '../testing.js'

const require = createRequire(import.meta.url)
const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object
const ajv = new Ajv04.default({ strict: false, allErrors: true, unicodeRegExp: false })
addFormats.default(ajv)
const validateSarif = ajv.compile(sarifSchema)

// `linkz` (line 3) is not a key of the configuration.
const BAD_CONFIG = 'locale: fr\n\nlinkz:\n  sitePages: pages.txt\n'
const badProject = () =>
  project({ 'content/offre.config.yml': BAD_CONFIG, 'content/fr/mission/offre-de-services.md': { copy: seedPath } })

describe('a configuration error in every format', () => {
  it('SARIF: executionSuccessful false, a notification at the line of the mistake, valid SARIF; exit 2', async () => {
    const cwd = badProject()
    const { code, stdout, stderr } = await run(['lint', '--format', 'sarif'], cwd)
    expect(code).toBe(2)
    expect(stderr).toContain('content/offre.config.yml:3:1')
    const log = JSON.parse(stdout)
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true)
    const invocation = log.runs[0].invocations[0]
    expect(invocation.executionSuccessful).toBe(false)
    expect(invocation.toolExecutionNotifications[0]).toMatchObject({
      level: 'error',
      message: { text: expect.stringContaining('linkz') },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'content/offre.config.yml' }, region: { startLine: 3, startColumn: 1 } } }],
    })
  })

  it('GitHub: an ::error annotation at the line of the mistake', async () => {
    const { code, stdout } = await run(['lint', '--format', 'github'], badProject())
    expect(code).toBe(2)
    expect(stdout).toMatch(/^::error file=content\/offre\.config\.yml,line=3,col=1,endLine=3,endColumn=6,title=offre-config%3Aunknown-key::.*linkz/m)
  })

  it('rdjson and rdjsonl: a diagnostic at that place; the --report files are written too', async () => {
    const cwd = badProject()
    const { code, stdout } = await run(['lint', '--format', 'rdjsonl', '--report', 'sarif=out/offre.sarif', '--report', 'rdjson=out/offre.rdjson', '--report', 'summary=out/summary.md'], cwd)
    expect(code).toBe(2)
    const diagnostic = JSON.parse(stdout.trim().split('\n')[0] as string)
    expect(diagnostic).toMatchObject({ location: { path: 'content/offre.config.yml', range: { start: { line: 3, column: 1 } } }, severity: 'ERROR' })
    const rdjson = JSON.parse(readFileSync(path.join(cwd, 'out/offre.rdjson'), 'utf8'))
    expect(rdjson.diagnostics[0]).toEqual(diagnostic)
    expect(JSON.parse(readFileSync(path.join(cwd, 'out/offre.sarif'), 'utf8')).runs[0].invocations[0].executionSuccessful).toBe(false)
    expect(readFileSync(path.join(cwd, 'out/summary.md'), 'utf8')).toContain('La vérification n’a pas pu se faire')
  })

  it('JSON stays a valid array, with the problem in it', async () => {
    const { code, stdout } = await run(['lint', '--format', 'json'], badProject())
    expect(code).toBe(2)
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ file: 'content/offre.config.yml', line: 3, severity: 'error' })])
  })

  it('a successful run says so in SARIF', async () => {
    const cwd = project({ 'content/page.md': '---\ntitle: Page\n---\n\nUn texte.\n' })
    const log = JSON.parse((await run(['lint', '--format', 'sarif'], cwd)).stdout)
    expect(log.runs[0].invocations).toEqual([{ executionSuccessful: true }])
  })
})

describe('--report', () => {
  it('writes the same run in other formats, beside the one on standard output', async () => {
    const cwd = project({ 'content/fr/mission/offre-de-services.md': { copy: seedPath } })
    const { code, stdout } = await run(['lint', '--format', 'json', '--report', 'sarif=offre.sarif', '--report', 'rdjsonl=offre.rdjsonl'], cwd)
    expect(code).toBe(1)
    const findings = JSON.parse(stdout) as unknown[]
    expect(JSON.parse(readFileSync(path.join(cwd, 'offre.sarif'), 'utf8')).runs[0].results).toHaveLength(findings.length)
    expect(readFileSync(path.join(cwd, 'offre.rdjsonl'), 'utf8').trim().split('\n')).toHaveLength(findings.length)
  })

  it('refuses a bad value at once, with the valid form', async () => {
    const cwd = project({ 'content/page.md': '---\ntitle: Page\n---\n' })
    expect(await run(['lint', '--report', 'sarif'], cwd)).toMatchObject({ code: 2, stderr: expect.stringContaining('--report attend `FORMAT=FICHIER`') })
    expect(await run(['lint', '--report', 'xml=a.xml'], cwd)).toMatchObject({ code: 2, stderr: expect.stringContaining('format inconnu `xml`') })
  })
})
