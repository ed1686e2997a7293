import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { all, attr, classes, parseDocument, renderMarkdown, runnable, text, type HtmlElement } from './testing.js'

const HOSTILE = String.raw`---
title: "Titre </script><script>alert(1)</script>"
description: '<img src=x onerror=alert(1)> <a href="javascript:alert(1)">lien</a> <b>gras</b>'
segments:
  - url: "javascript:alert(1)"
    title: Piège
  - url: " java\tscript:alert(2)"
    title: Piège 2
showBreadcrumb: true
video:
  src: https://evil.example/embed
  title: Vidéo
---

## Service </script><!-- x

Texte </script><script>alert(1)</script> et <!-- commentaire -->.

<script>alert(1)</script>

<img src=x onerror=alert(1)>

[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](data:text/html;base64,PHNjcmlwdD4=) ![i](data:image/png;base64,AAAA)
<a href="JaVaScRiPt:alert(1)">a</a> <a href="java&#x09;script:alert(1)">tab</a> <a href=" javascript:alert(1)">space</a>
<a href="vbscript:msgbox(1)">vb</a> <a href="#x" onmouseover="alert(1)">hover</a>

<iframe src="https://evil.example"></iframe>
<iframe src="javascript:alert(1)"></iframe>
<iframe srcdoc="<script>alert(1)</script>" src="https://tube.numerique.gouv.fr.evil.example/x"></iframe>
<svg onload=alert(1)><script>alert(1)</script></svg>
<img src="data:image/svg+xml,<svg onload=alert(1)>">
<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">b</button></form>
<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">
<div style="background:url(javascript:alert(1))" onclick="alert(1)">div</div>
<meta http-equiv="refresh" content="0;url=javascript:alert(1)">
<base href="javascript:alert(1)//">
<p id="contenu">clobber</p>
<img name="getElementById" src="/a.png" alt="">
<details open ontoggle=alert(1)>x</details>
<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>
<template><script>alert(1)</script></template>
<style>@import 'javascript:alert(1)'</style>
<picture><source srcset="javascript:alert(1)"><img src="/b.png" alt=""></picture>

Les questions courantes sont :

- Une question </script><script>alert(1)</script> ? (Réponse : <!-- </script> -->)
- Et ${'\u2028'} </SCRIPT > <!-- ?

<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
`

describe('the runnable-content check', () => {
  it('finds what it looks for', () => {
    const bad = '<!doctype html><script>x</script><a href=" JaVa\tScript:x" onclick="y">a</a><img src="data:x"><iframe src="https://evil.example"></iframe>'
    expect(runnable(bad)).toEqual(['script x', 'a[href= JaVa\tScript:x]', 'a[onclick]', 'img[src=data:x]', 'iframe'])
  })
})

describe('sanitizing a hostile page', () => {
  const { page, parsed } = renderMarkdown(HOSTILE, { url: '/fr/piege/' })

  it('leaves nothing that runs: scripts, handlers, script URLs, foreign frames', () => {
    expect(runnable(page.html)).toEqual([])
    expect(runnable(`<!doctype html><body>${page.fragment}`)).toEqual([])
  })

  it('keeps the JSON-LD inside its script, readable and equal to the data', () => {
    const scripts = all(parseDocument(page.html), 'script').filter((element) => attr(element, 'type') === 'application/ld+json')
    expect(scripts).toHaveLength(1)
    const source = text(scripts[0] as HtmlElement)
    expect(source).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(source)).toEqual(page.jsonLd)
    const faq = (page.jsonLd?.['@graph'] as { '@type': string; mainEntity?: { name: string }[] }[]).find((node) => node['@type'] === 'FAQPage')
    expect(faq?.mainEntity?.[0]?.name).toBe('Une question </script><script>alert(1)</script> ?')
  })

  it('keeps the text readers should see, and the layout ids unique', () => {
    expect(page.html).toContain('Titre &#x3C;/script>&#x3C;script>alert(1)&#x3C;/script>')
    const ids = all(parseDocument(page.html)).map((element) => attr(element, 'id')).filter((id) => id !== undefined)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toContain('contenu-1')
    const lead = all(page.fragment).find((element) => classes(element).includes('fr-text--lead'))
    // The description is text, as on the site: its tags show as written and none is an element.
    expect(lead && all(lead)).toEqual([])
    expect(lead && text(lead)).toContain('<img src=x onerror=alert(1)>')
    expect(all(page.fragment, 'a').filter((element) => text(element).startsWith('Piège')).map((element) => attr(element, 'href'))).toEqual([undefined, undefined])
  })

  it('tells the editor which frames and media were removed', () => {
    const rules = parsed.file.messages.map((message) => message.ruleId)
    expect(rules.filter((rule) => rule === 'blocked-iframe')).toHaveLength(3)
    expect(rules).toContain('blocked-media')
    expect(rules).toContain('renamed-id')
  })

  it('holds for any mix of hostile snippets and markdown (property)', () => {
    const snippets = HOSTILE.split('\n').slice(12).filter((line) => line.trim() !== '')
    const markdown = fc.array(fc.oneof(fc.constantFrom(...snippets, '', '> ', '- ', '## ', ':::callout', ':::', '{.fr-link}', '`', '<div>', '</div>', '<a href="'), fc.string()), { maxLength: 25 })
    fc.assert(
      fc.property(markdown, fc.constantFrom('\n', '\n\n', ' '), (parts, separator) => {
        const { page: rendered } = renderMarkdown(`---\ntitle: T\n---\n\n${parts.join(separator)}\n`)
        expect(runnable(rendered.html)).toEqual([])
      }),
      { numRuns: 150 },
    )
  })
})
