import { it } from 'vitest'
import { lint } from '../testing.js'
it('perf', async () => {
  const inputs: Record<string, string> = {
    openTags: '<div>\n' + '<a '.repeat(30000),
    attrs: '<div ' + 'b=c '.repeat(30000),
    inlineOpen: 'x ' + '<b '.repeat(30000),
    lt: 'a<'.repeat(50000),
    brackets: '['.repeat(50000) + '](mailto:x)',
    at: 'a@'.repeat(50000),
    dots: 'a@b' + '.b'.repeat(50000),
    longword: 'a'.repeat(200000) + '-il',
    manyLines: 'a?\n'.repeat(50000),
  }
  for (const [name, md] of Object.entries(inputs)) {
    for (const rule of ['offre-typography', 'offre-mailto', 'offre-faq', 'offre-no-presentational-html']) {
      const t = performance.now()
      const n = (await lint(md, { only: [rule] })).length
      const ms = performance.now() - t
      if (ms > 1000) console.log('SLOW', name, rule, Math.round(ms), n)
    }
  }
}, 900000)
