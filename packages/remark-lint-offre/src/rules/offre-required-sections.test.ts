import { readFileSync } from 'node:fs'
import path from 'node:path'
import { historyPages, seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { fix, lint, summary, docExamples } from '../testing.js'

const only = ['offre-required-sections']
const offer = { only, path: 'fr/mission/offre-de-services.md' }
const example = docExamples('offre-required-sections')
const seed = readFileSync(seedPath, 'utf8')
const front = '---\ntitle: Page\n---\n\n'


describe('offre-required-sections: the docs examples', () => {
  it('reports what the failing example says, and fixes what is safe, and passes the passing one', async () => {
    const options = offer
    expect(summary(await lint(example('md fail'), options))).toEqual(example('text messages').trim().split('\n'))
    expect(await lint(example('md pass'), options)).toEqual([])
    const fixed = await fix(example('md fail'), options)
    expect(fixed).toBe(example('md fixed'))
    // What stays is what the fix does not touch: the fixed findings are gone.
    const left = summary(await lint(fixed, options))
    expect(left.length).toBeLessThan(example('text messages').trim().split('\n').length)
  })
})

describe('offre-required-sections: the offer profile', () => {
  it('accepts the seed, the page the profile was written from', async () => {
    expect(await lint(seed, offer)).toEqual([])
  })

  it('reports a missing section where it belongs, after the previous expected heading', async () => {
    const markdown = seed.replace('## Culture générale\n\nNous répondons par écrit aux questions de culture générale sur le logiciel libre mais nous ne proposons pas de rendez-vous.\n\n<br/>\n\n', '')
    const [message, ...rest] = await lint(markdown, offer)
    expect(rest).toEqual([])
    // Right before the next heading, `## Mise en relation`, now on line 81.
    expect(summary([message!])).toEqual(['81:1-81:1 offre-required-sections'])
    expect(message?.reason).toBe('Section manquante `## Culture générale` (profil `offre`), attendue après `## Accompagnement stratégique`')
    // The place is the point where the section belongs; the section is the editor's to write: no `expected`.
    expect(message?.actual).toBe('')
    expect(message?.expected).toBeUndefined()
  })

  it('reports a missing last section at the end of the page', async () => {
    const markdown = seed.slice(0, seed.indexOf('## Nous ne répondons pas'))
    const messages = await lint(markdown, offer)
    expect(summary(messages)).toEqual(['99:1-99:1 offre-required-sections'])
    expect(messages[0]?.reason).toContain('`## Nous ne répondons pas`')
    expect(messages[0]?.expected).toBeUndefined()
  })

  it('reports sections out of order once, at the misplaced heading', async () => {
    const markdown = seed.replace('## Formations', '## TEMP').replace('## Mise en relation', '## Formations').replace('## TEMP', '## Mise en relation')
    const messages = await lint(markdown, offer)
    expect(summary(messages)).toEqual(['93:1-93:20 offre-required-sections ## Mise en relation'])
    expect(messages[0]?.reason).toBe('`## Mise en relation` : section mal placée (profil `offre`), attendue après `## Culture générale` ; attendu ici `## Nous ne répondons pas`')
    // The section moves: nothing replaces its heading here.
    expect(messages[0]?.expected).toBeUndefined()
  })

  it('reports an unexpected section with the one expected at its place', async () => {
    const markdown = seed.replace('## Formations\n', '## Ateliers\n\nTexte.\n\n## Formations\n')
    const messages = await lint(markdown, offer)
    expect(summary(messages)).toEqual(['93:1-93:12 offre-required-sections ## Ateliers'])
    // The section may have to go, or another to come first: the expected heading is in the reason only.
    expect(messages[0]?.reason).toContain('attendu ici `## Formations`')
    expect(messages[0]?.expected).toBeUndefined()
  })

  it('fixes a wrong level and a near-miss text, and the fixed page lints clean', async () => {
    const markdown = seed.replace('### Sur les marchés', '## Sur les marchés').replace('## Formations', '## Formation')
    const messages = await lint(markdown, offer)
    expect(summary(messages)).toEqual([
      '47:1-47:63 offre-required-sections ## Sur les marchés interministériels de support et d\'expertise',
      '93:1-93:13 offre-required-sections ## Formation',
    ])
    expect(messages[0]?.reason).toBe("`## Sur les marchés interministériels de support et d'expertise` : niveau de titre inattendu (profil `offre`), attendu `### Sur les marchés interministériels de support et d'expertise`")
    expect(messages[1]?.expected).toEqual(['## Formations'])
    const fixed = await fix(markdown, offer)
    expect(fixed).toBe(seed)
    expect(await lint(fixed, offer)).toEqual([])
  })

  it('takes typographic apostrophes and no-break spaces for their plain forms', async () => {
    const markdown = seed.replace("## Accompagnement à l'ouverture", '## Accompagnement à l’ouverture').replace('## Mise en relation', '## Mise\u00A0en relation')
    expect(await lint(markdown, offer)).toEqual([])
  })

  it('ignores headings quoted in a blockquote and headings below H3', async () => {
    const markdown = seed.replace('## Formations\n', '> ## Citation\n\n## Formations\n').replace('N\'hésitez pas', '#### Détail\n\nN\'hésitez pas')
    expect(await lint(markdown, offer)).toEqual([])
  })

  it('tells what changed in the historic versions of the page', async () => {
    const history = historyPages()
    const run = async (file: string) => lint(readFileSync(file, 'utf8'), offer)
    const byName = (name: string): string => history.find((file) => path.basename(file).startsWith(name)) ?? ''
    // 2023: a fourth sub-section, on the GouvTech catalogue, removed on 2023-09-21.
    expect(summary(await run(byName('2023-09-01')))).toEqual(['30:1-30:51 offre-required-sections ### Sur les solutions libres du catalogue GouvTech'])
    // From 2023-09-21 to 2025-05-02, the outline is the profile's.
    for (const file of history.filter((f) => path.basename(f) >= '2023-09-21' && path.basename(f) < '2025-05-03')) expect(await run(file)).toEqual([])
    // May 2025: the offer was rewritten.
    const rewritten = await run(byName('2025-05-07'))
    const reasons = rewritten.map((m) => m.reason)
    expect(reasons).toContain('Section manquante `## Culture générale` (profil `offre`), attendue après `## Accompagnement stratégique`')
    expect(reasons).toContain('Section manquante `## Nous ne répondons pas` (profil `offre`), attendue après `## Formations`')
    expect(summary(rewritten)).toContain('55:1-55:51 offre-required-sections ## Mise en relation avec la communauté BlueHats 🧢')
    // The three sub-sections kept their text: they are not reported.
    expect(reasons.filter((reason) => /^`###|Section manquante `###/.test(reason))).toEqual([])
  })
})

describe('offre-required-sections: every page', () => {
  it('reports an H1 in the body, a skipped level and a duplicate heading', async () => {
    const markdown = `${front}# Titre\n\n## Contact\n\n#### Détail\n\n## Contact\n\n## Autre\n\n### Contact\n`
    const messages = await lint(markdown, { only, path: 'fr/autre/page.md' })
    expect(summary(messages)).toEqual([
      '5:1-5:8 offre-required-sections # Titre',
      '9:1-9:12 offre-required-sections #### Détail',
      '11:1-11:11 offre-required-sections ## Contact',
    ])
    // The heading at its level replaces it; a duplicate's new text is the editor's call: no `expected`.
    expect(messages.map((m) => m.expected?.[0])).toEqual(['## Titre', '### Détail', undefined])
    expect(messages[2]?.reason).toBe('`## Contact` : titre en double sous `# Titre` (déjà ligne 7), attendu un intitulé unique')
  })

  it('replaces a heading by itself at the right level, as it is written (attributes, closing marks, setext)', async () => {
    const markdown = `${front}# Titre {#haut}\n\nTexte.\n\nAutre\n=====\n\n## Partie ##\n\n#### Détail *fin*\n`
    const messages = await lint(markdown, { only, path: 'fr/autre/page.md' })
    expect(messages.map((m) => [m.actual, m.expected])).toEqual([
      ['# Titre {#haut}', ['## Titre {#haut}']],
      ['Autre\n=====', ['Autre\n-----']],
      ['#### Détail *fin*', ['### Détail *fin*']],
    ])
  })

  it('checks no sections on pages outside the profiles’ folders', async () => {
    expect(await lint(`${front}## Une section\n\n### Sous-section\n\n## Autre\n`, { only, path: 'fr/blog/posts/billet.md' })).toEqual([])
  })

  it('turns checks off with options', async () => {
    const markdown = `${front}# Titre\n\n#### Détail\n\n#### Détail\n`
    expect(await lint(markdown, { only, rules: { 'offre-required-sections': { h1: false, levels: false, duplicates: false } } })).toEqual([])
  })

  it('says it in English on request', async () => {
    const [message] = await lint(`${front}# Titre\n`, { only, settings: { locale: 'en' } })
    expect(message?.reason).toBe('Unexpected level 1 heading `# Titre` in the body (the title comes from the front matter `title`), expected `## Titre`')
  })
})

describe('offre-required-sections: profiles from options', () => {
  const guide = (headings: string[]) => ({ only, path: 'fr/guides/installer.md', rules: { 'offre-required-sections': { profiles: { 'fr/guides/**': headings } } } })

  it('matches `*` (any headings), `+` (one or more) and `?` (exactly one)', async () => {
    const page = `${front}## Objet\n\n## Étape 1\n\n## Étape 2\n\n## Contact\n`
    expect(await lint(page, guide(['## Objet', '*', '## Contact']))).toEqual([])
    expect(await lint(page, guide(['## Objet', '+', '## Contact']))).toEqual([])
    const one = await lint(page, guide(['## Objet', '?', '## Contact']))
    expect(summary(one)).toEqual(['9:1-9:11 offre-required-sections ## Étape 2'])
    const none = await lint(`${front}## Objet\n\n## Contact\n`, guide(['## Objet', '+', '## Contact']))
    expect(none[0]?.reason).toBe('Section manquante au moins une section (profil `fr/guides/**`), attendue après `## Objet`')
  })

  it('forces a profile by name or by headings', async () => {
    const markdown = `${front}## Seule\n`
    // Missing at the end of the page (line 6, after `## Seule`).
    expect(summary(await lint(markdown, { only, rules: { 'offre-required-sections': { profile: ['## Seule', '## Deuxième'] } } }))).toEqual(['6:1-6:1 offre-required-sections'])
    expect((await lint(markdown, { only, rules: { 'offre-required-sections': { profile: 'offre' } } })).length).toBe(11)
  })

  it('refuses an unknown profile or a bad entry at start-up, naming the valid ones', async () => {
    await expect(lint(front, { only, rules: { 'offre-required-sections': { profile: 'offres' } } })).rejects.toThrow(/`offres`.*offre, page.*did you mean `offre`/)
    await expect(lint(front, guide(['Objet']))).rejects.toThrow(/a heading \(`## Text`\) or a wildcard/)
    await expect(lint(front, { only, rules: { 'offre-required-sections': { duplicate: false } } })).rejects.toThrow(/`duplicate`.*did you mean `duplicates`/)
  })

  it('stays fast on a hostile page of 20 000 headings', async () => {
    const markdown = Array.from({ length: 20_000 }, (_, i) => `## Section ${i % 7}\n`).join('\n')
    const started = performance.now()
    const messages = await lint(markdown, offer)
    expect(performance.now() - started).toBeLessThan(15_000)
    expect(messages.length).toBeGreaterThan(19_000)
  })
})
