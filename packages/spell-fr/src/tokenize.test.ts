import { describe, expect, it } from 'vitest'
import { words } from './tokenize.js'

describe('words', () => {
  it('keeps elisions, inner apostrophes and hyphens inside words', () => {
    const text = 'L’API existe-t-il aujourd\'hui ? Oui, l’œuvre de 2024.'
    expect([...words(text)].map((token) => token.word)).toEqual(['L’API', 'existe-t-il', "aujourd'hui", 'Oui', 'l’œuvre', 'de'])
  })

  it('gives offsets into the text', () => {
    const [token] = [...words('  écosystème.')]
    expect(token).toEqual({ word: 'écosystème', start: 2, end: 12 })
  })

  it('skips numbers and codes with digits, and dangling punctuation', () => {
    expect([...words('1er 3D 12,5 % -là jusqu’ H2O')].map((token) => token.word)).toEqual(['là', 'jusqu'])
  })
})
