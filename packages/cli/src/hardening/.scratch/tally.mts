import fc from 'fast-check'
import { fixOf } from 'remark-lint-offre'
import { page } from '../arbitraries.ts'
import { createLinter } from '../../lint/engine.ts'
const linter = createLinter({}, true)
const samples = fc.sample(page, { numRuns: 600, seed: 7 })
const tally: Record<string, number> = {}, fixable: Record<string, number> = {}
let withFix = 0, sizes = 0
for (const md of samples) {
  sizes += md.length
  const f = await linter.lintSource(md, 'p.md', { sitePages: ['/fr/'], contentPath: 'fr/mission/offre-de-services.md' })
  let any = false
  for (const m of f.messages) { tally[m.ruleId + ''] = (tally[m.ruleId+''] ?? 0) + 1; if (fixOf(m)) { any = true; fixable[m.ruleId+''] = (fixable[m.ruleId+''] ?? 0) + 1 } }
  if (any) withFix++
}
console.log('avg size', sizes / samples.length, 'pages with fixes', withFix, '/', samples.length)
console.log(tally); console.log(fixable)
console.log(JSON.stringify(samples[7]))
