/**
 * offre-typography: French typography of the prose, each sub-check with its own
 * message and a fix:
 * - `punctuation`: the space before `? ! ; :` and inside « » (see the `nbsp` setting), and
 *   a space, comma or semicolon ending a link's text (`[titre ](…),`, `[la liste,](…)`),
 *   a slash or a hyphen spaced on one side only (`GNU/ Linux`, `demandeur- agent`), a space before a comma or a full stop
 *   (`en communs , 9 %`), a bracket not closed or not opened in its paragraph, a heading's
 *   marks written twice (`## ## Vous`), a sentence's missing full stop and a heading's extra one,
 *   the comma after a connector opening a sentence (`Par ailleurs, le`), English or straight quotes for French ones (`le
 *   “bon” logement` → `le « bon » logement`, `dit 'vivant'`);
 * - `spaces`: several spaces between two words (`libres.  Voir`);
 * - `ligatures`: `oeuvre` → `œuvre`, from a curated list;
 * - `capitals`: `Etat` → `État`, `A propos` → `À propos`, no capital after a comma (`, Une tribune`),
 *   nor inside the name of a ministry, a public body or a programme (`le Ministère de`, `Direction Générale`,
 *   `le Service National Universel`)
 *   or the words spelling out an acronym (`Vols Aériens Militaires (VAM)`), a word in capitals
 *   without its accents (`LE PROBLEME`), a heading's capital (`## en chiffres`),
 *   names whose capitals are fixed (`la Rochelle` → `La Rochelle`, `les jeux olympiques`);
 * - `euphonic`: `Existe-il` → `Existe-t-il`;
 * - `repeated`: `sur sur` → `sur`;
 * - `numbers`: ordinals (`2ème` → `2e`, `1ère` → `1re`), thousands grouped (`12000 dépôts`, `1500
 *   personnes`, `50,000 habitants`) and the space before a unit (`100%`);
 * - `dates`: no capital to months and days inside a date (`le 20 Avril` → `le 20 avril`);
 * - `abbreviations`: `etc.` with its full stop, `p. 14` spaced.
 * English pages (`en/…`) get only the `spaces` check. The front matter's prose (titles,
 * descriptions, alt texts: `frontMatterProse`) is checked at its place in the YAML; code,
 * URLs, addresses, HTML and the other front-matter values are never prose, so never checked.
 *
 * Options: `{ skip?: SubCheck[], allowRepeated?: string[] }`.
 */
import type { Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import { ruleUrl } from '../report.js'
import { settingsOf } from '../settings.js'
import { badOption, checkKnownKeys, inPageOrder, withCheckedOptions } from './offre-rule-support.js'
import { checkLinkEdges } from './offre-typography-link-edges.js'
import { checkSlashSpaces } from './offre-typography-slash.js'
import { checkOneSidedHyphens } from './offre-typography-hyphens.js'
import { checkFullStops } from './offre-typography-full-stops.js'
import { checkConnectorCommas, checkNeedlessCommas } from './offre-typography-commas.js'
import { checkSpaceAfterStop, checkSpaceBeforeCommaStop } from './offre-typography-comma-space.js'
import { checkBrackets } from './offre-typography-brackets.js'
import { checkHeadingCapitals, checkHeadingMarks } from './offre-typography-headings.js'
import { checkFixedNames } from './offre-typography-fixed-names.js'
import { checkElisionBeforeQuote, checkQuotes } from './offre-typography-quotes.js'
import { checkDoubleSpaces, checkPunctuationSpaces } from './offre-typography-spacing.js'
import { checkAbbreviations } from './offre-typography-abbreviations.js'
import { checkInstitutionCapitals } from './offre-typography-institutions.js'
import { checkCapitalAfterComma } from './offre-typography-comma-capital.js'
import { checkDates } from './offre-typography-dates.js'
import { checkNumbers } from './offre-typography-numbers.js'
import { isEnglishContent, textRanges } from './offre-typography-text.js'
import { REPEATABLE, checkCapitalAccents, checkEuphonicT, checkLigatures, checkRepeatedWords } from './offre-typography-words.js'

import { TYPOGRAPHY_CHECKS, type TypographyCheck } from './offre-typography-checks.js'

export { TYPOGRAPHY_CHECKS, type TypographyCheck }

export interface TypographyOptions {
  /** Sub-checks to turn off. */
  skip?: TypographyCheck[]
  /** More words that may be written twice in a row (besides `nous`, `vous`, `si`, `fait`). */
  allowRepeated?: string[]
}

const ID = 'offre-typography'

function checkOptions(options: unknown): void {
  const { skip, allowRepeated } = checkKnownKeys(ID, options, ['skip', 'allowRepeated'])
  const checks: readonly string[] = TYPOGRAPHY_CHECKS
  if (skip !== undefined && (!Array.isArray(skip) || skip.some((check) => !checks.includes(check)))) {
    badOption(ID, 'skip', `a list of ${TYPOGRAPHY_CHECKS.map((c) => `\`${c}\``).join(', ')}`, skip)
  }
  if (allowRepeated !== undefined && (!Array.isArray(allowRepeated) || allowRepeated.some((word) => typeof word !== 'string'))) {
    badOption(ID, 'allowRepeated', 'a list of words, such as `["très"]`', allowRepeated)
  }
  const nbsp = (options as { nbsp?: unknown } | undefined)?.nbsp
  if (nbsp !== undefined) badOption(ID, 'nbsp', 'the shared setting `settings.nbsp`, not a rule option', nbsp)
}

const rule = lintRule<Root, TypographyOptions | undefined>({ origin: `remark-lint:${ID}`, url: ruleUrl(ID) }, (tree, file, options) => {
  const nbsp = settingsOf(file).nbsp
  if (nbsp !== undefined && nbsp !== 'renderer' && nbsp !== 'source') {
    throw new Error(`Invalid setting \`nbsp\`: expected \`renderer\` or \`source\`, received \`${String(nbsp)}\``)
  }
  const first = file.messages.length
  const skip = new Set<string>(options?.skip ?? [])
  const french = !isEnglishContent(file)
  const ranges = textRanges(tree, file)
  const on = (check: TypographyCheck, frenchOnly = true): boolean => !skip.has(check) && (french || !frenchOnly)
  if (on('punctuation')) {
    checkPunctuationSpaces(ranges, file)
    checkLinkEdges(tree, file)
    checkSlashSpaces(ranges, file)
    checkOneSidedHyphens(ranges, file)
    checkSpaceBeforeCommaStop(ranges, file)
    checkSpaceAfterStop(ranges, file)
    checkBrackets(tree, ranges, file)
    checkHeadingMarks(tree, file)
    checkQuotes(ranges, file)
    checkElisionBeforeQuote(ranges, file)
    checkFullStops(tree, ranges, file)
    checkConnectorCommas(ranges, file)
    checkNeedlessCommas(ranges, file)
  }
  if (on('spaces', false)) checkDoubleSpaces(ranges, file, on('punctuation'))
  if (on('ligatures')) checkLigatures(ranges, file)
  if (on('capitals')) {
    checkCapitalAccents(ranges, file)
    checkCapitalAfterComma(ranges, file)
    checkInstitutionCapitals(ranges, file)
    checkHeadingCapitals(tree, file)
    checkFixedNames(ranges, file)
  }
  if (on('euphonic')) checkEuphonicT(ranges, file)
  if (on('numbers')) checkNumbers(ranges, file)
  if (on('dates')) checkDates(ranges, file)
  if (on('abbreviations')) checkAbbreviations(ranges, file)
  if (on('repeated')) {
    const allowed = new Set([...REPEATABLE, ...(options?.allowRepeated ?? []).map((word) => word.toLowerCase())])
    checkRepeatedWords(ranges, file, allowed)
  }
  inPageOrder(file, first)
})

const remarkLintOffreTypography = withCheckedOptions(rule, checkOptions)

export default remarkLintOffreTypography
