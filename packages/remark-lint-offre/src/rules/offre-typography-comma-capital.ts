/**
 * Part of the `capitals` check of `offre-typography`, French pages only: after a comma
 * the sentence goes on, so an article, a pronoun or a conjunction there takes no capital
 * (`…, L'Allemagne, le Kenya` → `l'Allemagne`; `…, Une tribune de…` → `une tribune`).
 * Only these closed-class words, and only before a word in lower case (`, Le Monde`,
 * `, La Poste` are names) or, after an elided article, before a common noun or a
 * country (`, L'Union européenne`, `, L'Allemagne`) that no other capitalised word
 * follows (`, L'Oréal`, `, L'Usine Nouvelle` are names). After a digit or a capital
 * (`1, Le`, `A, Le`: a list of labels) nothing is said. Fix: the lower-case initial.
 */
import type { VFile } from 'vfile'
import { speller } from '@offre/spell-fr'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { looksEnglish } from './offre-typography-language.js'
import type { TextRange } from './offre-typography-text.js'

const OPENERS = [
  'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Du', 'Au', 'Aux', 'Ce', 'Cet', 'Cette', 'Ces', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Notre', 'Nos', 'Votre', 'Vos',
  'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Vous', 'Et', 'Mais', 'Ou', 'Donc', 'Car', 'Qui', 'Que', 'Dont', 'Dans', 'Avec', 'Pour', 'Par', 'Sur', 'Sans',
]

/** `, Une tribune`: a comma after a word, a closed-class word with a capital, a word in lower case. */
const AFTER_COMMA = new RegExp(`, (?:(${OPENERS.join('|')}) (?=\\p{Ll})|([LD])['’](?=(\\p{Lu}[\\p{L}\\p{M}-]*|\\p{Ll})))`, 'gu')

/** Countries and continents whose names elide the article (`l'Allemagne`): never part of a name with `L'`. */
const PLACES = new Set(['Afrique', 'Albanie', 'Algérie', 'Allemagne', 'Amérique', 'Angleterre', 'Arabie', 'Argentine', 'Arménie', 'Asie', 'Australie', 'Autriche', 'Écosse', 'Égypte', 'Espagne', 'Estonie', 'Éthiopie', 'Europe', 'Inde', 'Indonésie', 'Irlande', 'Islande', 'Italie', 'Océanie', 'Ouganda', 'Ukraine', 'État'])

/** Another capitalised word right after (`L'Usine Nouvelle`): a name. */
const NAME_GOES_ON = /^[\p{L}\p{M}-]*[ \t]+\p{Lu}/u

/** What the comma follows: a word, or the end of a link, an emphasis, a quotation (`…](…), Une`). */
const BEFORE_COMMA = /[\p{Ll}\p{M})\]»"”’*_]/u

export function checkCapitalAfterComma(ranges: TextRange[], file: VFile): void {
  const source = String(file.value ?? '')
  for (const range of ranges) {
    if (!range.prose.includes(', ')) continue
    for (const match of range.prose.matchAll(AFTER_COMMA)) {
      const [, word, elided, name] = match
      if (!BEFORE_COMMA.test(source[range.start + (match.index ?? 0) - 1] ?? '')) continue
      const index = (match.index ?? 0) + 2
      // `, L'Oréal`, `, L'Usine Nouvelle`: an elided article before a name is part of it.
      if (elided !== undefined && name !== undefined && (!(PLACES.has(name) || speller().lookup(name.toLowerCase())) || NAME_GOES_ON.test(range.prose.slice(index + 2)))) continue
      if (looksEnglish(range, index)) continue
      const start = range.start + index
      const actual = word ?? `${elided}${range.prose[index + 1]}`
      const expected = actual.charAt(0).toLowerCase() + actual.slice(1)
      say(file, {
        fr: `${code(actual)} : pas de majuscule après une virgule, écrire ${code(expected)}`,
        en: `Unexpected capital after a comma in ${code(actual)}, expected ${code(expected)}`,
        place: placeOf(file, start, start + actual.length),
        actual,
        expected: [expected],
        fix: { start, end: start + 1, text: expected.charAt(0) },
      })
    }
  }
}
