import { readFileSync } from 'node:fs'
import path from 'node:path'
import { permalinksPath, seedPath, siteContentDir, sitePages } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { SITE_RULES } from '../data/site-rules.js'
import { frontMatterOf, loadSiteMap, loadSitePages } from './load.js'
import { fileSlug, pageUrl } from './page-url.js'
import { isAssetPath, isUnder, normalizePath } from './paths.js'
import { buildSiteMap, leadsSomewhere } from './site-map.js'

describe('pageUrl: the URL the site’s generator gives a page', () => {
  it('follows the folder rules of code.gouv.fr', () => {
    expect(pageUrl('fr/about/offre-de-services.md', {})).toBe('/fr/mission/offre-de-services/')
    expect(pageUrl('fr/documentation/licences-libres-dinum.md', {})).toBe('/fr/doc/licences-libres-dinum/')
    expect(pageUrl('fr/blog/posts/definition-ospo/definition-ospo.md', {})).toBe('/fr/blog/definition-ospo/')
    expect(pageUrl('fr/blog/posts/entretien-avec-johan-linaker-RISE-2024/index.md', {})).toBe('/fr/blog/entretien-avec-johan-linaker-RISE-2024/')
    expect(pageUrl('fr/bluehats/webinaires/aboutcode.md', {})).toBe('/fr/bluehats/aboutcode/')
    expect(pageUrl('fr/bluehats/bsoc/2022/contributions/vlc.md', {})).toBe('/fr/bluehats/bsoc-contributions-2022/vlc/')
  })

  it('gives the path itself by default, the folder for an index page', () => {
    expect(pageUrl('fr/utiliser/marches-logiciels-libres.md', {})).toBe('/fr/utiliser/marches-logiciels-libres/')
    expect(pageUrl('fr/contact/index.md', {})).toBe('/fr/contact/')
    expect(pageUrl('index.md', {})).toBe('/')
    expect(pageUrl('./fr\\contact\\veille.md', {})).toBe('/fr/contact/veille/')
  })

  it('lets the page’s permalink win, `false` meaning unpublished, and slugOverride come next', () => {
    expect(pageUrl('fr/about/index.md', { permalink: '/fr/mission/' })).toBe('/fr/mission/')
    expect(pageUrl('fr/sill-unavailable.md', { permalink: '/fr/sill/index.html' })).toBe('/fr/sill/')
    expect(pageUrl('fr/bluehats.md', { permalink: false })).toBeNull()
    expect(pageUrl('fr/x.md', { permalink: '/{{ page.fileSlug }}/' })).toBeNull()
    expect(pageUrl('fr/legal/index.md', { slugOverride: 'mentions legales' })).toBe('/fr/mentions-legales/')
    expect(pageUrl('fr/action-plan-for-free-software-and-digital-commons/index.md', { slugOverride: 'plan action logiciels libres et communs numeriques' })).toBe(
      '/fr/plan-action-logiciels-libres-et-communs-numeriques/',
    )
    // slugOverride applies under fr/ only.
    expect(pageUrl('en/lasuite/index.md', { slugOverride: 'x' })).toBe('/en/lasuite/')
  })

  it('takes the file slug as Eleventy does', () => {
    expect(fileSlug('fr/a/b.md')).toBe('b')
    expect(fileSlug('fr/a/index.md')).toBe('a')
  })

  it('transcribes every folder rule of permalinks.json', () => {
    const described = JSON.parse(readFileSync(permalinksPath, 'utf8')) as { rules: { dir: string; url: string }[] }
    expect(SITE_RULES.folders).toEqual(described.rules)
  })
})

describe('normalizePath', () => {
  it('compares paths the way the server serves them', () => {
    expect(normalizePath('/fr/contact')).toBe('/fr/contact/')
    expect(normalizePath('/fr/contact/index.html?x=1#y')).toBe('/fr/contact/')
    expect(normalizePath('/fr//doc/caf%C3%A9/')).toBe('/fr/doc/café/')
    expect(normalizePath('/fr/%E0%A4%A/')).toBe('/fr/%E0%A4%A/')
    expect(normalizePath('/docs/a.pdf')).toBe('/docs/a.pdf')
    expect(isAssetPath('/docs/a.pdf')).toBe(true)
    expect(isAssetPath('/fr/page.html')).toBe(false)
    expect(isUnder('/sill', '/sill/')).toBe(true)
    expect(isUnder('/sillage/', '/sill/')).toBe(false)
  })
})

describe('the site map of the real code.gouv.fr', () => {
  const site = loadSiteMap(siteContentDir)

  it('holds a URL for every published page, and the listings', () => {
    const pages = loadSitePages(siteContentDir)
    expect(pages).toHaveLength(sitePages().length)
    const unpublished = pages.filter((page) => page.frontMatter?.permalink === false)
    expect(unpublished.map((page) => page.contentPath).sort()).toEqual(['fr/about.md', 'fr/bluehats.md', 'fr/bluehats/echange.md', 'fr/bluehats/gazettes.md', 'fr/bluehats/rencontres.md', 'fr/bluehats/webinaires.md', 'fr/mll.md', 'fr/resources.md'].sort())
    expect(site).toEqual(buildSiteMap(pages))
    for (const listing of SITE_RULES.listings) expect(site.has(listing)).toBe(true)
    expect(site.has('/fr/mission/offre-de-services/')).toBe(true)
  })

  it('resolves every internal link of the seed but `/fr/doc/sill/`', () => {
    const seed = readFileSync(seedPath, 'utf8')
    const links = [...seed.matchAll(/\]\(((?:https:\/\/code\.gouv\.fr)?\/[^)\s]*)\)/g)].map((match) => (match[1] ?? '').replace('https://code.gouv.fr', ''))
    expect(links).toContain('/fr/utiliser/marches-logiciels-libres/')
    const dead = links.filter((link) => !leadsSomewhere(link, site, SITE_RULES.servedElsewhere))
    expect(dead).toEqual(['/fr/doc/sill/'])
    for (const link of ['/fr/utiliser/marches-logiciels-libres/', '/fr/mission/gtt-ll-amdac/', '/fr/contact/espaces-communication-bluehats/']) expect(site.has(link)).toBe(true)
  })

  it('reads front matter as the generator does, and survives a broken one', () => {
    expect(frontMatterOf('---\npermalink: false\n---\nTexte')).toEqual({ permalink: false })
    expect(frontMatterOf('\uFEFF---\r\ntitle: a\r\n---\r\n')).toEqual({ title: 'a' })
    expect(frontMatterOf('---\ntitle: [a\n---\n')).toEqual({})
    expect(frontMatterOf('Pas de front matter')).toEqual({})
    expect(frontMatterOf('---\n- a\n---\n')).toEqual({})
    expect(path.isAbsolute(siteContentDir)).toBe(true)
  })
})
