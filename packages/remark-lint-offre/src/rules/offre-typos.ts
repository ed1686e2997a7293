/**
 * offre-typos: known French misspellings (`logciel` → `logiciel`), whole words only,
 * case-aware, never in code, URLs or addresses, nor on pages in another language
 * (`en/`). Fix: the correction, in the case
 * of the word found.
 *
 * Options: `{ extra?: Record<string, string> }`, more misspellings for the site.
 */
import type { Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import { isUpper, matchCase } from '../case.js'
import { TYPOS } from '../data/typos.js'
import { placeOf } from '../places.js'
import { isFrench } from '../settings.js'
import { matchProse } from '../prose.js'
import { code, ruleUrl, say } from '../report.js'

export interface TyposOptions {
  extra?: Record<string, string>
}

const SINGLE_WORD = /(?<![\p{L}\p{M}\d_])\p{L}[\p{L}\p{M}]*(?![\p{L}\p{M}\d_])/gu

const BUILT_IN = new Map(Object.entries(TYPOS))
/** The known misspellings with a site's `extra` ones, built once per options object. */
const merged = new WeakMap<Record<string, string>, ReadonlyMap<string, string>>()

function typosFor(extra: Record<string, string> | undefined): ReadonlyMap<string, string> {
  if (extra === undefined) return BUILT_IN
  let typos = merged.get(extra)
  if (typos === undefined) {
    typos = new Map([...BUILT_IN, ...Object.entries(extra).map(([k, v]): [string, string] => [k.toLowerCase(), v])])
    merged.set(extra, typos)
  }
  return typos
}

const remarkLintOffreTypos = lintRule<Root, TyposOptions | undefined>(
  { origin: 'remark-lint:offre-typos', url: ruleUrl('offre-typos') },
  (tree, file, options) => {
    // French misspellings: `connection` and `Reference` are English words on an English page.
    if (!isFrench(file)) return
    const typos = typosFor(options?.extra)
    for (const { match, start, end } of matchProse(tree, file, SINGLE_WORD)) {
      const word = match[0]
      const lower = word.toLowerCase()
      const correction = typos.get(lower)
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
