/**
 * offre-spelling: every word of the prose checked against the French dictionary
 * (@offre/spell-fr), with the best suggestions. Never fixes: a correction may need
 * grammar ("des logciel" → "logiciels"). Proper nouns, acronyms, the project's
 * vocabulary and `<!--spell ignore mot-->` words are known; emphasis is skipped when
 * its text is foreign (the French convention), checked when it is French. English
 * words (`data/en.dawg`) pass in an English context or when no French word is close;
 * the prose of the front matter is checked at its place in the YAML; HTML entities
 * are decoded and inclusive writing (`développeur·euse`) is understood.
 *
 * Options: `{ words?: string[], properNouns?: boolean, suggestions?: number }`.
 */
import { englishSpeller, speller, type Speller } from '@offre/spell-fr'
import type { Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { FIELD_WORDS, PRODUCTS, PROPER_NOUNS } from '../data/proper-nouns.js'
import { CAPITAL_ACCENTS, accentOnCapital } from '../data/capital-accents.js'
import { characterReferences } from '../entities.js'
import { placeOf } from '../places.js'
import { inRanges } from '../sorted.js'
import { memoize } from '../memo.js'
import { proseOf, type ProseRange } from '../prose.js'
import { frontMatterProse } from '../front-matter-prose.js'
import { code, ruleUrl, say } from '../report.js'
import { distance, fold, isCloseTypo } from '../distance.js'
import { foreignBlocks, isEnglish, isEnglishFunctionWord, isFrenchFunctionWord } from '../language.js'
import { isFrench, settingsOf } from '../settings.js'
import { eachOfType } from '../tree-index.js'

export interface SpellingOptions {
  /** More known words, in their case (`Grist`) or lower case (`wébinaire`). */
  words?: string[]
  /** Take a capitalised unknown word inside a sentence for a name (default true). */
  properNouns?: boolean
  /** Suggestions per finding (default 3). */
  suggestions?: number
}

/**
 * Endings of inclusive writing (`développeur·euse·s`, `contributeur.rice.s`,
 * `étudiant-e-s`): after a known word, each part is one of these.
 */
const INCLUSIVE_ENDINGS = ['e', 'es', 's', 'x', 'euse', 'euses', 'rice', 'rices', 'trice', 'trices', 'ice', 'ices', 'ère', 'ères', 'ne', 'nes', 'le', 'les', 'te', 'tes', 'se', 'ses', 've', 'ves', 'ive', 'ives', 'fe', 'fes', 'eure', 'eures', 'ale', 'ales', 'aux', 'elle', 'elles', 'enne', 'ennes', 'ienne', 'iennes', 'ères', 'ée', 'ées']
const ENDING = [...new Set(INCLUSIVE_ENDINGS)].sort((a, b) => b.length - a.length).join('|')
const INCLUSIVE_PARTS = new Set(INCLUSIVE_ENDINGS)
const WORD = new RegExp(`\\p{L}[\\p{L}\\p{M}]*(?:['’ʼ-]\\p{L}[\\p{L}\\p{M}]*)*(?:[·•‧.](?:${ENDING})(?![\\p{L}\\p{M}]))*`, 'gu')
const INCLUSIVE_SEPARATOR = /[·•‧.-]/
const ELISION = /^(?:[ldjnmtsc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ]/i
const LATIN = /^[\p{Script=Latin}\p{M}'’ʼ-]+$/u
const IGNORE_COMMENT = /^<!--\s*spell\s+ignore\s+([\s\S]*?)\s*-->$/i
const BUILT_IN = new Set([...PROPER_NOUNS, ...FIELD_WORDS, ...PRODUCTS])
/** The known names with capitals inside (`GitHub`, `WordPress`), by their lower case: `Github` is a misspelling of one. */
const MIXED_CASE_NAMES = new Map([...PROPER_NOUNS, ...PRODUCTS].filter((name) => /^\p{L}.*\p{Lu}/u.test(name) && /\p{Ll}/u.test(name)).map((name) => [name.toLowerCase(), name]))

/** The built-in words with the project's vocabulary and the rule's `words`, merged once per pair of lists. */
const knownSets = new WeakMap<readonly string[], WeakMap<readonly string[], ReadonlySet<string>>>()
const NONE: readonly string[] = []

function knownWords(vocabulary: readonly string[] = NONE, words: readonly string[] = NONE): ReadonlySet<string> {
  let byWords = knownSets.get(vocabulary)
  if (byWords === undefined) knownSets.set(vocabulary, (byWords = new WeakMap()))
  let known = byWords.get(words)
  if (known === undefined) {
    known = new Set([...BUILT_IN, ...vocabulary, ...words])
    // `github`, `linkedin`, `peertube`: a known name typed in lower case is the name.
    for (const word of [...known]) (known as Set<string>).add(word.toLowerCase())
    byWords.set(words, known)
  }
  return known
}

/** Suggestions are costly: remember them for the whole run (a word is misspelt the same way twice), by count and word. */
const suggestionCache = new Map<string, string[]>()

const remarkLintOffreSpelling = lintRule<Root, SpellingOptions | undefined>(
  { origin: 'remark-lint:offre-spelling', url: ruleUrl('offre-spelling') },
  (tree, file, options) => {
    if (!isFrench(file)) return
    const ignored = ignoredIn(tree)
    const base = knownWords(settingsOf(file).vocabulary, options?.words)
    const known = ignored.length === 0 ? base : new Set([...base, ...ignored])
    const properNouns = options?.properNouns ?? true
    const count = options?.suggestions ?? 3
    const dictionary = speller()
    const inDictionary = rememberedLookup(dictionary)
    const english = englishSpeller()
    const { foreign, short } = foreignRanges(tree, dictionary, english)
    const { english: englishLinks, names: linkNames } = linkRanges(tree, dictionary, english)
    const skipped = inRanges([...foreign, ...foreignBlocks(tree)])
    const inEnglishLink = inRanges(englishLinks)
    const inNamingLink = inRanges(linkNames)
    const inShort = inRanges(short)
    const source = String(file.value ?? '')
    // offre-typos runs first and reports its known misspellings with a fix: do not say it twice.
    const candidates: Array<{ word: string; start: number; end: number; suggestions: string[]; identifier: boolean; english?: true }> = []
    const typos = new Set(file.messages.filter((m) => m.ruleId === 'offre-typos').map((m) => m.place && 'start' in m.place ? m.place.start.offset : -1))
    const ranges = [...frontMatterProse(tree, file), ...proseOf(tree, file)]
    const frontMatter = new Set(frontMatterProse(tree, file))
    for (const range of ranges) {
      // A title or alt text in English (`Interview with … about the Report`).
      if (frontMatter.has(range) && isEnglish(range.text)) continue
      const { text, offsets } = decoded(range)
      const tokens = [...text.matchAll(WORD)]
      for (let index = 0; index < tokens.length; index++) {
        const match = tokens[index] as RegExpExecArray
        const word = match[0]
        const misCased = misCasedName(word, known)
        if (misCased !== undefined) {
          const start = range.start + (offsets ? (offsets[match.index] as number) : match.index)
          if (!skipped(start)) candidates.push({ word: source.slice(start, start + word.length), start, end: start + word.length, suggestions: [misCased], identifier: false })
          continue
        }
        if (inDictionary(word) || isKnown(word, known)) continue
        const start = range.start + (offsets ? (offsets[match.index] as number) : match.index)
        if (typos.has(start)) continue
        // `visio-conférence`: a prefix and a word, unless the dictionary writes them as one word
        // (`visioconférence`); `co-` keeps its hyphen (`co-organisé`, `co-président` are common usage).
        if (isPrefixed(word, dictionary.lookup) && (/^co-/i.test(word) || !dictionary.lookup(word.replace('-', '')))) continue
        if (isInclusive(word, dictionary.lookup)) continue
        // `développeur(euse)`, `inscrit(e)s`: an inclusive ending in brackets, glued to its word.
        if (INCLUSIVE_PARTS.has(word) && /\p{L}\($/u.test(text.slice(Math.max(0, match.index - 2), match.index)) && text[match.index + word.length] === ')') continue
        // `Is-sur-Tille`, `Châlons-en-Champagne`: a French place name.
        if (isPlaceName(word)) continue
        // Other scripts (Greek, Cyrillic…) are other languages; `1er`, `.pdf`, `fichier_v2` are not words.
        // `publiccode.yml`, `reset.tech`: a file or domain name.
        const after = text.slice(match.index + word.length, match.index + word.length + 2)
        // `0.4.0-beta.0`, `2.1-rc`: a version's label.
        if (!LATIN.test(word.replace(/[·•‧.]/g, '')) || /(?:[\p{N}._/\\=#@]|\p{N}[-+])$/u.test(text.slice(Math.max(0, match.index - 2), match.index)) || /^(?:[\p{N}_/\\=@(]|\.\p{L})/u.test(after)) continue
        if (skipped(start)) continue
        // `communau- taire`: a word cut at a line's end, which offre-typography mends whole.
        const next = tokens[index + 1]
        if (next !== undefined && text.slice(match.index + word.length, next.index) === '- ' && dictionary.lookup((word + next[0]).toLowerCase())) continue
        // `**Sem**antic **App**lications`: a word cut by emphasis marks.
        if (/\p{L}[*_]+$/u.test(source.slice(Math.max(0, start - 3), start)) || /^[*_]+\p{L}/u.test(source.slice(start + word.length, start + word.length + 3))) continue
        const bare = word.replace(ELISION, '')
        if (bare !== word && (isKnown(bare, known) || isInclusive(bare, dictionary.lookup))) continue
        // Short unknown words are abbreviations or foreign words far more often than typos.
        if (bare.length <= 3) {
          // `standards ouverts, and données ouvertes`: the English `and` between French words.
          if (word === 'and' && !skipped(start) && [tokens[index - 1], tokens[index + 1]].every((token) => token !== undefined && isFrenchOnly(token[0], dictionary, english))) {
            candidates.push({ word, start, end: start + word.length, suggestions: ['et'], identifier: false, english: true })
          }
          continue
        }
        const capitalised = /^\p{Lu}/u.test(bare)
        const atSentenceStart = !insideSentence(text, match.index + word.length - bare.length)
        if (looksLikeAcronym(bare)) {
          // `administrateur SGDB` on a page that writes `SGBD`: two letters of an acronym swapped.
          // `OpenFisa`: a long name in camel case one letter off a name the rule knows or the page writes more often.
          const camel = acronymSlip(bare, source) === undefined && bare.length >= 7 && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(bare)
          const acronym = camel ? (nameOfSlip(bare) ?? slipOfPageName(bare, undefined, undefined, source, (name) => dictionary.lookup(name) || english.lookup(name.toLowerCase()))) : acronymSlip(bare, source)
          if (acronym !== undefined) candidates.push({ word: source.slice(start, start + word.length), start, end: start + word.length, suggestions: [word.slice(0, word.length - bare.length) + acronym], identifier: false })
          continue
        }
        // `l'Etat` → `l'État`: offre-typography's finding (with a fix); do not say it twice.
        // So is `Evolutive` → `Évolutive`, `Emission` → `Émission` (offre-typography's `accentOnCapital`).
        if (CAPITAL_ACCENTS.has(bare) || accentOnCapital(bare, (candidate) => dictionary.lookup(candidate)) !== undefined) continue
        // A link text in another language is not French.
        if (inEnglishLink(start)) continue
        // `dévelopeur·euse·s`: the root is what is misspelt.
        const separator = word.search(/[·•‧]/)
        const ending = separator === -1 ? '' : word.slice(separator)
        const root = word.slice(0, word.length - ending.length)
        const run = foreignRun(tokens, index, dictionary, english)
        // A capitalised word inside a sentence is a name unless it is one slip from a common
        // word (below): its suggestions are looked for one edit away only, where the
        // search costs a fifth of a search two edits away, and most unknown words are names.
        const nameLike = capitalised && properNouns && !atSentenceStart
        const all = (): string[] => suggestionsFor(root, count, nameLike ? 1 : 2).map((suggestion) => suggestion + ending)
        let ordered: string[] | undefined
        if (english.lookup(bare) || english.lookup(bare.toLowerCase())) {
          // An English word: meant as such in an English phrase, a name of several
          // capitalised words (`Open Source Experience`), an English link text, or
          // when it is no cognate of a French word; `example` for `exemple` is still a misspelling.
          if (run || (capitalised && capitalisedNeighbour(text, tokens, index, dictionary, english))) continue
          const suggestions = all()
          const french = suggestions.find((suggestion) => isCloseTypo(word, suggestion) && cognate(bare, suggestion.replace(ELISION, '')))
          if (french === undefined) continue
          // Capitalised: a name (`Singularity`, `Linux Foundation`) unless only its accents are off and it stands alone.
          if (capitalised && distance(bare, french.replace(ELISION, '')) !== 0) continue
          ordered = [french, ...suggestions.filter((other) => other !== french)]
        }
        // The best suggestion decides most cases and costs less than the whole list (see bestFor).
        const rootBest = bestFor(root, count, nameLike ? 1 : 2)
        const best = rootBest === undefined ? undefined : rootBest + ending
        const close = best !== undefined && isCloseTypo(word, best)
        const bestIsCommon = best !== undefined && dictionary.lookup(best.replace(ELISION, '').toLowerCase())
        // `linux` → `Linux`, `island` → `Island`: the case only; a name typed in lower case.
        if (best !== undefined && best.toLowerCase() === word.toLowerCase()) continue
        const accentsOnly = best !== undefined && distance(bare, best.replace(ELISION, '')) === 0
        // A link whose text is one word names what it links to (`[react-dsfr](…)`).
        if (inNamingLink(start) && !accentsOnly) continue
        // Short table cells and list items hold names: only a common word without its accents there (`Echéances`).
        if (inShort(start) && !(accentsOnly && bestIsCommon)) continue
        if (ordered !== undefined) {
          // A French word spelt the English way (decided above): reported.
        } else if (capitalised) {
          // A name unless it is a common word with the writer's usual slips (`l'Ingéniérie`,
          // `Reponsable`, `Rejoingez`); a name beside another capitalised word or an
          // initial (`Antoine Riviere`, `B. Guerry`); `Arawa` → `Arawak`: a name close to a name.
          // `Javascirpt`: a slip of a name the rule knows.
          const name = bare.length >= 6 && !(close && bestIsCommon) ? (nameOfSlip(bare) ?? slipOfPageName(bare, tokens[index - 1]?.[0], tokens[index + 1]?.[0], source, (name) => dictionary.lookup(name) || english.lookup(name.toLowerCase()))) : undefined
          if (name !== undefined) {
            candidates.push({ word: source.slice(start, start + word.length), start, end: start + word.length, suggestions: [word.slice(0, word.length - bare.length) + name], identifier: false })
            continue
          }
          if (!close || !bestIsCommon) continue
          // The page writes the word right again and again (`Titualire Soprasteria` among
          // five `Titulaire …`): a slip, whatever stands beside it.
          const pageWritesIt = best !== undefined && timesWritten(source, best, 2) >= 2
          if (!pageWritesIt && (nameNeighbour(text, tokens, index, dictionary) || /(?:^|[\s.-])\p{Lu}\.\s*$/u.test(text.slice(0, match.index)))) continue
          // Inside a sentence, a long word that lost a letter or swapped two of a common
          // word's (`la Commssion européenne`) is a slip too: names are seldom that close
          // (on the 211 pages and 662 of beta.gouv.fr: `Commssion`, `Simplifées`, and one
          // name, `Les Locavors`). Not a hyphenated place (`Port-Cros`).
          const slip = likelySlip(bare, (best ?? '').replace(ELISION, ''))
          const longSlip = slip && bare.length >= 8 && !bare.includes('-')
          if (!pageWritesIt && !accentsOnly && !longSlip && ((properNouns && !atSentenceStart) || !slip)) continue
        } else if (!close) {
          // Far from every French word, in lower case, and in no language we know: still
          // a misspelling (`pageale`) unless it looks like markup or an identifier.
          if (bare.length < 5 || /[.]/.test(word) || run) continue
        } else if (!accentsOnly && isPrefixed(bare, dictionary.lookup, true)) {
          // `réimplémentation`, `multiacteurs`: a prefix glued to a known word.
          continue
        }
        // `oeuvre` → `œuvre` is offre-typography's finding (with a fix); do not say it twice.
        if (/oe|ae/i.test(word) && dictionary.lookup(word.replace(/oe/g, 'œ').replace(/Oe/g, 'Œ').replace(/ae/g, 'æ'))) continue
        const end = range.start + (offsets ? (offsets[match.index + word.length] as number) : match.index + word.length)
        // `react-dsfr`, `node-oidc-provider`: a package name, unless it is a slip of one (below).
        const identifier = /^[a-z\d]+(?:-[a-z\d]+)+$/.test(bare) && bare.split('-').some((part) => part.length <= 4 && !dictionary.lookup(part))
        candidates.push({ word: source.slice(start, end), start, end, suggestions: ordered ?? (close ? all() : best === undefined ? [] : [best]), identifier })
      }
    }
    // A typo is rarely made twice the same way: a word written the same way again and
    // again on one page is a name (capitalised, twice) or the page's jargon (three times).
    const times = new Map<string, number>()
    for (const { word } of candidates) times.set(word, (times.get(word) ?? 0) + 1)
    const names = [...times].filter(([word, seen]) => seen >= 2).map(([word]) => word)
    for (const { word, start, end, suggestions, identifier, english: inEnglish } of candidates) {
      if (inEnglish) {
        reportEnglish(file, word, start, end, suggestions)
        continue
      }
      const seen = times.get(word) ?? 0
      if (seen >= 3 || (seen >= 2 && /^\p{Lu}/u.test(word)) || (identifier && seen >= 2)) continue
      // Written once, one edit from a name the page writes again and again: a typo of
      // that name (`node-oicd-provider` beside `node-oidc-provider`).
      const name = word.length >= 6 ? names.find((other) => distance(other, word) === 1 && other.toLowerCase() !== word.toLowerCase()) : undefined
      if (identifier && name === undefined) continue
      report(file, word, start, end, name !== undefined ? [name] : suggestions)
    }
  },
)

export default remarkLintOffreSpelling

function suggestionsFor(word: string, count: number, edits: 1 | 2 = 2): string[] {
  // By count too: two pages may ask for other counts (the rule's `suggestions` option).
  const key = `${count} ${edits} ${word}`
  let suggestions = suggestionCache.get(key)
  if (suggestions === undefined) {
    suggestions = speller().suggest(word, count, edits)
    suggestionCache.set(key, suggestions)
  }
  return suggestions
}

/**
 * The first of {@link suggestionsFor}'s words, found for less: asked for one word, the
 * speller stops at one edit when it finds a word there, where a list of three may go on
 * to two edits. The first word is the same (candidates are ranked by cost first, and a
 * second edit only adds costlier ones), and the speller remembers its searches, so the
 * whole list, asked for what is reported, costs no search twice.
 */
function bestFor(word: string, count: number, edits: 1 | 2 = 2): string | undefined {
  if (count <= 0) return undefined
  return (suggestionCache.get(`${count} ${edits} ${word}`) ?? suggestionsFor(word, 1, edits))[0]
}

/** An English word where French has its own (`and` for `et`). */
function reportEnglish(file: VFile, word: string, start: number, end: number, suggestions: string[]): void {
  say(file, {
    fr: `${code(word)} : mot anglais dans une phrase en français, vouliez-vous dire ${code(suggestions[0] ?? '')} ?`,
    en: `English word ${code(word)} in a French sentence, did you mean ${code(suggestions[0] ?? '')}?`,
    place: placeOf(file, start, end),
    actual: word,
    expected: suggestions,
  })
}

function report(file: VFile, word: string, start: number, end: number, suggestions: string[]): void {
  const best = suggestions[0]
  say(file, {
    fr: best === undefined
      ? `${code(word)} : mot inconnu (nom propre : ajoutez-le au vocabulaire du projet ; mot étranger : mettez-le en italique)`
      : `${code(word)} : mot inconnu, vouliez-vous dire ${code(best)} ? (nom propre : ajoutez-le au vocabulaire du projet ; mot étranger : mettez-le en italique)`,
    en: best === undefined
      ? `Unknown word ${code(word)} (a name: add it to the project vocabulary; a foreign word: put it in italics)`
      : `Unknown word ${code(word)}, did you mean ${code(best)}? (a name: add it to the project vocabulary; a foreign word: put it in italics)`,
    place: placeOf(file, start, end),
    actual: word,
    expected: suggestions,
  })
}

function isKnown(word: string, known: ReadonlySet<string>): boolean {
  if (known.has(word) || known.has(word.toLowerCase())) return true
  // `OSPO-fr`, `BlueHats-2024`: compounds of known names.
  return word.includes('-') && word.split('-').every((part) => known.has(part) || known.has(part.toLowerCase()))
}

/** Acronyms (`AMDAC`) and inner capitals (`BlueHats`): names, whatever their place. */
function looksLikeAcronym(word: string): boolean {
  const letters = word.replace(/['’ʼ-]/g, '')
  if (letters.length > 1 && letters === letters.toUpperCase()) return true
  // `BlueHats`, and the capitals of a pun or acronym (`FRAnçais et MAthématiques`).
  return /\p{Ll}\p{Lu}/u.test(word) || /^\p{Lu}{2}/u.test(word)
}

/**
 * The acronym that `word` (in capitals, written once on the page) is a slip of: the same
 * letters with two neighbours swapped, written on the page (`SGDB` beside `SGBD`). Not
 * against the names the rule knows: acronyms are short, and one may be another's
 * anagram (`DGAL`, the ministry's, and `GDAL`, the library). A letter changed is not a
 * slip either: acronyms that differ by one letter are many (`DGFiP`, `DGFP`).
 */
function acronymSlip(word: string, source: string): string | undefined {
  if (!/^\p{Lu}{4,}$/u.test(word) || timesWritten(source, word, 2) !== 1) return undefined
  for (let index = 0; index + 1 < word.length; index++) {
    if (word[index] === word[index + 1]) continue
    const swapped = word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2)
    if (timesWritten(source, swapped, 1) >= 1) return swapped
  }
  return undefined
}

/** A word of the French dictionary that is no English word (`données`, not `standards`). */
function isFrenchOnly(word: string, french: Speller, english: Speller): boolean {
  return french.lookup(word) && !english.lookup(word) && !english.lookup(word.toLowerCase())
}

/** The words that join the parts of French place names (`Boulogne-sur-Mer`, `Aix-les-Bains`). */
const PLACE_PARTICLES = new Set(['sur', 'sous', 'en', 'lès', 'lez', 'le', 'la', 'les', 'de', 'des', 'du', 'au', 'aux', 'et'])

/**
 * `Is-sur-Tille`, `Fontenay-sous-Bois`, `Saint-Germain-en-Laye`: capitalised parts joined
 * by the particles of French place names, as communes are written; no dictionary has them all.
 */
function isPlaceName(word: string): boolean {
  const parts = word.split('-')
  if (parts.length < 3 || !/^\p{Lu}/u.test(parts[0] as string) || !/^\p{Lu}\p{Ll}/u.test(parts.at(-1) as string)) return false
  let particles = 0
  for (const part of parts.slice(1, -1)) {
    if (PLACE_PARTICLES.has(part) || /^d['’]\p{Lu}/u.test(part)) particles++
    else if (!/^\p{Lu}\p{Ll}/u.test(part)) return false
  }
  return particles > 0
}

/** `développeur·euse·s`, `contributeur.rice.s`, `étudiant-e-s`: a known word and inclusive endings. */
function isInclusive(word: string, lookup: (word: string) => boolean): boolean {
  // Fused forms: `agriculteurice` (agriculteur, agricultrice), `inspecteurices`; `toustes`, `iels`, `celleux`.
  const fused = /^(\p{L}+t)eurice(s?)$/u.exec(word)
  if (fused !== null) return lookup(`${fused[1]}eur${fused[2]}`) && lookup(`${fused[1]}rice${fused[2]}`)
  if (FUSED_PRONOUNS.has(word.toLowerCase())) return true
  if (!INCLUSIVE_SEPARATOR.test(word)) return false
  const [root = '', ...endings] = word.split(INCLUSIVE_SEPARATOR)
  if (endings.length === 0 || !endings.every((ending) => INCLUSIVE_PARTS.has(ending))) return false
  // `tou·te·s`: the root alone is no word, the masculine (`tous`) and the feminine (`toutes`) are.
  return lookup(root) || (endings.length >= 2 && lookup(root + endings[endings.length - 1]) && lookup(root + endings.join('')))
}

/** Inclusive pronouns and determiners written as one word. */
const FUSED_PRONOUNS: ReadonlySet<string> = new Set(['iel', 'iels', 'ielle', 'ielles', 'celleux', 'toustes', 'elleux'])

/** English, not French (`learning`, `the`), as a neighbour that puts a word in an English phrase. */
function englishOnly(word: string, french: Speller, english: Speller): boolean {
  if (isEnglishFunctionWord(word)) return true
  return english.lookup(word) && !french.lookup(word) && !isFrenchFunctionWord(word)
}

/**
 * The word at `index` is in a run of foreign words: beside a lower-case neighbour that is
 * English and not French (`machine learning`, `for example`) or no French word at all
 * (`kubernetes, vault, keycloak`). Capitalised neighbours do not count (`guide interactf Awesome`).
 */
function foreignRun(tokens: readonly RegExpExecArray[], index: number, french: Speller, english: Speller): boolean {
  for (const token of [tokens[index - 1], tokens[index + 1]]) {
    if (token === undefined) continue
    const word = token[0]
    if (isEnglishFunctionWord(word)) return true
    if (/^\p{Lu}/u.test(word) || word.length <= 2) continue
    if (englishOnly(word, french, english)) return true
    if (!french.lookup(word) && !isFrenchFunctionWord(word) && !INCLUSIVE_SEPARATOR.test(word)) return true
  }
  return false
}

/**
 * A capitalised English or name neighbour, next to the word: it is part of a name of
 * several words (`Linux Foundation`, `Open Source Experience`), not `Emission « Libre`.
 */
function capitalisedNeighbour(text: string, tokens: readonly RegExpExecArray[], index: number, french: Speller, english: Speller): boolean {
  const word = tokens[index] as RegExpExecArray
  const fits = (token: string): boolean => /^\p{Lu}/u.test(token) && !isFrenchFunctionWord(token) && (english.lookup(token) || !french.lookup(token.toLowerCase()))
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  if (before !== undefined && /^[ \t]+$/.test(text.slice(before.index + before[0].length, word.index)) && fits(before[0])) return true
  return after !== undefined && /^[ \t]+$/.test(text.slice(word.index + word[0].length, after.index)) && fits(after[0])
}

/**
 * A neighbour, next to the word (spaces only between), that is a name: capitalised and
 * no French word in lower case (`Antoine Riviere`, `Nicolas P. Rougier`), not
 * `Recomandations Collaboratives` or `Reponsable SI`.
 */
function nameNeighbour(text: string, tokens: readonly RegExpExecArray[], index: number, french: Speller): boolean {
  const word = tokens[index] as RegExpExecArray
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  // `d'Interet General`: a common word without its accents (`général`) is no name either.
  const isName = (token: string): boolean => /^\p{Lu}/u.test(token) && !french.lookup(token.toLowerCase()) && !isFrenchFunctionWord(token) && !accentsOff(token.toLowerCase(), french)
  if (before !== undefined && /^[ \t]+$/.test(text.slice(before.index + before[0].length, word.index)) && isName(before[0])) return true
  return after !== undefined && /^[ \t]+$/.test(text.slice(word.index + word[0].length, after.index)) && isName(after[0])
}

/** `general` for `général`: a common word of the dictionary but for its accents, one search away. */
function accentsOff(word: string, french: Speller): boolean {
  if (word.length < 5 || !/^[a-z]+$/.test(word) || !/[aeiouc]/.test(word)) return false
  const best = bestFor(word, 3, 1)
  // A common word (in lower case, not a name the dictionary capitalises: `Antoine`).
  return best !== undefined && best !== word && best === best.toLowerCase() && fold(best) === word && french.lookup(best)
}

/** The capitalised words of the last page asked about, with how often it writes each (see {@link slipOfPageName}). */
let pageNames: { source: string; names: Map<string, number> } | undefined

/**
 * A capitalised name that the page writes right elsewhere, beside the same word, and
 * that `word` is one letter off (`l'Exclipse Foundation` a few lines from `Eclipse
 * Foundation`): a slip of that name. Two names one letter apart are common (`Mathieu`,
 * `Matthieu`); beside the same word they name the same thing. A long name of no dictionary
 * written once, beside the one-letter-off form the page writes at least twice, is one too
 * (`OpenFisa`, `OpenFisca`).
 */
function slipOfPageName(word: string, before: string | undefined, after: string | undefined, source: string, isWord: (word: string) => boolean): string | undefined {
  if (pageNames?.source !== source) {
    const names = new Map<string, number>()
    for (const [name] of source.matchAll(/(?<![\p{L}\p{M}\d_-])\p{Lu}\p{Ll}[\p{L}\p{M}]{3,}(?![\p{L}\p{M}\d_-])/gu)) names.set(name, (names.get(name) ?? 0) + 1)
    pageNames = { source, names }
  }
  // A page of thousands of names (a directory) would make this search quadratic: not there.
  if (pageNames.names.size > 3_000) return undefined
  const written = pageNames.names.get(word) ?? 0
  for (const [name, times] of pageNames.names) {
    // The form the page writes more often is the name (`Acceslibre` eight times, `Accelibre` once),
    // or as often when it is a word (`Eclipse`); a plural is no slip (`Écolieux`).
    if (times < written || (times === written && !isWord(name)) || Math.abs(name.length - word.length) > 1 || fold(name) === fold(word) || /^(.+)[sx]$/.exec(word)?.[1] === name || distance(name, word) !== 1) continue
    const beside = (after !== undefined && source.includes(`${name} ${after}`)) || (before !== undefined && /^\p{Lu}/u.test(before) && source.includes(`${before} ${name}`))
    // Or a name of no dictionary the page writes twice as often at least, this form once (`OpenFisa` beside
    // `OpenFisca` ×2, `Inserjeurnes` beside `Inserjeunes` ×2): the page's own spelling of it.
    const usual = written === 1 && times >= 2 && word.length >= 7 && !isWord(name)
    if (beside || usual) return name
  }
  return undefined
}

/**
 * Whether `word` is a French word spelt the English way, not an English word that
 * happens to be near a French one: the same letters but for accents
 * (`video`/`vidéo`), one vowel (`example`/`exemple`) or `s` for `c` (`license`).
 * `slack`/`black`, `team`/`tram`, `learning`/`e-learning` are not.
 */
function cognate(word: string, french: string): boolean {
  const a = fold(word)
  const b = fold(french)
  if (a === b) return true
  // `engine` is not `angine`: a cognate keeps its first letter.
  if (a[0] !== b[0]) return false
  // `planing` for `planning`: a consonant undoubled.
  if (b.length === a.length + 1) return [...b].some((letter, index) => index > 0 && letter === b[index - 1] && b.slice(0, index) + b.slice(index + 1) === a)
  if (a.length !== b.length) return false
  let differences = 0
  for (let index = 0; index < a.length; index++) {
    if (a[index] === b[index]) continue
    differences++
    const pair = `${a[index]}${b[index]}`
    if (!(/^[aeiouy]{2}$/.test(pair) || pair === 'sc' || pair === 'cs')) return false
  }
  return differences === 1
}

/** Link texts written in English (`[Language Server Protocol](…)`), and link texts of one word (a name: `[react-dsfr](…)`). */
function linkRanges(tree: Root, french: Speller, english: Speller): { english: Array<[number, number]>; names: Array<[number, number]> } {
  const ranges: Array<[number, number]> = []
  const names: Array<[number, number]> = []
  eachOfType(tree, 'link', (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const text = toString(node)
    if ((text.match(WORD) ?? []).length <= 1) names.push([start, end])
    else if (isForeign(text, french, english)) ranges.push([start, end])
  })
  return { english: ranges, names }
}

/**
 * Whether a span (emphasis, link text) is in another language: English by its
 * function words, or more English-only words than French-only ones, or one word
 * (the convention sets a foreign word in italics). `guide interactf` is French.
 */
function isForeign(text: string, french: Speller, english: Speller): boolean {
  if (foreignMemo === undefined || foreignMemo.french !== french || foreignMemo.english !== english) {
    foreignMemo = { french, english, answer: memoize((key) => readsForeign(key, french, english), 5_000) }
  }
  return foreignMemo.answer(text)
}

/** A speller's lookups, remembered: a page's words are mostly the same few hundred, again and again. */
const lookups = new WeakMap<Speller, (word: string) => boolean>()

function rememberedLookup(dictionary: Speller): (word: string) => boolean {
  let lookup = lookups.get(dictionary)
  if (lookup === undefined) lookups.set(dictionary, (lookup = memoize((word) => dictionary.lookup(word), 20_000)))
  return lookup
}

/** {@link isForeign}'s answers, for the spellers they were given by. */
let foreignMemo: { french: Speller; english: Speller; answer: (text: string) => boolean } | undefined

function readsForeign(text: string, french: Speller, english: Speller): boolean {
  const words = text.match(WORD) ?? []
  // One word is foreign by convention (`*open data*`, `*commit*`), unless it is written as French.
  if (words.length <= 1) return !writtenFrench(words[0], french, english)
  // Letters French does not use (`beschließt`, `Linåker`, `España`).
  if (isEnglish(text) || /[ßäöåñãõøąęłśźżčřšğı]/iu.test(text)) return true
  let frenchOnly = 0
  let foreign = 0
  const unknown: string[] = []
  for (const word of words) {
    const fr = french.lookup(word) || isFrenchFunctionWord(word)
    const en = english.lookup(word) || isEnglishFunctionWord(word)
    if (fr && !en) frenchOnly++
    else if (en && !fr) foreign++
    else if (!fr && !en && /^\p{Ll}/u.test(word) && word.length > 3) unknown.push(word)
  }
  // One English word among French ones is a borrowing, not an English title (`guide interactf Awesome`).
  const foreignTitle = (count: number): boolean => count > frenchOnly && (count >= 2 || words.length === 2)
  // A word of no language we know, far from every French word (`sviluppo`), counts as
  // foreign; `interactf` is a French slip. Each costs a search: only those that can still
  // change the answer are looked up.
  for (const [looked, word] of unknown.entries()) {
    if (foreignTitle(foreign) || !foreignTitle(foreign + unknown.length - looked)) break
    const best = bestFor(word, 3)
    if (best === undefined || !isCloseTypo(word, best)) foreign++
  }
  return foreignTitle(foreign)
}

/**
 * `Github`, `Wordpress`, `Linkedin`: a name with capitals inside (`GitHub`), capitalised
 * but not as it is written; its correction. A name typed all in lower case (`github`)
 * is accepted, as it always was; so is a form the project's vocabulary gives.
 */
function misCasedName(word: string, known: ReadonlySet<string>): string | undefined {
  const elided = ELISION.exec(word)?.[0] ?? ''
  const bare = word.slice(elided.length)
  if (!/^\p{Lu}\p{Ll}/u.test(bare)) return undefined
  const name = MIXED_CASE_NAMES.get(bare.toLowerCase())
  if (name === undefined || name === bare || known.has(bare)) return undefined
  return elided + name
}

/** How many times `word` is written in `source` as a whole word, counting up to `enough`. */
function timesWritten(source: string, word: string, enough: number): number {
  let count = 0
  for (let from = source.indexOf(word); from !== -1 && count < enough; from = source.indexOf(word, from + word.length)) {
    const before = source[from - 1] ?? ' '
    const after = source[from + word.length] ?? ' '
    if (!/[\p{L}\p{M}\d_-]/u.test(before) && !/[\p{L}\p{M}\d_-]/u.test(after)) count++
  }
  return count
}

/** French accents, which few words of other languages carry. */
const FRENCH_ACCENT = /[éèêëàâçùûîïôœ]/iu

/**
 * A word in italics that reads as French: a French accent, in no English word (`café`,
 * `résumé` are English too), and a French word or a close slip of one
 * (`*intéropérabilité*`, a French word in italics for emphasis).
 */
function writtenFrench(word: string | undefined, french: Speller, english: Speller): boolean {
  if (word === undefined || !FRENCH_ACCENT.test(word) || english.lookup(word)) return false
  if (french.lookup(word)) return true
  const best = bestFor(word, 3)
  return best !== undefined && isCloseTypo(word, best)
}

/** The text of a range with its HTML entities decoded (`d&eacute;j&agrave;`), and the source index of each character. */
function decoded(range: ProseRange): { text: string; offsets: number[] | undefined } {
  if (!range.text.includes('&')) return { text: range.text, offsets: undefined }
  let text = ''
  const offsets: number[] = []
  let last = 0
  for (const { index: at, length, value } of characterReferences(range.text)) {
    for (let index = last; index < at; index++) offsets.push(index)
    text += range.text.slice(last, at)
    // Every character of the entity's value sits at the entity's start.
    for (let index = 0; index < value.length; index++) offsets.push(at)
    text += value
    last = at + length
  }
  for (let index = last; index <= range.text.length; index++) offsets.push(index)
  text += range.text.slice(last)
  return { text, offsets }
}

/** Whether the word at `index` follows other words of its sentence (so a capital marks a name). */
function insideSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd()
  const line = before.slice(before.lastIndexOf('\n') + 1)
  // An opening bracket starts a sentence of its own: `(Assistance à l'exploitation)`.
  return before !== '' && !/[.!?:…(]$/.test(before) && !/^\s*([-*+]|\d+[.)])?\s*$/.test(line)
}

/** `co-organisé`, `socio-fiscale`, `multi-acteurs`: a productive prefix before a known word. */
const PREFIX = /^(co|auto|multi|pluri|socio|éco|eco|bêta|beta|crypto|anti|contre|post|pré|ré|semi|sous|sur|inter|intra|non|néo|extra|méta|micro|macro|mini|pseudo|quasi|ultra|visio|web|cyber)-(.+)$/i

/** The same prefixes glued to the word (`réimplémentation`, `multiacteurs`, `préinscrire`). */
const GLUED_PREFIX = /^(co|auto|multi|pluri|socio|éco|crypto|anti|contre|post|pré|ré|re|semi|sous|sur|inter|intra|non|néo|extra|méta|micro|macro|mini|pseudo|quasi|ultra|cyber|dé|bio|géo|hyper|télé)(.{5,})$/i

function isPrefixed(word: string, lookup: (word: string) => boolean, glued = false): boolean {
  const match = (glued ? GLUED_PREFIX : PREFIX).exec(word)
  return match !== null && lookup(match[2] ?? '')
}

/**
 * The slips writers make, as opposed to another word: a missing letter (`Reponsable`),
 * two letters swapped (`Rejoingez`), a consonant doubled or not (`Recomandations`),
 * accents. A letter more or another letter (`Castex` → `Caste`, `Sozu` → `Sou`) is how
 * names differ from words.
 */
function likelySlip(word: string, french: string): boolean {
  const a = fold(word)
  const b = fold(french)
  if (a === b) return true
  if (a.length === b.length) {
    const at = [...a].findIndex((letter, index) => letter !== b[index])
    return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2)
  }
  if (b.length !== a.length + 1) return false
  for (let index = 0; index < b.length; index++) if (b.slice(0, index) + b.slice(index + 1) === a) return true
  return false
}

/** Words listed in `<!--spell ignore mot autre-->` comments of the page. */
function ignoredIn(tree: Root): string[] {
  const words: string[] = []
  eachOfType(tree, 'html', (node) => {
    const match = IGNORE_COMMENT.exec(node.value.trim())
    if (match?.[1]) words.push(...match[1].split(/[\s,]+/).filter(Boolean))
  })
  return words
}

/**
 * Source ranges not to check: emphasis whose text is foreign (foreign words are set in
 * italics by typographic convention; an italic French sentence is checked) and short
 * table cells and list items, which hold names (the software lists of the site).
 */
function foreignRanges(tree: Root, french: Speller, english: Speller): { foreign: Array<[number, number]>; short: Array<[number, number]> } {
  const ranges: Array<[number, number]> = []
  const short: Array<[number, number]> = []
  eachOfType(tree, ['emphasis', 'tableCell', 'listItem'], (node) => {
    if (node.type === 'emphasis' && !isForeign(toString(node), french, english)) return
    if (node.type === 'tableCell' && toString(node).trim().split(/\s+/).length > 3) return
    if (node.type === 'listItem' && toString(node).trim().split(/\s+/).length > 2) return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) (node.type === 'emphasis' ? ranges : short).push([start, end])
    return 'skip'
  })
  return { foreign: ranges, short }
}

/** The capitalised names the rule knows, by length, for {@link nameOfSlip}. */
let namesByLength: Map<number, string[]> | undefined

/** A known name (`JavaScript`) that `word` is a slip of (`Javascirpt`: two letters swapped, one left out). */
function nameOfSlip(word: string): string | undefined {
  if (namesByLength === undefined) {
    namesByLength = new Map()
    for (const name of BUILT_IN) {
      if (!/^\p{Lu}/u.test(name) || name.length < 6) continue
      const list = namesByLength.get(name.length) ?? []
      list.push(name)
      namesByLength.set(name.length, list)
    }
  }
  for (const length of [word.length, word.length + 1]) {
    for (const name of namesByLength.get(length) ?? []) if (fold(name) !== fold(word) && likelySlip(word, name)) return name
  }
  return undefined
}
