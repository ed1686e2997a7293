// Benchmark of @offre/spell-fr (the built dist): cold load in fresh child
// processes, lookup throughput and suggestion latency, as medians of several
// runs against the targets of the issue. A report, never a timed test.
// Usage: node packages/bench/src/spell/bench-speller.mjs [corpus-dir]
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { siteContentDir } from '@offre/fixtures'
import { loadSpeller, words } from '@offre/spell-fr'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = process.argv.slice(2)
const json = args.includes('--json')
const corpusDir = args.find((arg) => arg !== '--json') ?? join(siteContentDir, 'fr')
const runs = 7
const targets = { loadMs: 100, loadMb: 60, lookupsPerSecond: 1_000_000, suggestMs: 5 }

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// Cold load: a fresh Node process imports the package and does one lookup.
const child = `
const started = performance.now()
const { lookup } = await import('@offre/spell-fr')
const ok = lookup('logiciel')
const ms = performance.now() - started
console.log(JSON.stringify({ ms, ok, maxRssKb: process.resourceUsage().maxRSS }))
`
const cold = []
for (let run = 0; run < runs; run++) {
  const spawned = performance.now()
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', child], { cwd: here, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`Child failed: ${result.stderr}`)
  const measured = JSON.parse(result.stdout)
  if (!measured.ok) throw new Error('Unexpected `lookup("logiciel") === false` in the child process')
  cold.push({ ...measured, processMs: performance.now() - spawned })
}
// A bare Node process, to tell the speller's share of memory from Node's own.
const bare = spawnSync(process.execPath, ['-e', 'console.log(process.resourceUsage().maxRSS)'], { encoding: 'utf8' })
const bareMb = Number(bare.stdout) / 1024

// Lookup throughput on the words of real French pages (or a fallback text).
const files = []
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (name.endsWith('.md')) files.push(path)
  }
}
if (existsSync(corpusDir)) walk(corpusDir)
const text = files.length > 0 ? files.map((file) => readFileSync(file, 'utf8')).join('\n') : 'L’administration existe-t-il pour les logiciels libres et l’écosystème numérique ? '.repeat(2000)
const list = [...words(text)].map((token) => token.word)
const speller = loadSpeller()
let unknown = 0
for (const word of list) if (!speller.lookup(word)) unknown++
const rates = []
for (let run = 0; run < runs; run++) {
  const started = performance.now()
  let repeat = 0
  while (performance.now() - started < 300) {
    for (const word of list) speller.lookup(word)
    repeat++
  }
  rates.push((list.length * repeat) / ((performance.now() - started) / 1000))
}

// Suggestions for typical misspellings, after one warm-up pass. Each run asks a speller
// loaded for it: a speller remembers its last searches, and a figure of remembered
// searches would say nothing of the search.
const typos = ['logciel', 'exsitantes', 'oeuvre', 'potéger', 'accessiblité', 'écosytème', 'aplication', 'developement', 'gouvernemnt', 'adminsitration', 'numérqiue', 'sécurite', 'bibliothque', 'reseau', 'intéropérabilité', 'l’adminsitration', 'Logciel', 'publiqeu', 'colectivités', 'souveraineté']
for (const typo of typos) speller.suggest(typo)
const suggestMs = []
for (let run = 0; run < runs; run++) {
  const fresh = loadSpeller()
  for (const typo of typos) {
    const started = performance.now()
    fresh.suggest(typo)
    suggestMs.push(performance.now() - started)
  }
}

const loadMs = median(cold.map((run) => run.ms))
const loadMb = median(cold.map((run) => run.maxRssKb / 1024))
const rows = [
  ['cold load, import to first lookup (ms)', loadMs, `≤ ${targets.loadMs}`, loadMs <= targets.loadMs],
  ['cold load, peak RSS of the process (MB)', loadMb, `≤ ${targets.loadMb}`, loadMb <= targets.loadMb],
  ['lookups per second', median(rates), `≥ ${targets.lookupsPerSecond}`, median(rates) >= targets.lookupsPerSecond],
  ['suggest, median per unknown word (ms)', median(suggestMs), `≤ ${targets.suggestMs}`, median(suggestMs) <= targets.suggestMs],
]
if (json) {
  console.log(JSON.stringify({
    entries: speller.size,
    runs,
    loadMs,
    loadMb,
    lookupsPerSecond: median(rates),
    suggestMs: median(suggestMs),
    suggestMaxMs: Math.max(...suggestMs),
    processMs: median(cold.map((run) => run.processMs)),
    bareNodeMb: bareMb,
    lookupCorpus: { words: list.length, pages: files.length, unknown },
    targets,
  }))
} else {
  console.log(`@offre/spell-fr: ${speller.size} automaton entries; medians of ${runs} runs`)
  for (const [name, value, target, pass] of rows) {
    console.log(`${pass ? 'pass' : 'FAIL'}  ${name.padEnd(42)} ${value.toFixed(value >= 1000 ? 0 : 2).padStart(12)}  (target ${target})`)
  }
  console.log(`info  whole child process wall time (ms)        ${median(cold.map((run) => run.processMs)).toFixed(1).padStart(12)}`)
  console.log(`info  peak RSS of a bare node process (MB)      ${bareMb.toFixed(1).padStart(12)}`)
  console.log(`info  lookup corpus: ${list.length} words from ${files.length} pages, ${unknown} unknown`)
  console.log(`info  suggest max (ms)                          ${Math.max(...suggestMs).toFixed(2).padStart(12)}`)
}
// With --json the caller judges the targets; the exit code says only that it ran.
process.exitCode = json || rows.every((row) => row[3]) ? 0 : 1
