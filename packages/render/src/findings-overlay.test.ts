import { readFileSync } from 'node:fs'
import { seedPath } from '@offre/fixtures'
import { describe, expect, it } from 'vitest'
import { renderPage } from './artifacts.js'
import type { FindingsOverlay, OverlayFinding } from './findings-overlay.js'

const seed = readFileSync(seedPath, 'utf8')
const PAGE = 'fr/mission/offre-de-services.md'

function finding(id: number, line: number, column: number, endLine: number, endColumn: number, message = `finding ${id}`): OverlayFinding {
  return { id, severity: 'error', line, column, endLine, endColumn, message }
}

function position(text: string, needle: string): [number, number, number, number] {
  const index = text.indexOf(needle)
  if (index < 0) throw new Error(`${needle} not found`)
  const before = text.slice(0, index).split('\n')
  const line = before.length
  const column = (before.at(-1) as string).length + 1
  return [line, column, line, column + needle.length]
}

function render(value: string, findings: OverlayFinding[]): { html: string; overlay: FindingsOverlay } {
  const overlay: FindingsOverlay = { findings }
  const html = renderPage({ path: PAGE, value }, { findings: overlay }).html ?? ''
  return { html, overlay }
}

describe('findings overlay', () => {
  it('marks the text a finding covers, also on a page with raw HTML (the seed has <br/>)', () => {
    const { html, overlay } = render(seed, [finding(1, ...position(seed, 'logciel'), 'faute : <b>logciel</b>')])
    expect(html).toMatch(/<mark class="offre-finding offre-finding--error" data-offre-finding="1" title="1. faute : <b>logciel<\/b>">logciel<\/mark>/)
    // The message is an attribute value, never markup.
    expect(html).not.toContain('<b>logciel</b></mark>')
    expect([...(overlay.marked ?? [])]).toEqual([1])
  })

  it('marks inline code whole, and overlapping findings with both numbers', () => {
    const code = position(seed, '`contact@code.gouv.fr`')
    const [line, column] = position(seed, 'Existe-il')
    const { html } = render(seed, [finding(1, ...code), finding(2, line, column, line, column + 9), finding(3, line, column + 7, line, column + 9)])
    expect(html).toContain('<mark class="offre-finding offre-finding--error" data-offre-finding="1" title="1. finding 1"><code>contact@code.gouv.fr</code></mark>')
    expect(html).toMatch(/data-offre-finding="2"[^>]*>Existe-<\/mark><mark[^>]*data-offre-finding="2 3"[^>]*>il<\/mark>/)
  })

  it('marks a link’s text for a finding on its address', () => {
    const [line, column] = position(seed, '/fr/doc/sill/')
    const { html, overlay } = render(seed, [finding(1, line, column, line, column + 13)])
    expect(html).toMatch(/<a href="\/fr\/doc\/sill\/"><mark class="offre-finding offre-finding--error" data-offre-finding="1" title="1. finding 1">[^<]+<\/mark><\/a>/)
    expect([...(overlay.marked ?? [])]).toEqual([1])
  })

  it('does not mark the front matter nor raw HTML: those findings stay unmarked', () => {
    const br = position(seed, '<br/>')
    const { html, overlay } = render(seed, [finding(1, 2, 1, 2, 10), finding(2, ...br)])
    expect(html).not.toContain('<mark')
    expect(overlay.marked?.size).toBe(0)
  })

  it('changes nothing without an overlay', () => {
    expect(renderPage({ path: PAGE, value: seed }, { findings: { findings: [] } }).html).toBe(renderPage({ path: PAGE, value: seed }).html)
  })

  it('goes through the sanitizer: page content cannot forge attributes or scripts with the overlay on', () => {
    const page = `${seed}\n\n<mark class="offre-finding" data-offre-finding="1" onclick="alert(1)" style="color:red">x</mark><script>alert(1)</script>\n`
    const { html } = render(page, [finding(9, ...position(page, 'logciel'))])
    expect(html).not.toMatch(/onclick|alert\(1\)|style="color/)
    expect(html).toContain('data-offre-finding="9"')
  })
})

describe('findings overlay on the real pages', () => {
  // French spacing included: the renderer spaces each text node alone, and a mark cuts text nodes.
  it('changes nothing but the marks: the page without them is the page rendered without overlay', async () => {
    const { sitePages, siteContentDir } = await import('@offre/fixtures')
    const path = await import('node:path')
    const differ: string[] = []
    let marks = 0
    // One page in four (the renderer's corpus test renders them all): marks on every word cost time.
    for (const file of (sitePages() as string[]).filter((_, index) => index % 4 === 0)) {
      const value = readFileSync(file, 'utf8')
      const source = path.relative(siteContentDir as string, file).split(path.sep).join('/')
      // A finding on every third word of every line: starts and ends inside text, code, links, emphasis…
      const findings: OverlayFinding[] = []
      value.split('\n').forEach((text, index) => {
        for (const match of text.matchAll(/\S+/g)) {
          if (findings.length % 3 === 0) findings.push(finding(findings.length + 1, index + 1, (match.index ?? 0) + 1, index + 1, (match.index ?? 0) + 1 + match[0].length))
          else findings.push(finding(findings.length + 1, index + 1, 1, index + 1, 1))
        }
      })
      const overlay: FindingsOverlay = { findings }
      const plain = renderPage({ path: source, value }).html
      const marked = renderPage({ path: source, value }, { findings: overlay }).html
      if (plain === undefined) continue
      marks += overlay.marked?.size ?? 0
      const unmarked = (marked ?? '').replace(/<mark class="offre-finding[^>]*>|<\/mark>/g, '')
      if (unmarked !== plain) {
        let at = 0
        while (at < plain.length && plain[at] === unmarked[at]) at++
        differ.push(`${source}: ${JSON.stringify(plain.slice(at - 30, at + 30))} became ${JSON.stringify(unmarked.slice(at - 30, at + 30))}`)
      }
    }
    expect(marks).toBeGreaterThan(500)
    expect(differ).toEqual([])
  })
})
