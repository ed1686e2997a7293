import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyFixes, fixOf } from '../fix.js'
import { lint } from '../testing.js'

const only = ['offre-front-matter', 'offre-required-sections', 'offre-links']
const settings = { sitePages: ['/fr/', '/fr/contact/'] }
const options = { only, path: 'fr/mission/offre-de-services.md', settings }

const pieces = [
  '---\n', 'title: x\n', 'permalink: false\n', 'segments: [{url: 3}]\n', '# ', '## ', '### ', '#### ', 'Formations', '\n', '\n\n', ' ',
  '[', ']', '(', ')', '<', '>', '](', '[ici](', '/fr//x/', 'http://github.com/a', 'https://code.gouv.fr', '#', '#x', '%', '%E0%A4%A', '//', '../', '?q=1',
  '[ref]: ', '[ref]', '![img](a.png)', '<a id="x">', '{#id}', '> ', '- ', '`', '\\', '’', '\u00A0', 'é', '🧢', '*', '+', '?', 'gitlab.x.fr',
]

describe('the link, section and front matter rules on hostile input', () => {
  it('never throw, place every finding, and their fixes converge', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), async (parts) => {
        const markdown = parts.join('')
        const messages = await lint(markdown, options)
        for (const message of messages) {
          expect(message.line).toBeGreaterThan(0)
          expect(typeof message.reason).toBe('string')
          // The message convention (report.ts): the place holds `actual`; `expected` is optional.
          const place = message.place && 'start' in message.place ? message.place : undefined
          if (message.actual != null) expect(markdown.slice(place?.start.offset, place?.end.offset)).toBe(message.actual)
        }
        // Fixing converges: after a few passes no finding carries a fix any more.
        let text = markdown
        let current = messages
        for (let pass = 0; pass < 5 && current.some((m) => fixOf(m)); pass++) {
          text = applyFixes(text, current).output
          current = await lint(text, options)
        }
        expect(current.filter((m) => fixOf(m)).map((m) => m.reason)).toEqual([])
      }),
      // A definition ending in a backslash (the backslash escapes nothing there) was once misplaced.
      { numRuns: 300, examples: [[['[ref]: ', '%', '\\']], [['[ref]: ', 'http://github.com/a', '\\', '\n']]] },
    )
  })

  it('handle strange URLs and a very long line', async () => {
    const markdown = [
      '[a](<>) [b](http://) [c](//) [d](http://[::1]/) [e](https://code.gouv.fr:99999/) [f](%) [g](#%ZZ) [h](/%00/) [i](javascript:alert(1))',
      `[j](/${'a/'.repeat(5000)}) ${'x'.repeat(200_000)}`,
    ].join('\n\n')
    const messages = await lint(markdown, options)
    expect(messages.every((m) => m.line !== undefined)).toBe(true)
  })

  it('handle deep nesting', async () => {
    const markdown = `${'> '.repeat(500)}## Titre\n\n${'- '.repeat(300)}[ici](/x/)\n`
    await expect(lint(markdown, options)).resolves.toBeDefined()
  })
})
