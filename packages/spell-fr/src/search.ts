// Bounded weighted Damerau–Levenshtein search over the automaton: a
// depth-first walk that keeps one row of the edit-distance table per depth and
// abandons a branch as soon as no cell of its row can stay within budget.
// Shared suffixes of the DAWG are walked once per distinct prefix, as in a trie.
import { Arc } from './format.js'
import type { Automaton } from './automaton.js'
import { baseLetter, Cost, isConsonant, substitution } from './costs.js'
import { isMarker } from './elision.js'

/** A dictionary word within budget and what it costs to reach it. */
export interface Candidate {
  readonly word: string
  readonly cost: number
}

interface LabelInfo {
  readonly codes: Uint32Array
  readonly consonant: Uint8Array
  readonly skip: Uint8Array
}

const labelInfo = new WeakMap<Automaton, LabelInfo>()

/** Per-label facts computed once per automaton rather than in the inner loop. */
function infoOf(automaton: Automaton): LabelInfo {
  let info = labelInfo.get(automaton)
  if (info === undefined) {
    const codes = automaton.alphabet
    info = {
      codes,
      consonant: Uint8Array.from(codes, (code) => (isConsonant(code) ? 1 : 0)),
      skip: Uint8Array.from(codes, (code) => (isMarker(code) ? 1 : 0)),
    }
    labelInfo.set(automaton, info)
  }
  return info
}

const oe = (first: number, second: number): boolean => baseLetter(first) === 0x6f && baseLetter(second) === 0x65
const ae = (first: number, second: number): boolean => baseLetter(first) === 0x61 && baseLetter(second) === 0x65
const isOe = (code: number): boolean => code === 0x153 || code === 0x152
const isAe = (code: number): boolean => code === 0xe6 || code === 0xc6

/** Whether the pair `first second` spells the ligature `code` (`o e` for `œ`). */
function ligature(code: number, first: number, second: number): boolean {
  return (isOe(code) && oe(first, second)) || (isAe(code) && ae(first, second))
}

/** All suggestible words within `budget` of `input` (costs from `costs.ts`). */
export function search(automaton: Automaton, input: string, budget: number): Candidate[] {
  const { codes, consonant, skip } = infoOf(automaton)
  const n = input.length
  const typed = Uint32Array.from({ length: n }, (_, index) => input.charCodeAt(index))
  // Substitution cost of each label against each typed position.
  const sub = new Uint8Array(codes.length * n)
  codes.forEach((code, label) => {
    for (let index = 0; index < n; index++) sub[label * n + index] = substitution(typed[index] as number, code)
  })
  // Cost of deleting the typed letter at each position (cheap for a doubled consonant).
  const deletion = Uint8Array.from(typed, (code, index) =>
    index > 0 && typed[index - 1] === code && isConsonant(code) ? Cost.double : Cost.delete,
  )
  const maxDepth = n + Math.ceil(budget / Cost.double) + 1
  const rows = Array.from({ length: maxDepth + 1 }, () => new Int32Array(n + 1))
  const path = new Uint32Array(maxDepth + 1)
  const first = rows[0] as Int32Array
  for (let index = 1; index <= n; index++) first[index] = (first[index - 1] as number) + (deletion[index - 1] as number)
  const found: Candidate[] = []
  const arcs = automaton.arcs

  // Only words typed with a ligature need the `œ` against `oe` rule.
  const typedLigature = typed.some((code) => isOe(code) || isAe(code))
  const visit = (node: number, depth: number): void => {
    const previous = rows[depth] as Int32Array
    const before = depth > 0 ? (rows[depth - 1] as Int32Array) : undefined
    const row = rows[depth + 1] as Int32Array
    const prior = depth > 0 ? (path[depth - 1] as number) : -1
    let previousMin = previous[0] as number
    for (let index = 1; index <= n; index++) if ((previous[index] as number) < previousMin) previousMin = previous[index] as number
    // Two-letter rules (swap, ligature) reach back one row, so a child may
    // still be within budget when this row is not.
    const reach = previousMin + (typedLigature ? Cost.ligature : Cost.transpose) <= budget
    for (let index = node; ; index++) {
      const arc = arcs[index] as number
      const label = arc & Arc.labelMask
      if (skip[label] === 0) {
        const code = codes[label] as number
        const insertion = code === prior && consonant[label] === 1 ? Cost.double : Cost.insert
        const offset = label * n - 1
        path[depth] = code
        let left = (previous[0] as number) + insertion
        row[0] = left
        let min = left
        for (let i = 1; i <= n; i++) {
          let value = (previous[i - 1] as number) + (sub[offset + i] as number)
          const up = (previous[i] as number) + insertion
          if (up < value) value = up
          const side = left + (deletion[i - 1] as number)
          if (side < value) value = side
          const t = typed[i - 1] as number
          if (before !== undefined && t === prior && i > 1 && typed[i - 2] === code && t !== code) {
            const swap = (before[i - 2] as number) + Cost.transpose
            if (swap < value) value = swap
          }
          if (typedLigature && before !== undefined && ligature(t, prior, code)) {
            // The dictionary's `oe` against a typed `œ`.
            const joined = (before[i - 1] as number) + Cost.ligature
            if (joined < value) value = joined
          }
          if (i > 1 && (code === 0x153 || code === 0xe6 || code === 0x152 || code === 0xc6) && ligature(code, typed[i - 2] as number, t)) {
            // The dictionary's `œ` against a typed `oe`.
            const split = (previous[i - 2] as number) + Cost.ligature
            if (split < value) value = split
          }
          row[i] = value
          left = value
          if (value < min) min = value
        }
        if ((arc & Arc.final) !== 0 && (arc & (1 << Arc.flagShift)) === 0 && left <= budget) {
          found.push({ word: String.fromCharCode(...path.subarray(0, depth + 1)), cost: left })
        }
        const target = arc >>> Arc.targetShift
        if (target !== 0 && (min <= budget || reach) && depth + 1 < maxDepth) visit(target, depth + 1)
      }
      if ((arc & Arc.last) !== 0) break
    }
  }
  visit(automaton.root, 0)
  return found
}
