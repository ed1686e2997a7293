/**
 * offre-front-matter: the front matter of the page, as the model reads it: YAML
 * syntax, keys the site does not know (warnings: the page still builds), missing
 * `title`, values of the wrong type, each at the YAML node concerned
 * (`segments: [{url: 3}]` → `segments/0/url`, at the line and column of `3`). The
 * findings are the model's own messages (source `offre-model`), re-reported as this
 * rule's so that they show in the linter with the same text, and can be disabled.
 *
 * No options. No fix: a front matter error needs the editor's decision.
 */
import { KNOWN_KEYS, offerJsonSchema, validateFrontMatter } from '@offre/model'
import type { Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import type { VFileMessage } from 'vfile-message'
import { modelOf } from '../model.js'
import { ruleUrl, say } from '../report.js'
import { checkKnownKeys, inPageOrder, withCheckedOptions } from './offre-rule-support.js'

const ID = 'offre-front-matter'

/** Model messages that are not about the front matter stay with the model. */
const NOT_FRONT_MATTER = new Set(['internal-error', 'too-large', 'binary-file', 'empty-file', 'invalid-utf8'])

const rule = lintRule<Root, undefined>({ origin: `remark-lint:${ID}`, url: ruleUrl(ID) }, (tree, file) => {
  const first = file.messages.length
  const { offer, messages } = modelOf(tree, file)
  const { data, extra } = offer.frontMatter
  const record = { ...data, ...extra }
  // Where each unknown key sits, to list the keys known at that place.
  const unknownAt = new Map<string, string[]>()
  for (const error of validateFrontMatter(record)) {
    if (error.keyword !== 'additionalProperties') continue
    const key = String(error.params.additionalProperty)
    if (!unknownAt.has(key)) unknownAt.set(key, error.instancePath.split('/').slice(1))
  }
  for (const found of messages) {
    if (NOT_FRONT_MATTER.has(found.ruleId ?? '')) continue
    // An unpublished page (`permalink: false`) renders no title: a missing one is no problem.
    if (found.ruleId === 'missing-key' && found.expected?.[0] === 'title' && record.permalink === false) continue
    const message = say(file, {
      // The model already wrote the message in the file's locale.
      fr: found.reason,
      en: found.reason,
      place: found.place && 'start' in found.place ? found.place : undefined,
      actual: found.actual ?? '',
      expected: found.expected ?? expectedOf(found, unknownAt),
    })
    keepWarning(message, found.fatal === true)
  }
  inPageOrder(file, first)
})

/**
 * unified-lint-rule sets `fatal` from the rule's severity after the rule has run; a
 * model warning (an unknown key) must stay a warning even with the rule at `error`,
 * so the final flag is the model's and the rule's together.
 */
function keepWarning(message: VFileMessage, modelFatal: boolean): void {
  let ruleFatal: boolean | null | undefined = message.fatal
  Object.defineProperty(message, 'fatal', {
    configurable: true,
    enumerable: true,
    get: () => (ruleFatal === true && !modelFatal ? false : ruleFatal),
    set: (value: boolean | null | undefined) => {
      ruleFatal = value
    },
  })
}

/** What the model's message leaves implicit: the keys known where an unknown one is, or the type the schema wants. */
function expectedOf(found: VFileMessage, unknownAt: ReadonlyMap<string, string[]>): string[] {
  if (found.ruleId === 'unknown-key') {
    const path = unknownAt.get(found.actual ?? '') ?? []
    return path.length === 0 ? [...KNOWN_KEYS] : Object.keys((schemaAt(path)?.properties as object | undefined) ?? {})
  }
  if (found.ruleId === 'missing-front-matter' || found.ruleId === 'unclosed-front-matter') return ['---']
  if (found.ruleId !== 'schema') return []
  // The model's message names the path first: "Valeur invalide pour `segments/0/url` : …".
  const path = /`([^`]*)`/.exec(found.reason)?.[1]
  const schema = path === undefined ? undefined : schemaAt(path.split('/'))
  return schema === undefined ? [] : describe(schema)
}

type Schema = Record<string, unknown>

let defsCache: Record<string, Schema> | undefined

/** The schema's parts, built on first need: most runs never report a schema error. */
function defs(): Record<string, Schema> {
  defsCache ??= ((offerJsonSchema() as Schema).$defs ?? {}) as Record<string, Schema>
  return defsCache
}

function deref(schema: Schema | undefined): Schema | undefined {
  const ref = schema?.$ref
  return typeof ref === 'string' ? defs()[ref.replace('#/$defs/', '')] : schema
}

/** The front matter schema at `path` (`['segments', '0', 'url']`). */
function schemaAt(path: readonly string[]): Schema | undefined {
  let schema = deref(defs().FrontMatterData)
  for (const part of path) {
    if (schema === undefined) return undefined
    const properties = schema.properties as Record<string, Schema> | undefined
    const options = (schema.anyOf ?? []) as Schema[]
    // `tags: string | string[]`: an index goes into the array branch.
    const items = (schema.items ?? options.map(deref).find((o) => o?.type === 'array')?.items) as Schema | undefined
    schema = deref(properties?.[part] ?? items)
  }
  return schema
}

function describe(schema: Schema): string[] {
  const options = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined
  if (options) return options.flatMap((option) => describe(deref(option) ?? {}))
  if (schema.const !== undefined) return [JSON.stringify(schema.const)]
  const type = String(schema.type ?? 'value')
  return [typeof schema.format === 'string' ? `${type} (${schema.format})` : type]
}

export default withCheckedOptions(rule, (options) => void checkKnownKeys(ID, options, []))
