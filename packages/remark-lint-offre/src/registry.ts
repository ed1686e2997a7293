/**
 * Every rule of the package, with its metadata beside it: id, default severity,
 * whether it fixes. The preset and the CLI read this list; a new rule is added here.
 */
import type { Plugin } from 'unified'
import type { Root } from 'mdast'
import remarkLintOffreSpelling from './rules/offre-spelling.js'
import remarkLintOffreTypos from './rules/offre-typos.js'
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
]

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id)
