/**
 * Capitals that keep their accent in French (`Etat` → `État`): common words whose
 * unaccented capital form is not a word of its own. Proper nouns are left out but for a few towns, whose name is official (people
 * spell their own names: `Etienne`, `Etalab`), and so are words that English writes
 * the same (`Edition`, `Evaluation`, `Election`, `Emission`), which the pages quote in
 * English titles.
 */

const WORDS = [
  'état', 'états', 'étatique', 'étatiques',
  'école', 'écoles', 'éducation', 'éducatif', 'éducative', 'éducatifs', 'éducatives',
  'également', 'électronique', 'électroniques', 'électricité',
  'économie', 'économies', 'économique', 'économiques',
  'énergie', 'énergies', 'équipe', 'équipes', 'équipement', 'équipements', 'équité',
  'établissement', 'établissements', 'établir',
  'étude', 'études', 'étudiant', 'étudiante', 'étudiants', 'étudiantes',
  'événement', 'événements', 'évènement', 'évènements',
  'élu', 'élue', 'élus', 'élues', 'éditeur', 'éditeurs', 'éditrice', 'éditrices',
  'étape', 'étapes', 'étranger', 'étrangère', 'étrangers', 'étrangères',
  'épreuve', 'épreuves', 'écrire', 'écrivez', 'écrit', 'écrits', 'écran', 'écrans',
  'élaboration', 'élaborer', 'élève', 'élèves', 'élément', 'éléments',
  'égalité', 'éviter', 'évitez', 'évidemment', 'échange', 'échanges', 'échanger',
  'évaluer', 'évaluez', 'écologie', 'écologique', 'écologiques',
  'être', 'êtes', 'île', 'îles',
  // Towns whose official name has the accent (the Code officiel géographique): `Evreux` → `Évreux`.
  'évreux', 'évry', 'épinal', 'étampes', 'épernay', 'évian', 'échirolles', 'élancourt',
]

const BARE: Readonly<Record<string, string>> = { é: 'E', è: 'E', ê: 'E', à: 'A', â: 'A', î: 'I', ô: 'O' }

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** `Etat` → `État`, `Ecole` → `École`… (capitalised forms only). */
export const CAPITAL_ACCENTS: ReadonlyMap<string, string> = new Map(
  WORDS.map((word) => [(BARE[word.charAt(0)] ?? word.charAt(0)) + word.slice(1), capitalise(word)] as const),
)

/** The accented capitals a bare capital may stand for. */
const ACCENTED: Readonly<Record<string, readonly string[]>> = { E: ['É', 'È', 'Ê'], A: ['À', 'Â'], I: ['Î'], O: ['Ô'] }

/**
 * Beyond the list: the accented form of a capitalised word that is no word as written
 * but is one with an accent on its capital (`Evolutive` → `Évolutive`, `Etant` →
 * `Étant`), by the dictionary (`isWord`). offre-typography reports it (a word English
 * writes the same, `Evolution`, not before an English word); offre-spelling leaves it
 * to that rule.
 */
export function accentOnCapital(word: string, isWord: (word: string) => boolean): string | undefined {
  const variants = ACCENTED[word.charAt(0)]
  if (variants === undefined || word.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(word) || isWord(word)) return undefined
  return variants.map((capital) => capital + word.slice(1)).find((variant) => isWord(variant) && isWord(variant.toLowerCase()))
}

/**
 * Words after which a capital `A` opening a sentence is the preposition `À`
 * (`A propos`, `A partir de`, `A la une`), and never the verb or a letter (`plan A`).
 */
export const A_PREPOSITION_NEXT: ReadonlySet<string> = new Set([
  'propos', 'partir', 'noter', 'savoir', 'titre', 'venir', 'défaut', 'terme', 'travers', 'côté',
  'cet', 'ce', 'cette', 'ces', 'la', 'l', 'lire', 'voir', 'suivre', 'retenir', 'bientôt', 'nouveau',
  'chaque', 'compter', 'condition', 'moins', 'peine', 'quoi', 'quel', 'quelle', 'quels', 'quelles',
  'votre', 'vos', 'notre', 'nos', 'leur', 'leurs', 'son', 'sa', 'ses', 'mon', 'ma', 'mes',
  'vous', 'nous', 'tous', 'tout', 'toutes', 'destination', 'date', 'présent', 'distance', 'partager',
])

/** The accented letters a bare one may stand for, inside a word in capitals. */
const ACCENTS_OF: Readonly<Record<string, readonly string[]>> = { e: ['é', 'è', 'ê', 'ë'], a: ['à', 'â'], i: ['î', 'ï'], o: ['ô'], u: ['ù', 'û', 'ü'], c: ['ç'] }

/**
 * A word written in capitals without its accents (`PROBLEME` → `PROBLÈME`, `REPUBLIQUE
 * FRANCAISE` → `FRANÇAISE`): the spellings of it in lower case with one accented letter,
 * or else two, that the dictionary knows (`isWord`), in capitals; none when it is a word
 * as written. Several when as few accents make several words. Two accents at most: the
 * spellings tried stay a few hundred for the longest word, where all of them would be
 * thousands (`PROBLEMATIQUE`), and words with three are rare.
 */
export function accentsInCapitals(word: string, isWord: (word: string) => boolean): string[] {
  const lower = word.toLowerCase()
  if (word.length < 4 || word.length > 25 || !/^\p{Lu}+$/u.test(word) || isWord(lower)) return []
  const letters = [...lower]
  const places = letters.flatMap((letter, at) => (ACCENTS_OF[letter] ?? []).map((accented) => [at, accented] as const))
  const spell = (changes: ReadonlyArray<readonly [number, string]>): string => letters.map((letter, at) => changes.find(([place]) => place === at)?.[1] ?? letter).join('')
  const one = places.map((change) => spell([change])).filter(isWord)
  if (one.length > 0) return one.map((variant) => variant.toUpperCase())
  const two: string[] = []
  for (const [index, first] of places.entries()) {
    for (const second of places.slice(index + 1)) if (second[0] !== first[0]) two.push(spell([first, second]))
  }
  return two.filter(isWord).map((variant) => variant.toUpperCase())
}

