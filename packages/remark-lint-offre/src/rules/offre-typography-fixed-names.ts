/**
 * Part of the `capitals` check of `offre-typography`, French pages only: names whose
 * capitals are fixed, written otherwise.
 * - A town whose article is part of its name takes a capital on it (`Cognac, la Rochelle`
 *   → `La Rochelle`, `le Havre`, `le Mans`); after `à` or `de` the article contracts and
 *   stays in lower case (`au Havre`, `du Mans`), which is not matched.
 * - a place named after a saint takes a hyphen (`Saint Brieuc` → `Saint-Brieuc`);
 * - `les Jeux olympiques` and `paralympiques`: a capital on `Jeux` and none on the
 *   adjective (the Lexique; `les jeux olympiques`, `les Jeux Olympiques`).
 * Fix: the name as it is written.
 */
import type { VFile } from 'vfile'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { looksEnglish } from './offre-typography-language.js'
import type { TextRange } from './offre-typography-text.js'

/** Towns whose article is part of the name (the INSEE's code officiel géographique). */
const TOWNS = [
  'la Rochelle', 'le Havre', 'le Mans', 'la Ciotat', 'la Baule', 'le Touquet', 'le Creusot', 'le Puy-en-Velay', 'la Roche-sur-Yon',
  'la Seyne-sur-Mer', 'les Sables-d’Olonne', "les Sables-d'Olonne", 'le Bourget', 'le Blanc-Mesnil', 'le Kremlin-Bicêtre', 'les Ulis', 'les Mureaux',
  'le Lamentin', 'la Teste-de-Buch', 'la Flèche', 'le Cannet', 'la Garenne-Colombes', 'le Plessis-Robinson', 'le Chesnay', 'le Vésinet', 'le Raincy',
]

/** A town's article in lower case, not after `à`, `de` (contracted elsewhere) nor inside a word. */
const TOWN = new RegExp(`(?<![\\p{L}\\p{M}\\d_'’-])(${TOWNS.map((town) => town.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{M}\\d_-])`, 'gu')

/**
 * `Saint Brieuc`, `Sainte Foy`: a place (a town, a street, a feast: `la Saint-Jean`) whose
 * name holds `Saint` takes a hyphen; the person is `saint Louis`, in lower case.
 */
const SAINT = /(?<![\p{L}\p{M}\d_'’-])(Saint|Sainte|Saints|Saintes) (\p{Lu}\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{M}\d_'’])/gu

/** What a text with a town of the list holds: the name's first capitalised word (`Rochelle`, `Puy`, `Sables`), derived from the list. */
const TOWN_HINT = new RegExp([...new Set(TOWNS.map((town) => /\p{Lu}[\p{Ll}\p{M}]*/u.exec(town)?.[0] ?? town))].join('|'), 'u')

/** `jeux olympiques`, `Jeux Olympiques`, `jeux Paralympiques`: the event's name miswritten. */
const GAMES = /(?<![\p{L}\p{M}])(?:(jeux) ([oO]lympiques|[pP]aralympiques)|(Jeux) (Olympiques|Paralympiques))(?![\p{L}\p{M}])/gu

export function checkFixedNames(ranges: TextRange[], file: VFile): void {
  for (const range of ranges) {
    const prose = range.prose
    const found: Array<[number, string, string]> = []
    if (TOWN_HINT.test(prose)) {
      for (const match of prose.matchAll(TOWN)) {
        const written = match[0]
        found.push([match.index ?? 0, written, written.charAt(0).toUpperCase() + written.slice(1)])
      }
    }
    if (prose.includes('Saint')) {
      for (const match of prose.matchAll(SAINT)) found.push([match.index ?? 0, match[0], `${match[1]}-${match[2]}`])
    }
    if (/lympiques/.test(prose)) {
      for (const match of prose.matchAll(GAMES)) {
        const written = match[0]
        const [, , adjective = match[4] ?? ''] = match
        found.push([match.index ?? 0, written, `Jeux ${adjective.toLowerCase()}`])
      }
    }
    for (const [index, actual, expected] of found) {
      if (expected === actual || looksEnglish(range, index)) continue
      const start = range.start + index
      say(file, {
        fr: `${code(actual)} : ce nom s’écrit ${code(expected)}`,
        en: `Unexpected ${code(actual)}, the name is written ${code(expected)}`,
        place: placeOf(file, start, start + actual.length),
        actual,
        expected: [expected],
        fix: { start, end: start + actual.length, text: expected },
      })
    }
  }
}
