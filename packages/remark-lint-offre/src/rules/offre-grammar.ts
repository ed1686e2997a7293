/**
 * offre-grammar: grammar through Grammalecte, the reference free French grammar
 * checker: agreement in gender and number (`leur questions`, `cette écosystème`),
 * conjugation, confusions (a/à, ou/où, ces/ses), elision and euphony, participles…
 * with Grammalecte's suggestions in `expected`.
 *
 * The rule does no I/O: it reads the prose of the page (`grammarBlocks`: the same
 * text as the other rules, front-matter prose included), asks the checker found on
 * the file (`file.data.offreGrammar`, given by `offre lint` and the language server,
 * which run Grammalecte as a separate process), and maps each error back to its
 * exact markdown range. With or without a checker, offre's own checks run: an elision
 * before a consonant (`lors d’wébinaires`), which Grammalecte does not look for, and a
 * participle after `avoir` agreed with nothing (`grammar/participle-after-avoir.ts`),
 * reported only where Grammalecte says nothing.
 *
 * Two errors of one Grammalecte rule line in one paragraph are two ways to fix one
 * defect (`leur` → `leurs`, or `questions` → `question`): one finding covers both,
 * each `expected` value the whole place rewritten one way. Typography is
 * offre-typography's: a Grammalecte typography error is kept only where
 * offre-typography has no finding. A fix only when the single replacement is
 * certain (elision and euphony).
 */
import { speller } from '@offre/spell-fr'
import type { Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import { frontMatterProse } from '../front-matter-prose.js'
import { grammarBlocks, sourceRange, type GrammarBlock } from '../grammar/blocks.js'
import { elisionsBeforeConsonant, type ElisionFinding } from '../grammar/elision.js'
import { PARTICIPLE_HINT, participlesAfterAvoir } from '../grammar/participle-after-avoir.js'
import { foreignBlocks } from '../language.js'
import { eachOfType } from '../tree-index.js'
import type { GrammarError } from '../grammar/checker.js'
import { CERTAIN_FAMILIES, GRAMMAR_FAMILIES, NAME_PHRASES, RULES_OFF, TYPOGRAPHY_FAMILIES } from '../grammar/families.js'
import { placeOf } from '../places.js'
import { code, exact, ruleUrl, say } from '../report.js'
import { isFrench, settingsOf } from '../settings.js'

const ID = 'offre-grammar'

/** Characters between two errors of one rule line that make them one defect. */
const MERGE_GAP = 40

const remarkLintOffreGrammar = lintRule<Root, undefined>({ origin: `remark-lint:${ID}`, url: ruleUrl(ID) }, async (tree, file) => {
  if (!isFrench(file)) return
  const foreign = [...foreignBlocks(tree), ...emphasisRanges(tree)]
  for (const found of elisionsBeforeConsonant(tree, file, foreign)) reportElision(file, found)
  const checker = file.data.offreGrammar
  const source = String(file.value ?? '')
  // Without Grammalecte, offre's own checks need the blocks only where their hint is in the page's text.
  if (checker === undefined && !PARTICIPLE_HINT.test(source.replace(/[*_]/g, ''))) return
  const blocks = grammarBlocks(tree, file, frontMatterProse(tree, file))
  if (blocks.length === 0) return
  let results: GrammarError[][] = []
  if (checker !== undefined) {
    try {
      results = await checker.check(blocks.map((block) => block.text))
    } catch (error) {
      // The checker failed for this page (its process stopped, a time-out): said once, offre's own checks and the other rules' findings kept.
      const reason = error instanceof Error ? error.message : String(error)
      say(file, { fr: `Grammaire non vérifiée sur cette page : ${reason}`, en: `Grammar not checked on this page: ${reason}`, place: placeOf(file, 0, 0) })
    }
  }
  const isWord = (word: string): boolean => speller().lookup(word)
  const typography = typographyPlaces(file)
  const names = namePlaces(source, settingsOf(file).vocabulary)
  const reported = new Set<string>()
  for (const [index, block] of blocks.entries()) {
    const found = results[index] ?? []
    // offre's own findings where Grammalecte says nothing: one finding per defect.
    const ours = participlesAfterAvoir(block.text, isWord).filter((error) => !found.some((other) => other.start < error.end && error.start < other.end))
    for (const defect of defectsOf([...found, ...ours])) {
      const range = placeOfDefect(block, defect)
      if (range === undefined) continue
      const [start, end] = range
      // One finding per defect: where offre-typography or offre-typos speak, they know the site's conventions.
      // (Typography anywhere it overlaps theirs; grammar where it is their very place, `Etat`.)
      const typographic = TYPOGRAPHY_FAMILIES.has(defect.family)
      if (typography.some(([from, to]) => (typographic ? from < end && start < to : from <= start && end <= to))) continue
      // Across two links (`[commit](…) [commit](…)`): two links' texts, not one sentence's
      // words; across one link's end, one sentence (`l'[ADULLACT et](…) et par`), but its
      // punctuation is the link's markup's as much as the text's.
      const span = source.slice(start, end)
      if (/\]\([^)]*\)\s*\[/.test(span) || (typographic && span.includes(']('))) continue
      // Inside a token without spaces (`zendis.de`, `LemonLDAP::NG`): a name or an address, not punctuation.
      if (typographic && insideToken(block.text, defect, source)) continue
      if (!GRAMMAR_FAMILIES.has(defect.family) && !TYPOGRAPHY_FAMILIES.has(defect.family)) continue
      if (defect.errors.some((error) => RULES_OFF.some((prefix) => error.rule.startsWith(prefix)))) continue
      // A name of the vocabulary (`Mission logiciels libres`) is not a noun phrase to agree.
      if (names.some(([from, to]) => from < end && start < to)) continue
      // An acronym is a name whose gender and number are its own (`la CPU`, the
      // conference; `la CI`; `GitLab CE a`), not a word of Grammalecte's lexicon.
      if (defect.family !== 'maj' && readsAcronym(block, defect)) continue
      const key = `${start}:${end}:${defect.family}`
      if (reported.has(key)) continue
      reported.add(key)
      report(file, source, start, end, block, defect)
    }
  }
})

export default remarkLintOffreGrammar

/** An acronym (`CPU`, `CI`, `CE`) in capitals, in a line that is not all in capitals. */
const ACRONYM = /(?<![\p{L}\p{M}\d])\p{Lu}{2,}s?(?![\p{L}\p{M}\d])/u

/** Whether the defect's words, or the words its message quotes (`« CPU » est masculin`), hold an acronym. */
function readsAcronym(block: GrammarBlock, defect: Defect): boolean {
  if (block.text === block.text.toUpperCase()) return false
  const quoted = [...defect.message.matchAll(/[«“]\s*([^»”]+?)\s*[»”]/gu)].map((match) => match[1] ?? '')
  return [block.text.slice(...spanOf(defect)), ...quoted].some((text) => ACRONYM.test(text))
}

/** `lors d’wébinaires` → `lors de wébinaires`: a fix when the full word is certain (all but `l’`). */
function reportElision(file: VFile, found: ElisionFinding): void {
  const { start, end, actual, expected } = found
  const fix = expected.length === 1 ? { start, end, text: expected[0] as string } : undefined
  say(file, {
    fr: `${code(actual)} : pas d’élision devant une consonne, écrire ${expected.map((value) => code(value.trim())).join(' ou ')} en entier`,
    en: `Unexpected elision ${code(actual)} before a consonant, expected ${expected.map((value) => code(value.trim())).join(' or ')} in full`,
    ...exact(file, start, end, expected),
    ...(fix ? { fix } : {}),
  })
}

/** Emphasis: by the French convention, foreign words. */
function emphasisRanges(tree: Root): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  eachOfType(tree, 'emphasis', (node) => {
    const { start, end } = node.position ?? {}
    if (start?.offset !== undefined && end?.offset !== undefined) ranges.push([start.offset, end.offset])
    return 'skip'
  })
  return ranges
}

/** One defect: the errors of one rule line, each a way to fix it. */
interface Defect {
  family: string
  message: string
  errors: GrammarError[]
}

function defectsOf(errors: readonly GrammarError[]): Defect[] {
  const byLine = new Map<string, Defect>()
  const defects: Defect[] = []
  for (const error of [...errors].sort((a, b) => a.start - b.start)) {
    const known = error.line === '' ? undefined : byLine.get(error.line)
    // Two ways to fix one agreement are words of one phrase; two quotes of one pair are two defects.
    const last = known?.errors[known.errors.length - 1]
    if (known !== undefined && last !== undefined && GRAMMAR_FAMILIES.has(error.family) && error.start - last.end <= MERGE_GAP) {
      known.errors.push(error)
      continue
    }
    const defect = { family: error.family, message: error.message, errors: [error] }
    if (error.line !== '') byLine.set(error.line, defect)
    defects.push(defect)
  }
  return defects
}

/** The defect's span in the block's text: from the first error's start to the last one's end. */
function spanOf(defect: Defect): [number, number] {
  return [Math.min(...defect.errors.map((error) => error.start)), Math.max(...defect.errors.map((error) => error.end))]
}

/** The defect's place in the source. */
function placeOfDefect(block: GrammarBlock, defect: Defect): [number, number] | undefined {
  return sourceRange(block, ...spanOf(defect))
}

function report(file: VFile, source: string, start: number, end: number, block: GrammarBlock, defect: Defect): void {
  // Each way to fix the defect, written over the whole place; where an error's own range
  // does not map exactly into the source, that way is left out.
  const expected: string[] = []
  // Only where the place is the checker's text as written: a replacement never rewrites markup.
  const read = block.text.slice(...spanOf(defect))
  const plain = source.slice(start, end) === read
  for (const error of plain ? defect.errors : []) {
    const range = sourceRange(block, error.start, error.end)
    if (range === undefined) continue
    for (const suggestion of error.suggestions) {
      const value = source.slice(start, range[0]) + suggestion + source.slice(range[1], end)
      if (!expected.includes(value)) expected.push(value)
    }
  }
  const actual = source.slice(start, end)
  // Across a link's markup, the words as the reader reads them (`et et`), not the markup.
  const shown = plain ? actual : read
  const message = tidy(defect.message)
  const hint = expected.length > 0 ? `, vouliez-vous dire ${expected.slice(0, 3).map(code).join(' ou ')} ?` : ''
  const hintEn = expected.length > 0 ? `, did you mean ${expected.slice(0, 3).map(code).join(' or ')}?` : ''
  const single = defect.errors.length === 1 && defect.errors[0]?.suggestions.length === 1 && expected.length === 1
  const fix = single && CERTAIN_FAMILIES.has(defect.family) ? { start, end, text: expected[0] as string } : undefined
  // offre's own checks (`offre_…` rules) are not Grammalecte's: the message says whose it is.
  const byOffre = defect.errors.every((error) => error.rule.startsWith('offre_'))
  say(file, {
    fr: `${code(shown)} : ${message}${hint}${byOffre ? '' : ' (Grammalecte)'}`,
    en: `Grammar in ${code(shown)}: ${message}${hintEn}${byOffre ? ' (in French)' : ' (Grammalecte, in French)'}`,
    ...exact(file, start, end, expected.length > 0 ? expected : undefined),
    ...(fix ? { fix } : {}),
  })
}

/** Grammalecte's message as a clause: no final full stop, a lower-case first letter. */
function tidy(message: string): string {
  const text = message.trim().replace(/\.$/, '')
  return text.charAt(0).toLowerCase() + text.slice(1)
}

const NO_WORDS: readonly string[] = []

/** The vocabulary's names of several words, once per list, lower case. */
const phrasesOf = new WeakMap<readonly string[], string[]>()

/** Where the page writes a name of several words of the vocabulary (`Mission logiciels libres`), in any case. */
function namePlaces(source: string, vocabulary: readonly string[] = NO_WORDS): Array<[number, number]> {
  let phrases = phrasesOf.get(vocabulary)
  if (phrases === undefined) phrasesOf.set(vocabulary, (phrases = [...NAME_PHRASES, ...vocabulary].filter((entry) => /\s/.test(entry.trim())).map((entry) => entry.trim().replace(/\s+/g, ' ').toLowerCase())))
  const lower = source.toLowerCase()
  const places: Array<[number, number]> = []
  for (const phrase of phrases) {
    for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + phrase.length)) places.push([at, at + phrase.length])
  }
  return places
}

/**
 * Whether the defect lies in a token without spaces that is a name or an address
 * (`zendis.de`, `ecosyste.ms`, `LemonLDAP::NG`): a dot or colon between letters, a
 * lower-case letter or a digit after it (`fin.Début` is a missing space, but
 * `Data.Subvention`, written twice or more on the page, is a name).
 */
function insideToken(text: string, defect: Defect, source: string): boolean {
  let [from, to] = spanOf(defect)
  while (from > 0 && /\S/u.test(text[from - 1] ?? '')) from--
  while (to < text.length && /\S/u.test(text[to] ?? '')) to++
  const token = text.slice(from, to).replace(/[,;.!?)»"]+$/u, '').replace(/^[(«"]+/u, '')
  if (!/^[\p{L}\d][\p{L}\d.:/_-]*[\p{L}\d]$/u.test(token)) return false
  if (/[\p{L}\d](?:\.[\p{Ll}\d]|::?[\p{L}\d])/u.test(token)) return true
  // `Data.Subvention`, written so again and again on its page: a name, not a missing space.
  return /\p{Ll}\.\p{Lu}/u.test(token) && source.split(token).length > 2
}

/** Where offre-typography and offre-typos (which run first) already reported. */
function typographyPlaces(file: VFile): Array<[number, number]> {
  const places: Array<[number, number]> = []
  for (const message of file.messages) {
    if (message.ruleId !== 'offre-typography' && message.ruleId !== 'offre-typos') continue
    const place = message.place && 'start' in message.place ? message.place : undefined
    const from = place?.start.offset
    const to = place?.end.offset
    if (from !== undefined && to !== undefined) places.push([from, Math.max(to, from + 1)])
  }
  return places
}
