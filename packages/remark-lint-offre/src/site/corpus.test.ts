/**
 * The regression corpus: the 211 real pages of code.gouv.fr linted with the rules
 * of this folder, against the site map built from the same pages. The findings are
 * kept in `corpus.findings.txt`, reviewed like code: a new false positive (or a
 * lost true one) shows in the diff of that file. `offre-navigation` reads the site's
 * navigation as the project loader builds it (the pages' `eleventyNavigation`, then
 * code.gouv.fr's `site.templateNavigation` from the repository's configuration), and
 * the pages the site's templates make (its `links.siteRules`: `/fr/utiliser/`…, which
 * the default rules lack), so that a segment to a listing page is no dead link.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { offerJsonSchema } from '@offre/model'
import { siteContentDir, sitePages } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { siteRulesFrom } from '../config/preset-options.js'
import type { SiteRulesConfig } from '../config/schema-source.js'
import { lint, summary } from '../testing.js'
import { loadSiteMap, loadSiteTree } from './load.js'
import { siteNavigation, type TemplateNavigation } from './navigation.js'

const only = ['offre-front-matter', 'offre-required-sections', 'offre-links', 'offre-navigation']
// The pages of code.gouv.fr, under the front matter schema its content declares.
const frontMatterSchema = { document: offerJsonSchema(), pointer: '/$defs/FrontMatterData' }
// code.gouv.fr's templates, as the repository's configuration describes them: offre-navigation's settings alone
// (the other rules keep their reviewed settings, the default rules).
const config = parse(readFileSync(new URL('../../../../content/offre.config.yml', import.meta.url), 'utf8')) as {
  site: { templateNavigation: TemplateNavigation[] }
  links: { siteRules: SiteRulesConfig }
}
const navigation = siteNavigation(loadSiteTree(siteContentDir).pages, config.site.templateNavigation)
const siteRules = siteRulesFrom(config.links.siteRules)

describe('the real pages of code.gouv.fr', () => {
  it('lint without a crash, with the reviewed findings', async () => {
    const site = loadSiteMap(siteContentDir)
    const lines: string[] = []
    const counts: Record<string, number> = {}
    for (const file of sitePages()) {
      const contentPath = path.relative(siteContentDir, file).split(path.sep).join('/')
      const text = readFileSync(file, 'utf8')
      const messages = [
        ...(await lint(text, { only: only.filter((id) => id !== 'offre-navigation'), path: contentPath, settings: { sitePages: site, frontMatterSchema } })),
        ...(await lint(text, { only: ['offre-navigation'], path: contentPath, settings: { sitePages: site, navigation, siteRules } })),
      ]
      for (const [index, line] of summary(messages).entries()) {
        const ruleId = String(messages[index]?.ruleId)
        counts[ruleId] = (counts[ruleId] ?? 0) + 1
        lines.push(`${contentPath} ${line}`)
      }
    }
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./corpus.findings.txt')
    expect(counts).toEqual({ 'offre-front-matter': 1, 'offre-required-sections': 58, 'offre-links': 82, 'offre-navigation': 10 })
  })
})
