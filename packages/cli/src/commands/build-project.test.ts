// `offre build` loads the project as `offre lint` does: the same configuration
// refused with the same messages (exit 2), and pages published at the URLs the
// link checker resolves links against (the configuration's folder rules), in the
// layouts and chrome of its `site:` section.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startPreview } from '../preview/server.js'
import { project, run } from '../testing.js'

const page = '---\ntitle: Page\n---\n\nUn texte.\n'

describe('offre build and the project configuration', () => {
  it('refuses (exit 2) a configuration that offre lint refuses, with the same message', async () => {
    const cwd = project({ 'content/offre.config.yml': 'linkz: {}\n', 'content/fr/page.md': page })
    const lint = await run(['lint'], cwd)
    const build = await run(['build', 'content', '--out', 'dist'], cwd)
    expect(lint.code).toBe(2)
    expect(build.code).toBe(2)
    expect(build.stderr.replace('offre build', 'offre lint')).toBe(lint.stderr)
    expect(existsSync(path.join(cwd, 'dist'))).toBe(false)
  })

  it('publishes at the URLs of the configured folder rules, where the link checker looks', async () => {
    // `blog/` pages published under `/actualites/`: the lint accepts a link to `/actualites/nouvelle/`.
    const config = 'links:\n  siteRules:\n    folders:\n      - { dir: blog, url: "/actualites/{fileSlug}/" }\n'
    const cwd = project({
      'content/offre.config.yml': config,
      'content/blog/nouvelle.md': page,
      'content/fr/page.md': '---\ntitle: Page\n---\n\nVoir [la nouvelle du jour](/actualites/nouvelle/).\n',
    })
    const lint = await run(['lint', '--format', 'json'], cwd)
    expect((JSON.parse(lint.stdout) as Array<{ rule: string }>).filter((f) => f.rule === 'offre-links')).toEqual([])
    expect((await run(['build', 'content', '--out', 'dist'], cwd)).code).toBe(0)
    expect(existsSync(path.join(cwd, 'dist/actualites/nouvelle/index.html'))).toBe(true)
  })

  it('gives the pages of a folder its layout, breadcrumb and lead, the front matter first, in the site’s chrome', async () => {
    const config = [
      'site:',
      '  name: Pôle open source',
      '  navigation: [{ text: Actualités, href: /fr/blog/ }]',
      '  folders:',
      '    - dir: fr/bluehats/gazettes',
      '      layout: bluehats-post',
      '      description: Un condensé des dernières actualités BlueHats.',
      '      showBreadcrumb: true',
      '      segments: [{ url: /bluehats/, title: BlueHats }]',
      '',
    ].join('\n')
    const cwd = project({
      'content/offre.config.yml': config,
      'content/fr/bluehats/gazettes/n1.md': '---\ntitle: Gazette n°1\ndate: 2019-04-01\n---\n\nTexte.\n',
      'content/fr/bluehats/gazettes/n2.md': '---\ntitle: Gazette n°2\ndescription: Son propre chapô.\n---\n\nTexte.\n',
      'content/fr/page.md': page,
    })
    expect((await run(['build', 'content', '--out', 'dist'], cwd)).code).toBe(0)
    const html = (file: string) => readFileSync(path.join(cwd, 'dist', file, 'index.html'), 'utf8')
    // At the site's URLs (its folder rules): `/fr/bluehats/n1/`.
    const first = html('fr/bluehats/n1')
    expect(first).toContain('<p class="fr-text--lead">Un condensé des dernières actualités BlueHats.</p>')
    expect(first).toMatch(/<a class="fr-breadcrumb__link" href="\/fr\/bluehats\/">BlueHats<\/a>/)
    expect(first).toContain('<time datetime="2019-04-01">01 avril 2019</time>')
    expect(first).toContain('<p class="fr-header__service-title">Pôle open source</p>')
    expect(first).toContain('<a class="fr-nav__link" href="/fr/blog/">Actualités</a>')
    expect(html('fr/bluehats/n2')).toContain('<p class="fr-text--lead">Son propre chapô.</p>')
    // Outside the folder: the page layout, no breadcrumb, no lead.
    const other = html('fr/page')
    expect(other).toContain('fr-background-alt--blue-cumulus')
    expect(other).not.toContain('fr-breadcrumb')
    expect(other).not.toContain('fr-text--lead')
  })

  it('gives a page with eleventyNavigation its path in the navigation tree as breadcrumb, in the build and in the preview', async () => {
    const cwd = project(NAVIGATION_PROJECT)
    expect((await run(['build', 'content', '--out', 'dist'], cwd)).code).toBe(0)
    const built = readFileSync(path.join(cwd, 'dist/fr/mission/conseil/index.html'), 'utf8')
    expect(breadcrumbOf(built)).toEqual(NAVIGATION_CRUMBS)
    const preview = await startPreview({ root: path.join(cwd, 'content'), io: { stdout: { write: () => true }, stderr: { write: () => true }, cwd, env: {} }, port: 0 })
    try {
      const shown = await (await fetch(`${preview.origin}/fr/mission/conseil/`)).text()
      expect(breadcrumbOf(shown)).toEqual(NAVIGATION_CRUMBS)
    } finally {
      await preview.close()
    }
  })
})

/** A site whose key "À propos" is both a top-level menu (a page without URL) and BlueHats' template, which the tree reaches first. */
const NAVIGATION_PROJECT = {
  'content/offre.config.yml': 'site:\n  templateNavigation:\n    - { source: fr/bluehats/index.njk, url: /fr/bluehats/, key: À propos, parent: BlueHats, order: 1 }\n',
  'content/fr/about.md': '---\ntitle: À propos\neleventyNavigation: { key: À propos, order: 4 }\npermalink: false\n---\n',
  'content/fr/bluehats.md': '---\ntitle: BlueHats\neleventyNavigation: { key: BlueHats, order: 2 }\npermalink: false\n---\n',
  'content/fr/about/conseil.md': '---\ntitle: Le conseil\neleventyNavigation: { key: Le conseil, parent: À propos }\nsegments: [{ url: /mission/, title: Mission }]\nshowBreadcrumb: true\n---\n\nUn texte.\n',
}
const NAVIGATION_CRUMBS = [['Accueil', '/fr/'], ['BlueHats', 'false'], ['À propos', '/fr/bluehats/'], ['Le conseil', null]]

function breadcrumbOf(html: string): Array<[string, string | null]> {
  const nav = /<nav[^>]*class="fr-breadcrumb"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? ''
  return [...nav.matchAll(/<a class="fr-breadcrumb__link"(?: href="([^"]*)")?[^>]*>([^<]*)<\/a>/g)].map((match) => [match[2] as string, match[1] ?? null])
}
