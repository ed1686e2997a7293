import { readFileSync } from 'node:fs'
import { parseOffer } from '@offre/model'
import { seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { lint, summary, docExamples } from '../testing.js'

const only = ['offre-front-matter']
const example = docExamples('offre-front-matter')
const page = (yaml: string): string => `---\n${yaml}\n---\n\nTexte.\n`


describe('offre-front-matter: the docs examples', () => {
  it('reports what the failing example says, and passes the passing one', async () => {
    const options = { only }
    expect(summary(await lint(example('md fail'), options))).toEqual(example('text messages').trim().split('\n'))
    expect(await lint(example('md pass'), options)).toEqual([])
  })
})

describe('offre-front-matter', () => {
  it('reports a wrong type at the YAML value, with the model’s text', async () => {
    const markdown = page('title: Page\nsegments: [{url: 3, title: Mission}]')
    const [message, ...rest] = await lint(markdown, { only })
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
    const [message] = await lint(page('title: Page\ntitel: Page'), { only, rules: { 'offre-front-matter': 'error' } })
    expect(summary([message!])).toEqual(['3:1-3:6 offre-front-matter titel'])
    expect(message?.fatal).toBe(false)
    // The known keys closest to the unknown one replace it.
    expect(message?.expected).toEqual(['title'])
    expect(message?.reason).toMatch(/^Clé de front matter inconnue `titel`/)
  })

  it('lists the keys known where a nested unknown key is', async () => {
    const [message] = await lint(page('title: Page\nimage:\n  path: a.png\n  legende: Logo'), { only })
    expect(message?.actual).toBe('legende')
    // No known key is close to `legende`: they are listed in the reason only.
    expect(message?.expected).toBeUndefined()
    expect(message?.reason).toContain('(clés connues : `path`, `alt`, `hide`)')
  })

  it('turns errors into warnings when the rule is at warn', async () => {
    const [message] = await lint(page('title: Page\ndate: hier'), { only, rules: { 'offre-front-matter': 'warn' } })
    expect(message?.reason).toContain('`date`')
    expect(message?.actual).toBe('hier')
    expect(message?.expected).toBeUndefined()
    expect(message?.fatal).toBe(false)
  })

  it('reports YAML syntax errors and a missing front matter at their place', async () => {
    const syntax = await lint('---\ntitle: [Page\n---\n\nTexte.\n', { only })
    expect(syntax.length).toBeGreaterThan(0)
    expect(syntax[0]?.reason).toMatch(/^YAML invalide dans le front matter/)
    expect(syntax[0]?.line).toBe(2)
    const missing = await lint('## Titre\n\nTexte.\n', { only })
    expect(summary(missing)).toEqual(['1:1-1:1 offre-front-matter'])
    expect(missing[0]?.actual).toBeUndefined()
    expect(missing[0]?.expected).toBeUndefined()
  })

  it('asks for a title, except on an unpublished page', async () => {
    expect(summary(await lint(page('layout: page'), { only }))).toEqual(['1:1-3:4 offre-front-matter'])
    expect(await lint(page('permalink: false'), { only })).toEqual([])
  })

  it('says it in English on request', async () => {
    const [message] = await lint(page('title: Page\ntitel: x'), { only, settings: { locale: 'en' } })
    expect(message?.reason).toMatch(/^Unknown front matter key `titel`/)
  })

  it('leaves a valid front matter alone, the seed’s included', async () => {
    expect(await lint(page('title: Page\nlayout: layouts/page.njk\nsegments:\n  - url: /mission/\n    title: Mission\nshowBreadcrumb: true'), { only })).toEqual([])
    expect(await lint(readFileSync(seedPath, 'utf8'), { only, path: 'fr/mission/offre-de-services.md' })).toEqual([])
  })

  it('refuses options, at start-up', async () => {
    await expect(lint(page('title: x'), { only, rules: { 'offre-front-matter': ['error', { strict: true }] } })).rejects.toThrow(/strict/)
  })
})
