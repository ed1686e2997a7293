/**
 * Part of the `capitals` check of `offre-typography`, French pages only: the names of
 * public bodies take a capital on their first word only, and the names of ministries on
 * what the ministry is in charge of (the French convention of the Lexique des règles
 * typographiques, which Grammalecte's `minis` option checks the other way round, `le
 * ministère de l'intérieur`):
 * - `ministère` and `ministre` inside a sentence take none (`le Ministère de
 *   l'Intérieur` → `le ministère de l'Intérieur`; `le Premier Ministre` → `ministre`);
 * - an adjective after the noun that opens a body's name takes none (`Direction
 *   Générale des Finances publiques` → `Direction générale`, `Agence Nationale`, `Conseil
 *   Interministériel`, `Commission Européenne`, `Établissement Public`, `Police
 *   Nationale`), nor after any common noun opening a programme's or a service's name
 *   (`l’Enseignement Supérieur`, `le Service national Universel`), and `la Cour des
 *   Comptes` → `comptes`;
 * - a noun after a noun and its preposition takes none (`Revue de Presse`, `Chef de
 *   Projet`), but where it keeps one (streets, monuments, ministries' domains,
 *   institutions, towns, brands: see `NAMING_NOUNS`, `KEEPS_ITS_CAPITAL`, `BRANDS`).
 * Only the adjectives listed, and not where the text reads as English. Fix: the
 * lower-case initial.
 */
import type { VFile } from 'vfile'
import { placeOf } from '../places.js'
import { code, say } from '../report.js'
import { isFrenchFunctionWord } from '../language.js'
import { looksEnglish } from './offre-typography-language.js'
import { speller } from '@offre/spell-fr'
import { PRODUCTS, PROPER_NOUNS } from '../data/proper-nouns.js'
import { accentOnCapital } from '../data/capital-accents.js'
import { DOMAIN_BODIES, KEEP_CAPITAL, expansionCapitals, reportExpansionCapitals } from './offre-typography-expansions.js'
import type { TextRange } from './offre-typography-text.js'

/** `Ministère` or `Ministre` after a word in lower case, an elision or `Premier`: inside a sentence. */
const MINISTRY = /(?<=(?:\p{Ll}[\p{Ll}\p{M}]*|Premier) |(?<![\p{L}\p{M}])[dl]['’])(Ministères?|Ministres?)(?![\p{L}\p{M}\d-])/gu

const BODIES = ['Direction', 'Délégation', 'Conseil', 'Agence', 'Établissement', 'Etablissement', 'Institut', 'Centre', 'Comité', 'Commission', 'Secrétariat', 'Inspection', 'Office', 'Autorité', 'Caisse', 'Observatoire', 'Organisation', 'École', 'Ecole', 'Union', 'Assemblée', 'Gendarmerie', 'Police', 'Fédération', 'Muséum', 'Museum', 'Banque', 'Bibliothèque', 'Fabrique', 'Incubateur', 'Socle', 'Laboratoire', 'Atelier', 'Pôle', 'Syndicat', 'Chambre', 'Fonction', 'Ministère', 'Ministères', 'Plateforme', 'Conférence', 'Cellule', 'Mission']
const ADJECTIVES = [
  'Générale?s?', 'Généraux', 'Interministériel(?:le)?s?', 'Nationale?s?', 'Nationaux', 'Publique?s?', 'Territoriale?s?', 'Territoriaux', 'Supérieure?s?',
  'Régionale?s?', 'Régionaux', 'Départementale?s?', 'Départementaux', 'Européen(?:ne)?s?', 'Française?s?', 'Numériques?', 'Scientifiques?', 'Techniques?', 'Mondiale?s?', 'Internationale?s?', 'Géographiques?', 'Maritimes?', 'Opérationnel(?:le)?s?', 'Sociale?s?', 'Sociaux', 'Médicale?s?', 'Médicaux', 'Juridiques?', 'Judiciaires?', 'Naturel(?:le)?s?', 'Militaires?', 'Civile?s?', 'Fiscale?s?', 'Fiscaux', 'Agricoles?', 'Sanitaires?', 'Statistiques?', 'Interdépartementale?s?', 'Interrégionale?s?', 'Adjointe?s?', 'Déléguée?s?', 'Permanente?s?',
  'Universel(?:le)?s?', 'Pluriannuel(?:le)?s?', 'Environnementale?s?', 'Environnementaux', 'Énergétiques?', 'Écologiques?', 'Solidaires?', 'Locale?s?', 'Locaux', 'Municipale?s?', 'Municipaux', 'Administrati(?:f|ve)s?', 'Économiques?', 'Renouvelables?', 'Durables?', 'Actifs?', 'Actives?',
]
/** The adjectives with either initial: a name's chain goes on through one in lower case (`le Service national Universel`). */
const ANY_CASE_ADJECTIVES = ADJECTIVES.map((adjective) => `[${adjective.charAt(0)}${adjective.charAt(0).toLowerCase()}]${adjective.slice(1)}`)

/**
 * A capitalised word, then an adjective (`Direction Générale`, `Service National`,
 * `l’Identité Judiciaire`): the word opens a name if it is a body's noun, or any common
 * noun of French (`Service`, which English writes too; English text is left alone) that does not keep its capital in names (`Pays`, `Mer`, `Seine`…).
 */
const NOUN_ADJECTIVE = new RegExp(`(?<![\\p{L}\\p{M}\\d_-])(\\p{Lu}[\\p{Ll}\\p{M}]+) (${ANY_CASE_ADJECTIVES.join('|')})(?![\\p{L}\\p{M}\\d-])`, 'gu')

/** One more adjective, alone or after `et` (`… Régionale et Interdépartementale`, `… national Universel`). */
const NEXT_ADJECTIVE = new RegExp(`^(?: et)? (${ANY_CASE_ADJECTIVES.join('|')})(?![\\p{L}\\p{M}\\d-])`, 'u')

/**
 * Adjectives checked after a body's noun only: `Maritime` opens a place's name after a
 * noun (`Seine-Maritime`, often written `Seine Maritime`), and `Numérique` a product's or
 * a label's (`Démarche Numérique`, `Territoire Numérique Libre`, `La Ruche Numérique`).
 */
const BODY_ONLY_ADJECTIVE = /^(?:Maritimes?|Numériques?)$/u

/** Nouns whose adjective keeps a capital, or that are names too: places, the sea, a river. */
const NAME_NOUNS: ReadonlySet<string> = new Set([
  'Seine', 'Charente', 'Loire', 'Alpes', 'Pyrénées', 'Corse', 'Guyane', 'Polynésie', 'Océan', 'Massif', 'Golfe',
  // Departments and rivers that are common words too (`le département de la Somme`).
  'Somme', 'Manche', 'Marne', 'Creuse', 'Aube', 'Cher', 'Lot', 'Var', 'Gard', 'Orne', 'Eure', 'Meuse', 'Ain', 'Indre', 'Loir', 'Vienne',
  // Towns and regions that are common words too (`l’Université de Bordeaux`, `l’Académie de Rennes`).
  'Rennes', 'Bordeaux', 'Valence', 'Cognac', 'Champagne', 'Bourgogne', 'Bretagne', 'Normandie', 'Savoie', 'Lorraine', 'Picardie', 'Auvergne', 'Provence',
])

const BODY_NOUNS: ReadonlySet<string> = new Set(BODIES.flatMap((body) => [body, `${body}s`]))

/**
 * A capitalised noun, a preposition, a capitalised noun (`une Stratégie de Déploiement`, `la
 * Plateforme de l’Inclusion`, `le Code de la Santé publique`): the second takes no capital,
 * as in a body's name, unless it keeps one in names (`Conseil d’État`) or the first is a
 * ministry's or a direction's, whose domains take capitals (`ministère de la Culture`).
 */
const NOUN_OF_NOUN = /(?<![\p{L}\p{M}\d_-])(?<![\p{L}\p{M}]{2}['’])(\p{Lu}[\p{Ll}\p{M}]+) (?:de la |de l['’]|d['’]|de |des |du |pour la |pour le |pour les |pour l['’]|sur la |sur le |sur les |sur l['’])(?=(\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}\d_'’-]))/gu

/**
 * Nouns after which the name's second word keeps its capital: streets and buildings (`rue
 * de la Paix`, `palais des Congrès`, `couvent des Jacobins`: the Lexique's rule for
 * monuments), and first names that are words (`Jean de La Fontaine`).
 */
const NAMING_NOUNS: ReadonlySet<string> = new Set([
  'Rue', 'Avenue', 'Boulevard', 'Place', 'Quai', 'Allée', 'Impasse', 'Chemin', 'Square', 'Cours', 'Pont', 'Porte', 'Siècle', 'Arts',
  'Palais', 'Château', 'Musée', 'Tour', 'Couvent', 'Église', 'Cathédrale', 'Abbaye', 'Halle', 'Opéra', 'Théâtre', 'Stade', 'Gare', 'Hôtel', 'Parc', 'Jardin', 'Jardins',
  'Jean', 'Pierre', 'Marie', 'Claude', 'Rose', 'Blanche', 'Constance', 'Prudence', 'Aimé', 'Olive',
])

/**
 * Second words that keep their capital: an institution's own name (`la Cour des comptes`,
 * `Focus sur la Gendarmerie nationale`), `le Libre` of the free software movement (`le
 * Comptoir du Libre`, `Capitole du Libre`), and the field's products (`Connaissance de Git`).
 */
const KEEPS_ITS_CAPITAL: ReadonlySet<string> = new Set([...BODY_NOUNS, ...DOMAIN_BODIES, 'Cour', 'Défense', 'Libre', ...PRODUCTS, ...PROPER_NOUNS, 'Git', 'Zoom'])

/** Brands written with their capitals (`la Banque des Territoires`, `la Fabrique des Mobilités`). */
const BRANDS = /^(?:Banque des Territoires|Fabrique des Mobilités|Maison de la Mutualité|Startups? de Territoires?)$/u

/** A ministry's or a direction's name before the noun (`ministères de la Santé, de la Justice`): its domains take capitals. */
const AFTER_DOMAIN_BODY = new RegExp(`(?:${[...DOMAIN_BODIES].join('|')})s? (?:de la |de l['’]|des |du |de |d['’])$`, 'iu')

/** Whether `word` may open a public body's or a programme's name: a body's noun, or a common noun of French that is no place. */
function opensName(word: string): boolean {
  if (BODY_NOUNS.has(word)) return true
  if (KEEP_CAPITAL.has(word) || NAME_NOUNS.has(word)) return false
  // `l’Education Nationale`: the noun without the accent its capital takes (which the accents check reports) opens it too.
  const lookup = (candidate: string): boolean => speller().lookup(candidate.toLowerCase())
  return lookup(word) || accentOnCapital(word, lookup) !== undefined
}

/** What every match needs: a body's noun, `Minist…` or `Cour` (most text has none). */
const BODY_HINT = new RegExp(`${[...BODIES, 'Minist', 'Cour'].join('|')}| (?:${[...new Set(ADJECTIVES.map((adjective) => adjective.slice(0, 3)))].join('|')})|\\p{Ll} (?:(?:de|des|du|pour|sur) (?:la |le |les |l['’])?|d['’]|de l['’])\\p{Lu}`, 'u')

/** `la Cour des comptes`: the name's first word only. */
const COUR_DES_COMPTES = /(?<![\p{L}\p{M}])Cours? des Comptes(?![\p{L}\p{M}])/gu

/** A line whose every word of four letters or more has a capital: a title in English style, a name, a menu. */
function titleCase(range: TextRange): boolean {
  const words = range.prose.match(/\p{L}{4,}/gu) ?? []
  return words.length >= 4 && words.every((word) => /^\p{Lu}/u.test(word))
}

export function checkInstitutionCapitals(ranges: TextRange[], file: VFile): void {
  for (const range of ranges) {
    const expansions = expansionCapitals(range)
    if (!BODY_HINT.test(range.prose) && expansions.length === 0) continue
    // A line in title case is a title in English style or a menu, but for an acronym's words (their acronym says what they are).
    const found = titleCase(range) ? [] : bodyCapitals(range)
    // A word both rules find is said once, as the body's (`Direction Générale … (DGFiP)`).
    const said = new Set(found.map(([index]) => index))
    reportExpansionCapitals(file, range, expansions.filter(([index]) => !said.has(index)))
    for (const [index, actual] of found) {
      if (looksEnglish(range, index)) continue
      const start = range.start + index
      const expected = actual.charAt(0).toLowerCase() + actual.slice(1)
      say(file, {
        fr: `${code(actual)} : pas de majuscule dans le nom d’un ministère ou d’un organisme public hors de son premier mot, écrire ${code(expected)}`,
        en: `Unexpected capital in a ministry's or public body's name in ${code(actual)}, expected ${code(expected)}`,
        place: placeOf(file, start, start + actual.length),
        actual,
        expected: [expected],
        fix: { start, end: start + 1, text: expected.charAt(0) },
      })
    }
  }
}

/** The capitals of the ministries' and bodies' names, in the order of the text. */
function bodyCapitals(range: TextRange): Array<[number, string]> {
  const found: Array<[number, string]> = []
  if (!BODY_HINT.test(range.prose)) return found
  for (const match of range.prose.matchAll(MINISTRY)) found.push([match.index ?? 0, match[1] ?? ''])
  for (const match of range.prose.matchAll(COUR_DES_COMPTES)) found.push([(match.index ?? 0) + match[0].length - 'Comptes'.length, 'Comptes'])
  for (const match of range.prose.matchAll(NOUN_ADJECTIVE)) {
    const [, noun = '', first = ''] = match
    if (!opensName(noun) || (BODY_ONLY_ADJECTIVE.test(first) && !BODY_NOUNS.has(noun))) continue
    // Inside a longer name, a brand's or a label's (`France Université Numérique`, `Open Source et Communs Numériques`).
    // A word before it that loses its capital is no part of a brand (`Direction Générale des Finances Publiques`).
    const window = Math.max(0, (match.index ?? 0) - 40)
    const previous = /(\p{Lu}[\p{L}\p{M}]*)(?: (?:et|de|des|du|d['’]))? $/u.exec(range.prose.slice(window, match.index))
    const before = previous?.[1]
    const lowered = previous !== null && found.some(([index]) => index === window + previous.index)
    if (before !== undefined && !lowered && !BODY_NOUNS.has(noun) && !isFrenchFunctionWord(before.toLowerCase())) continue
    // The adjectives after it too (`Direction Générale Adjointe`, `Direction Régionale et Interdépartementale`), those with a capital reported.
    let at = (match.index ?? 0) + match[0].length
    const chain: Array<[number, string]> = [[at - first.length, first]]
    for (let next = NEXT_ADJECTIVE.exec(range.prose.slice(at)); next !== null; next = NEXT_ADJECTIVE.exec(range.prose.slice(at))) {
      const adjective = next[1] ?? ''
      chain.push([at + next[0].length - adjective.length, adjective])
      at += next[0].length
    }
    // A name going on with a capitalised word is a brand's or a label's (`le label Territoire Numérique Libre`).
    if (!BODY_NOUNS.has(noun) && /^ \p{Lu}/u.test(range.prose.slice(at, at + 2))) continue
    found.push(...chain.filter(([, adjective]) => /^\p{Lu}/u.test(adjective)))
  }
  const reported = new Set(found.map(([index]) => index))
  for (const match of range.prose.matchAll(NOUN_OF_NOUN)) {
    // The second noun is matched ahead, so that it may open the next name (`Conseil Interministériel des Administrateurs de Données`).
    const [opening, noun = '', second = ''] = match
    const written = opening + second
    const index = (match.index ?? 0) + opening.length
    if (reported.has(index) || DOMAIN_BODIES.has(noun) || NAMING_NOUNS.has(noun) || NAMING_NOUNS.has(second) || isFrenchFunctionWord(noun.toLowerCase()) || !opensName(noun)) continue
    if (KEEP_CAPITAL.has(second) || NAME_NOUNS.has(second) || KEEPS_ITS_CAPITAL.has(second) || !speller().lookup(second.toLowerCase())) continue
    if (BRANDS.test(written)) continue
    // Inside a longer name (`France Stratégie`), after a ministry's (`ministère de la Santé`), or before a name (`Maison de Victor Hugo`).
    const preceding = range.prose.slice(Math.max(0, (match.index ?? 0) - 40), match.index)
    if (AFTER_DOMAIN_BODY.test(preceding)) continue
    const before = /(\p{Lu}[\p{L}\p{M}]*) $/u.exec(preceding)?.[1]
    const nextIsName = /^ \p{Lu}/u.test(range.prose.slice(index + second.length, index + second.length + 2)) && !reported.has(index + second.length + 1)
    if ((before !== undefined && !isFrenchFunctionWord(before.toLowerCase())) || nextIsName) continue
    reported.add(index)
    found.push([index, second])
  }
  return found.sort((a, b) => a[0] - b[0])
}
