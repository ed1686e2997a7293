// Guards the committed data/fr.dawg against the installed dictionary-fr: if
// either changed, the data must be recompiled and committed.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { FORMAT_VERSION } from './format.js'
import { dictionarySha256, type DataMeta } from './compile.js'

const data = new URL('../data/', import.meta.url)
const meta = JSON.parse(readFileSync(new URL('fr.meta.json', data), 'utf8')) as DataMeta
const dictionary = dirname(fileURLToPath(import.meta.resolve('dictionary-fr')))
const regenerate = 'run `npm run compile-dictionary -w @offre/spell-fr` and commit packages/spell-fr/data'

describe('compiled data', () => {
  it('was compiled from the installed dictionary-fr', () => {
    const { version } = JSON.parse(readFileSync(join(dictionary, 'package.json'), 'utf8')) as { version: string }
    const sha256 = dictionarySha256(readFileSync(join(dictionary, 'index.aff'), 'utf8'), readFileSync(join(dictionary, 'index.dic'), 'utf8'))
    expect({ version, sha256 }, `data/fr.meta.json is stale: ${regenerate}`).toEqual({
      version: meta.dictionary.version,
      sha256: meta.dictionary.sha256,
    })
  })

  it('matches its metadata and the reader format', () => {
    const bytes = readFileSync(new URL('fr.dawg', data))
    expect(meta.format, `data format changed: ${regenerate}`).toBe(FORMAT_VERSION)
    expect(createHash('sha256').update(bytes).digest('hex'), `data/fr.dawg differs from fr.meta.json: ${regenerate}`).toBe(meta.sha256)
  })

  it('ships the licence of the dictionary', () => {
    expect(readFileSync(new URL('LICENSE-dictionary-fr', data), 'utf8')).toContain('MPL')
  })
})
