/**
 * Part of the `punctuation` check of `offre-typography`, French pages only: a
 * connector opening a sentence (`En effet`, `Par ailleurs`, `Aujourd’hui`,
 * `Cependant`…) is followed by a comma before the clause it opens (`Par ailleurs le
 * jardin partagé` → `Par ailleurs, le jardin partagé`). Only the connectors that French
 * usage always sets apart (not `Ainsi`, `Enfin`, `Ensuite`, whose comma is optional), at
 * the start of a sentence, before an article, a determiner or a subject pronoun: the
 * place where the clause begins. On the 662 startup pages of beta.gouv.fr, these
 * connectors take the comma about seven times in eight. Fix: the comma.
 *
 * Two commas French does not write:
 * - before the `et` that closes an enumeration of single words (`chercheurs, enseignants,
 *   et étudiants` → `chercheurs, enseignants et étudiants`), not before an `et` that opens a
 *   clause of its own (`…, LibreOffice, et c’est ce fork`);
 * - before an opening bracket (`d’ici à 2030, (soit un gain…)`): the comma goes after the
 *   brackets, if anywhere; not before a numbered item (`…, (2) favoriser`).
 * Fix: the comma taken out.
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

/** Where `et` opens a clause rather than ends an enumeration: a subject pronoun, `c’est`, `ce`, `qui`. */
const CLAUSE_AFTER_ET = /^(?:[cjlnmst][’']|qu[’']|(?:il|elle|ils|elles|on|nous|vous|je|tu|ce|cela|ceci|ça|qui|que|puis|donc|surtout|notamment|même|enfin|bien|pas|non|aussi|ainsi|c[æa]etera|cætera|cetera|al)(?![\p{L}\p{M}]))/iu

/** Two single words in an enumeration, then `, et`: `chercheurs, enseignants, et`. */
const COMMA_BEFORE_ET = /(?<![\p{L}\p{M}\d_'’-])[\p{L}\p{M}]+, [\p{L}\p{M}’'-]+(,) et (?=[\p{L}\p{M}])/gu

/** A comma before an opening bracket that is not an item's number (`(2)`, `(a)`, `(CE)`). */
const COMMA_BEFORE_BRACKET = /(?<=[\p{L}\p{M}\d])(,) \((?![\p{L}\d]{1,2}\)|CE\))/gu

export function checkNeedlessCommas(ranges: TextRange[], file: VFile): void {
  for (const range of ranges) {
    const prose = range.prose
    if (prose.includes(', et ')) {
      for (const match of prose.matchAll(COMMA_BEFORE_ET)) {
        const index = (match.index ?? 0) + match[0].length - ', et '.length
        const rest = prose.slice(index + ', et '.length)
        if (CLAUSE_AFTER_ET.test(rest) || looksEnglish(range, index)) continue
        const at = range.start + index
        const next = /^\S+/u.exec(rest)?.[0] ?? ''
        say(file, {
          fr: `Pas de virgule avant le ${code('et')} qui clôt une énumération : écrire ${code(`et ${next}`)}`,
          en: `Unexpected comma before the ${code('et')} that ends an enumeration, expected ${code(`et ${next}`)}`,
          ...exact(file, at, at + 1, [''], [at, at + 1]),
          fix: { start: at, end: at + 1, text: '' },
        })
      }
    }
    if (prose.includes(', (')) {
      for (const match of prose.matchAll(COMMA_BEFORE_BRACKET)) {
        const index = match.index ?? 0
        if (looksEnglish(range, index)) continue
        const at = range.start + index
        say(file, {
          fr: `Pas de virgule avant une parenthèse : écrire ${code('… (')}, la virgule éventuelle après la parenthèse fermante`,
          en: `Unexpected comma before an opening bracket: a comma, if any, goes after the closing one`,
          ...exact(file, at, at + 1, [''], [at, at + 1]),
          fix: { start: at, end: at + 1, text: '' },
        })
      }
    }
  }
}
