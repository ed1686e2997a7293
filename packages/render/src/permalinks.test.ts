import { describe, expect, it } from 'vitest'
import { all, attr, classes, renderMarkdown, text, type HtmlElement } from './testing.js'

const headings = (fragment: string) => all(fragment).filter((element) => /^h[1-6]$/.test(element.tagName) && attr(element, 'id') !== undefined)

describe('heading permalinks', () => {
  it('writes markdown-it-anchor’s markup for H1 to H4, with the model’s ids', () => {
    const { page, parsed } = renderMarkdown('---\ntitle: T\n---\n\n## Qui sommes-nous ?\n\n### Nos *missions*\n\n#### Détail\n\n##### Plus bas\n')
    const [h2, h3, h4, h5] = headings(page.fragment) as HtmlElement[]
    expect(page.fragment).toContain(`<h2 id="${parsed.offer.sections[0]?.id}" tabindex="-1">Qui sommes-nous\u202f? <a class="header-anchor" href="#${parsed.offer.sections[0]?.id}">#</a></h2>`)
    expect([h3, h4].map((heading) => [attr(heading as HtmlElement, 'tabindex'), text(heading as HtmlElement)])).toEqual([['-1', 'Nos missions #'], ['-1', 'Détail #']])
    // As on the site (`level: [1, 2, 3, 4]`): H5 and H6 keep their id, without link or tabindex.
    expect([attr(h5 as HtmlElement, 'tabindex'), all(h5 as HtmlElement, 'a'), text(h5 as HtmlElement)]).toEqual([undefined, [], 'Plus bas'])
    expect(JSON.stringify(JSON.parse(page.json))).not.toContain('#"')
    expect(parsed.offer.sections[0]?.title).toBe('Qui sommes-nous ?')
  })

  it('points at the id the heading ends with when a layout id forces a rename', () => {
    const { page } = renderMarkdown('---\ntitle: T\n---\n\n#### Contenu\n')
    const heading = headings(page.fragment)[0] as HtmlElement
    const link = all(heading, 'a')[0] as HtmlElement
    expect(attr(heading, 'id')).not.toBe('contenu')
    expect([classes(link), attr(link, 'href')]).toEqual([['header-anchor'], `#${attr(heading, 'id')}`])
  })

  it('gives none to headings written in raw HTML, and keeps no other tabindex', () => {
    const { page } = renderMarkdown('---\ntitle: T\n---\n\n<h2 id="brut">Brut</h2>\n\n<h3 tabindex="0">Zéro</h3>\n\n<p tabindex="-1">p</p>\n')
    expect(all(page.fragment, 'a').filter((link) => classes(link).includes('header-anchor'))).toEqual([])
    expect(all(page.fragment).filter((element) => attr(element, 'tabindex') !== undefined)).toEqual([])
  })
})
