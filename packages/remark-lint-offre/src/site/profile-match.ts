/**
 * Matching a page's outline against a required-sections profile (markdownlint
 * MD043's notation: `## Texte`, `*`, `+`, `?`). Rather than stopping at the first
 * difference, it computes the cheapest alignment of the two sequences (an edit
 * distance where wildcards absorb headings for free), so that every difference is
 * reported once, at its place: a missing section, an unexpected one, a heading at
 * the wrong level, a heading whose text is a near miss of the expected one.
 */
import { comparable } from './outline.js'
import { editDistance } from './suggest.js'

export type ProfileToken =
  | { kind: 'heading'; depth: number; text: string; written: string }
  | { kind: 'one'; plus: boolean }
  | { kind: 'many' }

export interface OutlineEntry {
  depth: number
  text: string
}

export type Step =
  | { op: 'match' | 'level' | 'rename'; token: number; heading: number }
  | { op: 'missing'; token: number; before: number }
  | { op: 'unexpected'; heading: number; token: number }

const ENTRY = /^(#{1,6})[ \t]+(\S.*)$/

/** Parses profile entries; `undefined` for an entry that is neither a heading nor a wildcard. */
export function parseProfileEntry(entry: string): ProfileToken[] | undefined {
  const trimmed = entry.trim()
  if (trimmed === '*') return [{ kind: 'many' }]
  if (trimmed === '?') return [{ kind: 'one', plus: false }]
  if (trimmed === '+') return [{ kind: 'one', plus: true }, { kind: 'many' }]
  const match = ENTRY.exec(trimmed)
  if (!match) return undefined
  const written = (match[2] ?? '').trim()
  return [{ kind: 'heading', depth: match[1]?.length ?? 2, text: comparable(written), written }]
}

export function parseProfile(entries: readonly string[]): ProfileToken[] {
  return entries.flatMap((entry) => parseProfileEntry(entry) ?? [])
}

/**
 * Costs: each difference costs `DIFFERENCE`; a `?`/`+` taking a heading costs a
 * little, so that a heading the profile names is matched by its name rather than by
 * a wildcard when both alignments have the same differences.
 */
const DIFFERENCE = 10
const WILDCARD = 1

/** Beyond this many cells the alignment is not attempted (a hostile page of 100 000 headings). */
const MAX_CELLS = 4_000_000

/** The cheapest alignment of `outline` on `tokens`, in order; `undefined` when too large to compute. */
export function alignOutline(tokens: readonly ProfileToken[], outline: readonly OutlineEntry[]): Step[] | undefined {
  const m = tokens.length
  const n = outline.length
  if ((m + 1) * (n + 1) > MAX_CELLS) return undefined
  const width = n + 1
  // cost[i * width + j]: cheapest alignment of tokens[i..] with outline[j..].
  const cost = new Int32Array((m + 1) * width)
  for (let j = n - 1; j >= 0; j--) cost[m * width + j] = (n - j) * DIFFERENCE
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n; j >= 0; j--) cost[i * width + j] = best(tokens, outline, cost, width, i, j).cost
  }
  const steps: Step[] = []
  let i = 0
  let j = 0
  while (i < m || j < n) {
    if (i === m) {
      steps.push({ op: 'unexpected', heading: j, token: i })
      j++
      continue
    }
    const move = best(tokens, outline, cost, width, i, j)
    if (move.step) steps.push(move.step)
    i = move.i
    j = move.j
  }
  return steps
}

interface Move {
  cost: number
  i: number
  j: number
  step?: Step
}

/** The best move from cell (i, j), i < m; candidates in order of preference on equal cost. */
function best(tokens: readonly ProfileToken[], outline: readonly OutlineEntry[], cost: Int32Array, width: number, i: number, j: number): Move {
  const token = tokens[i] as ProfileToken
  const heading = outline[j]
  const at = (a: number, b: number): number => cost[a * width + b] ?? 0
  const moves: Move[] = []
  if (token.kind === 'many') {
    if (heading) moves.push({ cost: at(i, j + 1), i, j: j + 1 })
    moves.push({ cost: at(i + 1, j), i: i + 1, j })
    return pick(moves)
  }
  if (heading) {
    const op = token.kind === 'one' ? 'match' : compare(token, heading)
    const price = token.kind === 'one' ? WILDCARD : op === 'match' ? 0 : DIFFERENCE
    if (op) moves.push({ cost: at(i + 1, j + 1) + price, i: i + 1, j: j + 1, step: { op, token: i, heading: j } })
  }
  // On a tie, a missing section is placed before the heading rather than after it.
  moves.push({ cost: at(i + 1, j) + DIFFERENCE, i: i + 1, j, step: { op: 'missing', token: i, before: j } })
  if (heading) moves.push({ cost: at(i, j + 1) + DIFFERENCE, i, j: j + 1, step: { op: 'unexpected', heading: j, token: i } })
  return pick(moves)
}

function pick(moves: Move[]): Move {
  return moves.reduce((a, b) => (b.cost < a.cost ? b : a))
}

function compare(token: { depth: number; text: string }, heading: OutlineEntry): 'match' | 'level' | 'rename' | undefined {
  const same = comparable(heading.text) === token.text
  if (same) return token.depth === heading.depth ? 'match' : 'level'
  if (token.depth === heading.depth && nearMiss(comparable(heading.text), token.text)) return 'rename'
  return undefined
}

/** A typo-sized difference: case, or an edit distance within a quarter of the text (at least 2). */
export function nearMiss(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true
  return editDistance(a.toLowerCase(), b.toLowerCase(), Math.max(2, Math.floor(Math.min(a.length, b.length) / 4))) !== undefined
}

/** One difference between a page's outline and its profile, in page order. */
export type Difference =
  /** `token` is missing; it belongs before `heading` (the outline's length: at the end). */
  | { kind: 'missing'; token: number; before: number; after: number | undefined }
  /** `heading` is not in the profile here; `token` is what the profile expects at its place, if a heading. */
  | { kind: 'unexpected'; heading: number; token: number | undefined; after: number | undefined }
  /** `heading` is in the profile, elsewhere: after token `after` (undefined: first). */
  | { kind: 'order'; heading: number; token: number | undefined; after: number | undefined }
  | { kind: 'level' | 'rename'; heading: number; token: number }

/**
 * The differences, with a missing section and an unexpected heading of the same
 * text and level paired into one "misplaced" difference at the heading.
 */
export function diffOutline(tokens: readonly ProfileToken[], outline: readonly OutlineEntry[]): Difference[] | undefined {
  const steps = alignOutline(tokens, outline)
  if (steps === undefined) return undefined
  const previousHeading = (token: number): number | undefined => {
    for (let k = token - 1; k >= 0; k--) if (tokens[k]?.kind === 'heading') return k
    return undefined
  }
  const literal = (token: number): number | undefined => (tokens[token]?.kind === 'heading' ? token : undefined)
  const missing = steps.filter((step): step is Extract<Step, { op: 'missing' }> => step.op === 'missing')
  const paired = new Set<number>()
  const differences: Difference[] = []
  for (const step of steps) {
    if (step.op === 'match') continue
    if (step.op === 'level' || step.op === 'rename') differences.push({ kind: step.op, heading: step.heading, token: step.token })
    else if (step.op === 'unexpected') {
      const heading = outline[step.heading] as OutlineEntry
      const twin = missing.find((m) => !paired.has(m.token) && sameHeading(tokens[m.token], heading))
      if (twin) {
        paired.add(twin.token)
        differences.push({ kind: 'order', heading: step.heading, token: literal(step.token), after: previousHeading(twin.token) })
      } else differences.push({ kind: 'unexpected', heading: step.heading, token: literal(step.token), after: previousHeading(step.token) })
    }
  }
  for (const step of missing) {
    if (!paired.has(step.token)) differences.push({ kind: 'missing', token: step.token, before: step.before, after: previousHeading(step.token) })
  }
  // What the profile expects at an unexpected heading: the first section missing since the
  // last heading in its place (`## Nouvelle` where `## Ancienne` was), each named once.
  const kept = steps.flatMap((step) => (step.op === 'match' || step.op === 'level' || step.op === 'rename' ? [step.heading] : []))
  const named = new Set<number>()
  for (const difference of differences) {
    if (difference.kind !== 'unexpected') continue
    const since = Math.max(-1, ...kept.filter((heading) => heading < difference.heading))
    const here = missing.find((m) => !paired.has(m.token) && !named.has(m.token) && m.before > since && m.before <= difference.heading && tokens[m.token]?.kind === 'heading')
    if (here) {
      named.add(here.token)
      difference.token = here.token
    }
  }
  const at = (d: Difference): number => (d.kind === 'missing' ? d.before - 0.5 : d.heading)
  return differences.sort((a, b) => at(a) - at(b))
}

function sameHeading(token: ProfileToken | undefined, heading: OutlineEntry): boolean {
  return token?.kind === 'heading' && token.depth === heading.depth && token.text === comparable(heading.text)
}
