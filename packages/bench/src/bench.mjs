#!/usr/bin/env node
/**
 * `npm run bench`: offre against the parse-only floor and the usual Markdown and
 * spelling tools, on corpora of 1, 1,000 and 10,000 generated pages, plus the
 * speller micro-benchmark; prints the tables and the targets of the issues and
 * writes them to results/run-<UTC time>.json and .md, a new pair per run (not
 * committed). With `--record` (or OFFRE_BENCH_RECORD=1) the run also becomes the
 * recorded one: results/latest.json and results/latest.md, which are committed.
 *
 * Every tool runs as a whole process; the tools take turns run by run (the order
 * rotates) so they share the machine's noise. Wall time is the median of the
 * runs, memory the largest peak RSS. A measurement, not a test: the exit code is 0
 * whatever the targets say, 1 only when a tool crashed or failed its check, 2 on
 * bad settings. Settings: see options.mjs.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedPath } from '@offre/fixtures'
import { generateCorpus } from './gen-corpus.mjs'
import { measure, median, tail } from './measure.mjs'
import { readOptions } from './options.mjs'
import { grammarTable, renderMarkdown, renderText, sizeTable, spellerTable, targetTable } from './report.mjs'
import { FLAT_RSS_FACTOR, evaluateTargets } from './targets.mjs'
import { commandLine, offreBin, repoRoot, tools, writeConfigs } from './tools.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const resultsDir = path.join(here, '../results')

let options
try {
  options = readOptions(process.env, [...tools.map((tool) => tool.id), 'speller', 'grammar'], process.argv.slice(2))
} catch (error) {
  console.error(`bench: ${error.message}`)
  process.exit(2)
}
if (!existsSync(offreBin)) {
  console.error(`bench: \`${path.relative(repoRoot, offreBin)}\` not found: build the CLI first (\`npm run build\` at the repository root)`)
  process.exit(2)
}
warnIfStale(path.join(repoRoot, 'packages/cli'))
// The tree is shared: a rebuild of the CLI during the run would mix two versions (and invalidate its cache).
const cliDist = path.join(repoRoot, 'packages/cli/dist')
const cliBuiltAt = newest(cliDist, /\.js$/)

const work = mkdtempSync(path.join(os.tmpdir(), 'offre-bench-'))
for (const dir of ['logs', 'rss', 'out']) mkdirSync(path.join(work, dir))
writeConfigs(work)
const cleanUp = () => (options.keep ? console.log(`bench: kept ${work}`) : rmSync(work, { recursive: true, force: true }))
process.on('SIGINT', () => {
  cleanUp()
  process.exit(130)
})
const seed = readFileSync(seedPath, 'utf8')
const started = { date: new Date().toISOString(), loadAverage: os.loadavg() }
const crashes = []
const notes = {}
const wanted = (id) => options.tools === null || options.tools.includes(id)
const selected = tools.filter((tool) => wanted(tool.id))
const sizeOf = (bytes) => (bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`)
const display = (argv) => commandLine(argv).replaceAll(work, '$WORK')

/** Generates a corpus in the work folder; returns what the tools' argv functions take. */
function corpus(name, files) {
  const { bytes } = generateCorpus(seed, files, path.join(work, name))
  return { work, corpus: name, files, bytes }
}

function runOnce(tool, target, tag, stdoutFile, retried = false) {
  tool.beforeRun?.(target)
  const stderrFile = path.join(work, 'logs', `${tool.id}-${tag}.stderr`)
  const rssFile = path.join(work, 'rss', `${tool.id}-${tag}.txt`)
  const measured = measure({ argv: tool.argv(target), cwd: work, rssFile, stderrFile, stdoutFile })
  // Killed from outside (the machine is shared): one more try before calling it a failure.
  if (measured.signal !== null && !measured.error && !retried) {
    console.warn(`bench: ${tool.label} was killed by ${measured.signal} on ${target.corpus}; running it again`)
    return runOnce(tool, target, tag, stdoutFile, true)
  }
  return { ...measured, ok: measured.signal === null && tool.okCodes.includes(measured.code), stderrFile }
}

function crash(tool, where, result, reason) {
  const why = reason ?? (result.signal ? `killed by ${result.signal}` : result.error ?? `exit code ${result.code}`)
  crashes.push({ tool: tool.id, where, reason: why })
  notes[tool.id] = `failed: ${why}`
  console.error(`bench: ${tool.label} failed on ${where}: ${why}\n  command: ${display(tool.argv({ work, corpus: where }))}`)
  if (result?.stderrFile) console.error(tail(result.stderrFile).replace(/^/gm, '  | '))
}

// 1. Check on 20 pages that every tool runs, does its work and reports its memory.
console.log(`bench: node ${process.version}, ${os.cpus().length} CPUs, work folder ${work}`)
const check = corpus('corpus-check', 20)
const active = []
for (const tool of selected) {
  if (tool.probe) {
    const probe = spawnSync(tool.probe()[0], tool.probe().slice(1), { cwd: work, encoding: 'utf8' })
    const unavailable = tool.unavailable({ code: probe.status, stderr: probe.stderr ?? '' })
    if (unavailable) {
      notes[tool.id] = unavailable
      console.log(`check  ${tool.label}: ${unavailable}`)
      continue
    }
  }
  const stdoutFile = path.join(work, 'logs', `${tool.id}-check.stdout`)
  const result = runOnce(tool, check, 'check', stdoutFile)
  const unavailable = !result.ok && tool.unavailable?.({ code: result.code, stderr: readFileSync(result.stderrFile, 'utf8') })
  if (unavailable) {
    notes[tool.id] = unavailable
    console.log(`check  ${tool.label}: ${unavailable}`)
    continue
  }
  if (!result.ok) {
    crash(tool, check.corpus, result)
    continue
  }
  let problem
  try {
    problem = tool.verify?.({ ...check, stdout: readFileSync(stdoutFile, 'utf8'), stderr: readFileSync(result.stderrFile, 'utf8') }) ?? null
  } catch (error) {
    problem = `unreadable output: ${error.message}`
  }
  if (!problem && result.rssKb === null) problem = 'no peak RSS recorded: the rss-hook.cjs preload did not run'
  if (problem) {
    crash(tool, check.corpus, result, problem)
    continue
  }
  console.log(`check  ${tool.label}: ok (exit ${result.code}, ${result.processes} Node process(es), ${(result.rssKb / 1024).toFixed(0)} MB)`)
  active.push(tool)
}

// 2. The speller micro-benchmark, in its own process, without the memory hook.
let speller = null
if (wanted('speller')) {
  console.log('speller: bench-speller.mjs --json …')
  const { NODE_OPTIONS, ...env } = process.env
  const run = spawnSync(process.execPath, [path.join(here, 'spell/bench-speller.mjs'), '--json'], { cwd: here, env, encoding: 'utf8' })
  try {
    if (run.status !== 0) throw new Error(`exit code ${run.status}`)
    speller = JSON.parse(run.stdout.trim().split('\n').at(-1))
  } catch (error) {
    crashes.push({ tool: 'bench-speller', where: 'speller', reason: error.message })
    console.error(`bench: the speller benchmark failed: ${error.message}\n${(run.stderr ?? '').trim()}`)
  }
}

// 2b. Grammar's cost, in its own process: Grammalecte beside offre (null when it is not installed).
let grammar = null
if (wanted('grammar')) {
  console.log('grammar: grammar/bench-grammar.mjs --json …')
  const { NODE_OPTIONS, ...env } = process.env
  const run = spawnSync(process.execPath, [path.join(here, 'grammar/bench-grammar.mjs'), '--json'], { cwd: here, env, encoding: 'utf8', maxBuffer: 1 << 26 })
  try {
    if (run.status !== 0) throw new Error(`exit code ${run.status}`)
    grammar = JSON.parse(run.stdout.trim().split('\n').at(-1))
    if (grammar === null) notes.grammar = (run.stderr ?? '').trim()
  } catch (error) {
    crashes.push({ tool: 'bench-grammar', where: 'grammar', reason: error.message })
    console.error(`bench: the grammar benchmark failed: ${error.message}\n${(run.stderr ?? '').trim()}`)
  }
}

// 3. Each size: generate the corpus, fill caches, then the timed runs, tools taking turns.
const summaries = {}
const corpora = {}
const runCounts = {}
for (const size of options.sizes) {
  const target = corpus(`corpus-${size}`, size)
  corpora[size] = { files: size, bytes: target.bytes }
  console.log(`\n${size} page(s), ${sizeOf(target.bytes)}`)
  const runs = options.runs(size)
  runCounts[size] = runs
  const measured = Object.fromEntries(active.map((tool) => [tool.id, []]))
  const primed = {}
  let alive = [...active]
  for (const tool of alive.filter((t) => t.primes)) {
    const result = runOnce(tool, target, `${size}-prime`)
    if (!result.ok) crash(tool, target.corpus, result)
    else {
      primed[tool.id] = result.wallMs
      console.log(`  untimed  ${tool.label.padEnd(30)} ${(result.wallMs / 1000).toFixed(2).padStart(8)} s (fills the cache)`)
    }
  }
  alive = alive.filter((tool) => !tool.primes || primed[tool.id] !== undefined)
  for (let run = 0; run < runs; run++) {
    const order = [...alive.slice(run % alive.length), ...alive.slice(0, run % alive.length)]
    for (const tool of order) {
      const result = runOnce(tool, target, `${size}-${run + 1}`)
      if (!result.ok) {
        crash(tool, target.corpus, result)
        alive = alive.filter((t) => t !== tool)
        continue
      }
      measured[tool.id].push(result)
      console.log(`  run ${run + 1}/${runs}  ${tool.label.padEnd(30)} ${(result.wallMs / 1000).toFixed(2).padStart(8)} s ${(result.rssKb / 1024).toFixed(0).padStart(6)} MB`)
    }
  }
  summaries[size] = {}
  for (const tool of alive) {
    const results = measured[tool.id]
    summaries[size][tool.id] = {
      wallMs: median(results.map((r) => r.wallMs)),
      rssKb: Math.max(...results.map((r) => r.rssKb)),
      runs: results.map((r) => Math.round(r.wallMs)),
      rssRunsKb: results.map((r) => r.rssKb),
      ...(primed[tool.id] === undefined ? {} : { primeMs: Math.round(primed[tool.id]) }),
    }
  }
}

// 4. Report.
const targets = evaluateTargets(summaries, speller, grammar)
const sections = []
const add = (title, table, footnotes = []) => sections.push({ title, table, footnotes })
for (const size of options.sizes) {
  const unmeasured = selected.filter((tool) => !summaries[size][tool.id])
  const footnotes = unmeasured.map((tool) => `${tool.label}: ${notes[tool.id] ?? 'not run'}`)
  add(`${size.toLocaleString('en')} page(s), ${sizeOf(corpora[size].bytes)}, ${runCounts[size]} run(s)`, sizeTable(selected, summaries[size]), footnotes)
}
if (speller) add(`Speller (@offre/spell-fr, ${speller.entries} automaton entries, medians of ${speller.runs} runs)`, spellerTable(speller))
if (grammar) add(`Grammar (offre-grammar through Grammalecte, medians of ${grammar.runs}+ runs, ${grammar.cpus} CPUs)`, grammarTable(grammar))
add(`Targets (peak RSS "flat" means at most ${FLAT_RSS_FACTOR}× from 1,000 to 10,000 pages)`, targetTable(targets))
for (const { title, table, footnotes } of sections) console.log(`\n${title}\n\n${renderText(table)}${footnotes.map((note) => `\n  ${note}`).join('')}`)

const commands = Object.fromEntries(tools.map((tool) => [tool.id, display(tool.argv({ work, corpus: 'corpus-N' }))]))
const machine = { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryMb: Math.round(os.totalmem() / 2 ** 20) }
const finished = { date: new Date().toISOString(), loadAverage: os.loadavg() }
const warnings = []
if (newest(cliDist, /\.js$/) !== cliBuiltAt) warnings.push('packages/cli/dist was rebuilt during the run: the offre figures may mix two builds (and a rebuild can invalidate the lint cache)')
for (const warning of warnings) console.warn(`bench: warning: ${warning}`)
const record = { started, finished, machine, sizes: options.sizes, runs: runCounts, corpora, commands, results: summaries, notes, speller, grammar, targets, flatRssFactor: FLAT_RSS_FACTOR, crashes, warnings }
mkdirSync(resultsDir, { recursive: true })
const json = `${JSON.stringify(record, null, 2)}\n`
const markdown = [
  '# Benchmark results',
  '',
  `${started.date} · Node ${machine.node} · ${machine.platform} · ${machine.cpus} CPUs (${machine.cpuModel}) · ${machine.memoryMb} MB · load average (1, 5, 15 min) ${started.loadAverage.map((l) => l.toFixed(2)).join(', ')} at start, ${finished.loadAverage.map((l) => l.toFixed(2)).join(', ')} at the end`,
  '',
  'Written by `npm run bench` (packages/bench/src/bench.mjs); see packages/bench/README.md for what is measured and how.',
  'Wall time: median of the runs, spawn to exit. Peak RSS: largest maxRSS of the runs (whole process, worker threads included). × floor: time ÷ the parse-only floor\'s.',
  ...sections.flatMap(({ title, table, footnotes }) => ['', `## ${title}`, '', renderMarkdown(table), ...(footnotes.length > 0 ? ['', ...footnotes.map((note) => `- ${note}`)] : [])]),
  '',
  '## Commands',
  '',
  'Run from the temporary work folder `$WORK`, which holds the corpora (`corpus-N`) and the configuration files.',
  '',
  ...Object.entries(commands).map(([id, line]) => `- ${id}: \`${line}\`${notes[id] ? ` (${notes[id]})` : ''}`),
  ...(warnings.length > 0 ? ['', '## Warnings', '', ...warnings.map((w) => `- ${w}`)] : []),
  ...(crashes.length > 0 ? ['', '## Failures', '', ...crashes.map((c) => `- ${c.tool} on ${c.where}: ${c.reason}`)] : []),
  '',
].join('\n')
// Every run gets its own pair of files; only a run asked to be recorded replaces latest.*.
const runName = `run-${started.date.replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')}`
const written = []
for (const name of options.record ? [runName, 'latest'] : [runName]) {
  writeFileSync(path.join(resultsDir, `${name}.json`), json)
  writeFileSync(path.join(resultsDir, `${name}.md`), markdown)
  written.push(path.relative(process.cwd(), path.join(resultsDir, name)))
}
console.log(`\nbench: wrote ${written.map((name) => `${name}.json and ${name}.md`).join(', and ')}`)
if (!options.record) console.log('bench: results/latest.* left as they were (the recorded run); pass --record or OFFRE_BENCH_RECORD=1 to replace them')
cleanUp()
process.exitCode = crashes.length > 0 ? 1 : 0

/** The newest modification time of the files under dir whose names match pattern (tests left out). */
function newest(dir, pattern) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => pattern.test(name) && !name.endsWith('.test.ts'))
    .reduce((max, name) => Math.max(max, statSync(path.join(dir, name)).mtimeMs), 0)
}

/** Warns when the CLI's sources are newer than its bundle (what `offre` runs): the figures would be of old code. */
function warnIfStale(packageDir) {
  if (newest(path.join(packageDir, 'src'), /\.ts$/) > newest(path.join(packageDir, 'dist', 'bundle'), /\.js$/)) {
    console.warn('bench: packages/cli/src is newer than packages/cli/dist/bundle: measuring an old build (run `npm run build -w @offre/cli`)')
  }
}
