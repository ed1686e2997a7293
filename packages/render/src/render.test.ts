import { seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { all, attr, classes, parseDocument, renderFile, renderMarkdown, text, type HtmlElement } from './testing.js'

const SEED_URL = '/fr/mission/offre-de-services/'

function byClass(root: string, name: string): HtmlElement[] {
  return all(root).filter((element) => classes(element).includes(name))
}

describe('the seed page', () => {
  const { page, parsed } = renderFile(seedPath, { url: SEED_URL })

  it('has the breadcrumb Accueil > Mission > the page, with DSFR’s collapse button', () => {
    const nav = byClass(page.fragment, 'fr-breadcrumb')[0] as HtmlElement
    expect(attr(nav, 'aria-label')).toBe('Vous êtes ici :')
    const links = all(nav, 'a')
    expect(links.map((link) => text(link))).toEqual(['Accueil', 'Mission', 'Offre de services de la mission logiciels libres'])
    expect(links.map((link) => attr(link, 'href'))).toEqual(['/fr/', '/fr/mission/', undefined])
    expect(attr(links[2] as HtmlElement, 'aria-current')).toBe('page')
    const button = all(nav, 'button')[0] as HtmlElement
    expect(classes(button)).toContain('fr-breadcrumb__button')
    expect(attr(button, 'aria-expanded')).toBe('false')
    const collapse = all(nav).find((element) => attr(element, 'id') === attr(button, 'aria-controls'))
    expect(collapse && classes(collapse)).toContain('fr-collapse')
  })

  it('has its h1, and the 7 H2 and 3 H3 with the model’s section ids', () => {
    expect(all(page.fragment, 'h1').map((h1) => text(h1))).toEqual(['Offre de services de la mission logiciels libres'])
    const ids = (tag: string) => all(page.fragment, tag).map((heading) => attr(heading, 'id'))
    expect(ids('h2')).toEqual(parsed.offer.sections.map((section) => section.id))
    expect(ids('h2')).toHaveLength(7)
    expect(ids('h3')).toEqual(parsed.offer.sections.flatMap((section) => section.subsections.map((sub) => sub.id)))
    expect(ids('h3')).toEqual([
      'sur-le-socle-interministeriel-de-logiciels-libres-sill',
      'sur-les-marches-interministeriels-de-support-et-d-expertise',
      'sur-l-achat-de-prestations-logicielles-impliquant-des-logiciels-libres',
    ])
  })

  it('puts the body in fr-container > fr-grid-row > fr-col-12', () => {
    const column = byClass(page.fragment, 'fr-col-12')[0] as HtmlElement
    expect(classes(column.parentNode as HtmlElement)).toContain('fr-grid-row')
    expect(classes((column.parentNode as HtmlElement).parentNode as HtmlElement)).toContain('fr-container')
    expect(all(column, 'h2')).toHaveLength(7)
  })

  it('is a standalone DSFR page: lang, skip links, header, main, footer, relative assets', () => {
    const document = parseDocument(page.html)
    expect(page.html.startsWith('<!doctype html>')).toBe(true)
    expect(attr(all(document, 'html')[0] as HtmlElement, 'lang')).toBe('fr')
    const skip = all(document).filter((element) => classes(element).includes('fr-skiplinks'))
    expect(all(skip[0] as HtmlElement, 'a').map((link) => attr(link, 'href'))).toEqual(['#contenu', '#pied-de-page'])
    const header = all(document, 'header')[0] as HtmlElement
    expect(classes(header)).toContain('fr-header')
    expect(text(all(header).find((element) => classes(element).includes('fr-logo')) as HtmlElement)).toBe('RépubliqueFrançaise')
    expect(text(all(header).find((element) => classes(element).includes('fr-header__service-title')) as HtmlElement)).toBe('code.gouv.fr')
    expect(all(document, 'main').map((main) => attr(main, 'id'))).toEqual(['contenu'])
    expect(classes(all(document, 'footer')[0] as HtmlElement)).toContain('fr-footer')
    expect(all(document, 'link').map((link) => attr(link, 'href'))).toContain('../../../dsfr/dsfr.min.css')
    expect(all(document, 'script').map((script) => attr(script, 'src')).filter(Boolean)).toEqual(['../../../dsfr/dsfr.module.min.js', '../../../dsfr/dsfr.nomodule.min.js'])
    expect(text(all(document, 'title')[0] as HtmlElement)).toBe('Offre de services de la mission logiciels libres | code.gouv.fr')
  })

  it('embeds the fragment in the page as is', () => {
    expect(page.html).toContain(page.fragment.trimEnd())
  })

  it('renders the same bytes twice, and does not change the parsed tree', () => {
    const before = JSON.stringify(parsed.tree)
    const again = renderFile(seedPath, { url: SEED_URL }).page
    expect(again.html).toBe(page.html)
    expect(again.json).toBe(page.json)
    renderFile(seedPath, { url: SEED_URL })
    expect(JSON.stringify(parsed.tree)).toBe(before)
  })
})

describe('layout details', () => {
  it('shows the description as text in the lead and the meta description, its HTML as written, as the site does', () => {
    const { page } = renderMarkdown('---\ntitle: T\ndescription: Avec <a href="https://x.fr" onclick="y">un lien</a> & plus\n---\n')
    const lead = byClass(page.fragment, 'fr-text--lead')[0] as HtmlElement
    expect(text(lead)).toBe('Avec <a href="https://x.fr" onclick="y">un lien</a> & plus')
    expect(all(lead).filter((element) => element !== lead)).toEqual([])
    const meta = all(parseDocument(page.html), 'meta').find((element) => attr(element, 'name') === 'description')
    expect(meta && attr(meta, 'content')).toBe('Avec <a href="https://x.fr" onclick="y">un lien</a> & plus')
  })

  it('has no breadcrumb unless showBreadcrumb is true, and no lead without description', () => {
    const { page } = renderMarkdown('---\ntitle: T\nsegments: [{url: /a/, title: A}]\n---\n\nTexte.\n')
    expect(byClass(page.fragment, 'fr-breadcrumb')).toEqual([])
    expect(byClass(page.fragment, 'fr-text--lead')).toEqual([])
  })

  it('follows the page’s language for the layout and the segment prefix', () => {
    const { page } = renderMarkdown('---\ntitle: About\nshowBreadcrumb: true\nsegments: [{url: /mission/, title: Mission}]\n---\n', { url: '/en/about/' })
    expect(attr(all(parseDocument(page.html), 'html')[0] as HtmlElement, 'lang')).toBe('en')
    expect(all(page.fragment, 'a').map((link) => [text(link), attr(link, 'href')])).toEqual([['Home', '/en/'], ['Mission', '/en/mission/'], ['About', undefined]])
  })

  it('writes a markdown table as the site does, table.fr-table with no wrapper, header cells scoped', () => {
    const { page } = renderMarkdown('---\ntitle: T\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<div class="fr-table"><table><thead><tr><th>x</th></tr></thead></table></div>\n')
    const [markdown, raw] = all(page.fragment, 'table') as [HtmlElement, HtmlElement]
    expect(classes(markdown)).toEqual(['fr-table'])
    expect(classes(markdown.parentNode as HtmlElement)).toEqual(['fr-col-12'])
    expect(all(markdown, 'th').map((th) => attr(th, 'scope'))).toEqual(['col', 'col'])
    expect([classes(raw), classes(raw.parentNode as HtmlElement), all(raw, 'th').map((th) => attr(th, 'scope'))]).toEqual([[], ['fr-table'], ['col']])
  })

  it('renders front matter video from an allowed host as a titled, sandboxed frame', () => {
    const src = 'https://tube.numerique.gouv.fr/videos/embed/f42fb725'
    const { page } = renderMarkdown(`---\ntitle: Wébinaire\nvideo:\n  src: ${src}\n---\n`)
    const frame = all(page.fragment, 'iframe')[0] as HtmlElement
    expect([attr(frame, 'src'), attr(frame, 'title'), attr(frame, 'sandbox')]).toEqual([src, 'Vidéo : Wébinaire', 'allow-same-origin allow-scripts allow-popups allow-forms'])
  })
})
