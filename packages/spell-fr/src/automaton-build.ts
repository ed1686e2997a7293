// Builds the minimal acyclic automaton (DAWG) of a sorted word list with the
// incremental algorithm of Daciuk, Mihov, Watson & Watson (2000), then lays it
// out as the flat `Uint32Array` read by `automaton.ts`. Used at build time only.
import { Arc, FORMAT_VERSION, HEADER_WORDS, MAGIC } from './format.js'

interface State {
  final: boolean
  flags: number
  labels: number[]
  targets: State[]
  id: number
}

function newState(): State {
  return { final: false, flags: 0, labels: [], targets: [], id: -1 }
}

/** Incremental minimal DAWG over UTF-16 code units. Words must be added in code unit order. */
export class DawgBuilder {
  private readonly root = newState()
  private readonly register = new Map<string, State>()
  private previous = ''
  private path: State[] = [this.root]
  private nextId = 0
  words = 0

  add(word: string, flags = 0): void {
    if (word <= this.previous && this.words > 0) throw new Error(`Words must be sorted and unique: \`${word}\` after \`${this.previous}\``)
    let common = 0
    while (common < word.length && common < this.previous.length && word.charCodeAt(common) === this.previous.charCodeAt(common)) common++
    this.minimize(common)
    let state = this.path[common] ?? this.root
    this.path.length = common + 1
    for (let index = common; index < word.length; index++) {
      const next = newState()
      state.labels.push(word.charCodeAt(index))
      state.targets.push(next)
      this.path.push(next)
      state = next
    }
    state.final = true
    state.flags = flags
    this.previous = word
    this.words++
  }

  /** Replaces the states of the previous word below `depth` by equivalent registered ones. */
  private minimize(depth: number): void {
    for (let index = this.path.length - 1; index > depth; index--) {
      const child = this.path[index]
      const parent = this.path[index - 1]
      if (child === undefined || parent === undefined) continue
      const key = signature(child)
      const existing = this.register.get(key)
      if (existing === undefined) {
        child.id = this.nextId++
        this.register.set(key, child)
      } else {
        parent.targets[parent.targets.length - 1] = existing
      }
    }
  }

  /** Finishes the automaton and returns its binary layout. */
  finish(): Uint8Array {
    this.minimize(0)
    return layout(this.root, this.words)
  }
}

function signature(state: State): string {
  let key = state.final ? `F${state.flags}` : 'N'
  for (let index = 0; index < state.labels.length; index++) key += `,${state.labels[index]}:${state.targets[index]?.id}`
  return key
}

/**
 * Lays states out depth-first, each as a run of arcs sorted by label index; an
 * arc's target is the index of the target's first arc, 0 when it has none
 * (index 0 holds a dummy arc so 0 never names a real state).
 */
function layout(root: State, words: number): Uint8Array {
  // Labels are numbered by decreasing frequency so hot arcs come first in a scan.
  const counts = new Map<number, number>()
  const seen = new Set<State>()
  const stack: State[] = [root]
  while (stack.length > 0) {
    const state = stack.pop() as State
    if (seen.has(state)) continue
    seen.add(state)
    for (let index = 0; index < state.labels.length; index++) {
      const label = state.labels[index] as number
      counts.set(label, (counts.get(label) ?? 0) + 1)
      stack.push(state.targets[index] as State)
    }
  }
  const alphabet = [...counts.keys()].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || a - b)
  if (alphabet.length > Arc.labelMask + 1) throw new Error(`Alphabet has ${alphabet.length} symbols, expected at most 256`)
  const labelIndex = new Map(alphabet.map((label, index) => [label, index]))

  const offsets = new Map<State, number>()
  const order: State[] = []
  let next = 1
  const place = (state: State): void => {
    if (offsets.has(state) || state.labels.length === 0) return
    offsets.set(state, next)
    next += state.labels.length
    order.push(state)
    for (const target of state.targets) place(target)
  }
  // Recursion depth is bounded by the longest word (a few dozen code units).
  place(root)
  if (next - 1 > Arc.maxTarget) throw new Error(`Automaton has ${next} arcs, the 20-bit target field allows ${Arc.maxTarget}`)

  const data = new Uint32Array(HEADER_WORDS + alphabet.length + next)
  data.set([MAGIC, FORMAT_VERSION, alphabet.length, next, words, offsets.get(root) ?? 0], 0)
  data.set(alphabet, HEADER_WORDS)
  const arcs = data.subarray(HEADER_WORDS + alphabet.length)
  for (const state of order) {
    const base = offsets.get(state) as number
    const sorted = state.labels.map((label, index) => ({ label: labelIndex.get(label) as number, target: state.targets[index] as State }))
    sorted.sort((a, b) => a.label - b.label)
    sorted.forEach(({ label, target }, index) => {
      let arc = label | ((offsets.get(target) ?? 0) << Arc.targetShift)
      if (index === sorted.length - 1) arc |= Arc.last
      if (target.final) arc |= Arc.final | (target.flags << Arc.flagShift)
      arcs[base + index] = arc >>> 0
    })
  }
  // Written little-endian whatever the host, so the file is the same everywhere.
  const bytes = new Uint8Array(data.byteLength)
  const view = new DataView(bytes.buffer)
  data.forEach((value, index) => view.setUint32(index * 4, value, true))
  return bytes
}
