/**
 * `parseConfig`: the text of `offre.config.yml` in, the configuration and its
 * problems out, each problem a message at the line and column of the YAML node it
 * concerns (the key itself for an unknown key), in French (English on request),
 * with what was found and what is expected. No I/O: the caller reads the file.
 */
import { explainYamlError } from '@offre/model'
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Locale } from '../settings.js'
import { templateError } from '../site/template.js'
import { label, type ConfigProblem } from './problems.js'
import { profilesProblems } from './profiles.js'
import { rulesProblems } from './rules.js'
import type { OffreConfig } from './schema-source.js'
import { OffreConfigSchema } from './schemas.js'
import { problemsOf } from './validator.js'

export const CONFIG_FILE = 'offre.config.yml'
export const CONFIG_SOURCE = 'offre-config'
const DOCS = 'https://github.com/codegouvfr/offre/tree/main/packages/remark-lint-offre/docs/configuration.md'

export interface ConfigResult {
  /** The configuration, without the top-level keys that have problems. */
  config: OffreConfig
  /** Problems, fatal: a run should stop on any of them. */
  messages: VFileMessage[]
}

export function parseConfig(text: string, path: string = CONFIG_FILE, options: { locale?: Locale } = {}): ConfigResult {
  const locale = options.locale ?? 'fr'
  const file = new VFile({ path, value: text })
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter })
  const at = (offset: number): { line: number; column: number; offset: number } => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col, offset }
  }
  const report = (fr: string, en: string, range: [number, number] | undefined, ruleId: string, actual: string, expected: string[]): void => {
    const place = range ? { start: at(range[0]), end: at(Math.max(range[0], range[1])) } : undefined
    const message = file.message(locale === 'en' ? en : fr, { place, ruleId, source: CONFIG_SOURCE })
    Object.assign(message, { fatal: true, url: DOCS, actual, expected })
  }
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      report(`YAML invalide : ${explainYamlError(error, { source: text })}`, `Invalid YAML: ${explainYamlError(error, { locale: 'en', source: text })}`, error.pos, 'yaml-syntax', error.code, [])
    }
    return { config: {}, messages: file.messages }
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {}
  } catch (error) {
    report(`YAML invalide : ${explainYamlError(error, { maxAliasCount: 100 })}`, `Invalid YAML: ${explainYamlError(error, { locale: 'en', maxAliasCount: 100 })}`, [0, 0], 'yaml-syntax', '', [])
    return { config: {}, messages: file.messages }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report('Configuration inattendue : attendu des paires `clé: valeur` (`rules:`, `links:`…)', 'Unexpected configuration: expected `key: value` pairs (`rules:`, `links:`…)', rangeOf(doc.contents), 'not-mapping', JSON.stringify(value) ?? '', ['rules'])
    return { config: {}, messages: file.messages }
  }
  const record = value as Record<string, unknown>
  // A `rules` or `profiles` that is not a mapping is ajv's finding; its entries are checked here.
  const problems = [
    ...problemsOf(OffreConfigSchema, record),
    ...(isRecord(record.rules) ? rulesProblems(record.rules) : []),
    ...(isRecord(record.profiles) ? profilesProblems(record.profiles, ['profiles']) : []),
    ...templateProblems(record),
  ]
  const invalid = new Set<string>()
  const placed = problems.map((problem) => ({ problem, range: locate(doc, problem) })).sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0))
  for (const { problem, range } of placed) {
    invalid.add(String(problem.path[0] ?? ''))
    report(problem.fr, problem.en, range, problem.atKey ? 'unknown-key' : 'invalid-value', problem.actual, problem.expected)
  }
  const config = Object.fromEntries(Object.entries(record).filter(([key]) => !invalid.has(key))) as OffreConfig
  return { config, messages: file.messages }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** The URL templates of `links.siteRules`, which ajv cannot check. */
function templateProblems(record: Record<string, unknown>): ConfigProblem[] {
  const siteRules = (record.links as { siteRules?: Record<string, unknown> } | undefined)?.siteRules
  const problems: ConfigProblem[] = []
  for (const key of ['slugOverride', 'folders'] as const) {
    const rules = siteRules?.[key]
    if (!Array.isArray(rules)) continue
    rules.forEach((rule: unknown, index) => {
      const url = (rule as { url?: unknown } | null)?.url
      const error = typeof url === 'string' ? templateError(url) : undefined
      const path = ['links', 'siteRules', key, index, 'url']
      if (error) problems.push({ path, fr: `\`${label(path)}\` : ${error.fr}, reçu \`${String(url)}\``, en: `Unexpected URL template \`${String(url)}\` for \`${label(path)}\`: ${error.en}`, actual: String(url), expected: ['/fr/mission/{slugify(fileSlug)}/'] })
    })
  }
  return problems
}

/** The source range of the node a problem is about: its key when the key is the problem. */
function locate(doc: Document, problem: ConfigProblem): [number, number] | undefined {
  const path = problem.path
  if (problem.atKey && path.length > 0) {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true)
    const key = String(path[path.length - 1])
    if (isMap(parent)) {
      for (const pair of parent.items) if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) return rangeOf(pair.key)
    }
  }
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true)
    const range = rangeOf(node)
    if (range) return range
  }
  return undefined
}

function rangeOf(node: unknown): [number, number] | undefined {
  if (!isNode(node) || !node.range) return undefined
  // A map or sequence value spans its whole block: its first line is enough.
  const [start, end] = node.range
  return isMap(node) || isSeq(node) ? [start, start] : [start, end]
}
