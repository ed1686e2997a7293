// Compiles dictionary-fr into data/fr.dawg (see src/compile.ts), after `tsc -b`
// has built dist/. Skips the work when data/fr.meta.json already records the
// installed dictionary and format; `--force` recompiles anyway.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FORMAT_VERSION } from '../dist/format.js'
import { compileDictionary, dictionarySha256 } from '../dist/compile.js'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const dataDir = join(packageRoot, 'data')
const metaPath = join(dataDir, 'fr.meta.json')
const dawgPath = join(dataDir, 'fr.dawg')
const dictionaryDir = dirname(fileURLToPath(import.meta.resolve('dictionary-fr')))

const { name, version } = JSON.parse(readFileSync(join(dictionaryDir, 'package.json'), 'utf8'))
const aff = readFileSync(join(dictionaryDir, 'index.aff'), 'utf8')
const dic = readFileSync(join(dictionaryDir, 'index.dic'), 'utf8')

const previous = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : undefined
const upToDate =
  previous?.dictionary?.sha256 === dictionarySha256(aff, dic) && previous?.format === FORMAT_VERSION && existsSync(dawgPath)
if (upToDate && !process.argv.includes('--force')) {
  console.log(`data/fr.dawg is up to date with ${name}@${version}`)
} else {
  const started = performance.now()
  const { bytes, meta } = compileDictionary(aff, dic, { name, version })
  writeFileSync(dawgPath, bytes)
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`)
  copyFileSync(join(dictionaryDir, 'license'), join(dataDir, 'LICENSE-dictionary-fr'))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`Compiled ${name}@${version}: ${meta.forms} forms, ${meta.entries} entries, ${meta.bytes} bytes in ${seconds} s`)
}
