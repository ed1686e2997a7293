/**
 * Part of the `capitals` check of `offre-typography`, French pages only: the words that
 * spell out an acronym take no capital beyond the first (`des Vols Aériens Militaires
 * (VAM)` → `Vols aériens militaires`, `Dossier d’Architecture Technique (DAT)`,
 * `Communauté de Communes du Pays de Landerneau-Daoulas (CCPLD)`, and the other way
 * round, `DLA (Dispositif Local d’Accompagnement)`): the Lexique's rule for the names
 * of bodies, and French usage for common nouns, whose capitals an acronym does not make.
 *
 * An expansion is a run of capitalised words, with the small words between them (`de`,
 * `la`, `et`, `l’`), right before the acronym in brackets or inside the brackets after it;
 * its initials must spell the acronym (each initial in the acronym, in order), so that
 * the words are its expansion and not a sentence. Left alone:
 * - a word no common word in lower case (`Landerneau-Daoulas`, `France`), or that keeps its
 *   capital in names (`État`, `Nations`, `Pays`, `Premier`…);
 * - an expansion that opens with a name (`France Travail`), a possessive or an article
 *   (`Mon Espace Santé`: a brand), or with a ministry or a direction (their domains take
 *   capitals: `Direction générale des Finances publiques`; the adjectives are the
 *   institutions check's business);
 * - an expansion with an English word (`Open Source Program Office (OSPO)`) or whose
 *   words are all English ones too, with no French word between them (`Single Page
 *   (SPA)`), or opening with two English words (`Open Source Programme Office`), and English text. A line whose every word has a capital is checked too:
 *   the acronym says that its words spell it out (`* Le Centre de Consultation Médicale
 *   Maritime (CCMM)`).
 * Fix: the lower-case initial.
 */
import { englishSpeller, speller } from '@offre/spell-fr'
import type { VFile } from 'vfile'
import { fold } from '../distance.js'
import { isFrenchFunctionWord } from '../language.js'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { looksEnglish } from './offre-typography-language.js'
import type { TextRange } from './offre-typography-text.js'

/** An acronym in brackets (`(VAM)`, `(DGFiP)`), or an acronym before brackets (`DLA (…)`). */
const ACRONYM_IN_BRACKETS = /\((\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu}))*\p{Lu})\)/gu
const ACRONYM_BEFORE_BRACKETS = /(?<![\p{L}\p{M}\d_-])(\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu}))*\p{Lu}) \(([^()\n]{5,160})\)/gu

/** The small words an expansion holds between its capitalised words. */
const JOINERS: ReadonlySet<string> = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'et', 'à', 'au', 'aux', 'pour', 'par', 'en', 'sur', 'dans'])

/** Words that keep their capital inside a name (`Conseil d’État`, `Nations unies`, `Pays de la Loire`, `Premier ministre`). */
export const KEEP_CAPITAL: ReadonlySet<string> = new Set([
  'État', 'Etat', 'États', 'Etats', 'Nations', 'République', 'Homme', 'Église', 'Eglise', 'Premier', 'Première', 'Pays', 'Val', 'Mont', 'Saint', 'Sainte', 'Île', 'Ile', 'Côte', 'Cote', 'Port', 'Cap', 'Mer', 'Outre-mer', 'Outre-Mer', 'Europe', 'Grand', 'Haut', 'Haute', 'Hauts', 'Basse', 'Bas', 'Nord', 'Sud', 'Est', 'Ouest', 'Centre', 'Loire',
  // Towns that are common words in lower case too.
  'Paris', 'Nice', 'Tours', 'Orange', 'Cannes', 'Grasse', 'Vienne', 'Lens', 'Sens', 'Dole', 'Bar', 'Foix', 'Pau',
])

/** The first words of names whose domains take capitals (`Ministère de la Culture`, `Direction générale des Finances publiques`). */
export const DOMAIN_BODIES: ReadonlySet<string> = new Set(['Ministère', 'Ministères', 'Ministre', 'Direction', 'Directions', 'Délégation', 'Secrétariat', 'Commissariat', 'Inspection', 'Haut-Commissariat', 'Préfecture', 'Sous-direction'])

/** An adjective before the name's noun, which takes the capital with it (`Haute Autorité de santé`, `Grande Bibliothèque`). */
const LEADING_ADJECTIVES: ReadonlySet<string> = new Set(['Haute', 'Haut', 'Hautes', 'Hauts', 'Grand', 'Grande', 'Grands', 'Grandes', 'Nouvelle', 'Nouveau', 'Petit', 'Petite', 'Premier', 'Première'])

/** Articles that open a sentence before a name (`Un Centre de consultation…`): not the name's. */
const ARTICLES: ReadonlySet<string> = new Set(['un', 'une', 'le', 'la', 'les', 'l', 'des', 'du', 'd', 'de', 'au', 'aux', 'ce', 'cet', 'cette', 'ces'])

interface ExpansionWord {
  word: string
  index: number
}

/** The words of an expansion, from `text` (a slice of the prose at `offset`): capitalised ones and joiners; `undefined` if anything else is there. */
function expansionWords(text: string, offset: number): ExpansionWord[] | undefined {
  const words: ExpansionWord[] = []
  let last = 0
  for (const match of text.matchAll(/\p{L}[\p{L}\p{M}-]*/gu)) {
    const between = text.slice(last, match.index)
    if (!/^[ \t'’]*$/u.test(between)) return undefined
    const word = match[0]
    if (!/^\p{Lu}/u.test(word) && !JOINERS.has(word)) return undefined
    words.push({ word, index: offset + (match.index ?? 0) })
    last = (match.index ?? 0) + word.length
  }
  return /^[ \t]*$/.test(text.slice(last)) ? words : undefined
}

/** The capitalised run right before `end` in `prose`, from its first capitalised word. */
function runBefore(prose: string, end: number): ExpansionWord[] {
  const before = prose.slice(Math.max(0, end - 200), end)
  const offset = end - before.length
  const words: ExpansionWord[] = []
  const all = [...before.matchAll(/\p{L}[\p{L}\p{M}-]*/gu)]
  let next = before.length
  for (let at = all.length - 1; at >= 0; at--) {
    const match = all[at] as RegExpMatchArray
    const word = match[0]
    const wordEnd = (match.index ?? 0) + word.length
    if (!/^[ \t'’]*$/u.test(before.slice(wordEnd, next))) break
    if (!/^\p{Lu}/u.test(word) && !JOINERS.has(word)) break
    words.unshift({ word, index: offset + (match.index ?? 0) })
    next = match.index ?? 0
  }
  // From its first capitalised word that is no article (`Un Centre de…`, `Le Conseil…`, `Des Ateliers…`).
  while (words.length > 0 && (!/^\p{Lu}/u.test(words[0]?.word ?? '') || ARTICLES.has((words[0]?.word ?? '').toLowerCase()))) words.shift()
  return words
}

/** Whether the initials of `capitalised` spell `acronym`: each in it, in order, the first its first. */
function spells(capitalised: readonly string[], acronym: string): boolean {
  const letters = fold(acronym)
  const initials = capitalised.flatMap((word) => word.split('-').filter((part) => /^\p{Lu}/u.test(part)).map((part) => fold(part.charAt(0))))
  if (initials[0] !== letters[0]) return false
  let from = 0
  for (const initial of initials) {
    const at = letters.indexOf(initial, from)
    if (at === -1) return false
    from = at + 1
  }
  return true
}

/** The words of `words` that should lose their capital, or none if the run is no expansion of `acronym`. */
function miscapitalised(run: readonly ExpansionWord[], acronym: string): ExpansionWord[] {
  // The longest end of the run whose initials spell the acronym (`Demandez le Dossier d'Architecture Technique (DAT)`: from `Dossier`).
  let words = run
  for (;;) {
    const capitalised = words.filter(({ word }) => /^\p{Lu}/u.test(word))
    if (capitalised.length < 2) return []
    if (spells(capitalised.map(({ word }) => word), acronym)) break
    const next = words.findIndex((word, at) => at > 0 && /^\p{Lu}/u.test(word.word) && !ARTICLES.has(word.word.toLowerCase()))
    if (next === -1) return []
    words = words.slice(next)
  }
  const capitalised = words.filter(({ word }) => /^\p{Lu}/u.test(word))
  const french = speller()
  const english = englishSpeller()
  const first = capitalised[0]?.word ?? ''
  const firstLower = first.toLowerCase()
  if (DOMAIN_BODIES.has(first) || isFrenchFunctionWord(firstLower) || /^(?:mon|ma|mes|notre|nos|votre|vos)$/.test(firstLower) || !french.lookup(firstLower)) return []
  // An English word makes it an English name (`Open Source Program Office`); so do words
  // that English writes too, when none is French only and no French word joins them
  // (`Open Source (OSPO)`, `Single Page (SPA)`; not `Dossier d'Architecture Technique`).
  const inEnglish = ({ word }: ExpansionWord): boolean => english.lookup(word.toLowerCase())
  const joined = words.some(({ word }) => JOINERS.has(word))
  if (capitalised.some((word) => inEnglish(word) && !french.lookup(word.word.toLowerCase())) || (!joined && capitalised.every(inEnglish))) return []
  // Opening with two English words side by side: an English name, whatever follows (`Open Source Programme Office`).
  if (words[1] === capitalised[1] && capitalised.slice(0, 2).every(inEnglish)) return []
  return capitalised.slice(1).filter(({ word }, at) => {
    if (at === 0 && LEADING_ADJECTIVES.has(first)) return false
    // `MédicoLégaux`: inner capitals make a name of it.
    return !KEEP_CAPITAL.has(word) && /^\p{Lu}[\p{Ll}\p{M}-]+$/u.test(word) && french.lookup(word.toLowerCase())
  })
}

/** The words spelling out an acronym that take a capital they should not, with the acronym: `[index in the prose, word, acronym]`. */
export function expansionCapitals(range: TextRange): Array<[number, string, string]> {
  if (!/\p{Lu}\p{Lu}/u.test(range.prose) || !range.prose.includes('(')) return []
  const found: Array<[number, string, string]> = []
  for (const match of range.prose.matchAll(ACRONYM_IN_BRACKETS)) {
    const acronym = match[1] ?? ''
    const end = /[ \t]*$/.exec(range.prose.slice(0, match.index))
    const words = runBefore(range.prose, (match.index ?? 0) - (end?.[0].length ?? 0))
    for (const { word, index } of miscapitalised(words, acronym)) found.push([index, word, acronym])
  }
  for (const match of range.prose.matchAll(ACRONYM_BEFORE_BRACKETS)) {
    const acronym = match[1] ?? ''
    const inside = match[2] ?? ''
    const words = expansionWords(inside, (match.index ?? 0) + match[0].length - inside.length - 1)
    if (words === undefined) continue
    for (const { word, index } of miscapitalised(words, acronym)) found.push([index, word, acronym])
  }
  return found
}

/** Report each word of `expansionCapitals`, but where the text reads as English. */
export function reportExpansionCapitals(file: VFile, range: TextRange, found: Array<[number, string, string]>): void {
  for (const [index, actual, acronym] of found) {
    if (looksEnglish(range, index)) continue
    const start = range.start + index
    const expected = actual.charAt(0).toLowerCase() + actual.slice(1)
    say(file, {
      fr: `${code(actual)} : pas de majuscule aux mots qui développent un sigle (${code(acronym)}) hors du premier, écrire ${code(expected)}`,
      en: `Unexpected capital in ${code(actual)}, a word spelling out ${code(acronym)}, expected ${code(expected)}`,
      place: placeOf(file, start, start + actual.length),
      actual,
      expected: [expected],
      fix: { start, end: start + 1, text: expected.charAt(0) },
    })
  }
}
