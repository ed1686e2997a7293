/**
 * Outline problems any page can have, whatever its profile: an H1 in the body (the
 * page's title comes from the front matter `title` and is the only H1), a skipped
 * level (H2 then H4: assistive technologies announce a missing level), and one
 * heading twice under the same parent (same text, same level: the second anchor
 * becomes `-1`, and a reader of the outline cannot tell them apart).
 */
import { comparable, type OutlineHeading } from './outline.js'

export type StructureProblem =
  | { kind: 'h1'; heading: OutlineHeading }
  | { kind: 'skipped'; heading: OutlineHeading; previousDepth: number }
  | { kind: 'duplicate'; heading: OutlineHeading; first: OutlineHeading; parent: OutlineHeading | undefined }

export function structureProblems(outline: readonly OutlineHeading[]): StructureProblem[] {
  const problems: StructureProblem[] = []
  const seen = new Map<string, OutlineHeading>()
  // The open headings (indices), one per level: a heading's parent is the last open one above its level.
  const open: number[] = []
  // The layout renders the title as the H1: the body starts below it.
  let previousDepth = 1
  outline.forEach((heading, index) => {
    if (heading.depth === 1) problems.push({ kind: 'h1', heading })
    else if (heading.depth > previousDepth + 1) problems.push({ kind: 'skipped', heading, previousDepth })
    previousDepth = heading.depth
    while (open.length > 0 && (outline[open[open.length - 1] ?? 0]?.depth ?? 0) >= heading.depth) open.pop()
    const parentIndex = open[open.length - 1] ?? -1
    const key = `${parentIndex}\u0000${heading.depth}\u0000${comparable(heading.text).toLowerCase()}`
    const first = seen.get(key)
    if (first) problems.push({ kind: 'duplicate', heading, first, parent: outline[parentIndex] })
    else seen.set(key, heading)
    open.push(index)
  })
  return problems
}
