import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { offerJsonSchema, parseOffer } from '@offre/model'
import { seedPath, sitePages } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { loadProjectConfig } from '../project/load-project.js'
import { lint, summary, docExamples } from '../testing.js'

const only = ['offre-front-matter']
// code.gouv.fr's declaration (`content/offre.config.yml`): the model's published schema.
const codeGouv = { frontMatterSchema: { document: offerJsonSchema(), pointer: '/$defs/FrontMatterData' } }
const example = docExamples('offre-front-matter')
const page = (yaml: string): string => `---\n${yaml}\n---\n\nTexte.\n`


describe('offre-front-matter: the docs examples', () => {
  it('reports what the failing example says, and passes the passing one', async () => {
    const options = { only, settings: codeGouv }
    expect(summary(await lint(example('md fail'), options))).toEqual(example('text messages').trim().split('\n'))
    expect(await lint(example('md pass'), options)).toEqual([])
  })
})

describe('offre-front-matter', () => {
  it('reports a wrong type at the YAML value, with the model’s text', async () => {
    const markdown = page('title: Page\nsegments: [{url: 3, title: Mission}]')
    const [message, ...rest] = await lint(markdown, { only, settings: codeGouv })
    expect(rest).toEqual([])
    // `3` is on line 3, column 18 of the file (the YAML starts on line 2).
    expect(summary([message!])).toEqual(['3:18-3:19 offre-front-matter 3'])
    expect(message?.reason).toBe(parseOffer(markdown).file.messages[0]?.reason)
    expect(message?.reason).toContain('`segments/0/url`')
    // The type the schema wants is in the reason, not a replacement of the value: no `expected`.
    expect(message?.expected).toBeUndefined()
    expect(message?.fatal).toBe(true)
    expect(message?.source).toBe('remark-lint')
  })

  it('keeps an unknown top-level key a warning even with the rule at error', async () => {
    const [message] = await lint(page('title: Page\ntitel: Page'), { only, settings: codeGouv, rules: { 'offre-front-matter': 'error' } })
    expect(summary([message!])).toEqual(['3:1-3:6 offre-front-matter titel'])
    expect(message?.fatal).toBe(false)
    // The known keys closest to the unknown one replace it.
    expect(message?.expected).toEqual(['title'])
    expect(message?.reason).toMatch(/^Clé de front matter inconnue `titel`/)
  })

  it('lists the keys known where a nested unknown key is', async () => {
    const [message] = await lint(page('title: Page\nimage:\n  path: a.png\n  legende: Logo'), { only, settings: codeGouv })
    expect(message?.actual).toBe('legende')
    // No known key is close to `legende`: they are listed in the reason only.
    expect(message?.expected).toBeUndefined()
    expect(message?.reason).toContain('(clés connues : `path`, `alt`, `hide`)')
  })

  it('turns errors into warnings when the rule is at warn', async () => {
    const [message] = await lint(page('title: Page\ndate: hier'), { only, settings: codeGouv, rules: { 'offre-front-matter': 'warn' } })
    expect(message?.reason).toContain('`date`')
    expect(message?.actual).toBe('hier')
    expect(message?.expected).toBeUndefined()
    expect(message?.fatal).toBe(false)
  })

  it('reports YAML syntax errors and a missing front matter at their place', async () => {
    const syntax = await lint('---\ntitle: [Page\n---\n\nTexte.\n', { only, settings: codeGouv })
    expect(syntax.length).toBeGreaterThan(0)
    expect(syntax[0]?.reason).toMatch(/^YAML invalide dans le front matter/)
    expect(syntax[0]?.line).toBe(2)
    const missing = await lint('## Titre\n\nTexte.\n', { only, settings: codeGouv })
    expect(summary(missing)).toEqual(['1:1-1:1 offre-front-matter'])
    expect(missing[0]?.actual).toBeUndefined()
    expect(missing[0]?.expected).toBeUndefined()
  })

  it('asks for a title, except on an unpublished page', async () => {
    expect(summary(await lint(page('layout: page'), { only, settings: codeGouv }))).toEqual(['1:1-3:4 offre-front-matter'])
    expect(await lint(page('permalink: false'), { only, settings: codeGouv })).toEqual([])
  })

  it('says it in English on request', async () => {
    const [message] = await lint(page('title: Page\ntitel: x'), { only, settings: { ...codeGouv, locale: 'en' } })
    expect(message?.reason).toMatch(/^Unknown front matter key `titel`/)
  })

  it('leaves a valid front matter alone, the seed’s included', async () => {
    expect(await lint(page('title: Page\nlayout: layouts/page.njk\nsegments:\n  - url: /mission/\n    title: Mission\nshowBreadcrumb: true'), { only, settings: codeGouv })).toEqual([])
    expect(await lint(readFileSync(seedPath, 'utf8'), { only, settings: codeGouv, path: 'fr/mission/offre-de-services.md' })).toEqual([])
  })

  it('refuses options, at start-up', async () => {
    await expect(lint(page('title: x'), { only, rules: { 'offre-front-matter': ['error', { strict: true }] } })).rejects.toThrow(/strict/)
  })
})

/** A content tree in a temp dir: the project loader reads it as `offre lint` does. */
function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'offre-front-matter-'))
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    writeFileSync(path.join(root, relative), text)
  }
  return root
}

const hugo = '---\ntitle: "Nos services"\ndate: 2024-03-01T10:00:00+01:00\ndraft: false\ntags: [numérique, accessibilité]\nweight: 10\n---\n\nTexte.\n'
const jekyll = '---\nlayout: post\nauthor: Marie Dupont\ncategories: actualites\npermalink: /actualites/bienvenue/\n---\n\nTexte.\n'
const index = '---\nweight: 1\ndraft: true\n---\n\nTexte.\n'
const hugoSchema = JSON.stringify({
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: { title: { type: 'string' }, date: { type: 'string' }, draft: { type: 'boolean' }, tags: { type: 'array', items: { type: 'string' } }, weight: { type: 'integer' } },
  required: ['title'],
  additionalProperties: false,
})

async function lintSite(root: string, pages: Record<string, string>): Promise<string[]> {
  const { settings, problems } = loadProjectConfig({ root })
  expect(problems).toEqual([])
  const found: string[] = []
  for (const [name, markdown] of Object.entries(pages)) found.push(...summary(await lint(markdown, { only, settings, path: name })).map((line) => `${name} ${line}`))
  return found
}

describe('offre-front-matter on a site that declares no schema', () => {
  it('leaves the keys of Hugo, Jekyll and index pages alone, a missing title and front matter included', async () => {
    const root = site({ 'fr/services.md': hugo, 'fr/bienvenue.md': jekyll, 'fr/_index.md': index })
    expect(await lintSite(root, { 'fr/services.md': hugo, 'fr/bienvenue.md': jekyll, 'fr/_index.md': index, 'fr/sans.md': '# Sans front matter\n' })).toEqual([])
  })

  it('still reports what is wrong on any site: invalid YAML, a front matter that is not a mapping, no closing `---`', async () => {
    expect(summary(await lint('---\ntitle: [Page\n---\n\nTexte.\n', { only }))[0]).toMatch(/^2:/)
    expect((await lint('---\n- un\n- deux\n---\n\nTexte.\n', { only }))[0]?.reason).toMatch(/^Front matter inattendu/)
    expect(await lint('---\ntitle: Page\n\nTexte.\n', { only })).toHaveLength(1)
  })
})

describe('offre-front-matter with the schema the site declares', () => {
  it('reports the keys the declared schema does not know, as warnings, and its types and required keys', async () => {
    const root = site({ 'offre.config.yml': 'frontMatter:\n  schema: schemas/front-matter.json\n', 'schemas/front-matter.json': hugoSchema })
    expect(await lintSite(root, { 'fr/services.md': hugo, 'fr/bienvenue.md': jekyll, 'fr/_index.md': index })).toEqual([
      'fr/bienvenue.md 1:1-6:4 offre-front-matter',
      'fr/bienvenue.md 2:1-2:7 offre-front-matter layout',
      'fr/bienvenue.md 3:1-3:7 offre-front-matter author',
      'fr/bienvenue.md 4:1-4:11 offre-front-matter categories',
      'fr/bienvenue.md 5:1-5:10 offre-front-matter permalink',
      'fr/_index.md 1:1-4:4 offre-front-matter',
    ])
    const { settings } = loadProjectConfig({ root })
    const [unknown] = await lint('---\ntitle: Page\ntitel: x\nweight: dix\n---\n\nTexte.\n', { only, settings })
    expect(unknown?.reason).toBe('Clé de front matter inconnue `titel` : elle est conservée mais le site l’ignore (clés connues : `title`, `date`, `draft`, `tags`, `weight`)')
    expect(unknown?.fatal).toBe(false)
    expect(unknown?.expected).toEqual(['title'])
    const wrong = await lint('---\ntitle: Page\nweight: dix\n---\n\nTexte.\n', { only, settings })
    expect(summary(wrong)).toEqual(['3:9-3:12 offre-front-matter dix'])
    expect(wrong[0]?.fatal).toBe(true)
  })

  it('code.gouv.fr’s declaration (content/) gives the model’s findings on every real page, as before', async () => {
    const project = loadProjectConfig({ root: new URL('../../../../content', import.meta.url).pathname })
    expect(project.problems).toEqual([])
    expect(project.settings.frontMatterSchema?.pointer).toBe('/$defs/FrontMatterData')
    const dropped = new Set(['internal-error', 'too-large', 'binary-file', 'empty-file', 'invalid-utf8'])
    let count = 0
    for (const file of sitePages()) {
      const markdown = readFileSync(file, 'utf8')
      const model = parseOffer(markdown).file.messages.filter((m) => !dropped.has(m.ruleId ?? '') && !(m.ruleId === 'missing-key' && /permalink:\s*false/.test(markdown)))
      const found = await lint(markdown, { only, settings: { frontMatterSchema: project.settings.frontMatterSchema } })
      expect(found.map((m) => `${m.line}:${m.column} ${m.reason}`), file).toEqual(model.map((m) => `${m.line}:${m.column} ${m.reason}`))
      count += found.length
    }
    expect(count).toBeGreaterThan(0)
  })

  it('content/ declares the schema the model publishes, as generated (`npm run generate -w @offre/model` writes both)', () => {
    const content = new URL('../../../../content/', import.meta.url)
    expect(readFileSync(new URL('front-matter.schema.json', content), 'utf8')).toBe(`${JSON.stringify(offerJsonSchema(), null, 2)}\n`)
  })
})
