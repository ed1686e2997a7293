/**
 * offre-faq: the "questions courantes" of each section, as the model reads them:
 * - a question that nearly repeats an earlier one of the same section (Jaccard
 *   similarity of their significant words, lower case, accents and stop words
 *   removed, plurals folded), reported at the later one, naming the earlier;
 * - a question that does not end with `?` (an inline "(Réponse : …)" aside); fix:
 *   append ` ?` when the question ends with a letter. Only in a list whose items mostly
 *   read as questions (their mark, an interrogative, an inverted subject): after `…les
 *   questions juridiques :`, a list of difficulties is no list of questions. The space before a `?` is
 *   `offre-typography`'s business, not this rule's.
 *
 * Options: `{ threshold?: number }`, the similarity above which two questions are
 * near duplicates (0 to 1, default 0.6: "Où publier un code source ?" and "Où trouver
 * un code source ?", at 0.6, are two questions).
 */
import type { Question } from '@offre/model'
import type { Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import { FAQ_STOP_WORDS } from '../data/faq-stop-words.js'
import { modelOf } from '../model.js'
import { code, exact, ruleUrl, say } from '../report.js'
import { settingsOf } from '../settings.js'
import { badOption, checkKnownKeys, inPageOrder, withCheckedOptions } from './offre-rule-support.js'

export interface FaqOptions {
  threshold?: number
}

const ID = 'offre-faq'
const DEFAULT_THRESHOLD = 0.6

function checkOptions(options: unknown): void {
  const { threshold } = checkKnownKeys(ID, options, ['threshold'])
  if (threshold !== undefined && (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1))) {
    badOption(ID, 'threshold', 'a number above 0 and at most 1, such as `0.6`', threshold)
  }
}

/** The significant words of a question: `Sous quelle licence libre publier mon code source ?` → quelle, licence, libre, publier, code, source. */
export function questionWords(text: string): Set<string> {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  const words = plain.match(/[\p{L}\d]+/gu) ?? []
  const folded = words.filter((word) => !FAQ_STOP_WORDS.has(word)).map((word) => (word.length > 3 ? word.replace(/[sx]$/, '') : word))
  // `quelle`, `quels`, `lesquelles`: one interrogative each.
  return new Set(folded.map((word) => word.replace(/^(les?|la)?(quel)(?:le|s|les)?$/, (_, article: string | undefined) => (article ? 'lequel' : 'quel'))))
}

const INTERROGATIVES = new Set(['ou', 'comment', 'pourquoi', 'quand', 'combien', 'qui', 'quoi', 'quel', 'lequel'])

/**
 * Jaccard similarity of two word sets (0 when either is empty), and 0 when both ask with
 * different interrogatives: "Où publier" and "Comment publier" share most words, yet
 * ask two things.
 */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  const askA = [...a].filter((word) => INTERROGATIVES.has(word))
  const askB = [...b].filter((word) => INTERROGATIVES.has(word))
  if (askA.length > 0 && askB.length > 0 && !askA.some((word) => askB.includes(word))) return 0
  let shared = 0
  for (const word of a) if (b.has(word)) shared += 1
  return shared / (a.size + b.size - shared)
}

const rule = lintRule<Root, FaqOptions | undefined>({ origin: `remark-lint:${ID}`, url: ruleUrl(ID) }, (tree, file, options) => {
  const first = file.messages.length
  const threshold = options?.threshold ?? DEFAULT_THRESHOLD
  for (const section of modelOf(tree, file).offer.sections) {
    for (const part of [section, ...section.subsections]) {
      reportDuplicates(file, part.questions, threshold)
      // A list after a lead that speaks of questions (`…traiter les nombreuses questions
      // juridiques :`) is a list of questions only when most of its items read as questions;
      // otherwise its items are no questions missing their mark.
      const asking = part.questions.filter((question) => readsAsQuestion(question.text)).length
      if (asking * 2 < part.questions.length) continue
      for (const question of part.questions) reportMissingMark(file, question)
    }
  }
  inPageOrder(file, first)
})

function reportDuplicates(file: VFile, questions: Question[], threshold: number): void {
  const words = questions.map((question) => questionWords(question.text))
  questions.forEach((question, index) => {
    let best: { score: number; earlier: Question } | undefined
    for (let before = 0; before < index; before++) {
      const score = similarity(words[before] ?? new Set(), words[index] ?? new Set())
      const earlier = questions[before]
      if (earlier !== undefined && score > threshold && (best === undefined || score > best.score)) best = { score, earlier }
    }
    if (best === undefined) return
    const line = best.earlier.position.start.line
    const [start, end] = textRange(file, question)
    say(file, {
      fr: `${code(question.text)} : question presque identique à celle de la ligne ${line} (${code(best.earlier.text)}), les fusionner ou les distinguer`,
      en: `Unexpected near-duplicate question ${code(question.text)}, expected a question distinct from line ${line} (${code(best.earlier.text)})`,
      // No `expected`: the earlier question is no replacement for this one (the two would then be identical).
      ...exact(file, start, end),
    })
  })
}

/** An interrogative opening (`Comment`, `Où`, `Est-ce`, `Peut-on`) or an inverted subject (`Existe-t-il`, `dois-je`). */
const ASKS = /^(?:comment|pourquoi|quand|combien|o[uù]|qui|que|qu['’]|quoi|quel(?:le)?s?|lequel|laquelle|lesquel(?:le)?s|est-ce|à qui|à quoi|de quoi|avec qui|pour qui)(?![\p{L}\p{M}])|[\p{L}\p{M}]-(?:t-)?(?:il|elle|on|je|nous|vous|ils|elles)(?![\p{L}\p{M}])/iu

/** Whether an item of a questions list reads as a question: its mark, an interrogative, an inverted subject. */
export function readsAsQuestion(text: string): boolean {
  return text.replace(CLOSING, '').endsWith('?') || ASKS.test(text.trim())
}

/** Closing marks that may follow the `?`: `« Pourquoi ? »`, `(pourquoi ?)`. */
const CLOSING = /[\s)»”"'’*_]+$/u
const ANSWER_IN_SOURCE = /\s*\(\s*(?:réponse|answer)\s*:[^()]*\)\s*$/iu

function reportMissingMark(file: VFile, question: Question): void {
  if (question.text.replace(CLOSING, '').endsWith('?')) return
  const [start, end] = textRange(file, question)
  const source = String(file.value ?? '')
  const written = source.slice(start, end)
  const mark = settingsOf(file).nbsp === 'source' ? '\u202f?' : ' ?'
  // Only a question written on one line and ending with a letter has an obvious fix.
  const fixable = /\p{L}$/u.test(written) && !written.includes('\n')
  const expected = `${question.text}${mark}`
  say(file, {
    fr: `${code(question.text)} : question sans point d’interrogation, écrire ${code(expected)}`,
    en: `Missing question mark in ${code(question.text)}, expected ${code(expected)}`,
    // With the fix only: the question as written, with its mark. Without one (a question ending with
    // a colon, a bracket, a line break…), where the mark goes is the editor's call.
    ...exact(file, start, end, fixable ? [`${written}${mark}`] : undefined),
    ...(fixable ? { fix: { start: end, end, text: mark } } : {}),
  })
}

/** The source range of the question itself: after the list marker, before an inline answer. */
function textRange(file: VFile, question: Question): [number, number] {
  const source = String(file.value ?? '')
  const start = question.position.start.offset
  const item = source.slice(start, question.position.end.offset)
  const marker = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?[ \t]*/.exec(item)?.[0].length ?? 0
  const text = item.replace(ANSWER_IN_SOURCE, '').replace(/\s+$/u, '')
  return [start + marker, start + Math.max(marker, text.length)]
}

const remarkLintOffreFaq = withCheckedOptions(rule, checkOptions)

export default remarkLintOffreFaq
