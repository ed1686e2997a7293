import { readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { sitePages } from '@offre/fixtures'
import { frontMatterProse } from './front-matter-prose.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

function prose(markdown: string): { texts: string[]; source: string; ranges: ReturnType<typeof frontMatterProse> } {
  const file = new VFile({ path: 'fr/page.md', value: markdown })
  const tree = processor.parse(file) as Root
  const ranges = frontMatterProse(tree, file)
  return { texts: ranges.map((range) => range.text.trim()), source: markdown, ranges }
}

/** Every range is the source slice at its offset, with some characters blanked to spaces. */
function expectExactSlices(source: string, ranges: ReturnType<typeof frontMatterProse>): void {
  for (const { start, text } of ranges) {
    const slice = source.slice(start, start + text.length)
    expect(slice.length).toBe(text.length)
    for (let index = 0; index < text.length; index++) {
      if (text[index] !== ' ') expect(text[index], `${JSON.stringify(text)} at ${start}`).toBe(slice[index])
    }
  }
}

describe('frontMatterProse', () => {
  it('gives titles, descriptions and nested alt texts at their offsets in the YAML (real front matter)', () => {
    const page = `---
title: "Garagethon BlueHats 🧢 « Codons ! » des 9 et 10 janvier 2024"
date: 2024-01-09
description: "Compte-rendu du garagethon #BlueHats qui s’est déroulé les 9 et 10 janvier 2024"
image:
  path: ./bluehats_et_ada_zangemann.jpg
  alt: "Pour les participants, des chapeaux bleus et la BD Ada & Zangemann !"
tags: Garagethon
layout: layouts/post.njk
permalink: /fr/bluehats/codons-2024/
---

Texte.
`
    const { texts, ranges, source } = prose(page)
    expect(texts).toEqual([
      'Garagethon BlueHats 🧢 « Codons ! » des 9 et 10 janvier 2024',
      'Compte-rendu du garagethon #BlueHats qui s’est déroulé les 9 et 10 janvier 2024',
      'Pour les participants, des chapeaux bleus et la BD Ada & Zangemann !',
    ])
    expectExactSlices(source, ranges)
    expect(source.slice(ranges[0]?.start, (ranges[0]?.start ?? 0) + 10)).toBe('Garagethon')
  })

  it('reads titles in lists of objects, plain, single-quoted and block scalars', () => {
    const page = `---
title: Apprenez à contribuer
segments:
  - url: /bluehats/
    title: Les BlueHats
slides:
  - title: 'L''État et le libre'
    src: ./slide-1.png
summary: >-
  Un résumé plié
  sur deux lignes
lead: |
  Un chapeau
  littéral
---
`
    const { texts, ranges, source } = prose(page)
    expect(texts).toEqual(['Apprenez à contribuer', 'Les BlueHats', "L' État et le libre", 'Un résumé plié\n  sur deux lignes', 'Un chapeau\n  littéral'])
    expectExactSlices(source, ranges)
  })

  it('blanks the escapes of double-quoted values without moving the other characters', () => {
    const page = '---\ntitle: "Le \\"guide\\" de l\\u2019administration"\n---\n'
    const { ranges, source } = prose(page)
    expect(ranges).toHaveLength(1)
    expect(ranges[0]?.text).toBe('Le   guide   de l      administration')
    expectExactSlices(source, ranges)
  })

  it('blanks HTML tags in a value and keeps their text', () => {
    // The webinar pages of code.gouv.fr: `description: … de la <a href="https://www.economie.gouv.fr/dgfip" target="_blank">DGFiP</a>`.
    const page = '---\ndescription: Un webinaire de la <a href="https://www.economie.gouv.fr/dgfip" target="_blank">DGFiP</a> sur le libre<br/>.\n---\n'
    const { ranges, source, texts } = prose(page)
    expect(texts[0]?.replace(/ +/g, ' ')).toBe('Un webinaire de la DGFiP sur le libre .')
    expectExactSlices(source, ranges)
  })

  it('leaves out keys, paths, URLs, dates, slugs, layouts and tags', () => {
    const page = `---
title: https://code.gouv.fr/fr/
description: ./images/photo.png
alt: Voir https://code.gouv.fr/fr/ pour plus
date: 2024-01-09
permalink: /fr/page/
layout: layouts/post.njk
tags:
  - BlueHats
  - Logiciels libres
eleventyNavigation:
  key: Accueil
---
`
    const { texts, ranges, source } = prose(page)
    expect(texts).toEqual([`Voir ${' '.repeat('https://code.gouv.fr/fr/'.length)} pour plus`])
    expectExactSlices(source, ranges)
  })

  it('keeps exact offsets with CRLF line endings and gives nothing for invalid YAML', () => {
    const crlf = '---\r\ntitle: Un titre\r\ndescription: >\r\n  Une description\r\n---\r\n\r\nTexte.\r\n'
    const { ranges, source } = prose(crlf)
    expect(ranges.map((range) => range.text.trim())).toEqual(['Un titre', 'Une description'])
    expectExactSlices(source, ranges)
    expect(prose('---\ntitle: [unclosed\n---\n').ranges).toEqual([])
    expect(prose('# Pas de front matter\n').ranges).toEqual([])
  })

  it('gives exact slices on every real page, and the image alt texts of the site', () => {
    let alts = 0
    for (const path of sitePages()) {
      // The front matter alone (the body's markdown is not needed here, and slow to parse).
      const whole = readFileSync(path, 'utf8')
      const source = whole.slice(0, whole.search(/\n---\r?\n/) + 5)
      const { ranges } = prose(source)
      expectExactSlices(source, ranges)
      alts += ranges.filter((range) => /\balt:\s*["']?$/.test(source.slice(source.lastIndexOf('\n', range.start) + 1, range.start))).length
    }
    expect(alts).toBeGreaterThanOrEqual(30)
  })
})
