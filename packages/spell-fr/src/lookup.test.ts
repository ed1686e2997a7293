// Lookups against the real compiled dictionary (data/fr.dawg).
import { describe, expect, it } from 'vitest'
import { englishSpeller, loadSpeller } from './index.js'

const speller = loadSpeller()
const known = (word: string): boolean => speller.lookup(word)

describe('lookup', () => {
  it('knows inflected forms of the dictionary', () => {
    for (const word of ['logiciel', 'logiciels', 'existantes', 'protéger', 'protégeraient', 'accessibilité', 'écosystème', 'kilomètres']) {
      expect(known(word), word).toBe(true)
    }
    for (const word of ['logciel', 'exsitantes', 'potéger', 'accessiblité', 'écosytème', '']) expect(known(word), word).toBe(false)
  })

  it('follows the case rules of the dictionary', () => {
    expect(known('Logiciel')).toBe(true) // sentence start
    expect(known('LOGICIEL')).toBe(true) // all capitals
    expect(known('France')).toBe(true)
    expect(known('FRANCE')).toBe(true)
    expect(known('france')).toBe(false) // only `France` is a word
    expect(known('ONU')).toBe(true)
    expect(known('onu')).toBe(false)
    expect(known('lOGICIEL')).toBe(false)
    // KEEPCASE: the unit `kg` has one spelling only.
    expect(known('kg')).toBe(true)
    expect(known('KG')).toBe(false)
  })

  it('accepts elisions with both apostrophes', () => {
    for (const word of ["l'administration", 'l’administration', 'L’administration', 'L’ADMINISTRATION', "d'accord", 'qu’il', "jusqu'ici", 'lorsqu’il', "puisqu'on", "s'il", "n'existe", 'm’appelle', "t'aime", "j'ai", "c'est", 'l’Europe']) {
      expect(known(word), word).toBe(true)
    }
    // Elision only before a vowel or a mute h, and only of a word.
    for (const word of ["l'chat", "l'logiciel", 'l’adminsitration', "s'elle"]) expect(known(word), word).toBe(false)
  })

  it('keeps words that contain an apostrophe', () => {
    for (const word of ["aujourd'hui", 'aujourd’hui', "presqu'île", "N'Djamena"]) expect(known(word), word).toBe(true)
  })

  it('accepts compounds of the dictionary or made of words', () => {
    for (const word of ['porte-monnaie', 'arc-en-ciel', 'existe-t-il', 'va-t-elle', 'est-ce', 'celui-là', 'ceux-ci', 'dis-moi', "l'arc-en-ciel"]) {
      expect(known(word), word).toBe(true)
    }
    for (const word of ['porte-monaie', 'existe-t-ill', 'celui-', '-là']) expect(known(word), word).toBe(false)
  })

  it('tells a form of the dictionary from a compound merely made of known parts', () => {
    for (const word of ['pré-salé', 'porte-monnaie', 'Logiciel', 'l’administration', 'réutiliser']) expect(speller.isEntry(word), word).toBe(true)
    for (const word of ['pré-cadrant', 'poly-activité', 'celui-là-bas', 'logciel', '']) expect(speller.isEntry(word), word).toBe(false)
    expect(known('pré-cadrant')).toBe(true)
  })

  it('keeps the œ ligature strict', () => {
    expect(known('œuvre')).toBe(true)
    expect(known('Œuvre')).toBe(true)
    expect(known('oeuvre')).toBe(false)
  })

  it('accepts decomposed accents (NFD)', () => {
    expect(known('e\u0301cosyste\u0300me')).toBe(true)
  })

  it('accepts the spellings of the 1990 reform beside the traditional ones (toutes variantes)', () => {
    // Sentences of code.gouv.fr: "la maitrise de ses outils", "la chaine de production", "boitier", "connaitre".
    for (const word of ['maitrise', 'maîtrise', 'chaine', 'chaîne', 'boitier', 'boîtier', 'connaitre', 'connaître', 'évènement', 'événement', 'paraitre']) {
      expect(known(word), word).toBe(true)
    }
    // The reform drops circumflexes, it does not make every missing accent right.
    for (const word of ['evenement', 'maitrize', 'chainne']) expect(known(word), word).toBe(false)
  })
})

describe('englishSpeller', () => {
  it('knows English words, and not French ones or misspelt anglicisms', () => {
    const english = englishSpeller()
    for (const word of ['server', 'learning', 'slack', 'next', 'software', 'example', 'Open', 'the']) expect(english.lookup(word), word).toBe(true)
    for (const word of ['exemple', 'logiciel', 'serveur', 'sofware']) expect(english.lookup(word), word).toBe(false)
  })
})
