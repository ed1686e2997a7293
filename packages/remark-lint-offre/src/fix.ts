/**
 * A fix is data, not a mutation: a range of the source (offsets) and the text that
 * replaces it, carried on the message (`message.fix`). `applyFixes` is the one
 * function that applies them: sorted, overlapping edits skipped (a second pass
 * picks them up), no byte outside the ranges touched.
 */
import type { VFileMessage } from 'vfile-message'

export interface Fix {
  /** Offset of the first replaced character. */
  start: number
  /** Offset after the last replaced character (`start` for an insertion). */
  end: number
  text: string
}

/** A message that carries a fix. */
export type FixableMessage = VFileMessage & { fix: Fix }

export function fixOf(message: VFileMessage): Fix | undefined {
  const fix = (message as { fix?: unknown }).fix as Fix | undefined
  if (fix === undefined || typeof fix.start !== 'number' || typeof fix.end !== 'number' || typeof fix.text !== 'string') return undefined
  return fix
}

export interface FixResult {
  output: string
  /** Messages whose fix was applied. */
  applied: VFileMessage[]
  /** Messages with a fix that overlapped an applied one, left for another pass. */
  skipped: VFileMessage[]
}

export function applyFixes(source: string, messages: Iterable<VFileMessage>): FixResult {
  const fixable = [...messages]
    .map((message) => ({ message, fix: fixOf(message) }))
    .filter((entry): entry is { message: VFileMessage; fix: Fix } => entry.fix !== undefined)
    .filter(({ fix }) => fix.start >= 0 && fix.end >= fix.start && fix.end <= source.length)
    .sort((a, b) => a.fix.start - b.fix.start || a.fix.end - b.fix.end)
  const applied: VFileMessage[] = []
  const skipped: VFileMessage[] = []
  let output = ''
  let cursor = 0
  // Where the last applied edit inserted text (an empty range), if it did.
  let insertedAt = -1
  for (const { message, fix } of fixable) {
    // Overlapping edits, or two insertions at one place, cannot both be applied safely; an
    // insertion right after a replacement can (`“x”:` → `« x » :`).
    if (fix.start < cursor || (fix.start === fix.end && fix.start === insertedAt)) {
      skipped.push(message)
      continue
    }
    if (source.slice(fix.start, fix.end) === fix.text) continue
    output += source.slice(cursor, fix.start) + fix.text
    cursor = fix.end
    insertedAt = fix.start === fix.end ? fix.start : -1
    applied.push(message)
  }
  return { output: output + source.slice(cursor), applied, skipped }
}
