/**
 * The `rules` section of the configuration, checked entry by entry: the rule ids
 * the registry knows (with a "did you mean"), the severities, and each rule's
 * options against its schema.
 */
import { RULE_IDS } from '../registry.js'
import { profileProblems, profilesProblems } from './profiles.js'
import { notOneOf, wrongValue, type ConfigProblem } from './problems.js'
import { RULE_OPTION_SCHEMAS, SEVERITIES } from './schemas.js'
import { problemsOf } from './validator.js'

const SETTING = { fr: 'une sévérité (`error`, `warn`, `off`), des options, ou `[sévérité, options]`', en: 'a severity (`error`, `warn`, `off`), options, or `[severity, options]`' }

export function rulesProblems(rules: unknown): ConfigProblem[] {
  if (rules === undefined) return []
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) {
    return [wrongValue(['rules'], rules, { fr: 'une table `règle: réglage`', en: 'a mapping of `rule: setting`' }, '{"offre-links": "warn"}')]
  }
  return Object.entries(rules).flatMap(([id, setting]) =>
    RULE_IDS.includes(id) ? settingProblems(id, setting) : [notOneOf(['rules', id], id, RULE_IDS, { fr: 'règle inconnue', en: 'rule' }, true)],
  )
}

function settingProblems(id: string, setting: unknown): ConfigProblem[] {
  const path = ['rules', id]
  if (typeof setting === 'boolean') return []
  if (typeof setting === 'string') return severityProblems(id, setting, path)
  if (Array.isArray(setting)) {
    if (setting.length < 1 || setting.length > 2) return [wrongValue(path, setting, SETTING, '["warn", {}]')]
    const [severity, options] = setting as unknown[]
    return [...(typeof severity === 'boolean' ? [] : severityProblems(id, severity, [...path, 0])), ...optionsProblems(id, options, [...path, 1])]
  }
  if (setting !== null && typeof setting === 'object') return optionsProblems(id, setting, path)
  return [wrongValue(path, setting, SETTING, 'warn')]
}

function severityProblems(id: string, severity: unknown, path: (string | number)[]): ConfigProblem[] {
  if (typeof severity !== 'string') return [wrongValue(path, severity, SETTING, 'warn')]
  if ((SEVERITIES as readonly string[]).includes(severity)) return []
  return [notOneOf(path, severity, SEVERITIES, { fr: `sévérité inconnue pour \`${id}\``, en: `severity for \`${id}\`` })]
}

function optionsProblems(id: string, options: unknown, path: (string | number)[]): ConfigProblem[] {
  if (options === undefined) return []
  const schema = RULE_OPTION_SCHEMAS[id] ?? { type: 'object' }
  const problems = problemsOf(schema, options, path)
  if (id !== 'offre-required-sections' || options === null || typeof options !== 'object') return problems
  // Profiles are names or heading lists: checked in code, with the valid names.
  const { profiles, profile } = options as { profiles?: unknown; profile?: unknown }
  const isMapping = profiles !== null && typeof profiles === 'object' && !Array.isArray(profiles)
  return [...problems, ...(isMapping ? profilesProblems(profiles, [...path, 'profiles']) : []), ...(profile === undefined ? [] : profileProblems(profile, [...path, 'profile']))]
}
