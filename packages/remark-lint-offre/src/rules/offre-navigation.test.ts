import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { siteContentDir } from '@offre/fixtures'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { parse } from 'yaml'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadProjectConfig } from '../project/load-project.js'
import remarkLintOffreNavigation from './offre-navigation.js'
import { loadSiteTree } from '../site/load.js'
import { siteNavigation, type TemplateNavigation } from '../site/navigation.js'
import { buildSiteMap } from '../site/site-map.js'
import { docExamples, lint, summary } from '../testing.js'
import type { OffreSettings } from '../settings.js'

const only = ['offre-navigation']
const example = docExamples('offre-navigation')
const repository = fileURLToPath(new URL('../../../../', import.meta.url))

// code.gouv.fr's navigation as the project loader builds it: the 211 pages' eleventyNavigation,
// then its templates' (site.templateNavigation of the repository's configuration).
const config = parse(readFileSync(path.join(repository, 'content/offre.config.yml'), 'utf8')) as { site: { templateNavigation: TemplateNavigation[] } }
const site = loadSiteTree(siteContentDir)
const codeGouv: OffreSettings = { navigation: siteNavigation(site.pages, config.site.templateNavigation), sitePages: buildSiteMap(site.pages) }
const real = (contentPath: string) => readFileSync(path.join(siteContentDir, contentPath), 'utf8')

describe('offre-navigation: the docs examples', () => {
  it('reports what the failing example says, and passes the passing one', async () => {
    expect(summary(await lint(example('md fail'), { only, path: 'fr/about/conseil-logiciels-libres.md', settings: codeGouv }))).toEqual(example('text messages').trim().split('\n'))
    expect(await lint(example('md pass'), { only, path: 'fr/documentation/guide.md', settings: codeGouv })).toEqual([])
  })
})

describe('offre-navigation: the real pages of code.gouv.fr', () => {
  it('finds, on the three pages of the mission under “À propos”, the breadcrumb through BlueHats 🧢 the site shows', async () => {
    for (const page of ['fr/about/conseil-logiciels-libres.md', 'fr/about/depenses-effectifs-impact.md', 'fr/about/interventions.md']) {
      const messages = await lint(real(page), { only, path: page, settings: codeGouv })
      expect(summary(messages), page).toEqual(['6:11-6:19 offre-navigation À propos', '6:11-6:19 offre-navigation À propos', '8:1-8:9 offre-navigation segments'])
      expect(messages.map((m) => m.reason)).toEqual([
        '`BlueHats 🧢` (`fr/bluehats.md`), dans le fil d’Ariane de la page, n’a pas d’URL (`permalink: false`) : le site y écrit un lien vers « false » ; donnez-lui une `url` dans son `eleventyNavigation`, ou rattachez la page à un autre `parent`',
        '`À propos`, dans le fil d’Ariane de la page, est la clé de 2 entrées de la navigation (`fr/bluehats/index.njk`, `fr/about.md`) : le fil prend la première que l’arbre atteint, `fr/bluehats/index.njk` (`/fr/bluehats/`), avec les parents de toutes ; donnez une clé (`key`) à part à l’entrée que la page doit suivre, et nommez-la dans `parent`',
        '`segments` ignoré : avec `eleventyNavigation`, le fil d’Ariane suit l’arbre de navigation (l’accueil, `BlueHats 🧢` › `À propos`, puis la page), pas ces liens ; retirez `segments`, ou `eleventyNavigation` si c’est ce fil-là que la page doit montrer',
      ])
      expect(messages.every((m) => m.fatal === false && m.source === 'remark-lint' && m.ruleId === 'offre-navigation' && m.expected === undefined)).toBe(true)
      expect(messages.every((m) => m.url === 'https://github.com/codegouvfr/offre/blob/main/packages/remark-lint-offre/docs/offre-navigation.md')).toBe(true)
    }
  })

  it('finds the English mission page under a parent “About” that no English entry has', async () => {
    const messages = await lint(real('en/about/index.md'), { only, path: 'en/about/index.md', settings: codeGouv })
    expect(summary(messages)).toEqual(['7:11-7:16 offre-navigation About'])
    expect(messages[0]?.reason).toBe(
      '`About` : parent introuvable, aucune entrée de la navigation `en` n’a cette clé : la page n’est dans aucun menu et le site ne peut pas construire son fil d’Ariane ; écrivez la clé (`key`) d’une entrée de la navigation : `Home`, `BlueHats 🧢`, `Expenditure, staff and impact`',
    )
  })

  it('says nothing of the pages whose breadcrumb is what they say', async () => {
    // Its parent is a key of one entry, and it shows no breadcrumb; segments that lead to pages.
    for (const page of ['fr/about/index.md', 'fr/bluehats/gazettes.md', 'fr/about/offre-de-services.md', 'fr/bluehats/bsoc/2022/presentation.md', 'fr/contact/veille.md']) {
      expect(await lint(real(page), { only, path: page, settings: codeGouv }), page).toEqual([])
    }
  })

  it('says nothing of the repository’s own offer page, linted with the repository’s project', async () => {
    const project = loadProjectConfig({ root: path.join(repository, 'content') })
    expect(project.problems).toEqual([])
    expect(project.settings.navigation?.fr?.length).toBeGreaterThan(0)
    const page = 'fr/mission/offre-de-services.md'
    expect(await lint(readFileSync(path.join(repository, 'content', page), 'utf8'), { only, path: page, settings: project.settings })).toEqual([])
    // Its segment `/mission/` is checked, and is `/fr/mission/`: written `/missions/`, it is dead.
    const broken = readFileSync(path.join(repository, 'content', page), 'utf8').replace('url: /mission/', 'url: /missions/')
    expect(summary(await lint(broken, { only, path: page, settings: project.settings }))).toEqual(['5:10-5:20 offre-navigation /missions/'])
  })
})

// A small site: the pages' entries, then the templates', as the project loader gathers them.
const templates: TemplateNavigation[] = [
  { source: 'fr/index.njk', url: '/fr/', key: 'Accueil', order: 1 },
  { source: 'fr/bluehats/index.njk', url: '/fr/bluehats/', key: 'À propos', parent: 'BlueHats', order: 1 },
  { source: 'en/index.njk', url: '/en/', key: 'Home', order: 1 },
]
const pages = [
  { contentPath: 'fr/about.md', frontMatter: { eleventyNavigation: { key: 'À propos', order: 4 }, permalink: false } },
  { contentPath: 'fr/bluehats.md', frontMatter: { eleventyNavigation: { key: 'BlueHats', order: 2 }, permalink: false } },
  { contentPath: 'fr/mission/index.md', frontMatter: { eleventyNavigation: { key: 'Mission', order: 3 } } },
  { contentPath: 'fr/mission/offre.md', frontMatter: { eleventyNavigation: { key: 'Offre', parent: 'Mission' } } },
  { contentPath: 'fr/perdu.md', frontMatter: { eleventyNavigation: { key: 'Perdu', parent: 'Nulle part' } } },
]
const sitePages = ['/fr/', '/fr/contact/', '/fr/mission/', '/fr/mission/offre/', '/fr/mission/interventions/', '/fr/perdu/']
const small: OffreSettings = { navigation: siteNavigation(pages, templates), sitePages }
const page = (yaml: string): string => `---\ntitle: Page\n${yaml}\n---\n\nTexte.\n`
const at = (contentPath: string, settings: OffreSettings = small) => ({ only, path: contentPath, settings })

describe('offre-navigation: a parent outside the tree', () => {
  it('reports a parent that is no key, at its value, with the closest key written to replace it', async () => {
    const messages = await lint(page('eleventyNavigation:\n  key: Conseil\n  parent: Mision'), at('fr/mission/conseil.md'))
    expect(summary(messages)).toEqual(['5:11-5:17 offre-navigation Mision'])
    expect(messages[0]?.reason).toBe('`Mision` : parent introuvable, aucune entrée de la navigation `fr` n’a cette clé : la page n’est dans aucun menu et le site ne peut pas construire son fil d’Ariane ; vouliez-vous dire `Mission` ?')
    expect(messages[0]?.expected).toEqual(['Mission'])
    // In quotes, the key in the same quotes; in a flow mapping too.
    expect((await lint(page('eleventyNavigation:\n  key: Conseil\n  parent: "Mision"'), at('fr/mission/conseil.md')))[0]?.expected).toEqual(['"Mission"'])
    expect((await lint(page("eleventyNavigation: { key: Conseil, parent: 'Mision' }"), at('fr/mission/conseil.md')))[0]?.expected).toEqual(["'Mission'"])
  })

  it('lists the keys there are when none is close', async () => {
    const [message] = await lint(page('eleventyNavigation:\n  key: Conseil\n  parent: Ressources'), at('fr/conseil.md'))
    expect(message?.reason).toBe(
      '`Ressources` : parent introuvable, aucune entrée de la navigation `fr` n’a cette clé : la page n’est dans aucun menu et le site ne peut pas construire son fil d’Ariane ; écrivez la clé (`key`) d’une entrée de la navigation : `Accueil`, `BlueHats`, `À propos`, `Mission`, `Offre`',
    )
    expect(message?.expected).toBeUndefined()
    // A language without entries: none to choose from.
    const [alone] = await lint(page('eleventyNavigation:\n  key: Accueil\n  parent: Racine'), at('de/start.md'))
    expect(alone?.reason).toContain('écrivez la clé (`key`) d’une entrée de la navigation (elle n’en a aucune)')
  })

  it('reports a parent whose own entries are outside the tree, and a parent below the page (a cycle)', async () => {
    const [outside, ...rest] = await lint(page('eleventyNavigation:\n  key: Sous\n  parent: Perdu'), at('fr/sous.md'))
    expect(rest).toEqual([])
    expect(outside?.reason).toBe(
      '`Perdu` : parent hors de l’arbre de navigation (`fr/perdu.md` : son propre parent est introuvable, ou un cycle) : la page n’est dans aucun menu et le site ne peut pas construire son fil d’Ariane ; rattachez d’abord `Perdu` à l’arbre, ou choisissez un autre parent',
    )
    // `Mission` (fr/mission/index.md) has `Offre` below it: a second `Mission` entry under `Offre` is a cycle.
    const [cycle] = await lint(page('eleventyNavigation:\n  key: Mission\n  parent: Offre'), at('fr/mission/autre.md'))
    expect(summary([cycle!])).toEqual(['5:11-5:16 offre-navigation Offre'])
    expect(cycle?.reason).toBe('`Offre` : parent placé sous cette page dans l’arbre de navigation (un cycle, par `Mission`) : la page n’est dans aucun menu et le site ne peut pas construire son fil d’Ariane ; choisissez un parent qui n’est pas sous elle')
  })

  it('reads the page’s entry from its text, not from the settings (an editor’s correction counts at once)', async () => {
    // The settings say `parent: Nulle part` for fr/perdu.md; the text now says `Mission`.
    expect(await lint(page('eleventyNavigation:\n  key: Perdu\n  parent: Mission\nshowBreadcrumb: true'), at('fr/perdu.md'))).toEqual([])
    // And the other way: the settings say `parent: Mission` for fr/mission/offre.md, the text a typo.
    expect(summary(await lint(page('eleventyNavigation:\n  key: Offre\n  parent: Misson'), at('fr/mission/offre.md')))).toEqual(['5:11-5:17 offre-navigation Misson'])
  })
})

describe('offre-navigation: the breadcrumb of a page with showBreadcrumb', () => {
  const conseil = page('eleventyNavigation:\n  key: Conseil\n  parent: À propos\nsegments:\n  - url: /mission/\n    title: Mission\nshowBreadcrumb: true')

  it('names the entries of a shared key, the one taken and its URL; an ancestor without URL; the segments ignored', async () => {
    const messages = await lint(conseil, at('fr/about/conseil.md'))
    expect(summary(messages)).toEqual(['5:11-5:19 offre-navigation À propos', '5:11-5:19 offre-navigation À propos', '6:1-6:9 offre-navigation segments'])
    expect(messages.map((m) => m.reason)).toEqual([
      '`BlueHats` (`fr/bluehats.md`), dans le fil d’Ariane de la page, n’a pas d’URL (`permalink: false`) : le site y écrit un lien vers « false » ; donnez-lui une `url` dans son `eleventyNavigation`, ou rattachez la page à un autre `parent`',
      '`À propos`, dans le fil d’Ariane de la page, est la clé de 2 entrées de la navigation (`fr/bluehats/index.njk`, `fr/about.md`) : le fil prend la première que l’arbre atteint, `fr/bluehats/index.njk` (`/fr/bluehats/`), avec les parents de toutes ; donnez une clé (`key`) à part à l’entrée que la page doit suivre, et nommez-la dans `parent`',
      '`segments` ignoré : avec `eleventyNavigation`, le fil d’Ariane suit l’arbre de navigation (l’accueil, `BlueHats` › `À propos`, puis la page), pas ces liens ; retirez `segments`, ou `eleventyNavigation` si c’est ce fil-là que la page doit montrer',
    ])
  })

  it('says it in English with the locale en', async () => {
    const messages = await lint(conseil, at('fr/about/conseil.md', { ...small, locale: 'en' }))
    expect(messages.map((m) => m.reason)).toEqual([
      'Unexpected breadcrumb link to “false”: `BlueHats` (`fr/bluehats.md`), in the page\'s breadcrumb, has no URL (`permalink: false`); give it a `url` in its `eleventyNavigation`, or attach the page to another `parent`',
      'Unexpected shared key `À propos` in the page\'s breadcrumb: 2 navigation entries have it (`fr/bluehats/index.njk`, `fr/about.md`), and the breadcrumb takes the first the tree reaches, `fr/bluehats/index.njk` (`/fr/bluehats/`), with the parents of all of them; give the entry the page should follow a key (`key`) of its own, and name it in `parent`',
      'Unexpected `segments`, ignored: with `eleventyNavigation` the breadcrumb follows the navigation tree (home, `BlueHats` › `À propos`, then the page), not these links; remove `segments`, or `eleventyNavigation` if this is the breadcrumb the page should show',
    ])
    const [parent] = await lint(page('eleventyNavigation:\n  key: Conseil\n  parent: Mision'), at('fr/conseil.md', { ...small, locale: 'en' }))
    expect(parent?.reason).toBe('Unexpected parent `Mision`: no entry of the `fr` navigation has this key, so the page is in no menu and the site cannot build its breadcrumb; did you mean `Mission`?')
  })

  it('reports an ancestor without URL alone, and nothing on a breadcrumb of unique keys with URLs', async () => {
    expect((await lint(page('eleventyNavigation:\n  key: Gazettes\n  parent: BlueHats\nshowBreadcrumb: true'), at('fr/bluehats/gazettes.md'))).map((m) => m.reason.slice(0, 27))).toEqual(['`BlueHats` (`fr/bluehats.md'])
    expect(await lint(page('eleventyNavigation:\n  key: Détail\n  parent: Offre\nshowBreadcrumb: true'), at('fr/mission/detail.md'))).toEqual([])
    // Without showBreadcrumb the page shows no breadcrumb: nothing to say of it.
    expect(await lint(page('eleventyNavigation:\n  key: Conseil\n  parent: À propos\nsegments:\n  - url: /mission/\n    title: Mission'), at('fr/about/conseil.md'))).toEqual([])
    // A top-level entry has no ancestor; its segments are still ignored.
    expect(summary(await lint(page('eleventyNavigation:\n  key: Seule\nsegments: [{ url: /mission/, title: Mission }]\nshowBreadcrumb: true'), at('fr/seule.md')))).toEqual(['5:1-5:9 offre-navigation segments'])
  })
})

describe('offre-navigation: the segments of a page without eleventyNavigation', () => {
  it('reports a segment URL that leads to no page, resolved as locale_url, with the page probably meant', async () => {
    const markdown = page(
      [
        'segments:',
        '  - { url: /contact/, title: Contact }', // /fr/contact/
        '  - { url: /interventions/, title: Interventions }', // dead
        '  - { url: /fr/mission/, title: Mission }', // already with its language
        '  - { url: /sill/, title: SILL }', // served by another application
        '  - { url: /fr/blog/, title: Blog }', // a listing the templates make
        '  - { url: "https://example.org/x/", title: Ailleurs }', // absolute: not checked here
        '  - { url: /fr/contacts/, title: Contacts }', // dead, with its language
        '  - { url: ../offre/, title: Offre }', // relative to the page's URL (/fr/mission/page/): /fr/mission/offre/
        '  - { url: offres/, title: Offres }', // /fr/mission/page/offres/: dead
        'showBreadcrumb: true',
      ].join('\n'),
    )
    const messages = await lint(markdown, at('fr/mission/page.md'))
    expect(summary(messages)).toEqual(['5:12-5:27 offre-navigation /interventions/', '10:12-10:25 offre-navigation /fr/contacts/', '12:12-12:19 offre-navigation offres/'])
    expect(messages[0]?.reason).toBe('`/interventions/` : lien mort du fil d’Ariane (`segments`), aucune page du site à `/fr/interventions/` ni à `/interventions/` ; vouliez-vous dire `/mission/interventions/` ?')
    expect(messages[0]?.expected).toEqual(['/mission/interventions/'])
    expect(messages[1]?.reason).toBe('`/fr/contacts/` : lien mort du fil d’Ariane (`segments`), aucune page du site à `/fr/contacts/` ; vouliez-vous dire `/fr/contact/` ?')
    expect(messages[1]?.expected).toEqual(['/fr/contact/'])
    expect(messages[2]?.reason).toBe('`offres/` : lien mort du fil d’Ariane (`segments`), aucune page du site à `/fr/mission/page/offres/` ; vouliez-vous dire `/fr/mission/offre/` ?')
    expect(messages[2]?.expected).toEqual(['/fr/mission/offre/'])
    const [english] = await lint(markdown, at('fr/mission/page.md', { ...small, locale: 'en' }))
    expect(english?.reason).toBe('Unexpected dead breadcrumb link `/interventions/` (`segments`): no page of the site at `/fr/interventions/` nor at `/interventions/`; did you mean `/mission/interventions/`?')
  })

  it('suggests in the quotes the URL is written in, and says what to write when no page is close', async () => {
    const [quoted] = await lint(page('segments:\n  - url: "/interventions/"\n    title: Interventions'), at('fr/page.md'))
    expect(quoted?.actual).toBe('"/interventions/"')
    expect(quoted?.expected).toEqual(['"/mission/interventions/"'])
    const [far] = await lint(page('segments:\n  - url: /xyz/abc/def/\n    title: X'), at('fr/page.md'))
    expect(far?.reason).toBe('`/xyz/abc/def/` : lien mort du fil d’Ariane (`segments`), aucune page du site à `/fr/xyz/abc/def/` ni à `/xyz/abc/def/` ; écrivez l’adresse d’une page du site, sans la langue (`/mission/` mène à `/fr/mission/`)')
    expect(far?.expected).toBeUndefined()
  })

  it('checks nothing without the site’s pages, and nothing of the segments beside eleventyNavigation', async () => {
    const dead = page('segments:\n  - url: /interventions/\n    title: Interventions')
    expect(await lint(dead, at('fr/page.md', { navigation: small.navigation }))).toEqual([])
    expect(await lint(page('eleventyNavigation:\n  key: Conseil\n  parent: Mission\nsegments:\n  - url: /interventions/\n    title: I'), at('fr/page.md'))).toEqual([])
    // The servedElsewhere setting adds prefixes.
    expect(await lint(dead, at('fr/page.md', { ...small, servedElsewhere: ['/interventions/'] }))).toEqual([])
  })
})

describe('offre-navigation: without a project, and on hostile front matter', () => {
  it('says nothing without the navigation setting (plain remark)', async () => {
    const markdown = page('eleventyNavigation:\n  key: Conseil\n  parent: Mision\nsegments:\n  - url: /interventions/\n    title: I\nshowBreadcrumb: true')
    expect(await lint(markdown, at('fr/page.md', { sitePages }))).toEqual([])
    expect(await lint(page('segments:\n  - url: /interventions/\n    title: I'), at('fr/page.md', { sitePages }))).toEqual([])
    const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkLintOffreNavigation)
    const file = new VFile({ path: 'fr/page.md', value: markdown })
    await processor.run(processor.parse(file), file)
    expect(file.messages).toEqual([])
  })

  it('never throws, and reports only what the site would read', async () => {
    const hostile = [
      'eleventyNavigation: Conseil',
      'eleventyNavigation: [Conseil, Mision]',
      'eleventyNavigation: 3',
      'eleventyNavigation:\n  key: 3\n  parent: 4',
      'eleventyNavigation:\n  key: Conseil\n  parent: [Mision]',
      'eleventyNavigation:\n  key: Conseil\n  parent: { a: 1 }',
      'eleventyNavigation:\n  key: ""\n  parent: Mision',
      'eleventyNavigation:\n  __proto__: { key: Conseil, parent: Mision }',
      '__proto__:\n  eleventyNavigation: { key: Conseil, parent: Mision }',
      'eleventyNavigation: null\nsegments: [{ url: /interventions/ }]',
      'eleventyNavigation:\n  key: constructor\n  parent: __proto__',
      'segments: /interventions/',
      'segments: [/interventions/, 3, null, [x]]',
      'segments: [{ url: 3 }, { url: null }, { url: [a] }, { url: "" }, { url: "javascript:alert(1)" }, { url: // }]',
      'segments: [{ url: /%E0%A4%A/ }]',
      'a: &x { key: Conseil, parent: Mision }\neleventyNavigation: *x\nshowBreadcrumb: "true"',
      'eleventyNavigation: *nowhere',
      'eleventyNavigation: { key: Conseil, parent: Mision',
      'eleventyNavigation:\n  key: Conseil\n  key: Autre',
    ]
    const found: Record<string, string[]> = {}
    for (const yaml of hostile) {
      const [first, ...others] = await Promise.all(['fr/page.md', '__proto__/page.md', 'constructor/page.md', 'page.md'].map(async (contentPath) => summary(await lint(page(yaml), at(contentPath)))))
      // A folder named `__proto__` or `constructor` is a language like another (no entries: the French default for locale_url).
      for (const other of others) expect(other, yaml).toEqual(first)
      if (first !== undefined && first.length > 0) found[yaml] = first
    }
    expect(found).toEqual({
      // The key `constructor`'s parent `__proto__`: a key like another, which no entry has.
      'eleventyNavigation:\n  key: constructor\n  parent: __proto__': ['5:11-5:20 offre-navigation __proto__'],
      // `eleventyNavigation: null` is no navigation (the site's `{% if eleventyNavigation %}`): the segments are used.
      'eleventyNavigation: null\nsegments: [{ url: /interventions/ }]': ['4:19-4:34 offre-navigation /interventions/'],
      // A URL that no page has, malformed or not.
      'segments: [{ url: /%E0%A4%A/ }]': ['3:19-3:29 offre-navigation /%E0%A4%A/'],
      // Through an alias, the parent the site reads, at the place it is written; `"true"` is no `true`.
      'a: &x { key: Conseil, parent: Mision }\neleventyNavigation: *x\nshowBreadcrumb: "true"': ['3:31-3:37 offre-navigation Mision'],
    })
    // A navigation setting of the wrong shape is no navigation.
    const odd = { ...small, navigation: { fr: 'x', en: [null, 3, { key: 4 }] } as unknown as OffreSettings['navigation'] }
    for (const contentPath of ['fr/page.md', 'en/page.md']) await lint(page('eleventyNavigation:\n  key: Conseil\n  parent: Mision\nshowBreadcrumb: true'), at(contentPath, odd))
  })

  it('never throws on front matter made at random, and each place holds its `actual`', async () => {
    let found = 0
    const pick = <T,>(values: T[]) => fc.constantFrom(...values)
    const frontMatter = fc
      .record({
        anchor: pick(['', 'a: &a Mission\n', 'a: &a { key: Conseil, parent: Mision }\n', 'a: &a [x]\n']),
        key: pick(['Conseil', 'Mission', '3', '""', '__proto__', 'constructor']),
        parent: pick(['Mision', 'À propos', 'BlueHats', 'Offre', '"Mission"', "'Offre'", '*a', '[x]', '3', 'null', '__proto__', 'Perdu', '']),
        nav: pick(['', 'block', 'flow', 'eleventyNavigation: x\n', 'eleventyNavigation: [a]\n', 'eleventyNavigation: 3\n', 'eleventyNavigation: null\n', 'eleventyNavigation: *a\n']),
        url: pick(['/interventions/', '/contact/', '../x/', '"/fr/contacts/"', 'https://a.fr/', '*a', '3', '""', '/%E0/', 'javascript:x']),
        segments: pick(['', 'block', 'flow', 'segments: x\n', 'segments: [x, 3, null]\n', 'segments: *a\n']),
        shown: pick(['', 'showBreadcrumb: true\n', 'showBreadcrumb: "true"\n', 'showBreadcrumb: false\n']),
      })
      .map(({ anchor, key, parent, nav, url, segments, shown }) => {
        const navigation = nav === 'block' ? `eleventyNavigation:\n  key: ${key}\n  parent: ${parent}\n` : nav === 'flow' ? `eleventyNavigation: { key: ${key}, parent: ${parent} }\n` : nav
        const segment = segments === 'block' ? `segments:\n  - url: ${url}\n    title: T\n` : segments === 'flow' ? `segments: [{ url: ${url}, title: T }]\n` : segments
        return `${anchor}${navigation}${segment}${shown}`
      })
    await fc.assert(
      fc.asyncProperty(frontMatter, pick(['fr/a/page.md', 'en/page.md', 'page.md', '__proto__/x.md']), async (yaml, contentPath) => {
        const markdown = `---\ntitle: Page\n${yaml}---\n\nTexte.\n`
        for (const message of await lint(markdown, at(contentPath))) {
          found++
          const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
          const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
          expect(markdown.slice(start, end), JSON.stringify(markdown)).toBe(message.actual)
          for (const value of message.expected ?? []) {
            expect(value, JSON.stringify(markdown)).not.toBe(message.actual)
          }
        }
      }),
      { numRuns: 400 },
    )
    // The generator reaches findings (about 55 in 400 runs, 49 seen once): not a count to meet exactly.
    expect(found).toBeGreaterThan(20)
  })

  it('refuses options', () => {
    expect(() => unified().use(remarkParse).use(remarkLintOffreNavigation, { strict: true } as never).freeze()).toThrow('Unknown option `strict` of `offre-navigation`')
  })
})
