// Compiles the Hunspell dictionaries into data/<lang>.dawg (see src/compile.ts), after
// `tsc -b` has built dist/:
//
// - data/fr.dawg: dictionary-fr (Grammalecte's "classique", npm) merged with the
//   "toutes variantes" dictionary of Debian's hunspell-fr-comprehensive
//   (/usr/share/hunspell/fr.aff, fr.dic), which adds the spellings of the 1990 reform;
// - data/en.dawg: dictionary-en (npm), for English words in French text.
//
// Skips a language when data/<lang>.meta.json already records its installed sources
// and the format; `--force` recompiles anyway. The data is committed: a fresh clone
// needs no apt package. Recompiling fr without hunspell-fr-comprehensive would lose
// the reform spellings, so it fails instead (install it, or pass `--classique-only`).
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FORMAT_VERSION } from '../dist/format.js'
import { compileDictionaries, dictionarySha256 } from '../dist/compile.js'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const dataDir = join(packageRoot, 'data')
const force = process.argv.includes('--force')
const classiqueOnly = process.argv.includes('--classique-only')

/** An npm dictionary package (`dictionary-fr`, `dictionary-en`) as a source. */
function npmSource(name) {
  const dir = dirname(fileURLToPath(import.meta.resolve(name)))
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  return { name, version, aff: readFileSync(join(dir, 'index.aff'), 'utf8'), dic: readFileSync(join(dir, 'index.dic'), 'utf8'), license: join(dir, 'license') }
}

/** Debian's hunspell-fr-comprehensive ("toutes variantes"), when installed. */
function debianSource() {
  const aff = '/usr/share/hunspell/fr.aff'
  const dic = '/usr/share/hunspell/fr.dic'
  if (!existsSync(aff) || !existsSync(dic)) return undefined
  const affText = readFileSync(aff, 'utf8')
  if (!/TOUTES VARIANTES/i.test(affText)) return undefined
  const version = /“TOUTES VARIANTES” v([\d.]+)/i.exec(affText)?.[1] ?? 'unknown'
  return { name: 'hunspell-fr-comprehensive', version, aff: affText, dic: readFileSync(dic, 'utf8'), license: '/usr/share/doc/hunspell-fr-comprehensive/copyright' }
}

const targets = [
  { lang: 'fr', sources: () => [npmSource('dictionary-fr'), ...(classiqueOnly ? [] : [debianSource() ?? 'missing'])], options: {} },
  { lang: 'en', sources: () => [npmSource('dictionary-en')], options: { ignoreCompounding: true } },
]

for (const target of targets) {
  const metaPath = join(dataDir, `${target.lang}.meta.json`)
  const dawgPath = join(dataDir, `${target.lang}.dawg`)
  const previous = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : undefined
  const found = target.sources()
  const sources = found.filter((source) => source !== 'missing')
  const recorded = previous?.sources ?? (previous ? [previous.dictionary] : [])
  // Up to date when every installed source is recorded with its hash; a recorded
  // source that is not installed here (the apt package) is trusted as compiled.
  const upToDate =
    previous?.format === FORMAT_VERSION &&
    existsSync(dawgPath) &&
    sources.every((source) => recorded.some((meta) => meta.name === source.name && meta.sha256 === dictionarySha256(source.aff, source.dic))) &&
    (sources.length === found.length || recorded.some((meta) => meta.name === 'hunspell-fr-comprehensive'))
  if (upToDate && !force) {
    console.log(`data/${target.lang}.dawg is up to date with ${recorded.map((meta) => `${meta.name}@${meta.version}`).join(' + ')}`)
    continue
  }
  if (sources.length !== found.length) {
    throw new Error(
      `data/${target.lang}.dawg needs the "toutes variantes" dictionary of hunspell-fr-comprehensive (apt-get install hunspell-fr-comprehensive), ` +
        'or `--classique-only` to compile without the spellings of the 1990 reform',
    )
  }
  const started = performance.now()
  const { bytes, meta } = compileDictionaries(sources, target.options)
  writeFileSync(dawgPath, bytes)
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`)
  for (const source of sources) {
    const licence = join(dataDir, `LICENSE-${source.name}`)
    copyFileSync(source.license, licence)
    // Debian's copyright file names the MPL-2.0 and points to its text: ship the text with it.
    if (source.name === 'hunspell-fr-comprehensive' && existsSync('/usr/share/common-licenses/MPL-2.0')) {
      writeFileSync(licence, `${readFileSync(licence, 'utf8')}\n${readFileSync('/usr/share/common-licenses/MPL-2.0', 'utf8')}`)
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`Compiled data/${target.lang}.dawg from ${sources.map((s) => `${s.name}@${s.version}`).join(' + ')}: ${meta.forms} forms, ${meta.entries} entries, ${meta.bytes} bytes in ${seconds} s`)
}
