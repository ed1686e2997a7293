// Each aspect of the site comparison, shown equal and different on small hand-written pages.
import { describe, expect, it } from 'vitest'
import { comparePages, type AspectId } from './compare.js'
import { extractAspects, imageName } from './extract.js'
import { normalizeText, normalizeUrl, pageUrlOf } from './normalize.js'
import { quantile, summarize } from './report.js'
import { firstDifference, similarity } from './similarity.js'

interface Parts {
  header?: string
  breadcrumb?: string
  title?: string
  top?: string
  lead?: string
  body?: string
  after?: string
  footer?: string
}

/** A page shaped as the site's page layout: title band, then body. */
function page(parts: Parts = {}): string {
  return `<!doctype html><html lang="fr"><head><title>t</title></head><body>
<header class="fr-header">${parts.header ?? '<a href="/">Accueil</a><a href="/fr/blog/">Blog</a>'}</header>
<main id="content"><div class="fr-container">
${parts.breadcrumb ?? ''}${parts.top ?? ''}<h1 class="fr-mt-6v">${parts.title ?? 'Titre'}</h1>
${parts.lead === undefined ? '' : `<p class="fr-text--lead">${parts.lead}</p>`}
</div><div class="fr-container"><div class="fr-col-12">${parts.body ?? '<p>Du texte.</p>'}</div></div>${parts.after ?? ''}</main>
<footer class="fr-footer">${parts.footer ?? '<a href="/fr/mentions-legales/">Mentions</a>'}</footer></body></html>`
}

function verdict(site: string, offre: string, aspect: AspectId, url = '/fr/page/') {
  const result = comparePages(site, offre, { url }).find((r) => r.aspect === aspect)!
  return result
}

describe('aspects', () => {
  it('h1: same text whatever the spaces; another text differs', () => {
    expect(verdict(page({ title: 'Offre  de\nservices' }), page({ title: 'Offre de services' }), 'h1')).toMatchObject({ appears: true, identical: true })
    const other = verdict(page({ title: 'Offre' }), page({ title: 'Offres' }), 'h1')
    expect(other).toMatchObject({ appears: true, identical: false })
    expect(other.difference).toContain('Offres')
  })

  it('headings: level, text and id count', () => {
    const site = page({ body: '<h2 id="a-propos">À propos</h2><h3 id="b">B</h3>' })
    expect(verdict(site, page({ body: '<h2 id="a-propos">À propos</h2><h3 id="b">B</h3>' }), 'headings').identical).toBe(true)
    expect(verdict(site, page({ body: '<h2 id="a-propos">À propos</h2><h4 id="b">B</h4>' }), 'headings').identical).toBe(false)
    expect(verdict(site, page({ body: '<h2 id="apropos">À propos</h2><h3 id="b">B</h3>' }), 'headings').identical).toBe(false)
    // An empty heading shows nothing (the site's callouts have an empty h3.fr-callout__title).
    expect(verdict(page({ body: '<h3 class="fr-callout__title"></h3><h2 id="x">X</h2>' }), page({ body: '<h2 id="x">X</h2>' }), 'headings').identical).toBe(true)
    // markdown-it-anchor's permalink is not part of the heading's text.
    expect(extractAspects(page({ body: '<h2 id="x">X <a class="header-anchor" href="#x">#</a></h2>' })).headings).toEqual(['h2 X #x'])
    // The h1 and the "Lire aussi" block's h2 are not headings of the content.
    expect(extractAspects(page({ body: '<p>x</p>', after: '<div><h2>Lire aussi</h2><div class="fr-card"><h3>Autre</h3></div></div>' })).headings).toEqual([])
  })

  it('lists: structure and item texts, nested lists in place', () => {
    const nested = '<ul><li>un<ul><li>a</li></ul></li><li>deux</li></ul>'
    expect(extractAspects(page({ body: nested })).lists).toEqual(['ul(un ul(a); deux)'])
    expect(verdict(page({ body: nested }), page({ body: '<ul>\n<li>un <ul><li>a</li></ul></li>\n<li>deux</li></ul>' }), 'lists').identical).toBe(true)
    expect(verdict(page({ body: nested }), page({ body: '<ol><li>un<ul><li>a</li></ul></li><li>deux</li></ol>' }), 'lists').identical).toBe(false)
    expect(verdict(page({ body: nested }), page({ body: '<ul><li>un</li><li>a</li><li>deux</li></ul>' }), 'lists').identical).toBe(false)
  })

  it('tables: cell texts row by row', () => {
    const table = (cells: string) => page({ body: `<div class="fr-table"><table><caption>c</caption><thead><tr><th>A</th><th>B</th></tr></thead><tbody>${cells}</tbody></table></div>` })
    expect(extractAspects(table('<tr><td>1</td><td>2</td></tr>')).tables).toEqual(['A | B // 1 | 2'])
    expect(verdict(table('<tr><td>1</td><td>2</td></tr>'), table('<tr><td> 1 </td><td>2</td></tr>'), 'tables').identical).toBe(true)
    expect(verdict(table('<tr><td>1</td><td>2</td></tr>'), table('<tr><td>2</td><td>1</td></tr>'), 'tables').identical).toBe(false)
    expect(verdict(page(), page(), 'tables').appears).toBe(false)
  })

  it('breadcrumb: texts and hrefs, relative and absolute alike; the toggle button left out', () => {
    const crumbs = (home: string, mission: string) =>
      `<nav class="fr-breadcrumb" aria-label="Vous êtes ici :"><button class="fr-breadcrumb__button">Voir le fil d’Ariane</button><ol><li><a href="${home}">Accueil</a></li><li><a href="${mission}">Mission</a></li><li><a aria-current="page">Offre</a></li></ol></nav>`
    const site = page({ breadcrumb: crumbs('/fr/', '/fr/mission/') })
    expect(extractAspects(site, { url: '/fr/mission/offre/' }).breadcrumb).toEqual(['Accueil → /fr', 'Mission → /fr/mission', 'Offre → '])
    expect(verdict(site, page({ breadcrumb: crumbs('../../', '../') }), 'breadcrumb', '/fr/mission/offre/').identical).toBe(true)
    expect(verdict(site, page({ breadcrumb: crumbs('/fr/', '/fr/about/') }), 'breadcrumb', '/fr/mission/offre/').identical).toBe(false)
    expect(verdict(site, page(), 'breadcrumb')).toMatchObject({ appears: true, identical: false })
  })

  it('lead: the title band\'s p.fr-text--lead, not part of the main text', () => {
    expect(verdict(page({ lead: 'Notre offre.' }), page({ lead: ' Notre  offre. ' }), 'lead').identical).toBe(true)
    expect(verdict(page({ lead: 'Notre offre.' }), page(), 'lead')).toMatchObject({ appears: true, identical: false })
    expect(extractAspects(page({ lead: 'Notre offre.', body: '<p>Corps.</p>' })).text).toBe('Corps.')
  })

  it('links: (href, text) as a multiset, hrefs normalized', () => {
    const site = page({ body: '<p><a href="/fr/blog/">le blog</a> et <a href="https://code.gouv.fr/guides/">guides</a></p>' })
    const offre = page({ body: '<p><a href="https://code.gouv.fr/guides">guides</a> et <a href="../blog/index.html">le blog</a></p>' })
    expect(verdict(site, offre, 'links', '/fr/page/').identical).toBe(true)
    const other = verdict(site, page({ body: '<p><a href="/fr/blog/">le blog</a></p>' }), 'links')
    expect(other.identical).toBe(false)
    expect(other.difference).toContain('site only (1)')
    // Header links are not links of the content.
    expect(extractAspects(page({ body: '<p>x</p>' })).links).toEqual([])
  })

  it('images: the source name, whatever eleventy-img or a hash made of it', () => {
    const img = (src: string, alt = 'Table ronde') => page({ body: `<figure><picture><source srcset="x.avif"><img src="${src}" alt="${alt}"></picture></figure>` })
    const sources = new Map([['/img/aDmAlOh9E5-606.png', 'fr/bluehats/table-ronde.png']])
    const result = comparePages(img('/img/aDmAlOh9E5-606.png'), img('../../img/table-ronde.3f2a9c1b.webp'), {
      url: '/fr/bluehats/x/',
      site: { url: '/fr/bluehats/x/', imageSource: (url) => sources.get(url) },
    }).find((r) => r.aspect === 'images')!
    expect(result).toMatchObject({ appears: true, identical: true })
    expect(verdict(img('/img/a.png', 'Table ronde'), img('/img/a.png', 'Table'), 'images').identical).toBe(false)
    expect(verdict(img('/img/a.png'), img('/img/b.png'), 'images').identical).toBe(false)
    expect(imageName('/img/Photo-1152.JPEG')).toBe('photo')
    // An image the build lacks (a 404) is not the same image.
    const lacking = comparePages(img('/img/a.png'), img('/img/a.png'), { url: '/fr/x/', fileExists: (url) => url !== '/img/a.png', site: { fileExists: () => true } })
    expect(lacking.find((r) => r.aspect === 'images')).toMatchObject({ identical: false, difference: expect.stringContaining('(missing)') })
  })

  it('dates and tags: the time elements and the .fr-tag texts of the page', () => {
    const post = (date: string, tags: string[]) =>
      page({ top: `<ul class="fr-tags-group">${tags.map((t) => `<li><a class="fr-tag" href="/blog/tags/${t}/">${t}</a></li>`).join('')}</ul><hgroup><p>Publié le <time datetime="${date}">${date}</time></p></hgroup>` })
    expect(verdict(post('2024-01-02', ['OSPO']), post('2024-01-02', ['OSPO']), 'dates').identical).toBe(true)
    expect(verdict(post('2024-01-02', ['OSPO']), post('2024-01-03', ['OSPO']), 'dates').identical).toBe(false)
    expect(verdict(post('2024-01-02', ['OSPO', 'BlueHats']), post('2024-01-02', ['OSPO', 'BlueHats']), 'tags').identical).toBe(true)
    expect(verdict(post('2024-01-02', ['OSPO', 'BlueHats']), post('2024-01-02', ['OSPO']), 'tags').identical).toBe(false)
    expect(verdict(page(), page(), 'dates').appears).toBe(false)
    // The day the reference was built is Eleventy's date of an undated page, not content.
    const undated = comparePages(post('2026-12-03', []), page(), { site: { ignoreDates: ['2026-12-03'] } }).find((r) => r.aspect === 'dates')!
    expect(undated.appears).toBe(false)
    // The date line and the tags are not main text.
    expect(extractAspects(post('2024-01-02', ['OSPO'])).text).toBe('Du texte.')
  })

  it('main text: word similarity, French spaces not counted', () => {
    const same = verdict(page({ body: '<p>Une question ?</p>' }), page({ body: '<p>Une question\u202f?</p>' }), 'text')
    expect(same).toMatchObject({ appears: true, identical: true, similarity: 1 })
    const close = verdict(page({ body: '<p>un deux trois quatre</p>' }), page({ body: '<p>un deux cinq quatre</p>' }), 'text')
    expect(close.identical).toBe(false)
    expect(close.similarity).toBeCloseTo(0.75)
    expect(close.difference).toContain('⟨site: trois quatre⟩ ⟨offre: cinq quatre⟩')
  })

  it('header and footer: the sets of hrefs', () => {
    expect(verdict(page(), page({ header: '<a href="/fr/blog">Le blog</a><a href="/">Accueil</a><a href="/">Logo</a>' }), 'header').identical).toBe(true)
    expect(verdict(page(), page({ header: '<a href="/">Accueil</a>' }), 'header').identical).toBe(false)
    expect(verdict(page(), page({ footer: '<a href="/fr/accessibilite/">A</a>' }), 'footer').identical).toBe(false)
  })

  it('a page missing from offre\'s build differs wherever the site has something', () => {
    const results = comparePages(page({ lead: 'x' }), undefined, { url: '/fr/page/' })
    expect(results.find((r) => r.aspect === 'h1')).toMatchObject({ appears: true, identical: false })
    expect(results.find((r) => r.aspect === 'text')).toMatchObject({ appears: true, identical: false, similarity: 0 })
    expect(results.find((r) => r.aspect === 'tables')).toMatchObject({ appears: false })
  })
})

describe('normalization', () => {
  it('texts: spaces of every kind are one space; apostrophes, a missing space and case count', () => {
    expect(normalizeText(' l’offre\u00a0: «\u202foui\u00a0» \u00ad! ')).toBe('l’offre : « oui » !')
    expect(normalizeText("l'offre")).not.toBe(normalizeText('l’offre'))
    expect(normalizeText('oui ?')).not.toBe(normalizeText('oui?'))
    expect(normalizeText('A b')).not.toBe(normalizeText('a b'))
  })

  it('URLs: relative, absolute to the site, trailing slash and index.html', () => {
    expect(normalizeUrl('../../dsfr/dsfr.min.css', '/fr/mission/offre/')).toBe('/fr/dsfr/dsfr.min.css')
    expect(normalizeUrl('https://code.gouv.fr/fr/mission/', '/')).toBe('/fr/mission')
    expect(normalizeUrl('/fr/mission/index.html#x', '/')).toBe('/fr/mission#x')
    expect(normalizeUrl('https://GitHub.com/a/', '/')).toBe('https://github.com/a')
    expect(normalizeUrl('mailto:contact@code.gouv.fr')).toBe('mailto:contact@code.gouv.fr')
    expect(normalizeUrl('/', '/fr/')).toBe('/')
    expect(pageUrlOf('fr/blog/x/index.html')).toBe('/fr/blog/x/')
  })
})

describe('similarity', () => {
  it('is 1 for the same words, 0 for none in common, the LCS ratio between', () => {
    expect(similarity('a b c', 'a  b c')).toBe(1)
    expect(similarity('a b', 'c d')).toBe(0)
    expect(similarity('a b c d', 'a x c d')).toBeCloseTo(0.75)
    expect(similarity('a b c d e f', 'f e d c b a')).toBeCloseTo(2 / 12)
    expect(firstDifference('a b', 'a b')).toBe('')
  })

  it('compares long pages fast', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `mot${i % 500}`).join(' ')
    const other = Array.from({ length: 3000 }, (_, i) => `mot${(i * 7) % 500}`).join(' ')
    const started = performance.now()
    const score = similarity(text, other)
    expect(score).toBeGreaterThan(0)
    expect(score).toBeLessThan(1)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('summary', () => {
  it('counts the pages where an aspect appears, the identical ones, and judges them against the target', () => {
    const pages = [
      { url: '/a/', results: comparePages(page({ title: 'A' }), page({ title: 'A' })) },
      { url: '/b/', results: comparePages(page({ title: 'B' }), page({ title: 'C' })) },
    ]
    const h1 = summarize(pages).find((s) => s.aspect.id === 'h1')!
    expect(h1).toMatchObject({ appears: 2, identical: 1, share: 0.5, pass: false })
    expect(h1.examples).toEqual([{ url: '/b/', difference: expect.stringContaining('C') }])
    const tables = summarize(pages).find((s) => s.aspect.id === 'tables')!
    expect(tables).toMatchObject({ appears: 0, pass: true })
    expect(quantile([0.5, 0.9, 1], 0.5)).toBe(0.9)
    expect(quantile([0, 1], 0.1)).toBeCloseTo(0.1)
  })
})
