/**
 * Properties of `parseOffer` that every consumer relies on: it never throws, the
 * model it returns always validates against the published schema, no input
 * makes it report an internal error, and every position it gives points into
 * the text it parsed (the fixes and the renderer cut the source at those offsets).
 */
import { micromarkProcessor, parseFast, parseOffer, validateOffer } from '@offre/model'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FUZZ_SEED, fuzz, anyBytes, anyText, page, runs, timeoutFor } from './arbitraries.js'
import { lineStarts, pointAt } from './positions.js'

fc.configureGlobal({ seed: FUZZ_SEED })

interface Point {
  line: number
  column: number
  offset: number
}

/** Every `{ start, end }` span of the model, with where it was found. */
function spans(value: unknown, path = ''): [string, { start: Point; end: Point }][] {
  if (value === null || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  const own: [string, { start: Point; end: Point }][] = []
  if (isPoint(record.start) && isPoint(record.end)) own.push([path, record as unknown as { start: Point; end: Point }])
  return [...own, ...Object.entries(record).flatMap(([key, child]) => spans(child, `${path}/${key}`))]
}

function isPoint(value: unknown): value is Point {
  return value !== null && typeof value === 'object' && typeof (value as Point).offset === 'number' && typeof (value as Point).line === 'number'
}

/** What a user of the model can count on for any input. */
function checkModel(input: string | Uint8Array): void {
  let result
  try {
    result = parseOffer(input)
  } catch (error) {
    throw new Error(`parseOffer threw: ${(error as Error).stack}`)
  }
  const { offer, file } = result
  expect(validateOffer(offer)).toEqual([])
  expect(file.messages.filter((m) => m.ruleId === 'internal-error').map((m) => m.reason)).toEqual([])
  const source = String(file.value ?? '')
  const starts = lineStarts(source)
  const lines = starts.length
  for (const message of file.messages) {
    expect(message.line ?? 1).toBeGreaterThanOrEqual(1)
    expect(message.line ?? 1).toBeLessThanOrEqual(lines)
  }
  for (const [where, span] of spans(offer)) {
    expect(span.start.offset, where).toBeGreaterThanOrEqual(0)
    expect(span.start.offset, where).toBeLessThanOrEqual(span.end.offset)
    expect(span.end.offset, where).toBeLessThanOrEqual(source.length)
    // Line and column say the same place as the offset, in the text that was parsed.
    expect(pointAt(starts, span.start.offset), `${where}/start`).toEqual(span.start)
    expect(pointAt(starts, span.end.offset), `${where}/end`).toEqual(span.end)
  }
}

describe('parseOffer (property)', () => {
  const textRuns = runs(3000)
  it('never throws and always returns a schema-valid model, for any text', () => {
    fc.assert(fc.property(anyText, (text) => checkModel(text)), fuzz(textRuns))
  }, timeoutFor(textRuns, 2))

  const byteRuns = runs(2000)
  it('never throws and always returns a schema-valid model, for any bytes', () => {
    fc.assert(fc.property(anyBytes, (bytes) => checkModel(bytes)), fuzz(byteRuns))
  }, timeoutFor(byteRuns, 2))

  const pageRuns = runs(2000)
  it('never throws, returns a schema-valid model and positions that point into the source, for pages made of the real constructs', () => {
    fc.assert(fc.property(page, (markdown) => checkModel(markdown)), fuzz(pageRuns))
  }, timeoutFor(pageRuns, 5))

  it('reads a page the same from its UTF-8 bytes as from its text', () => {
    fc.assert(
      fc.property(page, (markdown) => {
        // Well-formed text only: lone surrogates have no UTF-8 form.
        const bytes = Buffer.from(markdown, 'utf8')
        fc.pre(bytes.toString('utf8') === markdown)
        expect(parseOffer(bytes).offer).toEqual(parseOffer(markdown).offer)
      }),
      fuzz(pageRuns),
    )
  }, timeoutFor(pageRuns, 5))

  it('gets from the fast path the very tree micromark gives, or no tree, for pages made of the real constructs and for any text', () => {
    let read = 0
    const same = (markdown: string) => {
      const fast = parseFast(markdown)
      if (fast === undefined) return
      read++
      expect(JSON.parse(JSON.stringify(fast))).toEqual(JSON.parse(JSON.stringify(micromarkProcessor.parse(markdown))))
    }
    fc.assert(fc.property(page, same), fuzz(pageRuns))
    fc.assert(fc.property(anyText, same), fuzz(textRuns))
    // Not vacuous: the fast path does read some of the generated pages.
    expect(read).toBeGreaterThan(0)
  }, timeoutFor(pageRuns, 10))
})
