// Suggestions against the real compiled dictionary (data/fr.dawg).
import { describe, expect, it } from 'vitest'
import { loadSpeller } from './index.js'

const speller = loadSpeller()

describe('suggest', () => {
  it.each([
    ['logciel', 'logiciel'],
    ['exsitantes', 'existantes'],
    ['oeuvre', 'œuvre'],
    ['potéger', 'protéger'],
    ['accessiblité', 'accessibilité'],
    ['écosytème', 'écosystème'],
    ['aplication', 'application'],
    ['developement', 'développement'],
    ['reseau', 'réseau'],
  ])('corrects `%s` to `%s` first', (typed, expected) => {
    expect(speller.suggest(typed)[0]).toBe(expected)
  })

  it('returns nothing for known words', () => {
    expect(speller.suggest('logiciel')).toEqual([])
    expect(speller.suggest('l’administration')).toEqual([])
  })

  it('keeps the case, elision and apostrophe of what was typed', () => {
    expect(speller.suggest('Logciel')[0]).toBe('Logiciel')
    expect(speller.suggest('LOGCIEL')[0]).toBe('LOGICIEL')
    expect(speller.suggest('Oeuvre')[0]).toBe('Œuvre')
    expect(speller.suggest('l’adminsitration')[0]).toBe('l’administration')
    expect(speller.suggest("d'accessiblité")[0]).toBe("d'accessibilité")
  })

  it('proposes proper nouns for a lower-case spelling', () => {
    expect(speller.suggest('france')[0]).toBe('France')
  })

  it('corrects the unknown part of a compound', () => {
    expect(speller.suggest('porte-monaie')[0]).toBe('porte-monnaie')
  })

  it('looks one edit away only when asked to', () => {
    expect(speller.suggest('adminstraton', 3)[0]).toBe('administration')
    expect(speller.suggest('adminstraton', 3, 1)).toEqual([])
    expect(speller.suggest('Fondaton', 3, 1)[0]).toBe('Fondation')
  })

  it('honours the requested count and never suggests NOSUGGEST words', () => {
    expect(speller.suggest('logciel', 2).length).toBeLessThanOrEqual(2)
    expect(speller.suggest('logciel', 0)).toEqual([])
    expect(speller.suggest('xqzwv')).toEqual([])
  })
})
