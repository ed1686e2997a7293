/**
 * Every rule of the package, with its metadata beside it: id, default severity,
 * whether it fixes. The preset and the CLI read this list; a new rule is added here.
 */
import type { Plugin } from 'unified'
import type { Root } from 'mdast'
import remarkLintOffreSpelling from './rules/offre-spelling.js'
import remarkLintOffreTypos from './rules/offre-typos.js'
import remarkLintOffreTypography from './rules/offre-typography.js'
import remarkLintOffreMailto from './rules/offre-mailto.js'
import remarkLintOffreFaq from './rules/offre-faq.js'
import remarkLintOffreNoPresentationalHtml from './rules/offre-no-presentational-html.js'
import remarkLintOffreFrontMatter from './rules/offre-front-matter.js'
import remarkLintOffreRequiredSections from './rules/offre-required-sections.js'
import remarkLintOffreLinks from './rules/offre-links.js'
import remarkLintOffreNavigation from './rules/offre-navigation.js'
import remarkLintOffreGrammar from './rules/offre-grammar.js'
import { ruleUrl } from './report.js'

export type Severity = 'error' | 'warn' | 'off'

export interface RuleEntry {
  id: string
  plugin: Plugin<[unknown?], Root>
  /** Severity in the preset. */
  severity: Severity
  /** Whether the rule's findings carry fixes that `--fix` may apply. */
  fixable: boolean
  /** What the rule checks, in one line (French), for help and SARIF metadata. */
  description: string
  url: string
}

function entry(id: string, plugin: unknown, severity: Severity, fixable: boolean, description: string): RuleEntry {
  return { id, plugin: plugin as RuleEntry['plugin'], severity, fixable, description, url: ruleUrl(id) }
}

export const RULES: readonly RuleEntry[] = [
  entry('offre-typos', remarkLintOffreTypos, 'error', true, 'Fautes de frappe connues du français (liste extensible)'),
  entry('offre-spelling', remarkLintOffreSpelling, 'warn', false, 'Orthographe : chaque mot vérifié dans le dictionnaire français, avec suggestions'),
  entry('offre-typography', remarkLintOffreTypography, 'warn', true, 'Typographie française : espaces avant ? ! ; : et dans « », espaces doubles, ligatures, accents sur les majuscules, t euphonique, mots répétés'),
  entry('offre-mailto', remarkLintOffreMailto, 'error', true, 'Adresses e-mail : liens mailto bien formés, texte et adresse identiques, pas d’adresse en code, liste autorisée'),
  entry('offre-faq', remarkLintOffreFaq, 'warn', true, 'Questions courantes : pas de quasi-doublon dans une section, un point d’interrogation à chaque question'),
  entry('offre-no-presentational-html', remarkLintOffreNoPresentationalHtml, 'warn', true, 'Pas de HTML de mise en page : <br/> pour espacer, style=, <center>, <font>, <b>/<i>/<u>, &nbsp; en série'),
  entry('offre-front-matter', remarkLintOffreFrontMatter, 'error', false, 'Front matter : YAML valide, clés connues du site, `title` présent, valeurs du bon type, à la position de la valeur'),
  entry('offre-required-sections', remarkLintOffreRequiredSections, 'warn', true, 'Plan de la page : sections exigées par le profil (offre de services), dans l’ordre, sans H1 dans le corps, niveau sauté ni titre en double'),
  entry('offre-links', remarkLintOffreLinks, 'error', true, 'Liens : pages internes inexistantes, ancres introuvables, // dans le chemin, http:// au lieu de https://, intitulés non explicites (RGAA 6.1)'),
  entry('offre-navigation', remarkLintOffreNavigation, 'warn', false, 'Navigation : `parent` introuvable dans l’arbre du site, fil d’Ariane par une clé partagée ou une page sans URL (lien « false »), `segments` ignorés ou morts'),
  // Last: it keeps Grammalecte's typography only where offre-typography has said nothing.
  entry('offre-grammar', remarkLintOffreGrammar, 'warn', true, 'Grammaire par Grammalecte : accords, conjugaison, confusions (a/à, ou/où, ces/ses), élisions, participes ; avec ses suggestions'),
]

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id)
