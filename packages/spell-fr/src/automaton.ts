// Reads the DAWG written by `automaton-build.ts` in place: the file is viewed
// as a `Uint32Array` and walked arc by arc, nothing is parsed or allocated per
// word, which is what makes loading take milliseconds.
import { Arc, FORMAT_VERSION, HEADER_WORDS, MAGIC } from './format.js'

/** Not found, returned by the walking methods. */
export const NONE = -1

/** A loaded automaton. Nodes are indices of their first arc; 0 is the empty node. */
export class Automaton {
  /** The arcs, one `Uint32` each (see {@link Arc} for the bits). */
  readonly arcs: Uint32Array
  /** Code unit of each label index. */
  readonly alphabet: Uint32Array
  /** Label index of each UTF-16 code unit, -1 when absent. */
  private readonly labels: Int16Array
  /** First arc of the start node. */
  readonly root: number
  /** Number of strings stored (bare words plus elided forms). */
  readonly size: number

  private constructor(data: Uint32Array) {
    if (data[0] !== MAGIC || data[1] !== FORMAT_VERSION) {
      throw new Error(`Unexpected spelling data header \`${data[0]?.toString(16)} v${data[1]}\`, expected \`${MAGIC.toString(16)} v${FORMAT_VERSION}\`: rebuild it with \`npm run build -w @offre/spell-fr\``)
    }
    const alphabetSize = data[2] ?? 0
    const arcCount = data[3] ?? 0
    this.size = data[4] ?? 0
    this.root = data[5] ?? 0
    this.alphabet = data.subarray(HEADER_WORDS, HEADER_WORDS + alphabetSize)
    this.arcs = data.subarray(HEADER_WORDS + alphabetSize, HEADER_WORDS + alphabetSize + arcCount)
    this.labels = new Int16Array(0x10000).fill(-1)
    this.alphabet.forEach((code, index) => {
      this.labels[code] = index
    })
  }

  /** Views `bytes` (the data file) without copying when alignment and endianness allow. */
  static fromBytes(bytes: Uint8Array): Automaton {
    const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1
    if (littleEndian && bytes.byteOffset % 4 === 0 && bytes.byteLength % 4 === 0) {
      return new Automaton(new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4))
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const data = new Uint32Array(Math.floor(bytes.byteLength / 4))
    for (let index = 0; index < data.length; index++) data[index] = view.getUint32(index * 4, true)
    return new Automaton(data)
  }

  /** Label index of a code unit, or -1. */
  label(code: number): number {
    return this.labels[code] ?? -1
  }

  /** The arc leaving `node` with label index `label`, or {@link NONE}. */
  arc(node: number, label: number): number {
    if (node === 0 || label < 0) return NONE
    const arcs = this.arcs
    for (let index = node; ; index++) {
      const arc = arcs[index] as number
      const current = arc & Arc.labelMask
      if (current === label) return index
      // Arcs are sorted by label: once past it, it is not there.
      if (current > label || (arc & Arc.last) !== 0) return NONE
    }
  }

  /** Walks `word` from the root; returns the arc of its last code unit, or {@link NONE}. */
  walk(word: string, from = this.root): number {
    let node = from
    let arc = NONE
    for (let index = 0; index < word.length; index++) {
      arc = this.arc(node, this.label(word.charCodeAt(index)))
      if (arc === NONE) return NONE
      node = (this.arcs[arc] as number) >>> Arc.targetShift
    }
    return arc
  }

  /** Word flags of `word` when it is stored, else {@link NONE}. */
  flags(word: string): number {
    if (word.length === 0) return NONE
    const arc = this.walk(word)
    if (arc === NONE) return NONE
    const value = this.arcs[arc] as number
    return (value & Arc.final) === 0 ? NONE : (value & Arc.flagMask) >>> Arc.flagShift
  }

  /** Whether `word` followed by the code unit `marker` is stored (elided forms). */
  hasSuffixCode(word: string, marker: number): boolean {
    const arc = this.walk(word)
    if (arc === NONE) return false
    const next = this.arc((this.arcs[arc] as number) >>> Arc.targetShift, this.label(marker))
    return next !== NONE && ((this.arcs[next] as number) & Arc.final) !== 0
  }
}
