import { describe, expect, it } from 'vitest'
import { classifyLink } from './links.js'

describe('classifyLink', () => {
  it.each([
    ['/fr/doc/sill/', { kind: 'internal', path: '/fr/doc/sill/' }],
    ['/fr/doc/sill/?a=1#x', { kind: 'internal', path: '/fr/doc/sill/' }],
    ['https://code.gouv.fr/guides/ospo', { kind: 'internal', path: '/guides/ospo' }],
    ['https://code.gouv.fr', { kind: 'internal', path: '/' }],
    ['https://code.gouv.fr#top', { kind: 'internal', path: '/' }],
    ['https://code.gouv.fr.evil.example/x', { kind: 'external' }],
    ['https://www.data.gouv.fr/fr/', { kind: 'external' }],
    ['mailto:contact@code.gouv.fr', { kind: 'mailto' }],
    ['MAILTO:contact@code.gouv.fr', { kind: 'mailto' }],
    ['tel:+33100000000', { kind: 'other' }],
    ['#questions', { kind: 'internal' }],
    ['relative/page/', { kind: 'internal' }],
  ])('%s', (url, expected) => {
    expect(classifyLink(url)).toEqual(expected)
  })
})
