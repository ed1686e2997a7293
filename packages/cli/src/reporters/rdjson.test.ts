// The Reviewdog Diagnostic Format: valid against its published schemas (copied in
// rdjson-schema/), columns in UTF-8 bytes, and suggestions that are exactly `--fix`:
// applying them all gives `offre lint --fix`'s bytes, on the seed and on every real page.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedPath, siteContentDir } from '@offre/fixtures'
import Ajv04 from 'ajv-draft-04'
import { describe, expect, it } from 'vitest'
import { project, run } from '../testing.js'

const schemaDir = fileURLToPath(new URL('./rdjson-schema/', import.meta.url))
const ajv = new Ajv04.default({ strict: false, allErrors: true })
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')), file)
const validateResult = ajv.getSchema('DiagnosticResult.json')!
const validateDiagnostic = ajv.getSchema('Diagnostic.json')!

interface Position {
  line: number
  column: number
}
interface Diagnostic {
  message: string
  location: { path: string; range: { start: Position; end: Position } }
  severity: string
  code: { value: string; url?: string }
  suggestions?: Array<{ range: { start: Position; end: Position }; text: string }>
}

/** Applies reviewdog suggestions as GitHub applies suggested changes: by line and UTF-8 byte column, end exclusive. */
function applySuggestions(source: string, diagnostics: Diagnostic[]): string {
  const bytes = Buffer.from(source, 'utf8')
  const starts = [0]
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) starts.push(i + 1)
  const offset = (p: Position) => (starts[p.line - 1] as number) + p.column - 1
  const edits = diagnostics
    .flatMap((d) => d.suggestions ?? [])
    .map((s) => ({ start: offset(s.range.start), end: offset(s.range.end), text: s.text }))
    .sort((a, b) => b.start - a.start)
  let out = bytes
  let limit = Infinity
  for (const edit of edits) {
    expect(edit.end <= limit, 'suggestions never overlap').toBe(true)
    out = Buffer.concat([out.subarray(0, edit.start), Buffer.from(edit.text, 'utf8'), out.subarray(edit.end)])
    limit = edit.start
  }
  return out.toString('utf8')
}

describe('offre lint --format rdjson / rdjsonl', () => {
  it('on the seed: valid rdjson, `logciel` at line 41, byte column 65 (character column 62), its fix as the suggestion', async () => {
    const cwd = project({ 'content/fr/mission/offre-de-services.md': { copy: seedPath } })
    const { stdout, code } = await run(['lint', '--format', 'rdjson'], cwd)
    expect(code).toBe(1)
    const result = JSON.parse(stdout)
    expect(validateResult(result), JSON.stringify(validateResult.errors?.slice(0, 3))).toBe(true)
    const json = JSON.parse((await run(['lint', '--format', 'json'], cwd)).stdout) as Array<{ rule: string; line: number; column: number; fixable: boolean }>
    expect(result.diagnostics).toHaveLength(json.length)
    const typo = (result.diagnostics as Diagnostic[]).find((d) => d.code.value === 'offre-typos')!
    expect(typo).toMatchObject({
      location: { path: 'content/fr/mission/offre-de-services.md', range: { start: { line: 41, column: 65 }, end: { line: 41, column: 72 } } },
      severity: 'ERROR',
      code: { value: 'offre-typos', url: expect.stringContaining('offre-typos.md') },
      suggestions: [{ range: { start: { line: 41, column: 65 }, end: { line: 41, column: 72 } }, text: 'logiciel' }],
    })
    expect(json.find((f) => f.rule === 'offre-typos')).toMatchObject({ line: 41, column: 62 })
    // A spelling alternative is a guess, never a suggestion.
    for (const d of result.diagnostics as Diagnostic[]) if (d.code.value === 'offre-spelling') expect(d.suggestions).toBeUndefined()
  })

  it('rdjsonl is one valid Diagnostic a line, the same as rdjson', async () => {
    const cwd = project({ 'content/fr/mission/offre-de-services.md': { copy: seedPath } })
    const lines = (await run(['lint', '--format', 'rdjsonl'], cwd)).stdout.trim().split('\n')
    const rdjson = JSON.parse((await run(['lint', '--format', 'rdjson'], cwd)).stdout)
    for (const line of lines) expect(validateDiagnostic(JSON.parse(line)), line).toBe(true)
    expect(lines.map((line) => JSON.parse(line))).toEqual(rdjson.diagnostics)
  })

  it('an empty run is a valid result', async () => {
    const cwd = project({ 'content/page.md': '---\ntitle: Page\n---\n\nUn texte.\n' })
    const result = JSON.parse((await run(['lint', '--format', 'rdjson'], cwd)).stdout)
    expect(validateResult(result)).toBe(true)
    expect(result.diagnostics).toEqual([])
  })

  it('counts columns in UTF-8 bytes on lines with accents and astral characters, end exclusive', async () => {
    const cwd = project({ 'content/page.md': '---\ntitle: Page\n---\n\nÉté 😀 : un logciel.\n' })
    const result = JSON.parse((await run(['lint', '--format', 'rdjson'], cwd)).stdout)
    const typo = (result.diagnostics as Diagnostic[]).find((d) => d.code.value === 'offre-typos')!
    // `Été 😀 : un ` is 11 characters, 12 UTF-16 units and 16 bytes.
    expect(typo.location.range.start).toEqual({ line: 5, column: 17 })
    expect(typo.location.range.end).toEqual({ line: 5, column: 24 })
    const json = JSON.parse((await run(['lint', '--format', 'json'], cwd)).stdout) as Array<{ rule: string; column: number }>
    expect(json.find((f) => f.rule === 'offre-typos')?.column).toBe(13)
  })

  it('applying every suggestion gives `offre lint --fix`, byte for byte, on the seed and on each of the 211 real pages', async () => {
    // One tree, as the site has it: the link rule resolves links between its pages.
    const root = mkdtempSync(path.join(tmpdir(), 'offre-rdjson-'))
    cpSync(siteContentDir, path.join(root, 'content'), { recursive: true })
    cpSync(seedPath, path.join(root, 'content/fr/mission/offre-de-services-seed.md'))
    const rdjson = JSON.parse((await run(['lint', '--format', 'rdjson'], root)).stdout)
    expect(validateResult(rdjson), JSON.stringify(validateResult.errors?.slice(0, 3))).toBe(true)
    const byFile = new Map<string, Diagnostic[]>()
    for (const d of rdjson.diagnostics as Diagnostic[]) byFile.set(d.location.path, [...(byFile.get(d.location.path) ?? []), d])
    const files = readdirSync(path.join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join('content', f))
    expect(files.length).toBeGreaterThanOrEqual(212)
    const before = new Map(files.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]))
    await run(['lint', '--fix', '--format', 'json'], root)
    let suggested = 0
    for (const file of files) {
      const diagnostics = byFile.get(file) ?? []
      suggested += diagnostics.filter((d) => d.suggestions).length
      expect(applySuggestions(before.get(file) as string, diagnostics), file).toBe(readFileSync(path.join(root, file), 'utf8'))
    }
    expect(suggested).toBeGreaterThan(100)
  }, 300_000)
})
