#!/usr/bin/env node
/**
 * `npm run bench:lsp` (or `node packages/bench/src/lsp-bench.mjs`): the editor loop of
 * `offre lsp`, measured through a real LSP client over the server's stdio (the built
 * bundle, `packages/cli/bin/offre.js lsp --stdio`):
 *
 * - re-lint latency: a one-word edit (an incremental didChange) until the
 *   publishDiagnostics of that version, median of the runs, on the seed page and on a
 *   ~700 KB page made of the seed's paragraphs; debounce 0, so that it is the lint's
 *   own time plus the protocol's (targets ≤ 30 ms and ≤ 300 ms);
 * - lints for 10 edits 50 ms apart with the default debounce (150 ms): target ≤ 2.
 *
 * A measurement, not a test: exit 0 whatever the targets say, 2 when the CLI is not
 * built. Runs: OFFRE_BENCH_LSP_RUNS (default 30 on the seed, a third of it on the large page).
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { seedPath } from '@offre/fixtures'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../../..')
const offreBin = path.join(repoRoot, 'packages/cli/bin/offre.js')
// The protocol client is a dependency of the CLI's tests: found from the CLI's package.
const protocol = createRequire(path.join(repoRoot, 'packages/cli/package.json'))('vscode-languageserver-protocol/node')
const runs = Math.max(3, Number(process.env.OFFRE_BENCH_LSP_RUNS ?? 30) || 30)
const LARGE_BYTES = 700_000

if (!existsSync(path.join(repoRoot, 'packages/cli/dist/bundle/offre.js'))) {
  console.error('bench:lsp: the CLI is not built: run `npx turbo run build --filter=@offre/cli` first')
  process.exit(2)
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The seed's paragraphs again and again, under numbered headings, up to `bytes`. */
function largePage(seed, bytes) {
  const front = /^---\n[\s\S]*?\n---\n/.exec(seed)?.[0] ?? ''
  const blocks = seed.slice(front.length).split(/\n{2,}/).filter((block) => block.trim() !== '' && !block.startsWith('#'))
  const parts = [front]
  let size = front.length
  for (let section = 1; size < bytes; section++) {
    const heading = `## Partie ${section}\n\n`
    parts.push(heading)
    size += heading.length
    for (const block of blocks) {
      parts.push(`${block}\n\n`)
      size += block.length + 2
    }
  }
  return parts.join('')
}

async function startServer(initializationOptions) {
  // The lint's own latency, without grammar (Grammalecte's cost is measured by bench-grammar.mjs).
  const child = spawn(process.execPath, [offreBin, 'lsp', '--stdio'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, OFFRE_GRAMMALECTE: 'off' } })
  const connection = protocol.createProtocolConnection(new protocol.StreamMessageReader(child.stdout), new protocol.StreamMessageWriter(child.stdin))
  const waiters = []
  let lints = 0
  const lintMs = []
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.version === params.version) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(params.diagnostics)
      }
    }
  })
  connection.onNotification('$/offre/linted', ({ ms }) => {
    lints++
    lintMs.push(ms)
  })
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(repoRoot).href, capabilities: {}, initializationOptions: { ...initializationOptions, reportLints: true } })
  await connection.sendNotification('initialized', {})
  const published = (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve }))
  return {
    lints: () => lints,
    /** The server's own time of each lint (from the edit's arrival to the findings, the lint thread included). */
    lintMs: () => [...lintMs],
    async open(file, text) {
      const uri = pathToFileURL(file).href
      const done = published(uri, 1)
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } })
      return done
    },
    /** Replaces `length` characters at `line`, `character` and waits for the version's diagnostics unless `wait` is false. */
    async edit(file, version, line, character, length, text, wait = true) {
      const uri = pathToFileURL(file).href
      const done = wait ? published(uri, version) : undefined
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character: character + length } }, text }],
      })
      return done
    },
    async stop() {
      await connection.sendRequest('shutdown')
      await connection.sendNotification('exit')
      await new Promise((resolve) => child.once('exit', resolve))
      connection.dispose()
    },
  }
}

/** The place of a word of the prose to edit (the last line that has `word`). */
function placeOf(text, word) {
  const lines = text.split('\n')
  for (let line = lines.length - 1; line >= 0; line--) {
    const character = lines[line].indexOf(word)
    if (character >= 0 && !lines[line].startsWith('#')) return { line, character }
  }
  throw new Error(`bench:lsp: no \`${word}\` in the page`)
}

/** Median latency of one-word edits: `service` ↔ `services`, each edit a new version. */
async function relintLatency(server, file, text, count) {
  await server.open(file, text)
  const { line, character } = placeOf(text, 'service')
  const times = []
  for (let run = 0; run < count; run++) {
    const version = run + 2
    // Odd runs add the `s`, even ones remove it: the page alternates between two texts.
    const started = performance.now()
    if (run % 2 === 0) await server.edit(file, version, line, character + 'service'.length, 0, 's')
    else await server.edit(file, version, line, character + 'service'.length, 1, '')
    times.push(performance.now() - started)
  }
  return times
}

const work = mkdtempSync(path.join(os.tmpdir(), 'offre-lsp-bench-'))
try {
  mkdirSync(path.join(work, 'content/fr/mission'), { recursive: true })
  for (const name of ['offre.config.yml', 'front-matter.schema.json', 'pages-du-site.txt', 'vocabulaire.txt']) cpSync(path.join(repoRoot, 'content', name), path.join(work, 'content', name))
  const seed = readFileSync(seedPath, 'utf8')
  const large = largePage(seed, LARGE_BYTES)
  const seedFile = path.join(work, 'content/fr/mission/offre-de-services.md')
  const largeFile = path.join(work, 'content/fr/mission/grande-page.md')
  writeFileSync(seedFile, seed)
  writeFileSync(largeFile, large)

  const fast = await startServer({ debounce: 0 })
  // Warm-up: the first lints load the speller and compile the rules.
  await relintLatency(fast, seedFile, seed, 5)
  let mark = fast.lintMs().length
  const seedTimes = await relintLatency(fast, seedFile.replace('.md', '-2.md'), seed, runs)
  const seedLint = fast.lintMs().slice(mark + 1)
  mark = fast.lintMs().length
  const largeTimes = await relintLatency(fast, largeFile, large, Math.max(3, Math.round(runs / 3)))
  const largeLint = fast.lintMs().slice(mark + 1)
  await fast.stop()

  const typing = await startServer({})
  await typing.open(seedFile, seed)
  const before = typing.lints()
  const { line, character } = placeOf(seed, 'service')
  for (let edit = 0; edit < 10; edit++) {
    await typing.edit(seedFile, edit + 2, line, character, 0, edit % 2 === 0 ? 'x' : 'y', edit === 9)
    if (edit < 9) await new Promise((resolve) => setTimeout(resolve, 50))
  }
  await new Promise((resolve) => setTimeout(resolve, 400))
  const typingLints = typing.lints() - before
  await typing.stop()

  const seedMedian = median(seedTimes)
  const largeMedian = median(largeTimes)
  const verdict = (ok) => (ok ? 'PASS' : 'FAIL')
  console.log(`offre lsp (Node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)})`)
  console.log(`  re-lint after a one-word edit, seed page (${(Buffer.byteLength(seed) / 1e3).toFixed(1)} kB): median ${seedMedian.toFixed(1)} ms over ${seedTimes.length} edits, of which the lint ${median(seedLint).toFixed(1)} ms (target ≤ 30 ms: ${verdict(seedMedian <= 30)})`)
  console.log(`  re-lint after a one-word edit, large page (${(Buffer.byteLength(large) / 1e3).toFixed(0)} kB): median ${largeMedian.toFixed(1)} ms over ${largeTimes.length} edits, of which the lint ${median(largeLint).toFixed(1)} ms (target ≤ 300 ms: ${verdict(largeMedian <= 300)})`)
  console.log(`  lints for 10 edits 50 ms apart (debounce 150 ms): ${typingLints} (target ≤ 2: ${verdict(typingLints <= 2)})`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
