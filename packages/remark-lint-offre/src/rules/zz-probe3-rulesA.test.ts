import { readFileSync, writeFileSync } from 'node:fs'
import { it } from 'vitest'
import { seedPath } from '@offre/fixtures'
import { fix } from '../testing.js'
it('seed fixed', async () => {
  writeFileSync('/tmp/rulesA/seed-fixed.md', await fix(readFileSync(seedPath, 'utf8'), { only: ['offre-typography', 'offre-mailto', 'offre-faq', 'offre-no-presentational-html'] }))
})
