import { parseOffer } from '@offre/model'
import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { unlinkAutolinkLiterals } from './autolinks.js'
import { all, attr, renderMarkdown, text } from './testing.js'

const SENTENCE = 'Voir https://code.gouv.fr/x, www.sill.fr ou contact@code.gouv.fr ; <https://a.fr>, <b@c.fr> et [le site](https://d.fr).'

function unlinked(markdown: string): Root {
  const { tree, file } = parseOffer(new VFile({ path: 'x.md', value: markdown }))
  const copy = structuredClone(tree)
  unlinkAutolinkLiterals(copy, String(file.value))
  return copy
}

describe('autolink literals', () => {
  it('turns bare URLs, www. hosts and e-mail addresses back into text, keeping <…> autolinks and links', () => {
    const paragraph = unlinked(`${SENTENCE}\n`).children[0]
    expect(paragraph?.type === 'paragraph' && paragraph.children.map((child) => child.type)).toEqual(['text', 'link', 'text', 'link', 'text', 'link', 'text'])
    expect(paragraph?.type === 'paragraph' && paragraph.children[0]).toMatchObject({ value: 'Voir https://code.gouv.fr/x, www.sill.fr ou contact@code.gouv.fr ; ' })
  })

  it('gives the merged text the span of its parts, so findings still land on it', () => {
    const source = 'Écrire à contact@code.gouv.fr.\n'
    const paragraph = unlinked(source).children[0]
    const merged = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
    expect(merged?.type === 'text' && [merged.value, merged.position?.start.offset, merged.position?.end.offset]).toEqual([source.trimEnd(), 0, source.length - 1])
  })

  it('leaves a link as text inside emphasis, a heading or a list, and the broken sugarlabs one', () => {
    const tree = unlinked('## Sur https://x.fr\n\n- *www.y.fr*\n\nmembre de https://sugarlabs.orgSugarLabs> et\n')
    const links: string[] = []
    const visit = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'link') links.push('link')
      for (const child of (node.children ?? []) as { type: string }[]) visit(child)
    }
    visit(tree)
    expect(links).toEqual([])
  })
})

describe('the renderer', () => {
  it('writes no bare URL as a link by default, as the site', () => {
    const { page } = renderMarkdown(`---\ntitle: T\n---\n\n${SENTENCE}\n`)
    expect(all(page.fragment, 'a').map((link) => [attr(link, 'href'), text(link)])).toEqual([
      ['https://a.fr', 'https://a.fr'],
      ['mailto:b@c.fr', 'b@c.fr'],
      ['https://d.fr', 'le site'],
    ])
  })

  it('keeps a shortcode holding a URL whole, so it is found and reported once', () => {
    const { page, parsed } = renderMarkdown('---\ntitle: T\n---\n\nVoir {% link "https://a.fr/x", "texte" %} ici.\n')
    expect(parsed.file.messages.map((message) => [message.ruleId, message.actual])).toEqual([['unrendered-shortcode', '{% link "https://a.fr/x", "texte" %}']])
    expect(all(page.fragment, 'a')).toEqual([])
  })

  it('links them with autolinks: true, as GFM does', () => {
    const { page } = renderMarkdown(`---\ntitle: T\n---\n\n${SENTENCE}\n`, { autolinks: true })
    expect(all(page.fragment, 'a').map((link) => attr(link, 'href'))).toEqual(
      expect.arrayContaining(['https://code.gouv.fr/x', 'http://www.sill.fr', 'mailto:contact@code.gouv.fr', 'https://a.fr', 'mailto:b@c.fr', 'https://d.fr']),
    )
  })
})
