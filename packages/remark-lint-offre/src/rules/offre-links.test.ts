import { readFileSync } from 'node:fs'
import { seedPath, siteContentDir } from '@offre/fixtures'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadSiteMap } from '../site/load.js'
import { fix, lint, summary, docExamples } from '../testing.js'

const only = ['offre-links']
const seed = readFileSync(seedPath, 'utf8')
const offerPath = 'fr/mission/offre-de-services.md'
const front = '---\ntitle: Page\n---\n\n'
/** A small site: the pages a test may link to. */
const sitePages = ['/fr/', '/fr/contact/', '/fr/mission/offre-de-services/', '/fr/doc/licences-libres-dinum/']
const onSite = { only, path: offerPath, settings: { sitePages } }
const example = docExamples('offre-links')


describe('offre-links: the docs examples', () => {
  it('reports what the failing example says, and fixes what is safe, and passes the passing one', async () => {
    const options = { only, path: offerPath, settings: { sitePages: ['/fr/', '/fr/contact/', '/fr/mission/offre-de-services/'] } }
    expect(summary(await lint(example('md fail'), options))).toEqual(example('text messages').trim().split('\n'))
    expect(await lint(example('md pass'), options)).toEqual([])
    const fixed = await fix(example('md fail'), options)
    expect(fixed).toBe(example('md fixed'))
    // What stays is what the fix does not touch: the fixed findings are gone.
    const left = summary(await lint(fixed, options))
    expect(left.length).toBeLessThan(example('text messages').trim().split('\n').length)
  })
})

describe('offre-links: the seed on the real site', () => {
  let site: Set<string>
  beforeAll(() => {
    site = loadSiteMap(siteContentDir)
  })

  it('finds a link broken by a space between its text and its address, and mends it', async () => {
    // beta.gouv.fr (rest-0, line 54).
    const text = 'Répondre au [Lien questionnaire collégien] (https://example.org/form) avant juin.\n'
    const [message, ...rest] = await lint(text, { only })
    expect(rest).toEqual([])
    expect(message?.reason).toBe('`[Lien questionnaire collégien] (` : espace entre le texte du lien et son adresse, la page affiche des crochets et l’adresse au lieu d’un lien ; écrire `[Lien questionnaire collégien](`')
    expect(await fix(text, { only })).toBe('Répondre au [Lien questionnaire collégien](https://example.org/form) avant juin.\n')
    // Brackets and a parenthesis that are no link: left alone.
    expect(await lint('Les cas [a] (voir plus bas) et [b] (2024).\n', { only })).toEqual([])
  })

  it('finds the dead `/fr/doc/sill/` and the two link texts that say nothing, nothing else', async () => {
    const messages = await lint(seed, { only, path: offerPath, settings: { sitePages: site } })
    expect(summary(messages)).toEqual([
      '12:172-12:185 offre-links voir la liste',
      '45:75-45:88 offre-links /fr/doc/sill/',
      '89:140-89:150 offre-links cette page',
    ])
    expect(messages[0]?.reason).toBe('`voir la liste` : intitulé de lien qui ne dit pas où il mène hors contexte (RGAA 6.1), décrire la destination, par exemple `liste des administrateurs ministeriels des donnees`')
    expect(messages[1]?.reason).toBe('`/fr/doc/sill/` : lien interne mort, aucune page du site à l’adresse `/fr/doc/sill/` ; vouliez-vous dire `/fr/sill/` ?')
    expect(messages[1]?.expected).toEqual(['/fr/sill/'])
    // The text's suggestion is an example in the reason, not a replacement of the text.
    expect(messages[0]?.actual).toBe('voir la liste')
    expect(messages[0]?.expected).toBeUndefined()
    expect(messages.every((m) => m.fatal === true && m.source === 'remark-lint')).toBe(true)
  })

  it('reads the site from the `contentRoot` setting when no page list is given', async () => {
    const messages = await lint(seed, { only, path: offerPath, settings: { contentRoot: siteContentDir } })
    expect(summary(messages).map((line) => line.split(' ')[2])).toEqual(['voir', '/fr/doc/sill/', 'cette'])
  })

  it('skips the dead-link check when the site is unknown', async () => {
    expect(summary(await lint(seed, { only, path: offerPath }))).toEqual(['12:172-12:185 offre-links voir la liste', '89:140-89:150 offre-links cette page'])
  })
})

describe('offre-links: internal links', () => {
  it('resolves trailing slashes, index.html, queries, anchors, escapes and relative paths', async () => {
    const markdown = `${front}[a](/fr/contact) [b](/fr/contact/index.html?x=1#haut) [c](/fr/%63ontact/) [d](../../contact/) [e](https://code.gouv.fr/fr/contact/) [f](../offre-de-services/)\n`
    expect(await lint(markdown, onSite)).toEqual([])
  })

  it('reports a dead link at its URL, with the page probably meant', async () => {
    const markdown = `${front}Voir [les licences](/fr/doc/licences-libres-dinu/).\n`
    const [message] = await lint(markdown, onSite)
    expect(summary([message!])).toEqual(['5:21-5:50 offre-links /fr/doc/licences-libres-dinu/'])
    expect(message?.expected).toEqual(['/fr/doc/licences-libres-dinum/'])
  })

  it('checks the links of raw HTML too, at their address', async () => {
    // presentation-promotion-bluehats-2022, line 36: a link without its `/fr/`.
    const markdown = `${front}<p>Voir <a href="/doc/licences-libres-dinum/" title="Licences">les licences</a> et <a href='/fr/contact/'>nous</a>.</p>\n\nFin.\n`
    const messages = await lint(markdown, onSite)
    expect(messages.map((message) => [message.line, message.column, message.actual, message.expected])).toEqual([[5, 18, '/doc/licences-libres-dinum/', ['/fr/doc/licences-libres-dinum/']]])
    expect(messages[0]?.reason).toMatch(/lien interne mort/)
  })

  it('reports the last link of a page too (remark-lint drops messages after the last text)', async () => {
    const [message] = await lint(`${front}- [Contact](/fr/contacts/)\n`, onSite)
    // Placed at the whole link: a message starting on the URL would be dropped. Each `expected`
    // value is then the link with the URL replaced.
    expect(summary([message!])).toEqual(['5:3-5:27 offre-links [Contact](/fr/contacts/)'])
    expect(message?.expected).toEqual(['[Contact](/fr/contact/)'])
  })

  it('leaves alone what other applications serve, files, and links elsewhere', async () => {
    const markdown = `${front}[a](/sources/#/repos) [b](https://code.gouv.fr/sill/detail?name=X) [c](/docs/convention.pdf) [d](https://example.org/x/) [e](mailto:contact@code.gouv.fr) [f](/autre/x/)\n`
    expect(await lint(markdown, { ...onSite, settings: { sitePages, servedElsewhere: ['/autre/'] } })).toEqual([])
  })

  it('reports a relative link that is a forgotten `https://`', async () => {
    const [message] = await lint(`${front}Le [dépôt](gitlab.example.fr/projet) du projet.\n`, onSite)
    expect(message?.reason).toBe('`gitlab.example.fr/projet` : lien relatif qui ressemble à une adresse web, attendu `https://gitlab.example.fr/projet`')
  })

  it('checks `#fragment` links against the page’s headings, and fixes a fragment written as the heading', async () => {
    const markdown = `${front}## Le programme\n\n## Accès {#venir}\n\n<a id="plan"></a>\n\n[a](#le-programme) [b](#venir) [c](#plan) [d](#programe) [e](#Le-Programme) [f](/fr/mission/offre-de-services/#nulle-part) fin.\n`
    const messages = await lint(markdown, onSite)
    expect(summary(messages)).toEqual([
      '11:47-11:56 offre-links #programe',
      '11:62-11:75 offre-links #Le-Programme',
      '11:81-11:122 offre-links /fr/mission/offre-de-services/#nulle-part',
    ])
    // No close id: the message lists the page's ids.
    expect(messages[0]?.expected).toEqual(['#le-programme', '#venir', '#plan'])
    expect(messages[1]?.reason).toBe('`#Le-Programme` : ancre introuvable dans la page, vouliez-vous dire `#le-programme` ?')
    // The place is the URL as written, replaced by the URL the fix writes; a guessed fragment
    // after a path keeps the path.
    expect(messages[1]?.expected).toEqual(['#le-programme'])
    expect(messages[2]?.expected?.[0]).toMatch(/^\/fr\/mission\/offre-de-services\/#/)
    const fixed = await fix(markdown, onSite)
    expect(fixed).toContain('[e](#le-programme)')
    expect(summary(await lint(fixed, onSite))).toEqual(['11:47-11:56 offre-links #programe', '11:81-11:122 offre-links /fr/mission/offre-de-services/#nulle-part'])
  })
})

describe('offre-links: URLs to fix', () => {
  it('collapses `//` in a path of the site, not elsewhere', async () => {
    const markdown = `${front}[a](/fr//contact/) [b](https://web.archive.org/web/2024/https://example.org/) [c](https://example.org//x)\n`
    const messages = await lint(markdown, onSite)
    // The place is the URL (the fix rewrites its path).
    expect(summary(messages)).toEqual(['5:5-5:18 offre-links /fr//contact/'])
    expect(messages[0]?.expected).toEqual(['/fr/contact/'])
    const fixed = await fix(markdown, onSite)
    expect(fixed).toBe(markdown.replace('/fr//contact/', '/fr/contact/'))
    expect(await lint(fixed, onSite)).toEqual([])
  })

  it('rewrites `http://` to `https://` for hosts known to serve it, in every link form', async () => {
    const markdown = `${front}[a](http://www.legifrance.gouv.fr/x) <http://github.com/codegouvfr> http://code.gouv.fr/sources/ [b][ref] [c](http://example.org/)\n\n[ref]: http://fr.wikipedia.org/wiki/Logiciel_libre\n`
    const messages = await lint(markdown, onSite)
    expect(summary(messages)).toEqual([
      '5:5-5:36 offre-links http://www.legifrance.gouv.fr/x',
      '5:39-5:67 offre-links http://github.com/codegouvfr',
      '5:69-5:97 offre-links http://code.gouv.fr/sources/',
      '7:8-7:51 offre-links http://fr.wikipedia.org/wiki/Logiciel_libre',
    ])
    // The place is the URL, replaced by the URL the fix writes (the fix itself rewrites `http` only).
    expect(messages[0]?.expected).toEqual(['https://www.legifrance.gouv.fr/x'])
    const fixed = await fix(markdown, onSite)
    expect(fixed).toBe(`${front}[a](https://www.legifrance.gouv.fr/x) <https://github.com/codegouvfr> https://code.gouv.fr/sources/ [b][ref] [c](http://example.org/)\n\n[ref]: https://fr.wikipedia.org/wiki/Logiciel_libre\n`)
    expect(await lint(fixed, onSite)).toEqual([])
  })

  it('takes more HTTPS hosts from its options', async () => {
    const markdown = `${front}[a](http://example.org/)\n`
    expect(await lint(markdown, onSite)).toEqual([])
    expect(await lint(markdown, { ...onSite, rules: { 'offre-links': { httpsHosts: ['example.org'] } } })).toHaveLength(1)
  })
})

describe('offre-links: addresses broken as written (sentences of code.gouv.fr)', () => {
  it('finds an invisible character pasted into an address, and removes it', async () => {
    const text = "`>>` Plus d'infos ici : <https://beta.gouv.fr/recrutement/2021/07/28/dev-archifiltre.html\u200b>\n"
    const [message, ...rest] = await lint(front + text, onSite)
    expect(rest).toEqual([])
    expect(message?.reason).toBe('`https://beta.gouv.fr/recrutement/2021/07/28/dev-archifiltre.html` : caractère invisible dans l’adresse (U+200B, espace sans chasse), le lien ne mène pas où il semble ; le retirer')
    expect(await fix(front + text, onSite)).toBe(front + text.replace('\u200b', ''))
  })

  it('finds the sentence’s full stop caught in an address, and moves it out', async () => {
    const text = 'Consultez le tableau de suivi via [ouverture.data.gouv.fr](https://ouverture.data.gouv.fr. "Tableau de suivi - Lien externe").\n'
    const [message, ...rest] = await lint(front + text, onSite)
    expect(rest).toEqual([])
    expect([message?.actual, message?.expected]).toEqual(['https://ouverture.data.gouv.fr.', ['https://ouverture.data.gouv.fr']])
    expect(await fix(front + text, onSite)).toBe(front + text.replace('gouv.fr. "', 'gouv.fr "'))
    // A bare URL leaves the full stop out (GFM), and so do `…/v1.0/`, `…/...` and a query.
    expect(await lint(`${front}Voir https://a.fr/page. Et [b](https://b.fr/v1.0/), [c](https://c.fr/...), [d](https://d.fr/?q=a.).\n`, onSite)).toEqual([])
  })

  it('finds a link to a pre-production host, without a fix', async () => {
    const text = "[Lire l'entretien avec l'équipe OSOR](https://preprod.codegouv.fr/fr/blog/guide-osor-sur-open-source-dans-administration-publique/)\n"
    const [message, ...rest] = await lint(front + text, onSite)
    expect(rest).toEqual([])
    expect(message?.reason).toMatch(/^`https:\/\/preprod\.codegouv\.fr\/.*` : lien vers une instance de préproduction \(`preprod\.codegouv\.fr`\)/)
    expect(message?.expected ?? []).toEqual([])
    expect(await fix(front + text, onSite)).toBe(front + text)
    expect(await lint(`${front}[Les recettes de l’État](https://recettes.gouv.fr/) et [la production](https://production.example.fr/).\n`, onSite)).toEqual([])
  })
})

describe('offre-links: link texts (RGAA 6.1)', () => {
  it('reports texts that say nothing out of context, in any case or accent, and empty texts', async () => {
    const markdown = `${front}[Ici](https://a.fr/) [cliquez ici](/fr/), [En savoir plus…](/fr/contact/), [voir la page](/fr/) [Détails](/fr/), [consulter cette page](/fr/) [](/fr/contact/) fin.\n`
    const messages = await lint(markdown, onSite)
    expect(summary(messages)).toEqual([
      '5:2-5:5 offre-links Ici',
      '5:23-5:34 offre-links cliquez ici',
      '5:44-5:59 offre-links En savoir plus…',
      '5:77-5:89 offre-links voir la page',
      '5:98-5:105 offre-links Détails',
      '5:115-5:135 offre-links consulter cette page',
      '5:143-5:159 offre-links [](/fr/contact/)',
    ])
    // `contact` is an example (in the reason), not a replacement: no `expected`.
    expect(messages[2]?.reason).toContain('par exemple `contact`')
    expect(messages.every((m) => m.expected === undefined)).toBe(true)
    expect(messages[6]?.reason).toBe('Lien sans intitulé vers `/fr/contact/` (RGAA 6.1) : attendu un texte qui décrit la destination, par exemple `contact`')
  })

  it('leaves alone texts that name their destination, bare URLs, and titles that complete the text', async () => {
    const markdown = `${front}[cette page de documentation du SILL](/fr/) [code.gouv.fr/guides/juridique](https://code.gouv.fr/guides/juridique) <https://code.gouv.fr/> [ici](/fr/ "ici : les espaces d’échange BlueHats") [revoir](https://tube.fr/w/1 "Présentation d’Esup-Pod") [La Suite](https://lasuite.numerique.gouv.fr)\n`
    expect(await lint(markdown, onSite)).toEqual([])
  })

  it('checks reference links, and takes more vague texts from its options', async () => {
    const markdown = `${front}[lien][1] et [la fiche][1].\n\n[1]: /fr/contact/\n`
    expect(summary(await lint(markdown, onSite))).toEqual(['5:2-5:6 offre-links lien'])
    expect(summary(await lint(markdown, { ...onSite, rules: { 'offre-links': { vagueTexts: ['La fiche'] } } }))).toHaveLength(2)
  })

  it('says it in English on request', async () => {
    const [message] = await lint(`${front}[ici](/fr/contact/)\n`, { ...onSite, settings: { sitePages, locale: 'en' } })
    expect(message?.reason).toBe('Unexpected link text `ici` that says nothing out of context (RGAA 6.1), expected a text describing the destination, such as `contact`')
  })
})

describe('offre-links: options', () => {
  it('refuses unknown or ill-typed options at start-up, naming the valid ones', async () => {
    await expect(lint(front, { only, rules: { 'offre-links': { vagueText: ['x'] } } })).rejects.toThrow(/`vagueText`.*did you mean `vagueTexts`/)
    await expect(lint(front, { only, rules: { 'offre-links': { httpsHosts: 'a.fr' } } })).rejects.toThrow(/expected a list of strings/)
  })

  it('can leave anchors unchecked', async () => {
    expect(await lint(`${front}[a](#nulle-part)\n`, { only, rules: { 'offre-links': { anchors: false } } })).toEqual([])
  })
})
