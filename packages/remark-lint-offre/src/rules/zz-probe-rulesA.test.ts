import { readFileSync } from 'node:fs'
import { it } from 'vitest'
import { seedPath, sitePages } from '@offre/fixtures'
import { lint, summary } from '../testing.js'
const only = (process.env.RULES ?? 'offre-typography').split(',')
it('probe', async () => {
  const files = process.env.SEED ? [seedPath] : sitePages()
  const counts: Record<string, number> = {}
  for (const path of files) {
    const messages = await lint(readFileSync(path, 'utf8'), { only, path: path.replace(/.*content\//, '') })
    for (const m of messages) {
      counts[m.ruleId + ''] = (counts[m.ruleId + ''] ?? 0) + 1
      if (!process.env.QUIET) console.log(path.replace(/.*content\//, ''), summary([m])[0], '|', m.reason, '|', JSON.stringify(m.expected))
    }
  }
  console.log(JSON.stringify(counts))
}, 600000)
