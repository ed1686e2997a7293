// Guards the committed data/fr.dawg against the installed dictionary-fr: if
// either changed, the data must be recompiled and committed.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { FORMAT_VERSION } from './format.js'
import { dictionarySha256, type DataMeta } from './compile.js'

const data = new URL('../data/', import.meta.url)
const meta = JSON.parse(readFileSync(new URL('fr.meta.json', data), 'utf8')) as DataMeta
const regenerate = 'run `npm run compile-dictionary -w @offre/spell-fr` and commit packages/spell-fr/data'

function installed(name: string): { version: string; sha256: string } {
  const dir = dirname(fileURLToPath(import.meta.resolve(name)))
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }
  return { version, sha256: dictionarySha256(readFileSync(join(dir, 'index.aff'), 'utf8'), readFileSync(join(dir, 'index.dic'), 'utf8')) }
}

describe('compiled data', () => {
  it('was compiled from the installed dictionary-fr', () => {
    expect(installed('dictionary-fr'), `data/fr.meta.json is stale: ${regenerate}`).toEqual({
      version: meta.dictionary.version,
      sha256: meta.dictionary.sha256,
    })
  })

  it('holds the "toutes variantes" dictionary (1990 reform), the same as the installed one when there is one', () => {
    const variants = meta.sources?.find((source) => source.name === 'hunspell-fr-comprehensive')
    expect(variants, 'data/fr.dawg lacks hunspell-fr-comprehensive').toBeDefined()
    // A fresh clone has no apt package: the committed data is then trusted.
    if (existsSync('/usr/share/hunspell/fr.aff') && /TOUTES VARIANTES/.test(readFileSync('/usr/share/hunspell/fr.aff', 'utf8'))) {
      const sha256 = dictionarySha256(readFileSync('/usr/share/hunspell/fr.aff', 'utf8'), readFileSync('/usr/share/hunspell/fr.dic', 'utf8'))
      expect(sha256, `data/fr.meta.json is stale: ${regenerate}`).toBe(variants?.sha256)
    }
  })

  it('has the English data compiled from the installed dictionary-en', () => {
    const en = JSON.parse(readFileSync(new URL('en.meta.json', data), 'utf8')) as DataMeta
    expect(installed('dictionary-en'), `data/en.meta.json is stale: ${regenerate}`).toEqual({ version: en.dictionary.version, sha256: en.dictionary.sha256 })
    expect(createHash('sha256').update(readFileSync(new URL('en.dawg', data))).digest('hex')).toBe(en.sha256)
    expect(readFileSync(new URL('LICENSE-dictionary-en', data), 'utf8')).toMatch(/SCOWL|Kevin Atkinson/)
  })

  it('matches its metadata and the reader format', () => {
    const bytes = readFileSync(new URL('fr.dawg', data))
    expect(meta.format, `data format changed: ${regenerate}`).toBe(FORMAT_VERSION)
    expect(createHash('sha256').update(bytes).digest('hex'), `data/fr.dawg differs from fr.meta.json: ${regenerate}`).toBe(meta.sha256)
  })

  it('ships the licence of the dictionary', () => {
    expect(readFileSync(new URL('LICENSE-dictionary-fr', data), 'utf8')).toContain('MPL')
    expect(readFileSync(new URL('LICENSE-hunspell-fr-comprehensive', data), 'utf8')).toContain('Mozilla Public License Version 2.0')
  })
})
