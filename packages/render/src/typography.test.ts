import { describe, expect, it } from 'vitest'
import { all, renderMarkdown, text } from './testing.js'
import { frenchSpacing } from './typography.js'

const NARROW = '\u202f'
const NBSP = '\u00a0'

describe('frenchSpacing', () => {
  it('puts a narrow no-break space before ? ! ; and a no-break space before : and inside « »', () => {
    expect(frenchSpacing('Vraiment ? Oui ! Bien ; enfin : « fin »')).toBe(
      `Vraiment${NARROW}? Oui${NARROW}! Bien${NARROW}; enfin${NBSP}: «${NBSP}fin${NBSP}»`,
    )
  })

  it('keeps a number and its unit together, and inserts no space', () => {
    expect(frenchSpacing('100 % dédiée, 12,5\u00a0% des agents, 100% libre, le % restant')).toBe(`100${NARROW}% dédiée, 12,5${NARROW}% des agents, 100% libre, le % restant`)
    expect(frenchSpacing('10 000 € puis 30 min, 7,5 Mo, 2 Mots, 3 minutes')).toBe(`10${NARROW}000${NARROW}€ puis 30${NARROW}min, 7,5${NARROW}Mo, 2 Mots, 3 minutes`)
    expect(frenchSpacing('1 000 000 agents, en 2023 2024, le 12 mai, 3,5 123')).toBe(`1${NARROW}000${NARROW}000 agents, en 2023 2024, le 12 mai, 3,5 123`)
  })

  it('replaces only a space that is there, and fixes the wrong no-break space', () => {
    expect(frenchSpacing('Quoi? 10:30, a:hover, x;y')).toBe('Quoi? 10:30, a:hover, x;y')
    expect(frenchSpacing(`Quoi${NBSP}? Deux  :`)).toBe(`Quoi${NARROW}? Deux${NBSP}:`)
  })

  it('leaves URLs and e-mail addresses written in the text alone', () => {
    expect(frenchSpacing('Voir https://x.fr/a?b=1;c=2 ou http://y.fr/p !')).toBe(`Voir https://x.fr/a?b=1;c=2 ou http://y.fr/p${NARROW}!`)
    expect(frenchSpacing('Écrire à a.b@code.gouv.fr ?')).toBe(`Écrire à a.b@code.gouv.fr${NARROW}?`)
  })
})

describe('typography at render time', () => {
  const markdown = '---\ntitle: Titre ?\n---\n\nUne question ? Le `code ?` reste, le [lien ?](https://x.fr/?q=a;b) aussi.\n\n```\nbloc : intact ?\n```\n'

  it('applies to the text of the page, not to code, URLs or the source', () => {
    const { page, parsed } = renderMarkdown(markdown)
    const paragraph = all(page.fragment, 'p')[0]
    expect(paragraph && text(paragraph)).toBe(`Une question${NARROW}? Le code ? reste, le lien${NARROW}? aussi.`)
    expect(text(all(page.fragment, 'pre')[0] as never)).toBe('bloc : intact ?\n')
    expect(text(all(page.fragment, 'h1')[0] as never)).toBe(`Titre${NARROW}?`)
    expect(page.fragment).toContain('href="https://x.fr/?q=a;b"')
    expect(String(parsed.file.value)).toBe(markdown)
    expect(parsed.offer.frontMatter.data.title).toBe('Titre ?')
  })

  it('leaves English pages as written', () => {
    const { page } = renderMarkdown('---\ntitle: Why ?\n---\n\nReally ?\n', { url: '/en/page/' })
    expect(text(all(page.fragment, 'p')[0] as never)).toBe('Really ?')
  })
})
