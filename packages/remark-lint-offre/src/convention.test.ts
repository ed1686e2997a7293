/**
 * The message convention (see report.ts), on the seed page and the 211 real pages of
 * code.gouv.fr linted with the project's configuration, as `offre lint` does: every
 * message's place covers exactly its `actual`; every `expected` value replaces that
 * place (a change inside it, not the place again with its neighbours); a message
 * with a fix gives, with `expected[0]` in place, the text its fix gives. Editors
 * build quick fixes from these (the remark language server replaces the place by
 * each `expected` value), so a break of the convention is a quick fix that damages
 * the page.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { seedPath, siteContentDir, sitePages } from '@offre/fixtures'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyFixes, fixOf } from './fix.js'
import { createPreset, type PresetOptions } from './preset.js'
import { loadProjectConfig } from './project/load-project.js'
import type { OffreSettings } from './settings.js'
import { lint } from './testing.js'

interface Counts {
  messages: number
  actual: number
  expected: number
  values: number
  fixes: number
}

interface Run {
  counts: Counts
  byRule: Record<string, Counts>
  violations: string[]
}

const project = loadProjectConfig({ root: siteContentDir })
const pages: Array<{ file: string; contentPath: string }> = [
  { file: seedPath, contentPath: 'fr/mission/offre-de-services.md' },
  ...sitePages().map((file) => ({ file, contentPath: path.relative(siteContentDir, file).split(path.sep).join('/') })),
]

/** The non-space characters right before `offset` and right after `end` (the words a place may be glued to). */
const glued = (source: string, start: number, end: number): [string, string] => [
  /[^\s]{0,24}$/u.exec(source.slice(Math.max(0, start - 24), start))?.[0] ?? '',
  /^[^\s]{0,24}/u.exec(source.slice(end, end + 24))?.[0] ?? '',
]

/** Glued text that a value could repeat by mistake: two characters or more, a letter or a digit among them (not a lone `[`). */
const isWord = (text: string): boolean => text.length >= 2 && /[\p{L}\p{N}]/u.test(text)

function check(source: string, where: string, message: VFileMessage, run: Run): void {
  const rule = String(message.ruleId)
  const counts = (run.byRule[rule] ??= { messages: 0, actual: 0, expected: 0, values: 0, fixes: 0 })
  const count = (key: keyof Counts, n = 1): void => {
    counts[key] += n
    run.counts[key] += n
  }
  const fail = (problem: string): void => void run.violations.push(`${where}:${message.line}:${message.column} ${rule} ${problem} (${message.reason})`)
  count('messages')
  const place = message.place && 'start' in message.place ? message.place : undefined
  const start = place?.start.offset
  const end = place?.end.offset
  const fix = fixOf(message)
  if (fix) count('fixes')
  if (message.actual == null && message.expected == null) return
  if (start === undefined || end === undefined) return fail('has `actual` or `expected` but no place')
  const actual = source.slice(start, end)
  if (message.actual != null) {
    count('actual')
    if (message.actual !== actual) fail(`place holds ${JSON.stringify(actual)}, actual is ${JSON.stringify(message.actual)}`)
  }
  if (message.expected == null) return
  count('expected')
  count('values', message.expected.length)
  const [before, after] = glued(source, start, end)
  for (const value of message.expected) {
    if (typeof value !== 'string') {
      fail(`expected value ${JSON.stringify(value)} is no text`)
      continue
    }
    if (value === actual) fail(`expected value ${JSON.stringify(value)} is the place as it is`)
    const replaced = source.slice(0, start) + value + source.slice(end)
    // Only the place changes: the text before it and after it stays.
    if (!replaced.startsWith(source.slice(0, start)) || !replaced.endsWith(source.slice(end))) fail(`replacing by ${JSON.stringify(value)} changes text outside the place`)
    // A value that repeats the word glued before or after the place writes that word twice (`libres.libres. Voir`).
    if ((isWord(before) && value.startsWith(before) && !actual.startsWith(before)) || (isWord(after) && value.endsWith(after) && !actual.endsWith(after))) {
      fail(`expected value ${JSON.stringify(value)} repeats the text around the place (${JSON.stringify(before)} … ${JSON.stringify(after)})`)
    }
  }
  if (fix && message.expected[0] !== undefined) {
    const byExpected = source.slice(0, start) + message.expected[0] + source.slice(end)
    const byFix = applyFixes(source, [message]).output
    if (byExpected !== byFix) fail(`expected[0] ${JSON.stringify(message.expected[0])} at the place is not what the fix ${JSON.stringify(fix)} gives`)
  }
}

async function lintAll(options: PresetOptions, settings: OffreSettings): Promise<Run> {
  const processor = unified().use(remarkParse).use(createPreset(options)).freeze()
  const run: Run = { counts: { messages: 0, actual: 0, expected: 0, values: 0, fixes: 0 }, byRule: {}, violations: [] }
  for (const { file: page, contentPath } of pages) {
    const source = readFileSync(page, 'utf8')
    const file = new VFile({ path: contentPath, value: source })
    file.data.offre = { ...settings, contentPath }
    await processor.run(processor.parse(file), file)
    for (const message of file.messages) check(source, contentPath, message, run)
  }
  return run
}

/** The project's configuration, as `offre lint` reads it at the content root. */
const configured = await lintAll(project.presetOptions, project.settings)
/** The options that add findings (no-break spaces in the source, no inline `<br>`, an allow-list). */
const strict = await lintAll(
  {
    ...project.presetOptions,
    rules: {
      ...project.presetOptions.rules,
      'offre-no-presentational-html': { allowInlineBreaks: false },
      'offre-mailto': { allow: ['contact@code.gouv.fr', '@numerique.gouv.fr'] },
    },
  },
  { ...project.settings, nbsp: 'source' },
)

const summary = (run: Run): string =>
  `${run.counts.messages} messages (${run.counts.actual} with \`actual\`, ${run.counts.expected} with ${run.counts.values} \`expected\` values, ${run.counts.fixes} fixes)`

describe('the message convention, on the seed and the 211 real pages', () => {
  it('the project loads', () => {
    expect(project.problems).toEqual([])
  })

  it(`holds for ${summary(configured)} with the project's configuration`, () => {
    console.info(`convention: ${summary(configured)}; by rule: ${JSON.stringify(configured.byRule)}`)
    expect(configured.violations.slice(0, 20), `${configured.violations.length} violations`).toEqual([])
    // Every rule speaks on these pages, and most messages carry a replacement.
    expect(Object.keys(configured.byRule).length).toBeGreaterThanOrEqual(8)
    expect(configured.counts.messages).toBeGreaterThan(800)
    expect(configured.counts.expected).toBeGreaterThan(800)
  })

  it(`holds for ${summary(strict)} with nbsp: source, no inline <br> and an allow-list`, () => {
    console.info(`convention (strict options): ${summary(strict)}`)
    expect(strict.violations.slice(0, 20), `${strict.violations.length} violations`).toEqual([])
    expect(strict.counts.messages).toBeGreaterThan(configured.counts.messages)
  })
})

/** Pieces of pages that the rules report on, for pages made at random. */
const PIECES = [
  '---\n', 'title: x\n', 'titel: y\n', 'segments: [{url: 3}]\n', '# ', '## ', '#### ', 'Formations', 'Titre', '\n', '\n\n', ' ', '  ', '\u00a0', '&nbsp;',
  '[', ']', '(', ')', '<', '>', '](', '[ici](', '/fr//x/', 'http://github.com/a', '#x', '[ref]: ', '[ref]', '> ', '- ', '`', '\\', '*',
  '?', '!', ':', ';', '«', '»', 'publier', 'sur sur', 'oeuvre', 'Etat', 'A propos', 'Existe-il', 'logciel', 'logicel',
  'mailto:', 'contact@code.gouv.fr', 'x@code', '`a@b.fr`', '<br/>', '<br>', '<b>', '</b>', '<center>', ' style="x"', '<p>&nbsp;</p>',
  'Les questions courantes sont :\n\n', '- Où publier mon code\n', '- Où publier mon code source ?\n',
]

describe('the message convention, on pages made at random', () => {
  it('holds for every message of every rule', async () => {
    const run: Run = { counts: { messages: 0, actual: 0, expected: 0, values: 0, fixes: 0 }, byRule: {}, violations: [] }
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }), async (parts) => {
        const markdown = parts.join('')
        const before = run.violations.length
        for (const message of await lint(markdown, { path: 'fr/mission/offre-de-services.md', settings: { sitePages: ['/fr/', '/fr/contact/'] } })) check(markdown, 'random', message, run)
        expect(run.violations.slice(before), JSON.stringify(markdown)).toEqual([])
      }),
      { numRuns: 300 },
    )
    expect(run.counts.expected).toBeGreaterThan(100)
  })
})
