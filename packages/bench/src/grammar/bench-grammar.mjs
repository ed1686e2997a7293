#!/usr/bin/env node
/**
 * Grammar's cost (`offre-grammar` through Grammalecte), side by side in one run:
 *
 * - a pull-request-sized lint, 5 real pages of code.gouv.fr: `offre lint --grammar on`
 *   against `--grammar off`, runs alternating; target: at most 1.5 s more (medians);
 * - the 211 real pages: `offre lint --grammar on` against Grammalecte alone on the same
 *   prose (`grammalecte-cli -f` on the paragraphs offre sends it, one process, the same
 *   options); target: no slower, offre using both cores.
 *
 * `--json` prints one JSON line for bench.mjs. Without Grammalecte, it says so and
 * prints `null`. Runs: OFFRE_BENCH_GRAMMAR_RUNS (default 3).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { siteContentDir, sitePages } from '@offre/fixtures'
import remarkParse from 'remark-parse'
import { createPreset, GRAMMALECTE_OPTIONS } from 'remark-lint-offre'
import { unified } from 'unified'
import { VFile } from 'vfile'

const here = path.dirname(fileURLToPath(import.meta.url))
const offreBin = path.resolve(here, '../../../cli/bin/offre.js')
const json = process.argv.includes('--json')
const runs = Math.max(1, Number(process.env.OFFRE_BENCH_GRAMMAR_RUNS ?? 3) || 3)
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const cli = spawnSync('sh', ['-c', 'command -v grammalecte-cli && command -v grammalecte-server'], { encoding: 'utf8' })
if (cli.status !== 0) {
  console.error('bench-grammar: Grammalecte is not installed (apt-get install python3-grammalecte grammalecte-cli): not measured')
  console.log('null')
  process.exit(0)
}

/** Wall time of a command, in ms, its output dropped; fails on an unexpected exit code. */
function time(argv, okCodes = [0, 1]) {
  const started = process.hrtime.bigint()
  const result = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, OFFRE_GRAMMALECTE: '', NO_COLOR: '1' }, maxBuffer: 1 << 28 })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (!okCodes.includes(result.status ?? -1)) throw new Error(`${argv.join(' ')}: exit ${result.status}\n${result.stderr}`)
  return ms
}

/** The paragraphs offre-grammar sends for a page: the preset run with a checker that records them. */
async function paragraphsOf(files) {
  const processor = unified().use(remarkParse).use(createPreset()).freeze()
  const paragraphs = []
  const recorder = {
    async check(batch) {
      paragraphs.push(...batch)
      return batch.map(() => [])
    },
  }
  for (const file of files) {
    const vfile = new VFile({ path: file, value: readFileSync(file, 'utf8') })
    vfile.data.offre = { contentPath: path.relative(siteContentDir, file).split(path.sep).join('/') }
    vfile.data.offreGrammar = recorder
    await processor.run(processor.parse(vfile), vfile)
  }
  return paragraphs
}

const pages = sitePages()
// Five pages of the size a pull request touches: around the median size of the site's pages.
const bySize = [...pages].sort((a, b) => readFileSync(a).length - readFileSync(b).length)
const middle = bySize.length >> 1
const five = bySize.slice(middle - 2, middle + 3)

const pr = { off: [], on: [] }
for (let run = 0; run < Math.max(runs, 5); run++) {
  for (const mode of run % 2 === 0 ? ['off', 'on'] : ['on', 'off']) pr[mode].push(time([process.execPath, offreBin, 'lint', ...five, '--format', 'json', '--grammar', mode]))
}

const work = mkdtempSync(path.join(os.tmpdir(), 'offre-bench-grammar-'))
const prose = path.join(work, 'prose.txt')
const paragraphs = await paragraphsOf(pages)
writeFileSync(prose, `${paragraphs.join('\n')}\n`)
const off = Object.entries(GRAMMALECTE_OPTIONS).filter(([, on]) => !on).map(([name]) => name)
const site = { offre: [], grammalecte: [] }
for (let run = 0; run < runs; run++) {
  const order = run % 2 === 0 ? ['offre', 'grammalecte'] : ['grammalecte', 'offre']
  for (const who of order) {
    site[who].push(
      who === 'offre'
        ? time([process.execPath, offreBin, 'lint', siteContentDir, '--format', 'json', '--grammar', 'on'])
        : time(['grammalecte-cli', '-f', prose, '-j', '-owe', '-off', ...off], [0]),
    )
  }
}
rmSync(work, { recursive: true, force: true })

const result = {
  runs,
  cpus: os.cpus().length,
  pullRequest: { pages: five.length, bytes: five.reduce((sum, file) => sum + readFileSync(file).length, 0), offMs: median(pr.off), onMs: median(pr.on), offRuns: pr.off.map(Math.round), onRuns: pr.on.map(Math.round) },
  site: { pages: pages.length, proseChars: paragraphs.reduce((sum, text) => sum + text.length + 1, 0), paragraphs: paragraphs.length, offreMs: median(site.offre), grammalecteMs: median(site.grammalecte), offreRuns: site.offre.map(Math.round), grammalecteRuns: site.grammalecte.map(Math.round) },
}
if (json) console.log(JSON.stringify(result))
else {
  console.log(`5 pages: --grammar off ${(result.pullRequest.offMs / 1000).toFixed(2)} s, on ${(result.pullRequest.onMs / 1000).toFixed(2)} s (+${((result.pullRequest.onMs - result.pullRequest.offMs) / 1000).toFixed(2)} s)`)
  console.log(`211 pages: offre lint --grammar on ${(result.site.offreMs / 1000).toFixed(2)} s, Grammalecte alone on the prose ${(result.site.grammalecteMs / 1000).toFixed(2)} s (${(result.site.offreMs / result.site.grammalecteMs).toFixed(2)}×)`)
}
