import { describe, expect, it } from 'vitest'
import { defaultPageUrl, normalizeUrl, outputPath, relativeRoot } from './url.js'

describe('defaultPageUrl', () => {
  it('follows the path, index.md standing for its folder', () => {
    expect(defaultPageUrl({ path: 'fr/mission/offre-de-services.md', data: {} })).toBe('/fr/mission/offre-de-services/')
    expect(defaultPageUrl({ path: 'fr/blog/posts/x/index.md', data: {} })).toBe('/fr/blog/posts/x/')
    expect(defaultPageUrl({ path: 'index.md', data: {} })).toBe('/index/')
  })

  it('takes the permalink first; false means not published', () => {
    expect(defaultPageUrl({ path: 'fr/about/index.md', data: { permalink: '/fr/mission/' } })).toBe('/fr/mission/')
    expect(defaultPageUrl({ path: 'fr/about.md', data: { permalink: false } })).toBe(false)
  })
})

describe('normalizeUrl', () => {
  it('gives the folder form', () => {
    expect(normalizeUrl('/fr/mission')).toBe('/fr/mission/')
    expect(normalizeUrl('/fr//mission/index.html')).toBe('/fr/mission/')
    expect(normalizeUrl('/')).toBe('/')
    expect(normalizeUrl('/fr/café/')).toBe('/fr/café/')
  })

  it.each([
    ['fr/x/', 'commence par `/`'],
    ['//evil.example/', 'commence par `/`'],
    ['https://evil.example/', 'commence par `/`'],
    ['/fr/../../etc/', '`..`'],
    ['/fr/./x/', '`.`'],
    ['/fr/.git/', 'caché'],
    ['/fr\\..\\x/', 'interdits'],
    ['/fr/%2e%2e/', 'interdits'],
    ['/fr/x?y/', 'interdits'],
    ['/fr/a\u0000b/', 'interdits'],
    ['/dsfr/x/', 'réservé'],
    ['/manifest.json/', 'réservé'],
    [`/${'a'.repeat(201)}/`, '200 octets'],
  ])('refuses %j, which could write outside its folder or over the build', (url, reason) => {
    expect(() => normalizeUrl(url)).toThrow(reason)
  })
})

describe('output paths', () => {
  it('places files under the URL and finds the way back to the root', () => {
    expect(outputPath('/fr/mission/offre-de-services/', 'index.html')).toBe('fr/mission/offre-de-services/index.html')
    expect(outputPath('/', 'index.json')).toBe('index.json')
    expect(relativeRoot('/fr/mission/offre-de-services/')).toBe('../../../')
    expect(relativeRoot('/')).toBe('./')
  })
})
