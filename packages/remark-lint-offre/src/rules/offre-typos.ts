/**
 * offre-typos: known French misspellings (`logciel` → `logiciel`) and misspelt
 * phrases (`mise en places` → `mise en place`, `data/typo-phrases.ts`), whole words only,
 * case-aware, in the body and the front matter's prose, never in code, URLs or addresses,
 * nor on pages in another language
 * (`en/`). Fix: the correction, in the case
 * of the word found.
 * A noun made with `non` takes a hyphen (`des non développeurs` → `des non-développeurs`,
 * `le non respect` → `le non-respect`): `non` between a determiner and a word of the
 * dictionary. Fix: the hyphen. A learned prefix is welded to its word (`pré-remplissage` →
 * `préremplissage`). Fix: the hyphen removed.
 *
 * Options: `{ extra?: Record<string, string> }`, more misspellings for the site.
 */
import type { Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import { englishSpeller, speller } from '@offre/spell-fr'
import { isUpper, matchCase } from '../case.js'
import { PHRASE_NOT_BEFORE, TYPO_PHRASES } from '../data/typo-phrases.js'
import { TYPOS } from '../data/typos.js'
import { placeOf } from '../places.js'
import { isFrench } from '../settings.js'
import { proseOf, type ProseRange } from '../prose.js'
import { frontMatterProse } from '../front-matter-prose.js'
import { code, ruleUrl, say } from '../report.js'
import { isFrenchFunctionWord } from '../language.js'

/** The page's prose: its front matter's (titles, descriptions, a product's mission) and its body's. */
function textsOf(tree: Root, file: VFile): ProseRange[] {
  return [...frontMatterProse(tree, file), ...proseOf(tree, file)]
}

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

/**
 * The phrases as one expression: each word apart, whatever spaces (or line break) between
 * them, either apostrophe, each word's first letter in either case (`Hauts de France`).
 * Plain literals (no `i`, no `u`, no look-around: those make a long alternation slow to
 * compile and to run); the word boundaries are checked in code.
 */
const escapeWord = (word: string): string =>
  literal(word).replace(/(^|-|\['’\])(\p{L})/gu, (_, before: string, letter: string) => `${before}[${letter.toLowerCase()}${letter.toUpperCase()}]`)
/** `text` as a regular expression that matches it, either apostrophe. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")
}

/** A letter, mark, digit or joiner: what a whole word has neither right before nor right after it. */
const WORD_CHAR = /[\p{L}\p{M}\d_'’-]/u
/** An elided word right before a phrase (`l’`, `d’`, `qu’`): the phrase is a word of its own. */
const ELIDED_BEFORE = /(?<![\p{L}\p{M}\d_'’-])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]$/iu
/** Words too common in any text to sift it (`le mal logement`, `heures et demi`): such a phrase is its own hint. */
const COMMON_WORDS: ReadonlySet<string> = new Set(['logement', 'savoir', 'heure', 'heures', 'année', 'années', 'semaine', 'semaines', 'journée', 'journées', 'minute', 'minutes', 'seconde', 'secondes', 'tous', 'toutes'])

const PHRASES = new RegExp(
  `(?:${Object.keys(TYPO_PHRASES)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.split(' ').map(escapeWord).join('\\s+'))
    .join('|')})`,
  'g',
)
/**
 * What the text of a phrase's range must hold: the longest word of one of the phrases
 * (the whole phrase when its words are short, `du l’`), case aside. Most text holds none,
 * and this test is far cheaper than `PHRASES`. Derived from the list, so a new phrase
 * is never left out of it.
 */
const PHRASE_HINT = new RegExp(
  [...new Set(Object.keys(TYPO_PHRASES).map(hintOf))]
    .map((hint) => literal(hint).replace(/ /g, '\\s+'))
    .join('|'),
  'i',
)

function hintOf(phrase: string): string {
  const longest = phrase.split(/[\s'’]+/).reduce((a, b) => (b.length > a.length ? b : a), '')
  return longest.length >= 4 && !COMMON_WORDS.has(longest) ? longest : phrase
}

function checkPhrases(ranges: readonly ProseRange[], file: VFile): void {
  for (const range of ranges) {
    if (!PHRASE_HINT.test(range.text)) continue
    for (const match of range.text.matchAll(PHRASES)) {
      const index = match.index ?? 0
      // A whole word: nothing of a word right before (but an elided word, `l’appel à projet`),
      // nor right after (but after an elision, `du l’`, its word goes on).
      if (WORD_CHAR.test(range.text[index - 1] ?? ' ') && !ELIDED_BEFORE.test(range.text.slice(Math.max(0, index - 8), index))) continue
      if (!/['’]$/.test(match[0]) && WORD_CHAR.test(range.text[index + match[0].length] ?? ' ')) continue
      checkPhrase(file, match, range.start + index)
    }
  }
}

function checkPhrase(file: VFile, match: RegExpMatchArray, start: number): void {
  const end = start + match[0].length
  const written = match[0]
  const key = written.toLowerCase().replace(/\s+/g, ' ').replace(/'/g, '’')
  const correction = TYPO_PHRASES[key] ?? TYPO_PHRASES[key.replace(/’/g, "'")]
  if (correction === undefined) return
  const after = String(file.value ?? '').slice(end, end + 40)
  if (PHRASE_NOT_BEFORE[key]?.test(after)) return
  // The writer's apostrophe and first capital; the correction's spaces.
  const apostrophe = written.includes("'") ? "'" : '’'
  const expected = (typeof correction === 'string' ? [correction] : correction).map((text) => {
    const corrected = text.replace(/['’]/g, apostrophe)
    return /^\p{Lu}/u.test(written) ? corrected.charAt(0).toUpperCase() + corrected.slice(1) : corrected
  })
  const [only] = expected
  say(file, {
    fr: `${code(written.replace(/\s+/g, ' '))} : faute dans l’expression, écrire ${expected.map(code).join(' ou ')}`,
    en: `Unexpected ${code(written.replace(/\s+/g, ' '))}, expected ${expected.map(code).join(' or ')}`,
    place: placeOf(file, start, end),
    actual: written,
    expected,
    // A fix only when the correction is one.
    ...(expected.length === 1 && only !== undefined ? { fix: { start, end, text: only } } : {}),
  })
}

/**
 * `non` as a noun's prefix: after a determiner, before a word (`les non initiés`, `un non
 * respect`, `aux non étudiants`). `non` after a noun is an adverb (`des données non
 * personnelles`), and so it is before `moins`, `plus`, `pas`, `seulement`.
 */
const NOUN_DETERMINERS = ['les', 'des', 'aux', 'un', 'une', 'le', 'la', 'du', 'au', 'ces', 'leurs', 'nos', 'vos', 'ses']
const NON_NOUN = new RegExp(`(?<![\\p{L}\\p{M}\\d_'’-])(?:${NOUN_DETERMINERS.join('|')})[ \\t]+([Nn]on)([ \\t]*\\n[ \\t]*|[ \\t]+)(\\p{L}[\\p{L}\\p{M}]*)(?![\\p{L}\\p{M}\\d_'’-])`, 'giu')
const NON_ADVERB_BEFORE: ReadonlySet<string> = new Set(['moins', 'plus', 'pas', 'seulement', 'loin', 'sans', 'point', 'seul', 'seule', 'merci', 'content', 'contente'])

/** `lI est utilisable`: the pronoun typed with its letters' cases swapped (`lI`, `lIs`). */
const SWAPPED_PRONOUN = /(?<![\p{L}\p{M}\d_'’-])l(I)(s?)(?![\p{L}\p{M}\d_'’-])/gu

function checkSwappedPronouns(ranges: readonly ProseRange[], file: VFile): void {
  for (const range of ranges) {
    if (!range.text.includes('lI')) continue
    for (const match of range.text.matchAll(SWAPPED_PRONOUN)) {
      const start = range.start + (match.index ?? 0)
      const expected = `Il${match[2] ?? ''}`
      say(file, {
        fr: `${code(match[0])} : faute de frappe, écrire ${code(expected)}`,
        en: `Unexpected ${code(match[0])}, expected ${code(expected)}`,
        place: placeOf(file, start, start + match[0].length),
        actual: match[0],
        expected: [expected],
        fix: { start, end: start + match[0].length, text: expected },
      })
    }
  }
}

/**
 * `des` before an adjective that comes before its noun is `de` (`sur des courtes distances`,
 * `grâce à des bonnes pratiques`, `d’intégrer des nouvelles aides` → `de courtes`, `de bonnes`,
 * `de nouvelles`): the indefinite article's plural, not `de` + `les`. Only after a preposition
 * that cannot take the contracted article (`sur`, `avec`, `pour`, `par`, `dans`, `à`…) or after
 * one of the verbs listed; after a noun, `des` is often the contraction (`la liste des nouvelles
 * fonctionnalités`), which needs the part of speech to tell. Not compound nouns (`des petites et
 * moyennes entreprises`, `des grandes écoles`, `des jeunes filles`).
 */
const BEFORE_INDEFINITE_DES = [
  'sur', 'avec', 'pour', 'par', 'dans', 'sans', 'vers', 'entre', 'chez', 'à', 'grâce à', 'via', 'contre', 'parmi',
  'intégrer', 'proposer', 'propose', 'proposent', 'créer', 'développer', 'ajouter', 'offrir', 'offre', 'offrent', 'trouver',
  'construire', 'identifier', 'tester', 'imaginer', 'explorer', 'concevoir', 'déployer', 'accueillir', 'recruter', 'lancer',
  'organiser', 'produire', 'publier', 'permettre', 'apporter', 'mettre en place', 'rencontrer', 'adopter', 'attirer', 'former',
]
const ADJECTIVES_BEFORE_NOUN = [
  'nouveaux', 'nouvelles', 'bons', 'bonnes', 'grands', 'grandes', 'petits', 'petites', 'courts', 'courtes', 'longs', 'longues',
  'vieux', 'vieilles', 'beaux', 'belles', 'mauvais', 'mauvaises', 'nombreux', 'nombreuses', 'véritables', 'vrais', 'vraies', 'multiples',
]
const INDEFINITE_DES = new RegExp(
  `(?<![\\p{L}\\p{M}\\d_-])(?:${BEFORE_INDEFINITE_DES.map((word) => word.replace(/ /g, '\\s+')).join('|')})\\s+(des)\\s+(?:\\*\\*|\\*|_)?(${ADJECTIVES_BEFORE_NOUN.join('|')})\\s+(\\p{Ll}[\\p{Ll}\\p{M}]*)(?![\\p{L}\\p{M}\\d_'’-])`,
  'giu',
)
/** What every match of `INDEFINITE_DES` holds, far cheaper to test: `des` and one of the adjectives. */
const DES_ADJECTIVE_HINT = new RegExp(`(?<![\\p{L}])des\\s+(?:\\*\\*|\\*|_)?(?:${ADJECTIVES_BEFORE_NOUN.join('|')})(?![\\p{L}])`, 'iu')
/** Compound nouns that keep `des` (`des petites et moyennes entreprises`, `des grandes écoles`), and a noun after `nouvelles` (news). */
const DES_COMPOUNDS = /^(?:et|ou|écoles?|filles?|garçons?|gens|villes?|surfaces|lignes|de|d|du)$/u

function checkIndefiniteDes(ranges: readonly ProseRange[], file: VFile): void {
  for (const range of ranges) {
    if (!DES_ADJECTIVE_HINT.test(range.text)) continue
    for (const match of range.text.matchAll(INDEFINITE_DES)) {
      const [whole, des = '', adjective = '', noun = ''] = match
      if (DES_COMPOUNDS.test(noun) || !/^d/.test(des)) continue
      const at = range.start + (match.index ?? 0) + whole.search(/(?<=\s)des(?=\s)/)
      const shown = `de ${adjective.toLowerCase()}`
      say(file, {
        fr: `${code(`${des} ${adjective}`)} : devant un adjectif placé avant le nom, l’article ${code('des')} devient ${code('de')}, écrire ${code(shown)}`,
        en: `Unexpected ${code(`${des} ${adjective}`)}: before an adjective that precedes its noun, expected ${code(shown)}`,
        place: placeOf(file, at, at + des.length),
        actual: des,
        expected: ['de'],
        fix: { start: at, end: at + des.length, text: 'de' },
      })
    }
  }
}

/**
 * Numbers in words (`millions`, `milliards`) are nouns: `3,8 millions personnes` → `3,8 millions
 * de personnes`; and below two they stay singular: `1,25 millions d’euros` → `1,25 million`.
 * `afin` wants `de` before an infinitive: `afin travailler` → `afin de travailler`.
 */
const MILLIONS_NOUN = /(?<=\d[ \u00a0\u202f]*)(millions?|milliards?)[ \u00a0]+(\p{Ll}[\p{Ll}\p{M}]*[sx])(?![\p{L}\p{M}\d_'’-])/gu
/** After a number of millions, words that are not its noun: adjectives, participles, adverbs. */
const NOT_A_COUNTED_NOUN = /(?:és|ées|is|ies|us|ues|aires|uels|uelles|ment)$|^(?:plus|moins|environ|près|dont|sous|sans|chez|vers|depuis|pendant|après|avant|selon|mais|puis|alors)$/u
const MILLION_BELOW_TWO = /(?<![\d,.])1,\d+[ \u00a0\u202f]+(million|milliard)s(?![\p{L}\p{M}])/gu
const AFIN_INFINITIVE = /(?<![\p{L}\p{M}\d_'’-])[Aa]fin[ \u00a0]+(?!de\b|d['’]|que\b|qu['’])(\p{Ll}[\p{Ll}\p{M}]*(?:er|ir|re))(?![\p{L}\p{M}\d_'’-])/gu

function checkNumberNouns(ranges: readonly ProseRange[], file: VFile): void {
  const french = speller()
  for (const range of ranges) {
    const text = range.text
    if (/illi/.test(text)) {
      for (const match of text.matchAll(MILLIONS_NOUN)) {
        const [, number = '', noun = ''] = match
        if (NOT_A_COUNTED_NOUN.test(noun) || !french.lookup(noun)) continue
        const at = range.start + (match.index ?? 0) + number.length
        const shown = `${number} de ${noun}`
        say(file, {
          fr: `${code(`${number} ${noun}`)} : il manque ${code('de')} après ${code(number)}, écrire ${code(shown)}`,
          en: `Missing ${code('de')} after ${code(number)}, expected ${code(shown)}`,
          place: placeOf(file, at - number.length, at + 1 + noun.length),
          actual: `${number} ${noun}`,
          expected: [shown],
          fix: { start: at, end: at, text: ' de' },
        })
      }
      for (const match of text.matchAll(MILLION_BELOW_TWO)) {
        const word = `${match[1] ?? ''}s`
        const at = range.start + (match.index ?? 0) + match[0].length - word.length
        say(file, {
          fr: `${code(word)} : au-dessous de deux, ${code(match[1] ?? '')} reste au singulier, écrire ${code(match[1] ?? '')}`,
          en: `Unexpected plural ${code(word)} below two, expected ${code(match[1] ?? '')}`,
          place: placeOf(file, at, at + word.length),
          actual: word,
          expected: [match[1] ?? ''],
          fix: { start: at + word.length - 1, end: at + word.length, text: '' },
        })
      }
    }
    if (/fin /i.test(text)) {
      for (const match of text.matchAll(AFIN_INFINITIVE)) {
        const verb = match[1] ?? ''
        if (!french.lookup(verb)) continue
        const at = range.start + (match.index ?? 0) + match[0].length - verb.length
        say(file, {
          fr: `${code(`afin ${verb}`)} : il manque ${code('de')}, écrire ${code(`afin de ${verb}`)}`,
          en: `Missing ${code('de')} after ${code('afin')}, expected ${code(`afin de ${verb}`)}`,
          place: placeOf(file, at - 5, at + verb.length),
          actual: `afin ${verb}`,
          expected: [`afin de ${verb}`],
          fix: { start: at, end: at, text: 'de ' },
        })
      }
    }
  }
}

/**
 * `contre I'Habitat indigne`: a capital `I` typed for the elided `l'` (the two look alike in
 * many fonts), before a vowel or an `h`; English's `I'm`, `I've`, `I'll`, `I'd` have a consonant there.
 */
const I_FOR_ELISION = /(?<![\p{L}\p{M}\d_'’-])I(?=['’][aeiouyhàâäéèêëîïôöûüAEIOUYHÀÂÉÈÊÎÔÛ])/gu

function checkCapitalIElisions(ranges: readonly ProseRange[], file: VFile): void {
  for (const range of ranges) {
    if (!/I['’]/.test(range.text)) continue
    for (const match of range.text.matchAll(I_FOR_ELISION)) {
      const index = match.index ?? 0
      const start = range.start + index
      // `L'` where a sentence starts, `l'` inside one.
      const expected = /(?:^|[.!?:]\s*|\n\s*)$/u.test(range.text.slice(Math.max(0, index - 3), index)) ? 'L' : 'l'
      const elided = range.text.slice(index, index + 2)
      const shown = `${expected}${elided.slice(1)}`
      say(file, {
        fr: `${code(elided)} : un ${code('I')} majuscule tapé pour le ${code('l')} de l’élision, écrire ${code(shown)}`,
        en: `Unexpected capital ${code('I')} for the elided ${code('l')}, expected ${code(shown)}`,
        place: placeOf(file, start, start + 2),
        actual: elided,
        expected: [shown],
        fix: { start, end: start + 1, text: expected },
      })
    }
  }
}

/**
 * `non-` before an adjective or a participle after a noun (`une classe non-dédoublée`): no
 * hyphen (`non` is an adverb there); the noun made with `non` keeps its own (`les non-initiés`).
 */
const NON_ADJECTIVE = /(?<=(?<![\p{L}\p{M}\d_'’-])\p{Ll}[\p{Ll}\p{M}]{2,}[ \t]+)(non)-(\p{Ll}[\p{Ll}\p{M}]*(?:ée?s?|ées|ive?s?|ifs|ables?|ibles?|elles?|els|ale?s?|aux|ante?s?|ents?|entes?))(?![\p{L}\p{M}\d_'’-])/gu
const DETERMINERS: ReadonlySet<string> = new Set([...NOUN_DETERMINERS, 'mes', 'tes', 'leur', 'son', 'sa', 'ce', 'cet', 'cette', 'notre', 'votre', 'quelques', 'plusieurs', 'aucun', 'aucune', 'chaque'])

function checkNonAdjectives(ranges: readonly ProseRange[], file: VFile): void {
  for (const range of ranges) {
    if (!range.text.includes('non-')) continue
    for (const match of range.text.matchAll(NON_ADJECTIVE)) {
      const before = /(\p{Ll}[\p{Ll}\p{M}]*)[ \t]+$/u.exec(range.text.slice(Math.max(0, (match.index ?? 0) - 30), match.index))?.[1] ?? ''
      if (DETERMINERS.has(before) || isFrenchFunctionWord(before)) continue
      const start = range.start + (match.index ?? 0)
      const written = match[0]
      const expected = `${match[1]} ${match[2]}`
      say(file, {
        fr: `${code(written)} : pas de trait d’union après « non » devant un adjectif, écrire ${code(expected)}`,
        en: `Unexpected hyphen after \`non\` before an adjective in ${code(written)}, expected ${code(expected)}`,
        place: placeOf(file, start, start + written.length),
        actual: written,
        expected: [expected],
        fix: { start: start + 3, end: start + 4, text: ' ' },
      })
    }
  }
}

function checkNonCompounds(ranges: readonly ProseRange[], file: VFile): void {
  const french = speller()
  for (const range of ranges) {
    if (!/\bnon[ \t]/i.test(range.text)) continue
    for (const match of range.text.matchAll(NON_NOUN)) {
      const [, non = '', gap = '', word = ''] = match
      const lower = word.toLowerCase()
      if (word.length < 3 || NON_ADVERB_BEFORE.has(lower) || isFrenchFunctionWord(lower) || !french.lookup(lower)) continue
      const start = range.start + (match.index ?? 0) + match[0].length - word.length - gap.length - non.length
      const end = start + non.length + gap.length + word.length
      const written = `${non}${gap}${word}`
      const shown = `${non} ${word}`
      const expected = `${non}-${word}`
      say(file, {
        fr: `${code(shown)} : un nom composé avec « non » prend un trait d’union, écrire ${code(expected)}`,
        en: `Missing hyphen in the noun ${code(shown)}, expected ${code(expected)}`,
        place: placeOf(file, start, end),
        actual: written,
        expected: [expected],
        fix: { start: start + non.length, end: start + non.length + gap.length, text: '-' },
      })
    }
  }
}

/**
 * A learned prefix that French welds to its word, written with a hyphen (`pré-remplissage`,
 * `méta-données`, `re-structurer`, `inter-ministériel`, `télé-travailleurs`): where the
 * dictionary knows the welded word. The dictionary knows many hyphenated forms too, as
 * variants; the welded one is the rule (the Académie, the 1990 rectifications). Only these
 * prefixes: `auto-`, `co-`, `socio-`, `post-`, `contre-` keep their hyphen often
 * (`auto-école`, `co-construction`, `post-partum`). `multi-`, `micro-`, `méta-`, `inter-`,
 * `télé-`, `pré-`, `re-`, `ré-`, `poly-` are welded before a consonant even where the dictionary
 * lacks the welded word (`multi-détecteur`, `pré-cadrant`; `pré-`, `ré-`, `poly-` before a vowel
 * too: `poly-activité`), unless it knows the hyphenated one
 * (`pré-salé`); other hyphenated forms the dictionary does not know are
 * offre-spelling's (`visio-conférence`).
 */
const WELDED_PREFIXES = ['re', 'ré', 'pré', 'méta', 'inter', 'télé', 'micro', 'multi', 'poly']
const HYPHENATED_PREFIX = new RegExp(`(?<![\\p{L}\\p{M}\\d_'’-])(${WELDED_PREFIXES.join('|')})-(\\p{Ll}[\\p{Ll}\\p{M}]*)(?![\\p{L}\\p{M}\\d_-])`, 'giu')
/** What every match of `HYPHENATED_PREFIX` holds (most text has none, and this test is far cheaper). */
const PREFIX_HINT = new RegExp(`(?:${WELDED_PREFIXES.join('|')})-`, 'i')
/** A word that opens with a vowel (or a mute `h`): a prefix ending in one keeps its hyphen before it. */
const VOWEL_START = /^[aeiouyéèêàâîïôûh]/i

/**
 * Prefixes welded whatever their word, before a consonant (`multidétecteur`, `microtravail`,
 * `précadrant`, `repenser`, `polyculture`), unless the hyphenated word is itself a form of the
 * dictionary (`pré-salé`).
 */
const ALWAYS_WELDED: ReadonlySet<string> = new Set(['multi', 'micro', 'méta', 'inter', 'télé', 'pré', 're', 'ré', 'poly'])

function checkWeldedPrefixes(ranges: readonly ProseRange[], file: VFile): void {
  const french = speller()
  for (const range of ranges) {
    if (!PREFIX_HINT.test(range.text)) continue
    for (const match of range.text.matchAll(HYPHENATED_PREFIX)) {
      const [written, prefix = '', rest = ''] = match
      // The expression ignores case for the prefix; the word after it is in lower case (not `Télé-Rencontres`).
      if (!/^\p{Ll}/u.test(rest)) continue
      // Two vowels meeting keep the hyphen (`micro-entreprise`, `multi-usage`, `méta-analyse`), as usage does; `ré-`, `pré-` weld (`réutiliser`, `préétabli`).
      if (/[aio]$/i.test(prefix) && VOWEL_START.test(rest)) continue
      const welded = prefix + rest
      // Known welded, or (`multi-détecteur`) a known word after a prefix always welded, where no vowels meet.
      // Not a name (`Micro-Folies`, capitalised) nor an English word (`multi-cloud`) there.
      const weldable = french.lookup(welded)
        ? french.lookup(written)
        : ALWAYS_WELDED.has(prefix) && (!VOWEL_START.test(rest) || /[éy]$/i.test(prefix)) && french.lookup(rest) && !french.isEntry(written) && !englishSpeller().lookup(rest)
      if (!weldable) continue
      const start = range.start + (match.index ?? 0)
      say(file, {
        fr: `${code(written)} : le préfixe ${code(`${prefix.toLowerCase()}-`)} se soude au mot, écrire ${code(welded)}`,
        en: `Unexpected hyphen after the prefix of ${code(written)}, expected ${code(welded)}`,
        place: placeOf(file, start, start + written.length),
        actual: written,
        expected: [welded],
        fix: { start: start + prefix.length, end: start + prefix.length + 1, text: '' },
      })
    }
  }
}

const remarkLintOffreTypos = lintRule<Root, TyposOptions | undefined>(
  { origin: 'remark-lint:offre-typos', url: ruleUrl('offre-typos') },
  (tree, file, options) => {
    // French misspellings: `connection` and `Reference` are English words on an English page.
    if (!isFrench(file)) return
    // The front matter's prose and the body's, once for every check.
    const ranges = textsOf(tree, file)
    checkPhrases(ranges, file)
    checkNonCompounds(ranges, file)
    checkNonAdjectives(ranges, file)
    checkWeldedPrefixes(ranges, file)
    checkSwappedPronouns(ranges, file)
    checkCapitalIElisions(ranges, file)
    checkIndefiniteDes(ranges, file)
    checkNumberNouns(ranges, file)
    const typos = typosFor(options?.extra)
    for (const range of ranges) checkWords(file, range, typos)
  },
)

/** The words of `range` that the list of misspellings knows. */
function checkWords(file: VFile, range: ProseRange, typos: ReadonlyMap<string, string>): void {
  for (const match of range.text.matchAll(SINGLE_WORD)) {
    const start = range.start + (match.index ?? 0)
    const end = start + match[0].length
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
}

export default remarkLintOffreTypos
