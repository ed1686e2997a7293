import { describe, expect, it } from 'vitest'
import { all, attr, classes, renderMarkdown, text, type HtmlElement } from '../testing.js'

const page = (body: string) => renderMarkdown(`---\ntitle: T\n---\n\n${body}\n`)
const body = (fragment: string) => all(fragment).find((element) => classes(element).includes('fr-col-12')) as HtmlElement
const shape = (element: HtmlElement): string =>
  `${element.tagName}${classes(element).map((name) => `.${name}`).join('')}(${all(element)
    .filter((child) => child.parentNode === element)
    .map(shape)
    .join(' ')})`

describe(':::callout and :::quote', () => {
  it('renders a one-paragraph callout with its inline HTML, as on en/lasuite', () => {
    const { page: rendered } = page(':::callout\nNews?\n<a href="mailto:a@b.fr">Write!</a>\n:::')
    expect(shape(body(rendered.fragment))).toBe('div.fr-col-12(div.fr-callout(div.fr-callout__text(p(a()))))')
    expect(text(body(rendered.fragment)).trim()).toBe('News?\nWrite!')
  })

  it('keeps blank lines, lists and a closing line glued to the last item inside the block', () => {
    const { page: rendered, parsed } = page(':::callout\nUn.\n\nDeux.\n\n- trois\n:::\n\nAprès.')
    expect(shape(body(rendered.fragment))).toBe('div.fr-col-12(div.fr-callout(div.fr-callout__text(p() p() ul(li()))) p())')
    expect(rendered.fragment).not.toContain(':::')
    expect(parsed.file.messages).toEqual([])
  })

  it('gives a callout the title written after its name, as plain text in h3.fr-callout__title', () => {
    const { page: rendered } = page(':::callout À *savoir*\nTexte.\n:::')
    expect(shape(body(rendered.fragment))).toBe('div.fr-col-12(div.fr-callout(h3.fr-callout__title() div.fr-callout__text(p())))')
    const title = all(rendered.fragment, 'h3')[0] as HtmlElement
    expect([text(title), attr(title, 'id'), all(title, 'a')]).toEqual(['À *savoir*', undefined, []])
  })

  it('renders a quote as a DSFR figure, with the portrait given after the name, then a line break', () => {
    const { page: rendered } = page(':::quote /img/portrait.jpg\n« Citation. »\n:::\n\n:::quote\nSans image.\n:::')
    expect(shape(body(rendered.fragment))).toBe(
      'div.fr-col-12(figure.fr-quote.fr-quote--column(blockquote(p()) figcaption(div.fr-quote__image(img.fr-responsive-img()))) br() figure.fr-quote.fr-quote--column(blockquote(p())) br())',
    )
    const image = all(rendered.fragment, 'img')[0] as HtmlElement
    expect([attr(image, 'src'), attr(image, 'alt')]).toEqual(['/img/portrait.jpg', ''])
  })

  it('nests blocks, and warns about a block never closed', () => {
    const nested = page(':::quote\nDehors.\n\n:::callout\nDedans.\n:::\n\nEncore.\n:::').page
    expect(shape(body(nested.fragment))).toBe('div.fr-col-12(figure.fr-quote.fr-quote--column(blockquote(p() div.fr-callout(div.fr-callout__text(p())) p())) br())')
    const { page: open, parsed } = page('Avant.\n\n:::callout\nJamais fermé.')
    expect(shape(body(open.fragment))).toBe('div.fr-col-12(p() div.fr-callout(div.fr-callout__text(p())))')
    expect(parsed.file.messages.map((message) => [message.line, message.ruleId, message.fatal])).toEqual([[7, 'unclosed-container', false]])
  })

  it('leaves unknown names as text, as markdown-it-container does', () => {
    expect(text(body(page(':::note\nx\n:::').page.fragment)).trim()).toBe(':::note\nx\n:::')
  })
})

describe('{.class} attribute blocks', () => {
  it('puts the fr-* classes on the link and removes the braces', () => {
    const { page: rendered } = page('[Voir](/fr/x/){.fr-link .fr-icon-arrow-right-line .evil #ancre title="x"} et <https://y.fr>{.fr-link}.')
    const links = all(rendered.fragment, 'a').filter((link) => attr(link, 'href') === '/fr/x/' || attr(link, 'href') === 'https://y.fr')
    expect(links.map((link) => [classes(link), attr(link, 'id'), attr(link, 'title')])).toEqual([
      [['fr-link', 'fr-icon-arrow-right-line'], 'ancre', undefined],
      [['fr-link'], undefined, undefined],
    ])
    expect(text(body(rendered.fragment)).trim()).toBe('Voir et https://y.fr.')
  })

  it('applies a block at the end of a paragraph or heading to it, keeping the model’s heading id', () => {
    const { page: rendered, parsed } = page('## Titre {.fr-h4}\n\nTexte fin {.fr-text--sm}')
    const heading = all(rendered.fragment, 'h2')[0] as HtmlElement
    expect([text(heading), classes(heading), attr(heading, 'id')]).toEqual(['Titre #', ['fr-h4'], parsed.offer.sections[0]?.id])
    expect(classes(all(body(rendered.fragment), 'p')[0] as HtmlElement)).toEqual(['fr-text--sm'])
  })
})

describe('Nunjucks shortcodes', () => {
  it('turns a shortcode standing alone into a DSFR alert, with a warning at its line', () => {
    const { page: rendered, parsed } = page('Avant.\n\n{% imageContent "./x.png", "Capture d\'écran" %}\n{% imageContent "./y.png", "Autre" %}')
    const alerts = all(rendered.fragment).filter((element) => classes(element).includes('fr-alert'))
    expect(alerts.map((alert) => text(alert))).toEqual(['Contenu non rendu\u00a0: imageContent', 'Contenu non rendu\u00a0: imageContent'])
    expect(parsed.file.messages.map((message) => [message.line, message.ruleId, message.fatal, message.actual?.slice(0, 16)])).toEqual([
      [7, 'unrendered-shortcode', false, '{% imageContent '],
      [7, 'unrendered-shortcode', false, '{% imageContent '],
    ])
  })

  it('uses an inline badge inside a sentence, drops comments, leaves code alone', () => {
    const { page: rendered } = page('Voir {{ page.url }} ici{# note #}.\n\n`{% raw %}`\n\n<div>{% include "x.njk" %}</div>')
    const badges = all(rendered.fragment).filter((element) => classes(element).includes('fr-badge'))
    expect(badges.map((badge) => text(badge))).toEqual(['Contenu non rendu\u00a0: {{ page.url }}', 'Contenu non rendu\u00a0: include'])
    expect(text(body(rendered.fragment))).not.toMatch(/\{#|#\}|\{%-? (?!raw)/)
    expect(text(all(rendered.fragment, 'code')[0] as HtmlElement)).toBe('{% raw %}')
  })

  it('stays fast on hostile text: many shortcodes, and openings never closed', { timeout: 20_000 }, () => {
    const { page: rendered, parsed } = page(`${'{% a %} '.repeat(3000)}fin.\n\n${'{%{{{#'.repeat(20000)}`)
    expect(all(rendered.fragment).filter((element) => classes(element).includes('fr-badge'))).toHaveLength(3000)
    expect(parsed.file.messages).toHaveLength(3000)
  })
})
