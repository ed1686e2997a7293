import { readFileSync } from 'node:fs'
import path from 'node:path'
import { siteContentDir, sitePages } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { lint, summary, docExamples } from '../testing.js'

const only = ['offre-spelling']
const example = docExamples('offre-spelling')

describe('offre-spelling', () => {
  it('flags an unknown word with its best suggestions, as a warning without fix', async () => {
    const [message, ...rest] = await lint('Les solutions exsitantes.\n', { only })
    expect(rest).toEqual([])
    expect(summary([message!])).toEqual(['1:15-1:25 offre-spelling exsitantes'])
    expect(message?.expected?.[0]).toBe('existantes')
    expect(message?.reason).toMatch(/^`exsitantes` : mot inconnu, vouliez-vous dire `existantes` \?/)
    expect(message?.fatal).toBe(false)
    expect('fix' in message!).toBe(false)
  })

  it('knows elisions, both apostrophes, compounds, and case at sentence start', async () => {
    expect(await lint('L’administration et l\'État. Existe-t-il un équivalent ? Aujourd’hui, c’est-à-dire.\n', { only })).toEqual([])
  })

  it('leaves code, URLs, addresses, HTML, Nunjucks and emphasis (foreign words) alone', async () => {
    const markdown = [
      'Voir `logciel`, https://example.org/exsitantes et exsitantes@example.org.',
      '',
      '<div class="fr-callout">exsitantes</div>',
      '',
      '{% imageContent "exsitantes.png" %}',
      '',
      'Le *sustainable software* est un sujet.',
      '',
    ].join('\n')
    expect(await lint(markdown, { only })).toEqual([])
  })

  it('knows proper nouns, acronyms and capitalised names inside a sentence', async () => {
    expect(await lint('Le SILL, la DINUM, les BlueHats, les AMDAC et les OSPO travaillent avec Forgejo et Grommelot.\n', { only })).toEqual([])
  })

  it('skips blocks written in English', async () => {
    expect(await lint('This is the list of the sustainable projects.\n', { only })).toEqual([])
  })

  it('takes the project vocabulary and `<!--spell ignore-->` words', async () => {
    expect(await lint('Le garagethon.\n', { only, settings: { vocabulary: ['garagethon'] } })).toEqual([])
    expect(await lint('<!--spell ignore garagethon-->\n\nLe garagethon.\n', { only })).toEqual([])
    expect(await lint('Le garagethon.\n', { only, rules: { 'offre-spelling': { words: ['garagethon'] } } })).toEqual([])
  })

  it('does not check pages in English folders', async () => {
    expect(await lint('Les solutions exsitantes.\n', { only, path: 'en/page.md' })).toEqual([])
  })

  it('finds the real misspellings of code.gouv.fr', async () => {
    const found = new Set<string>()
    for (const page of sitePages()) {
      const contentPath = path.relative(siteContentDir, page)
      const messages = await lint(readFileSync(page, 'utf8'), { only, path: contentPath, settings: { contentPath } })
      for (const message of messages) found.add(String(message.actual))
    }
    for (const word of ['exsitantes', 'potéger', 'accessiblité', 'écosytème', 'logciel', 'permanant', 'actuellment']) {
      expect([...found].some((f) => f === word || f.endsWith(`'${word}`) || f.endsWith(`’${word}`)), word).toBe(true)
    }
  })
})

describe('offre-spelling: the docs examples', () => {
  it('reports what the failing example says', async () => {
    expect(summary(await lint(example('md fail'), { only }))).toEqual(example('text messages').trim().split('\n'))
  })

  it('passes the passing example', async () => {
    expect(await lint(example('md pass'), { only })).toEqual([])
  })
})
