import { readFileSync } from 'node:fs'
import path from 'node:path'
import { seedPath, siteContentDir } from '@offre/fixtures'
import { parseOffer } from '@offre/model'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { renderOffer, type RenderOptions } from '../render.js'
import { all, attr, classes, parseDocument, text, type HtmlElement } from '../testing.js'
import { CODE_GOUV_FR as SITE } from './testing-site.js'

function render(path: string, markdown: string, options: Partial<RenderOptions> = {}) {
  const parsed = parseOffer(new VFile({ path, value: markdown }))
  return { page: renderOffer(parsed, { url: '/fr/page/', site: SITE, ...options }), file: parsed.file }
}

const byClass = (root: string | HtmlElement, name: string): HtmlElement[] => all(root as string).filter((element) => classes(element).includes(name))
const one = (root: string | HtmlElement, name: string): HtmlElement => byClass(root, name)[0] as HtmlElement
const hrefs = (root: HtmlElement): (string | undefined)[] => all(root, 'a').map((link) => attr(link, 'href'))

describe('the page layout (layouts/page.njk)', () => {
  const parsed = parseOffer(new VFile({ path: 'fr/about/offre-de-services.md', value: readFileSync(seedPath) }))
  const page = renderOffer(parsed, { url: '/fr/mission/offre-de-services/', site: SITE })

  it('puts the breadcrumb, the h1 and the lead in the blue title band, the body in twelve columns below', () => {
    const band = one(page.fragment, 'fr-background-alt--blue-cumulus')
    expect(classes(band)).toContain('fr-py-6w')
    expect(all(band, 'nav').map((nav) => classes(nav))).toEqual([['fr-breadcrumb']])
    expect(all(band, 'h1').map((h1) => [text(h1), classes(h1)])).toEqual([['Offre de services de la mission logiciels libres', ['fr-mt-6v']]])
    expect(byClass(band, 'fr-text--lead')).toEqual([])
    const column = one(page.fragment, 'fr-col-12')
    expect(all(column, 'h2')).toHaveLength(7)
    expect(all(column, 'h1')).toHaveLength(0)
  })

  it('puts the description in the band as the lead', () => {
    const { page: described } = render('fr/about/x.md', '---\ntitle: X\ndescription: Le chapô.\n---\n\nTexte.\n')
    expect(byClass(one(described.fragment, 'fr-background-alt--blue-cumulus'), 'fr-text--lead').map((lead) => text(lead))).toEqual(['Le chapô.'])
  })

  it('marks the menu entry of the page, and its sub-menu’s button', () => {
    const nav = all(page.html, 'nav').find((element) => classes(element).includes('fr-nav')) as HtmlElement
    expect(attr(nav, 'aria-label')).toBe('Menu principal')
    const current = all(nav, 'a').filter((link) => attr(link, 'aria-current') === 'page')
    expect(current.map((link) => attr(link, 'href'))).toEqual(['/fr/mission/offre-de-services/'])
    const button = all(nav, 'button')[0] as HtmlElement
    expect([text(button), attr(button, 'aria-expanded'), attr(button, 'aria-current')]).toEqual(['À propos', 'false', 'true'])
    expect(classes(all(nav).find((element) => attr(element, 'id') === attr(button, 'aria-controls')) as HtmlElement)).toEqual(['fr-collapse', 'fr-menu'])
  })

  it('has the header of the configuration: service name and tagline, a link home, quick links, a search form', () => {
    const header = all(page.html, 'header')[0] as HtmlElement
    expect(text(one(header, 'fr-header__service-title'))).toBe(SITE.name)
    expect(text(one(header, 'fr-header__service-tagline'))).toBe(SITE.tagline)
    expect(attr(one(header, 'fr-header__service').childNodes[0] as HtmlElement, 'title')).toBe('Accueil - Pôle open source et communs numériques - Direction interministérielle du numérique')
    expect(hrefs(one(header, 'fr-header__tools-links'))).toEqual(['/fr/contact/'])
    const form = all(header, 'form')[0] as HtmlElement
    expect([attr(form, 'action'), attr(form, 'method'), attr(all(form, 'input')[0] as HtmlElement, 'name')]).toEqual(['/fr/search-results/', 'get', 'term'])
    // Every button of the header opens something of the header: the menu, the search, a sub-menu.
    const ids = new Set(all(header).map((element) => attr(element, 'id')))
    const controls = all(header, 'button').map((button) => attr(button, 'aria-controls')).filter((id) => id !== undefined)
    expect(controls.length).toBeGreaterThanOrEqual(4)
    expect(controls.filter((id) => !ids.has(id))).toEqual([])
  })

  it('has the footer of the configuration: its description sanitized, the accessibility status, the edit link, the display settings', () => {
    const footer = all(page.html, 'footer')[0] as HtmlElement
    const description = one(footer, 'fr-footer__content-desc')
    expect(text(description)).toBe('Une publication de la DINUM.')
    expect(all(footer, 'script')).toEqual([])
    const bottom = one(footer, 'fr-footer__bottom-list')
    expect(all(bottom, 'li').map((item) => text(item))).toEqual(['Accessibilité : Partiellement conforme', 'Plan du site', 'Modifier cette page', 'Paramètres d’affichage'])
    expect(hrefs(bottom)).toEqual(['/fr/accessibilite/', '/sitemap/', 'https://github.com/codegouvfr/codegouvfr-website/blob/main/content/fr/about/offre-de-services.md'])
    const follow = one(page.html, 'fr-follow')
    expect(hrefs(follow)).toEqual(['/fr/bluehats/tags/gazette/', 'https://social.numerique.gouv.fr/@CodeGouvFr'])
    expect(classes(all(follow, 'a')[1] as HtmlElement)).toContain('fr-btn--mastodon')
  })

  it('offers the light, dark and system themes in DSFR’s display dialog, opened from the footer', () => {
    const document = parseDocument(page.html)
    expect(attr(all(document, 'html')[0] as HtmlElement, 'data-fr-scheme')).toBe('system')
    const dialog = all(document, 'dialog')[0] as HtmlElement
    const button = all(document, 'button').find((element) => classes(element).includes('fr-footer__bottom-link')) as HtmlElement
    expect(attr(button, 'aria-controls')).toBe(attr(dialog, 'id'))
    expect(all(dialog, 'input').map((input) => [attr(input, 'type'), attr(input, 'name'), attr(input, 'value')])).toEqual([
      ['radio', 'fr-radios-theme', 'light'],
      ['radio', 'fr-radios-theme', 'dark'],
      ['radio', 'fr-radios-theme', 'system'],
    ])
    expect(all(dialog, 'label').map((label) => text(label))).toEqual(['Thème clair', 'Thème sombre', 'SystèmeUtilise les paramètres système.'])
    expect(all(dialog, 'use').map((use) => attr(use, 'href'))[0]).toBe('../../../dsfr/artwork/pictograms/environment/sun.svg#artwork-decorative')
  })
})

describe('the post layout (layouts/post.njk)', () => {
  const markdown = '---\ntitle: "Entretien avec Delphine Montagne"\ndescription: "Un entretien."\ndate: 2024-04-29\ntags:\n  - entretien\n  - Logiciels libres\n---\n\nLe texte.\n'
  const { page } = render('fr/blog/posts/entretien/index.md', markdown, { url: '/fr/blog/entretien/' })

  it('centres the text in eight columns, headed by the tags, the title and its date, and the share block', () => {
    const column = one(page.fragment, 'fr-col-md-8')
    expect(classes(column.parentNode as HtmlElement)).toEqual(['fr-grid-row', 'fr-grid-row--center'])
    const tags = all(one(column, 'fr-tags-group'), 'a')
    expect(tags.map((tag) => [text(tag), attr(tag, 'href'), classes(tag)])).toEqual([
      ['entretien', '/fr/blog/tags/entretien/', ['fr-tag']],
      ['Logiciels libres', '/fr/blog/tags/logiciels-libres/', ['fr-tag']],
    ])
    const hgroup = all(column, 'hgroup')[0] as HtmlElement
    expect(text(all(hgroup, 'h1')[0] as HtmlElement)).toBe('Entretien avec Delphine Montagne')
    const time = all(hgroup, 'time')[0] as HtmlElement
    expect([attr(time, 'datetime'), text(time), text(time.parentNode as HtmlElement)]).toEqual(['2024-04-29', '29 avril 2024', 'Publié le 29 avril 2024'])
    const mail = all(one(column, 'fr-share'), 'a')[0] as HtmlElement
    expect(attr(mail, 'href')).toBe(`mailto:floss@numerique.gouv.fr?subject=${encodeURIComponent('Partage d’un lien sur https://code.gouv.fr')}&body=${encodeURIComponent('Entretien avec Delphine Montagne https://code.gouv.fr/fr/blog/entretien/')}`)
    expect(text(column)).toContain('Le texte.')
  })

  it('shows no lead, as the site’s post layout, and keeps the description for the meta description', () => {
    expect(byClass(page.fragment, 'fr-text--lead')).toEqual([])
    expect(byClass(page.fragment, 'fr-background-alt--blue-cumulus')).toEqual([])
    expect(page.html).toContain('<meta name="description" content="Un entretien.">')
  })

  it('gives the contributions of a folder their breadcrumb, and shows no date line without a date', () => {
    const { page: contribution } = render('fr/bluehats/bsoc/2022/contributions/jabref.md', '---\ntitle: "BSOC 2022 : JabRef"\n---\n\nTexte.\n', { url: '/fr/bluehats/bsoc-contributions-2022/jabref/' })
    const nav = one(contribution.fragment, 'fr-breadcrumb')
    const spaced = (link: HtmlElement) => text(link).replace(/[\u00a0\u202f]/g, ' ')
    expect(all(nav, 'a').map((link) => [spaced(link), attr(link, 'href')])).toEqual([['Accueil', '/fr/'], ['BlueHats', '/fr/bluehats/'], ['BSOC 2022 : JabRef', undefined]])
    expect(all(contribution.fragment, 'time')).toEqual([])
  })
})

describe('the breadcrumb of a page with eleventyNavigation (components/breadcrumb.njk)', () => {
  // code.gouv.fr's navigation: its markdown pages' entries and BlueHats' template, which shares the key "À propos".
  const navigation = {
    fr: [
      { source: 'fr/about.md', key: 'À propos', order: 4, url: false as const },
      { source: 'fr/about/conseil-logiciels-libres.md', key: 'Le conseil logiciels libres', parent: 'À propos', order: 2, url: '/fr/mission/conseil-logiciels-libres/' },
      { source: 'fr/bluehats.md', key: 'BlueHats 🧢', order: 2, url: false as const },
      { source: 'fr/bluehats/index.njk', key: 'À propos', parent: 'BlueHats 🧢', order: 1, url: '/fr/bluehats/' },
    ],
  }
  const corpusPage = readFileSync(path.join(siteContentDir, 'fr/about/conseil-logiciels-libres.md'), 'utf8')
  const crumbs = (page: { fragment: string }) => all(one(page.fragment, 'fr-breadcrumb'), 'a').map((link) => [text(link), attr(link, 'href')])

  it('follows the navigation tree, not the page’s segments, as the site does: a key shared is its first entry, a page without URL links to "false"', () => {
    const { page } = render('fr/about/conseil-logiciels-libres.md', corpusPage, { url: '/fr/mission/conseil-logiciels-libres/', navigation })
    expect(crumbs(page)).toEqual([['Accueil', '/fr/'], ['BlueHats 🧢', 'false'], ['À propos', '/fr/bluehats/'], ['Le conseil logiciels libres', undefined]])
  })

  it('keeps the segments without navigation entries, and gives no crumb to a key outside the tree', () => {
    expect(crumbs(render('fr/about/conseil-logiciels-libres.md', corpusPage, { url: '/fr/mission/conseil-logiciels-libres/' }).page)).toEqual([['Accueil', '/fr/'], ['Mission', '/fr/mission/'], ['Le conseil logiciels libres', undefined]])
    const lost = corpusPage.replace('parent: À propos', 'parent: Nulle part')
    expect(crumbs(render('fr/about/conseil-logiciels-libres.md', lost, { url: '/fr/mission/conseil-logiciels-libres/', navigation: { fr: navigation.fr.filter((entry) => entry.key !== 'Le conseil logiciels libres') } }).page)).toEqual([['Accueil', '/fr/'], ['Le conseil logiciels libres', undefined]])
  })
})

describe('the BlueHats layouts (bluehats-post.njk, bluehats-webinar.njk)', () => {
  it('gives a gazette its folder’s lead and tag, linked to the BlueHats tag pages', () => {
    const { page } = render('fr/bluehats/gazettes/bluehats_1.md', '---\ntitle: Gazette BlueHats 🧢 n°1\ndate: 2019-04-01\n---\n\n## Le hackathon\n\nTexte.\n', { url: '/fr/bluehats/bluehats_1/' })
    expect(text(one(page.fragment, 'fr-text--lead'))).toBe('Un condensé des dernières actualités BlueHats.')
    expect(all(one(page.fragment, 'fr-tags-group'), 'a').map((tag) => [text(tag), attr(tag, 'href')])).toEqual([['gazette', '/fr/bluehats/tags/gazette/']])
    expect(text(all(page.fragment, 'time')[0] as HtmlElement)).toBe('01 avril 2019')
  })

  it('lays a webinar out without a date line, the video after the text', () => {
    const markdown = '---\ntitle: AboutCode\ndate: 2024-11-08\ndescription: Le wébinaire présentera AboutCode\nvideo:\n  src: https://tube.numerique.gouv.fr/videos/embed/182f\n  title: AboutCode\n---\n\n- Date : 8 novembre 2024\n'
    const { page } = render('fr/bluehats/webinaires/aboutcode.md', markdown, { url: '/fr/bluehats/aboutcode/' })
    const column = one(page.fragment, 'fr-col-md-8')
    expect(all(column, 'time')).toEqual([])
    expect(all(column, 'a').filter((link) => classes(link).includes('fr-tag')).map((tag) => text(tag))).toEqual(['webinaire'])
    const order = all(column).filter((element) => ['h1', 'ul', 'figure'].includes(element.tagName) || classes(element).includes('fr-text--lead')).map((element) => element.tagName)
    // Tags, title, share, lead, the text's list, the video.
    expect(order).toEqual(['ul', 'h1', 'ul', 'p', 'ul', 'figure'])
  })
})

describe('the chrome of a language', () => {
  it('gives the English pages their menu and English labels, the rest of the site’s chrome kept', () => {
    const site = { ...SITE, languages: { en: { navigation: [{ text: 'Home', href: '/en/' }] } } }
    const { page } = render('en/about/index.md', '---\ntitle: About\n---\n\nText.\n', { url: '/en/mission/', site })
    const nav = all(page.html, 'nav').find((element) => classes(element).includes('fr-nav')) as HtmlElement
    expect([attr(nav, 'aria-label'), hrefs(nav)]).toEqual(['Main menu', ['/en/']])
    expect(attr(one(page.html, 'fr-header__service').childNodes[0] as HtmlElement, 'href')).toBe('/en/')
    expect(text(one(page.html, 'fr-header__service-title'))).toBe(SITE.name)
    expect(text(all(one(page.html, 'fr-footer__bottom-list'), 'a')[0] as HtmlElement)).toBe('Accessibility : Partially compliant')
    const { page: french } = render('fr/x.md', '---\ntitle: X\n---\n\nTexte.\n', { site })
    expect(hrefs(all(french.html, 'nav').find((element) => classes(element).includes('fr-nav')) as HtmlElement)).toEqual(['/fr/', '/fr/mission/', '/fr/mission/offre-de-services/'])
  })
})

describe('the chrome without configuration', () => {
  it('stays the minimal one: service name, the State’s links, no menu, no dialog', () => {
    const parsed = parseOffer(new VFile({ path: 'fr/x.md', value: '---\ntitle: X\n---\n\nTexte.\n' }))
    const page = renderOffer(parsed, { url: '/fr/x/' })
    const document = parseDocument(page.html)
    expect(attr(all(document, 'html')[0] as HtmlElement, 'data-fr-scheme')).toBeUndefined()
    expect(all(document, 'dialog')).toEqual([])
    expect(all(document, 'nav').map((nav) => classes(nav))).not.toContainEqual(['fr-nav'])
    expect(text(one(page.html, 'fr-header__service-title'))).toBe('code.gouv.fr')
    expect(all(one(page.html, 'fr-footer__bottom-list'), 'a').map((link) => text(link))).toEqual(['Accessibilité : non conforme', 'Mentions légales', 'Données personnelles'])
    expect(one(page.fragment, 'fr-background-alt--blue-cumulus')).toBeDefined()
  })

  it('names a configured site without a name code.gouv.fr, or RenderOptions.siteName', () => {
    const parsed = parseOffer(new VFile({ path: 'fr/x.md', value: '---\ntitle: X\n---\n\nTexte.\n' }))
    const named = (options: Parameters<typeof renderOffer>[1]) => text(one(renderOffer(parsed, options).html, 'fr-header__service-title'))
    expect(named({ url: '/fr/x/', site: { tagline: 'Un site' } })).toBe('code.gouv.fr')
    expect(named({ url: '/fr/x/', site: { tagline: 'Un site' }, siteName: 'Mon site' })).toBe('Mon site')
    expect(named({ url: '/fr/x/', siteName: 'Mon site' })).toBe('Mon site')
  })

  it('keeps the content’s ids off the chrome’s', () => {
    const { page, file } = render('fr/x.md', '---\ntitle: X\n---\n\n<p id="fr-theme-modal">a</p>\n')
    expect(all(page.html).filter((element) => attr(element, 'id') === 'fr-theme-modal').map((element) => element.tagName)).toEqual(['dialog'])
    expect(file.messages.map((message) => message.ruleId)).toContain('renamed-id')
  })
})
