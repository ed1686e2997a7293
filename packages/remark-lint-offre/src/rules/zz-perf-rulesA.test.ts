import { it } from 'vitest'
import { lint } from '../testing.js'
const rules = ['offre-typography', 'offre-mailto', 'offre-faq', 'offre-no-presentational-html']
it('perf', async () => {
  const inputs: Record<string, string> = {
    marks: 'Quoi? '.repeat(20000),
    spaces: 'a  '.repeat(30000),
    words: 'le le '.repeat(20000),
    oe: 'oeuvre '.repeat(20000),
    colon: 'a:'.repeat(50000),
    url: 'https://' + 'a'.repeat(100000) + '?',
    brs: '<br/>\n\n'.repeat(10000),
    inlineBr: ('a<br>'.repeat(20000)),
    links: '[x](mailto:a@b.fr) '.repeat(5000),
    tags: '</b>x'.repeat(10000) + '<b>x'.repeat(10000),
    code: '`a@b.fr` '.repeat(10000),
    guillemets: '«a»'.repeat(20000),
    faq: '## S\n\nLes questions courantes sont :\n\n' + Array.from({ length: 2000 }, (_, i) => `- Question numéro ${i} sur la licence ${i % 7} ?`).join('\n'),
  }
  for (const [name, md] of Object.entries(inputs)) {
    const none = performance.now()
    await lint(md, { only: ['none'] })
    const base = performance.now() - none
    for (const rule of rules) {
      const t = performance.now()
      const n = (await lint(md, { only: [rule] })).length
      const ms = performance.now() - t - base
      if (ms > 300) console.log('SLOW', name, rule, Math.round(ms), 'ms over parse', Math.round(base), n, 'messages', md.length, 'chars')
    }
  }
}, 600000)
