/**
 * Properties of the lint engine (the preset, run as `offre lint` runs it), for
 * any text, any bytes and pages made of the real constructs:
 * - it never throws, no rule crashes (a crash would be hidden as a message with a `cause`),
 *   every finding has a place in the page and every fix a range inside it;
 * - `--fix` touches no byte outside the ranges of the fixes it applied, each fix
 *   removes the finding it fixed, the passes reach a fixed point, and fixing
 *   fixed text changes nothing.
 */
import { applyFixes, fixOf, type Fix } from 'remark-lint-offre'
import fc from 'fast-check'
import type { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { createLinter } from '../lint/engine.js'
import { FUZZ_SEED, fuzz, anyBytes, anyText, page, runs, timeoutFor } from './arbitraries.js'
import { lineStarts, offsetAt } from './positions.js'

fc.configureGlobal({ seed: FUZZ_SEED })

const linter = createLinter({}, true)
const SITE_PAGES = ['/fr/', '/fr/mission/', '/fr/mission/offre-de-services/', '/fr/doc/sill/', '/fr/utiliser/marches-logiciels-libres/']
/** The offer page (its profile requires the sections) and another page of the site. */
const settings = fc.constantFrom(
  { locale: 'fr' as const, sitePages: SITE_PAGES, contentPath: 'fr/mission/offre-de-services.md' },
  { locale: 'fr' as const, sitePages: SITE_PAGES, contentPath: 'fr/guides/page.md' },
  { locale: 'en' as const, sitePages: SITE_PAGES, contentPath: 'fr/mission/offre-de-services.md', nbsp: 'source' as const },
)

/** What every lint must give: no crash, places inside the page, fixes inside the text. */
function checkMessages(text: string, messages: VFileMessage[]): void {
  const lines = text.split(/\r\n|\r|\n/).length
  for (const message of messages) {
    expect(message.cause, `a rule crashed: ${message.reason}`).toBeUndefined()
    expect(message.line ?? 1).toBeGreaterThanOrEqual(1)
    expect(message.line ?? 1).toBeLessThanOrEqual(lines)
    const fix = fixOf(message)
    if (fix) {
      expect(fix.start).toBeGreaterThanOrEqual(0)
      expect(fix.end).toBeGreaterThanOrEqual(fix.start)
      expect(fix.end).toBeLessThanOrEqual(text.length)
    }
  }
}

/** Where offset `o` of the text before the fixes is in the text after them. */
function mapOffset(o: number, fixes: Fix[]): number {
  let delta = 0
  for (const fix of fixes) {
    if (fix.end <= o) delta += fix.text.length - (fix.end - fix.start)
    else if (fix.start < o) return fix.start + delta
    else break
  }
  return o + delta
}

/** No byte outside the applied ranges changed: every gap between fixes is in the output, in place; each fix's text is where it goes. */
function checkOnlyFixedRangesChanged(source: string, output: string, fixes: Fix[]): void {
  let delta = 0
  let cursor = 0
  for (const fix of fixes) {
    expect(fix.start, 'applied fixes overlap').toBeGreaterThanOrEqual(cursor)
    expect(output.slice(cursor + delta, fix.start + delta), `bytes ${cursor}-${fix.start} changed`).toBe(source.slice(cursor, fix.start))
    expect(output.slice(fix.start + delta, fix.start + delta + fix.text.length)).toBe(fix.text)
    delta += fix.text.length - (fix.end - fix.start)
    cursor = fix.end
  }
  expect(output.slice(cursor + delta)).toBe(source.slice(cursor))
  expect(output.length).toBe(source.length + delta)
}

function startOffset(text: string, message: VFileMessage): number | undefined {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  if (!start) return undefined
  return start.offset ?? offsetAt(lineStarts(text), start)
}

/**
 * A finding fixed in a pass is gone from the next lint: no finding of the same
 * rule, word and reason at its place, beyond those that other findings of the
 * pass (not fixed) account for once moved by the fixes (a deletion can bring
 * the next identical finding to the same place).
 */
function checkFixesFixed(before: string, after: string, previous: VFileMessage[], applied: VFileMessage[], fixes: Fix[], next: VFileMessage[]): void {
  const key = (m: VFileMessage, offset: number | undefined) => `${m.ruleId} ${offset} ${m.actual} ${m.reason}`
  const remaining = new Map<string, number>()
  for (const m of next) remaining.set(key(m, startOffset(after, m)), (remaining.get(key(m, startOffset(after, m))) ?? 0) + 1)
  const fixed = new Set(applied)
  for (const m of previous) {
    const offset = startOffset(before, m)
    if (fixed.has(m) || offset === undefined) continue
    const moved = key(m, mapOffset(offset, fixes))
    if ((remaining.get(moved) ?? 0) > 0) remaining.set(moved, (remaining.get(moved) ?? 0) - 1)
  }
  for (const message of applied) {
    const offset = startOffset(before, message)
    if (offset === undefined) continue
    expect(remaining.get(key(message, mapOffset(offset, fixes))) ?? 0, `the fix of ${message.ruleId} (${message.reason}) did not fix it`).toBe(0)
  }
}

describe('offre lint (property)', () => {
  const textRuns = runs(1000)
  it('never throws nor crashes a rule, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, settings, async (text, s) => {
        const file = await linter.lintSource(text, 'page.md', s)
        checkMessages(String(file.value), file.messages)
      }),
      fuzz(textRuns),
    )
  }, timeoutFor(textRuns, 10))

  it('never throws nor crashes a rule, for any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, settings, async (bytes, s) => {
        const file = await linter.lintSource(bytes, 'page.md', s)
        checkMessages(String(file.value), file.messages)
      }),
      fuzz(textRuns),
    )
  }, timeoutFor(textRuns, 10))

  const pageRuns = runs(300)
  it('never throws nor crashes a rule, and places every finding and fix inside the page, for pages made of the real constructs', async () => {
    await fc.assert(
      fc.asyncProperty(page, settings, async (markdown, s) => {
        const file = await linter.lintSource(markdown, 'page.md', s)
        checkMessages(markdown, file.messages)
      }),
      fuzz(pageRuns),
    )
  }, timeoutFor(pageRuns, 60))
})

describe('offre lint --fix (property)', () => {
  const fixRuns = runs(200)
  it('changes only the fixed ranges, removes what it fixed, reaches a fixed point, and a second --fix changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(page, settings, async (markdown, s) => {
        // The passes of the engine, one by one, checked at each step.
        let text = markdown
        let file = await linter.lintSource(text, 'page.md', s)
        const rejected = file.messages.some((m) => m.source === 'offre-model' && ['too-deep', 'invalid-utf8', 'binary-file', 'empty-file'].includes(m.ruleId ?? ''))
        for (let pass = 0; pass < 10 && !rejected; pass++) {
          const { output, applied } = applyFixes(text, file.messages)
          if (applied.length === 0) break
          const fixes = applied.map((m) => fixOf(m) as Fix).sort((a, b) => a.start - b.start || a.end - b.end)
          checkOnlyFixedRangesChanged(text, output, fixes)
          const next = await linter.lintSource(output, 'page.md', s)
          checkMessages(output, next.messages)
          checkFixesFixed(text, output, file.messages, applied, fixes, next.messages)
          text = output
          file = next
        }
        // A fixed point: nothing left that a fix would change.
        expect(applyFixes(text, file.messages).applied.map((m) => `${m.ruleId} ${m.reason}`), 'fixes still pending after 10 passes').toEqual([])
        // The engine does exactly these passes; and fixing its output changes nothing.
        const fixed = await linter.fixSource(markdown, 'page.md', s)
        expect(fixed.output ?? markdown).toBe(text)
        expect((await linter.fixSource(text, 'page.md', s)).output).toBeUndefined()
      }),
      fuzz(fixRuns),
    )
  }, timeoutFor(fixRuns, 300))

  it('fixes a page that starts with a byte-order mark at the right places, and keeps the mark', async () => {
    const s = { locale: 'fr' as const, sitePages: SITE_PAGES }
    const source = '\ufeffUn logciel `contact@code.gouv.fr`, notament.\n'
    const plain = (await linter.fixSource(source.slice(1), 'page.md', s)).output
    expect(plain).toBe('Un logiciel [contact@code.gouv.fr](mailto:contact@code.gouv.fr), notamment.\n')
    expect((await linter.fixSource(source, 'page.md', s)).output).toBe(`\ufeff${plain}`)
  })
})
