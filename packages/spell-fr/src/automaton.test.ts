import { describe, expect, it } from 'vitest'
import { DawgBuilder } from './automaton-build.js'
import { Automaton, NONE } from './automaton.js'

function build(words: Array<[string, number]>): { automaton: Automaton; bytes: Uint8Array } {
  const builder = new DawgBuilder()
  for (const [word, flags] of words) builder.add(word, flags)
  const bytes = builder.finish()
  return { automaton: Automaton.fromBytes(bytes), bytes }
}

describe('DAWG', () => {
  it('stores exactly the words added, with their flags', () => {
    const { automaton } = build([['chanta', 0], ['chante', 0], ['chanter', 1], ['kg', 2]])
    expect(automaton.flags('chante')).toBe(0)
    expect(automaton.flags('chanter')).toBe(1)
    expect(automaton.flags('kg')).toBe(2)
    expect(automaton.flags('chant')).toBe(NONE)
    expect(automaton.flags('chanters')).toBe(NONE)
    expect(automaton.size).toBe(4)
  })

  it('shares common suffixes (minimal automaton)', () => {
    // `aim|er` and `chant|er` end in the same states: 10 arcs instead of the
    // trie's 12 (root 2, `imer` 4, `hanter` 6), plus the dummy arc 0.
    const { automaton } = build([['aimer', 0], ['chanter', 0]])
    expect(automaton.arcs.length).toBe(1 + 10)
  })

  it('rejects unsorted input', () => {
    const builder = new DawgBuilder()
    builder.add('b')
    expect(() => builder.add('a')).toThrow(/sorted/)
  })

  it('reads a copy that is not 4-byte aligned', () => {
    const { bytes } = build([['œuvre', 0]])
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    expect(Automaton.fromBytes(shifted.subarray(1)).flags('œuvre')).toBe(0)
  })
})
