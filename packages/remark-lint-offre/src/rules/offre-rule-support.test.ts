import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { fixOf } from '../fix.js'
import { fix, lint } from '../testing.js'
import { inPageOrder, optionsOf } from './offre-rule-support.js'

const rules = ['offre-typography', 'offre-mailto', 'offre-faq', 'offre-no-presentational-html']

describe('offre-rule-support', () => {
  it('finds the options in every form a rule setting takes', () => {
    expect(optionsOf(undefined)).toBeUndefined()
    expect(optionsOf('warn')).toBeUndefined()
    expect(optionsOf(['error'])).toBeUndefined()
    expect(optionsOf(['warn', { threshold: 0.5 }])).toEqual({ threshold: 0.5 })
    expect(optionsOf({ allow: [] })).toEqual({ allow: [] })
  })

  it('puts the messages a rule added back in page order, leaving earlier ones', () => {
    const file = new VFile('x\ny\nz\n')
    file.message('earlier', { place: { line: 3, column: 1, offset: 4 } })
    const first = file.messages.length
    file.message('b', { place: { start: { line: 3, column: 1, offset: 4 }, end: { line: 3, column: 2, offset: 5 } } })
    file.message('a', { place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } } })
    inPageOrder(file, first)
    expect(file.messages.map((m) => m.reason)).toEqual(['earlier', 'a', 'b'])
  })
})

/** Pieces of markdown that have tripped typography, link and HTML checks before. */
const PIECES = [
  '<br/>', '<br>', '?', '!', ':', ';', '«', '»', ' ', '  ', '\u00a0', '\n', '\n\n', 'oeuvre', 'Etat', 'A', 'propos', 'sur', 'le',
  'Existe-il', 'contact@code.gouv.fr', '`', '[x](mailto:', '[y](', ')', '&nbsp;', '<b>', '</b>', '<i>', '</i>', '- ', '## ', '|',
  '> ', '---', 'Les questions courantes sont :', 'Quelle licence', '(Réponse : oui.)', '<p>', '</p>', 'style="a"', '<center>',
  '*', '**', 'http://x.fr/?a', '10:30', ':smile:', '{% x %}', '```', '\\', '<!--', '-->', '\t', '\r\n',
]

describe('the four rules on hostile input', () => {
  it('never crash, keep their fixes inside the text, and reach a fixed point', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), async (pieces) => {
        const markdown = pieces.join('')
        for (const message of await lint(markdown, { only: rules })) {
          // A rule that throws shows up as a message caused by the error.
          expect(message.cause).toBeUndefined()
          const edit = fixOf(message)
          if (edit) expect(edit.start >= 0 && edit.start <= edit.end && edit.end <= markdown.length).toBe(true)
        }
        let current = markdown
        for (let pass = 0; pass < 6; pass++) {
          const next = await fix(current, { only: rules })
          if (next === current) return
          current = next
        }
        throw new Error(`--fix never settles on ${JSON.stringify(markdown)}`)
      }),
      { numRuns: 400 },
    )
  })
})
