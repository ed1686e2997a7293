import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderSchemaJson, renderValidators } from './generate.js'

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8')
const regenerate = 'run `npm run generate -w @offre/model` and commit the result'

describe('the committed schema and validators', () => {
  it('schema.json is what src/schema.ts describes', () => {
    expect(read('../schema.json'), `schema.json drifted from src/schema.ts: ${regenerate}`).toBe(renderSchemaJson())
  })

  it('the precompiled validators are compiled from that schema', () => {
    expect(read('./generated/validators.js'), `validators drifted: ${regenerate}`).toBe(renderValidators())
  })

  it('schema.json is a draft 2020-12 schema with its parts under $defs', () => {
    const schema = JSON.parse(read('../schema.json'))
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Section', 'Link', 'Contact', 'Question', 'FrontMatterData']))
  })
})
