/**
 * remark-lint-offre: remark-lint rules for the French content of code.gouv.fr.
 *
 * ```js
 * import { remark } from 'remark'
 * import remarkPresetLintOffre from 'remark-lint-offre'
 * const file = await remark().use(remarkPresetLintOffre).process(markdown)
 * ```
 */
export { default, createPreset } from './preset.js'
export type { PresetOptions, RuleSetting } from './preset.js'
export { RULES, RULE_IDS } from './registry.js'
export type { RuleEntry, Severity } from './registry.js'
export { applyFixes, fixOf } from './fix.js'
export type { Fix, FixResult } from './fix.js'
export { remarkOffreSettings, settingsOf } from './settings.js'
export type { OffreSettings, Locale } from './settings.js'
export { TYPOS } from './data/typos.js'
export { default as remarkLintOffreTypos } from './rules/offre-typos.js'
export { default as remarkLintOffreSpelling } from './rules/offre-spelling.js'
