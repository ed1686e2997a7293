/**
 * offre-typos: known French misspellings (`logciel` → `logiciel`), whole words only,
 * case-aware, never in code, URLs or addresses. Fix: the correction, in the case
 * of the word found.
 *
 * Options: `{ extra?: Record<string, string> }`, more misspellings for the site.
 */
import type { Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import { isUpper, matchCase } from '../case.js'
import { TYPOS } from '../data/typos.js'
import { placeOf } from '../places.js'
import { matchProse } from '../prose.js'
import { code, ruleUrl, say } from '../report.js'

export interface TyposOptions {
  extra?: Record<string, string>
}

const SINGLE_WORD = /(?<![\p{L}\p{M}\d_])\p{L}[\p{L}\p{M}]*(?![\p{L}\p{M}\d_])/gu

const remarkLintOffreTypos = lintRule<Root, TyposOptions | undefined>(
  { origin: 'remark-lint:offre-typos', url: ruleUrl('offre-typos') },
  (tree, file, options) => {
    const extra = Object.fromEntries(Object.entries(options?.extra ?? {}).map(([k, v]) => [k.toLowerCase(), v]))
    const typos: Record<string, string> = { ...TYPOS, ...extra }
    for (const { match, start, end } of matchProse(tree, file, SINGLE_WORD)) {
      const word = match[0]
      const lower = word.toLowerCase()
      const correction = Object.hasOwn(typos, lower) ? typos[lower] : undefined
      if (correction === undefined) continue
      // `Logciel` and `LOGCIEL` are the same typo; `lOgciel` is something else.
      if (word !== lower && !isUpper(word) && word.slice(1) !== lower.slice(1)) continue
      const expected = matchCase(word, correction)
      say(file, {
        fr: `${code(word)} : faute de frappe, écrire ${code(expected)}`,
        en: `Unexpected ${code(word)}, expected ${code(expected)}`,
        place: placeOf(file, start, end),
        actual: word,
        expected: [expected],
        fix: { start, end, text: expected },
      })
    }
  },
)

export default remarkLintOffreTypos
