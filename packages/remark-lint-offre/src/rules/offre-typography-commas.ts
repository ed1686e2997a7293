/**
 * Part of the `punctuation` check of `offre-typography`, French pages only: a
 * connector opening a sentence (`En effet`, `Par ailleurs`, `Aujourd’hui`,
 * `Cependant`…) is followed by a comma before the clause it opens (`Par ailleurs le
 * jardin partagé` → `Par ailleurs, le jardin partagé`). Only the connectors that French
 * usage always sets apart (not `Ainsi`, `Enfin`, `Ensuite`, whose comma is optional), at
 * the start of a sentence, before an article, a determiner or a subject pronoun: the
 * place where the clause begins. On the 662 startup pages of beta.gouv.fr, these
 * connectors take the comma about seven times in eight. Fix: the comma.
 */
import type { VFile } from 'vfile'
import { code, exact, say } from '../report.js'
import { looksEnglish } from './offre-typography-language.js'
import type { TextRange } from './offre-typography-text.js'

const CONNECTORS = [
  'En effet', 'Par ailleurs', 'De plus', 'En outre', 'Cependant', 'Toutefois', 'Néanmoins', 'Pourtant', 'Par conséquent',
  'En revanche', 'D’une part', 'D’autre part', 'Aujourd’hui', 'Actuellement', 'Désormais', 'Parallèlement', 'En parallèle',
  'Concrètement', 'Par exemple', 'Dans ce cadre', 'Dans ce contexte', 'À ce titre', 'Pour cela', 'Pour ce faire', 'En pratique',
]

/** Where the clause begins: an article, a determiner or a subject pronoun. */
const CLAUSE_OPENERS = [
  'le', 'la', 'les', 'l[’\']', 'un', 'une', 'des', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'ce', 'cet', 'cette', 'ces',
  'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'son', 'sa', 'ses', 'chaque', 'plusieurs', 'certains', 'certaines', 'tous', 'toutes',
]

const source = (phrase: string): string => phrase.replace(/’/g, '[’\']').replace(/ /g, '[ \\u00a0]+')

/** A connector at the start of the text or after a sentence's end, then a space and the clause's first word. */
const CONNECTOR_WITHOUT_COMMA = new RegExp(
  `(?:^|(?<=[.!?…][ \\u00a0]+|\\n[ \\t]*))(${CONNECTORS.map(source).join('|')})(?=[ \\u00a0]+(?:${CLAUSE_OPENERS.join('|')})(?:[ \\u00a0]|(?<=[’']))\\p{L}?)`,
  'gu',
)

/** What every match holds: one of the connectors' first words (most text has none). */
const HINT = new RegExp(`(?:${[...new Set(CONNECTORS.map((phrase) => source(phrase.split(' ')[0] ?? '')))].join('|')})`, 'u')

export function checkConnectorCommas(ranges: TextRange[], file: VFile): void {
  for (const range of ranges) {
    if (!HINT.test(range.prose)) continue
    for (const match of range.prose.matchAll(CONNECTOR_WITHOUT_COMMA)) {
      const index = match.index ?? 0
      if (looksEnglish(range, index)) continue
      const connector = match[0]
      const end = range.start + index + connector.length
      const next = /^[ \u00a0]+(\S+)/u.exec(range.prose.slice(index + connector.length))?.[1] ?? ''
      say(file, {
        fr: `Il manque une virgule après ${code(connector)} en tête de phrase : écrire ${code(`${connector}, ${next}`)}`,
        en: `Missing comma after the connector ${code(connector)} opening the sentence, expected ${code(`${connector}, ${next}`)}`,
        ...exact(file, end - 1, end, [','], [end, end]),
        fix: { start: end, end, text: ',' },
      })
    }
  }
}
