import { describe, expect, it } from 'vitest'
import { asciiHost } from './hosts.js'
import { all, attr, renderMarkdown } from './testing.js'

describe('asciiHost', () => {
  it.each([
    ['https://café.fr/menu', 'https://xn--caf-dma.fr/menu'],
    ['http://user@bücher.example:8080/é?q=é#é', 'http://user@xn--bcher-kva.example:8080/é?q=é#é'],
    ['//exposé.gouv.fr', '//xn--expos-fsa.gouv.fr'],
    ['mailto:contact@café.fr?subject=Thé', 'mailto:contact@xn--caf-dma.fr?subject=Thé'],
    ['mailto:a@été.fr,b@x.fr', 'mailto:a@xn--t-9fab.fr,b@x.fr'],
  ])('punycodes the host of %j, and only the host', (url, expected) => {
    expect(asciiHost(url)).toBe(expected)
  })

  it.each([
    'https://code.gouv.fr/fr/café/',
    '/fr/café/',
    './été.png',
    'ftp://café.fr/',
    'https://exa mple.fr/',
    'https://[é]/',
    'https://%C3%A9t%C3%A9.fr/',
  ])('leaves %j as it is: ASCII host, no host, another scheme, or a host the URL parser rejects', (url) => {
    expect(asciiHost(url)).toBe(url)
  })
})

describe('the renderer', () => {
  it('writes punycode hosts in links, angle autolinks, references and images, the rest percent-encoded', () => {
    const { page } = renderMarkdown('---\ntitle: T\n---\n\n[a](https://café.fr/thé) <https://été.fr> [b][ref] ![c](https://exposé.fr/é.png)\n\n[ref]: https://bücher.example/\n')
    expect(all(page.fragment, 'a').map((link) => attr(link, 'href'))).toEqual(['https://xn--caf-dma.fr/th%C3%A9', 'https://xn--t-9fab.fr', 'https://xn--bcher-kva.example/'])
    expect(all(page.fragment, 'img').map((image) => attr(image, 'src'))).toEqual(['https://xn--expos-fsa.fr/%C3%A9.png'])
  })
})
