import fc from 'fast-check'
import { it, expect } from 'vitest'
import { fix, lint } from '../testing.js'
import { fixOf } from '../fix.js'
const only = ['offre-typography', 'offre-mailto', 'offre-faq', 'offre-no-presentational-html']
const tokens = ['<br/>', '<br>', '?', '!', ':', ';', '«', '»', ' ', '  ', '\u00a0', '\n', '\n\n', 'oeuvre', 'Etat', 'A', 'propos', 'sur', 'le', 'Existe-il', 'contact@code.gouv.fr', '`', '[x](mailto:', '[y](', ')', '&nbsp;', '<b>', '</b>', '<i>', '</i>', '- ', '## ', '|', '> ', '---', 'Les questions courantes sont :', 'Quelle licence', '(Réponse : oui.)', '<p>', '</p>', 'style="a"', '<center>', '*', '**', 'http://x.fr/?a', '10:30', ':smile:', '{% x %}', '```', '\\']
it('fuzz', async () => {
  await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom(...tokens), { maxLength: 40 }), async (parts) => {
    const md = parts.join('')
    const messages = await lint(md, { only })
    for (const m of messages) {
      const f = fixOf(m)
      if (f) { expect(f.start).toBeGreaterThanOrEqual(0); expect(f.end).toBeLessThanOrEqual(md.length); expect(f.start).toBeLessThanOrEqual(f.end) }
      if (m.cause !== undefined) throw new Error('crash: ' + m.reason + ' on ' + JSON.stringify(md))
    }
    let current = md
    for (let i = 0; i < 6; i++) { const next = await fix(current, { only }); if (next === current) return; current = next }
    throw new Error('no fixed point for ' + JSON.stringify(md) + ' -> ' + JSON.stringify(current))
  }), { numRuns: 4000 })
}, 600000)
