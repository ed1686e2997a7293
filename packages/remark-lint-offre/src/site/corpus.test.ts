/**
 * The regression corpus: the 211 real pages of code.gouv.fr linted with the rules
 * of this folder, against the site map built from the same pages. The findings are
 * kept in `corpus.findings.txt`, reviewed like code: a new false positive (or a
 * lost true one) shows in the diff of that file.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { offerJsonSchema } from '@offre/model'
import { siteContentDir, sitePages } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { lint, summary } from '../testing.js'
import { loadSiteMap } from './load.js'

const only = ['offre-front-matter', 'offre-required-sections', 'offre-links']
// The pages of code.gouv.fr, under the front matter schema its content declares.
const frontMatterSchema = { document: offerJsonSchema(), pointer: '/$defs/FrontMatterData' }

describe('the real pages of code.gouv.fr', () => {
  it('lint without a crash, with the reviewed findings', async () => {
    const site = loadSiteMap(siteContentDir)
    const lines: string[] = []
    const counts: Record<string, number> = {}
    for (const file of sitePages()) {
      const contentPath = path.relative(siteContentDir, file).split(path.sep).join('/')
      const messages = await lint(readFileSync(file, 'utf8'), { only, path: contentPath, settings: { sitePages: site, frontMatterSchema } })
      for (const [index, line] of summary(messages).entries()) {
        const ruleId = String(messages[index]?.ruleId)
        counts[ruleId] = (counts[ruleId] ?? 0) + 1
        lines.push(`${contentPath} ${line}`)
      }
    }
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./corpus.findings.txt')
    expect(counts).toEqual({ 'offre-front-matter': 1, 'offre-required-sections': 58, 'offre-links': 80 })
  })
})
