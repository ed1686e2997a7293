/**
 * Times offre-spelling alone on the 211 real pages of code.gouv.fr: each round parses
 * every page (not timed), then runs the rule on it (timed); prints the median of the
 * rounds. Run: `npx tsx scripts/spelling-time.ts [rounds]` from packages/remark-lint-offre.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { siteContentDir, sitePages } from '@offre/fixtures'
import { createPreset } from '../src/preset.js'
import { RULE_IDS } from '../src/registry.js'

const rules = Object.fromEntries(RULE_IDS.filter((id) => id !== 'offre-spelling').map((id) => [id, 'off' as const]))
const pages = sitePages().map((page) => ({ contentPath: path.relative(siteContentDir, page), text: readFileSync(page, 'utf8') }))
const rounds = Number(process.argv[2] ?? 7)
const times: number[] = []
let findings = 0
for (let round = 0; round < rounds; round++) {
  let total = 0
  findings = 0
  for (const { contentPath, text } of pages) {
    const processor = unified().use(remarkParse).use(createPreset({ rules, settings: { contentPath } }))
    const file = new VFile({ path: contentPath, value: text })
    const tree = processor.parse(file)
    const started = performance.now()
    await processor.run(tree, file)
    total += performance.now() - started
    findings += file.messages.length
  }
  times.push(total)
}
times.sort((a, b) => a - b)
console.log(`offre-spelling on ${pages.length} pages: median ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms of ${rounds} rounds (min ${times[0]?.toFixed(0)}), ${findings} findings`)
