/**
 * A past participle after `avoir` that agrees though nothing precedes it to agree with:
 * `La DGFiP a publiée le code source` (publié), `nous avons observée des`, `ont changés
 * leur`. With `avoir`, a participle agrees only with a direct object placed before it
 * (`la liste qu’elle a publiée`, `il les a publiées`); here its complement follows it
 * (a determiner right after), and the clause has no object before the verb.
 *
 * Grammalecte knows the rule but applies it only when it knows the subject: a name or an
 * acronym (`Paul`, `La DINUM`) stops it. This check does not look at the subject, and
 * stays on the safe side of everything else:
 * - a direct object pronoun before the verb (`les a`, `la lui a`, `vous a`; `l’a` and
 *   `n’a` are never matched), a relative or interrogative word earlier in the sentence
 *   (`que`, `dont`, `lequel`, `combien`, `quel`): the object may precede, no finding;
 * - only the endings that are nothing but a participle's agreement: `-ée(s)`, `-és`,
 *   `-ies`, `-ues`, `-ises`, `-ites`, `-its`, and the masculine singular must be a word of
 *   the dictionary (`publié`). `-ie`, `-ue`, `-ise` alone are left out for `avoir partie
 *   liée`, `avoir vue sur`, `avoir prise sur`, and `a …ée de` for `à portée de`, `à durée
 *   de` (an `à` without its accent, Grammalecte's to report).
 *
 * Pure: a block's text in, errors in the checker's shape out (family `ppas`, as
 * Grammalecte files them), so that offre-grammar maps, merges and reports them as it does
 * Grammalecte's, and drops them where Grammalecte already speaks.
 */
import type { GrammarError } from './checker.js'

/** `avoir` as an auxiliary: its simple tenses, the infinitive and the present participle. */
const AUXILIARY = 'a|ai|as|avons|avez|ont|avait|avais|avaient|avions|aviez|aura|aurai|auras|aurons|aurez|auront|aurait|aurais|auraient|aurions|auriez|avoir|ayant|aie|ait|aient'
/** Adverbs that may stand between `avoir` and its participle (`a déjà publié`, `n’a pas`). */
const ADVERB = 'bien|déjà|aussi|également|ensuite|alors|enfin|toujours|jamais|récemment|notamment|ainsi|largement|beaucoup|souvent|encore|pas|plus|point|guère|vraiment|rapidement|finalement|donc|particulièrement|longtemps|justement|progressivement|officiellement|entièrement|peu|très|tout'
/** What opens the complement after the participle: a determiner, or `de`. */
const DETERMINER = "le|la|les|l['’]|un|une|des|du|de|d['’]|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos|votre|vos|mon|ma|mes|plusieurs|quelques|chaque"

const PARTICIPLE = new RegExp(
  `(?<![\\p{L}\\p{M}\\d'’-])(${AUXILIARY})((?:\\s+(?:${ADVERB}))*)\\s+(\\p{Ll}[\\p{Ll}\\p{M}]*(?:ées|ée|és|ies|ues|ises|ites|its))\\s+(${DETERMINER})(?![\\p{L}\\p{M}\\d-])`,
  'gu',
)

/** The test of a page's source (emphasis marks aside) before its blocks are built: most pages hold no such phrase (1 of the 211). */
export const PARTICIPLE_HINT = new RegExp(PARTICIPLE.source, 'u')

/** The masculine singular of an agreed participle (`publiées` → `publié`), ending by ending. */
const MASCULINE: ReadonlyArray<readonly [string, string]> = [
  ['ées', 'é'],
  ['ée', 'é'],
  ['és', 'é'],
  ['ies', 'i'],
  ['ues', 'u'],
  ['ises', 'is'],
  ['ites', 'it'],
  ['its', 'it'],
]

/** Object pronouns that put a direct object before the verb. `nous` and `vous` are the subject before their own person. */
const OBJECT_BEFORE = new Set(['la', 'les', 'le', 'me', 'te', 'se', 'nous', 'vous'])
const OWN_PERSON: Readonly<Record<string, RegExp>> = { nous: /ons$/, vous: /ez$/ }
/** Pronouns that may sit between the object pronoun and the verb (`la lui a`, `les y a`, `ne les en a`). */
const BETWEEN = new Set(['lui', 'leur', 'en', 'y', 'ne'])
/** A relative or interrogative word: the object may be before the verb (`la liste qu’elle a publiée le 3 mai`). */
const OBJECT_MAY_PRECEDE = /(?<![\p{L}\p{M}])(?:que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles|combien|quels?|quelles?)(?![\p{L}\p{M}])/iu

export const PARTICIPLE_RULE = 'offre_ppas_avoir_complément_après'

export function participlesAfterAvoir(text: string, isWord: (word: string) => boolean): GrammarError[] {
  const errors: GrammarError[] = []
  for (const match of text.matchAll(PARTICIPLE)) {
    const [whole, auxiliary = '', adverbs = '', participle = '', next = ''] = match
    const at = match.index
    const ending = MASCULINE.find(([suffix]) => participle.endsWith(suffix))
    if (ending === undefined) continue
    // `a portée de`, `a durée de`: `à` written without its accent.
    if (auxiliary === 'a' && /ée$/.test(participle) && /^d/.test(next)) continue
    const masculine = participle.slice(0, -ending[0].length) + ending[1]
    if (!isWord(masculine) || !isWord(participle)) continue
    const before = sentenceBefore(text, at)
    if (OBJECT_MAY_PRECEDE.test(before) || objectPronounBefore(before, auxiliary)) continue
    const start = at + whole.indexOf(participle, auxiliary.length + adverbs.length)
    errors.push({
      start,
      end: start + participle.length,
      family: 'ppas',
      rule: PARTICIPLE_RULE,
      line: '',
      message: `Participe passé avec « avoir » suivi de son complément : il ne s’accorde pas, rien ne le précède pour l’accorder.`,
      suggestions: [masculine],
    })
  }
  return errors
}

/** The sentence's text before `at`: from the last full stop, question or exclamation mark, semicolon or colon. */
function sentenceBefore(text: string, at: number): string {
  const head = text.slice(0, at)
  const ends = [...head.matchAll(/[.!?;:](?=\s)/g)]
  const last = ends[ends.length - 1]
  return head.slice(last === undefined ? 0 : last.index + 1)
}

/** Whether the words right before the verb put its object first (`les a`, `la lui a`, `nous a`, not `nous avons`). */
function objectPronounBefore(before: string, auxiliary: string): boolean {
  const words = before.toLowerCase().split(/[\s,]+/u).filter(Boolean)
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] ?? ''
    if (BETWEEN.has(word)) continue
    if (!OBJECT_BEFORE.has(word)) return false
    const own = OWN_PERSON[word]
    return own === undefined || !own.test(auxiliary)
  }
  return false
}
