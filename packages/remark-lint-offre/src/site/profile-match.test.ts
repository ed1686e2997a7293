import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROFILES } from '../data/profiles.js'
import { diffOutline, parseProfile, parseProfileEntry, type OutlineEntry } from './profile-match.js'

const offer = parseProfile(PROFILES.offre ?? [])
const outlineOf = (entries: readonly string[]): OutlineEntry[] =>
  entries.map((entry) => {
    const [, marks = '##', text = ''] = /^(#+) (.*)$/.exec(entry) ?? []
    return { depth: marks.length, text }
  })
const kinds = (differences: ReturnType<typeof diffOutline>): string[] => (differences ?? []).map((d) => d.kind)

describe('profile entries', () => {
  it('reads headings and the three wildcards, nothing else', () => {
    expect(parseProfileEntry('## Contact')).toEqual([{ kind: 'heading', depth: 2, text: 'Contact', written: 'Contact' }])
    expect(parseProfileEntry('*')).toEqual([{ kind: 'many' }])
    expect(parseProfileEntry('?')).toEqual([{ kind: 'one', plus: false }])
    expect(parseProfileEntry('+')).toEqual([{ kind: 'one', plus: true }, { kind: 'many' }])
    expect(parseProfileEntry('Contact')).toBeUndefined()
    expect(parseProfileEntry('##Contact')).toBeUndefined()
    expect(parseProfileEntry('####### Trop')).toBeUndefined()
  })
})

describe('diffOutline', () => {
  const entries = PROFILES.offre ?? []

  it('finds nothing between the profile and itself', () => {
    expect(diffOutline(offer, outlineOf(entries))).toEqual([])
  })

  it('reports k missing sections when k are removed, wherever they are', () => {
    fc.assert(
      fc.property(fc.subarray([...entries.keys()]), (removed) => {
        const outline = outlineOf(entries.filter((_, index) => !removed.includes(index)))
        const differences = diffOutline(offer, outline) ?? []
        expect(kinds(differences)).toEqual(removed.map(() => 'missing'))
        expect(differences.map((d) => (d.kind === 'missing' ? d.token : -1))).toEqual([...removed].sort((a, b) => a - b))
      }),
    )
  })

  it('reports k unexpected headings when k unknown ones are inserted', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(entries.length), { maxLength: 5 }), (places) => {
        const outline = outlineOf(entries)
        const sorted = [...places].sort((a, b) => b - a)
        sorted.forEach((place, index) => outline.splice(place, 0, { depth: 2, text: `Inconnue ${index}` }))
        expect(kinds(diffOutline(offer, outline))).toEqual(places.map(() => 'unexpected'))
      }),
    )
  })

  it('reports one misplaced section when one is moved, never a missing and an unexpected', () => {
    fc.assert(
      fc.property(fc.nat(entries.length - 1), fc.nat(entries.length - 1), (from, to) => {
        fc.pre(from !== to && entries[from]?.startsWith('## ') === true && entries[to]?.startsWith('## ') === true)
        const moved = [...entries]
        const [entry] = moved.splice(from, 1)
        moved.splice(to, 0, entry ?? '')
        const differences = kinds(diffOutline(offer, outlineOf(moved)))
        expect(differences.every((kind) => kind === 'order')).toBe(true)
        expect(differences.length).toBeGreaterThan(0)
      }),
    )
  })

  it('lets `*` take any headings, `+` at least one, `?` exactly one', () => {
    const page = outlineOf(['## Objet', '## Un', '## Deux', '## Fin'])
    expect(diffOutline(parseProfile(['## Objet', '*', '## Fin']), page)).toEqual([])
    expect(diffOutline(parseProfile(['## Objet', '+', '## Fin']), page)).toEqual([])
    expect(kinds(diffOutline(parseProfile(['## Objet', '?', '## Fin']), page))).toEqual(['unexpected'])
    expect(kinds(diffOutline(parseProfile(['## Objet', '+', '## Fin']), outlineOf(['## Objet', '## Fin'])))).toEqual(['missing'])
    expect(diffOutline(parseProfile(['*']), page)).toEqual([])
  })

  it('tells a wrong level and a near miss from a different section', () => {
    const outline = outlineOf(entries.map((entry) => entry.replace('## Formations', '## formation').replace('### Sur le socle', '## Sur le socle')))
    expect(kinds(diffOutline(offer, outline))).toEqual(['level', 'rename'])
  })

  it('gives up quietly beyond its size limit', () => {
    const huge = Array.from({ length: 500_000 }, () => ({ depth: 2, text: 'x' }))
    expect(diffOutline(offer, huge)).toBeUndefined()
  })
})
