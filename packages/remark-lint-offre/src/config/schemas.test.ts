import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULE_IDS } from '../registry.js'
import { buildSchemas } from './schema-source.js'

describe('schemas.json', () => {
  it('is what schema-source.ts describes (run `npm run generate -w remark-lint-offre` after a change)', () => {
    expect(readFileSync(new URL('../../schemas.json', import.meta.url), 'utf8')).toBe(`${JSON.stringify(buildSchemas(), null, 2)}\n`)
  })

  it('has the options of every rule of the registry', () => {
    expect(Object.keys(buildSchemas().rules).sort()).toEqual([...RULE_IDS].sort())
  })
})
