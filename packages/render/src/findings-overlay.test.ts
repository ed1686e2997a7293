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
