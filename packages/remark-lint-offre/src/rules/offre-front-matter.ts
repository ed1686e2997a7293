/**
 * offre-front-matter: the front matter of the page, as the model reads it: YAML
 * syntax, keys the site does not know (warnings: the page still builds), missing
 * `title`, values of the wrong type, each at the YAML node concerned
 * (`segments: [{url: 3}]` → `segments/0/url`, at the line and column of `3`). The
 * findings are the model's own messages (source `offre-model`), re-reported as this
 * rule's so that they show in the linter with the same text, and can be disabled.
 *
 * No options. No fix: a front matter error needs the editor's decision. `actual` is
 * the text at the YAML node (the key, the value); `expected` only for an unknown key:
 * the known keys closest to it (`titel` → `title`), each a replacement of the key.
 */
import { KNOWN_KEYS, offerJsonSchema, validateFrontMatter } from '@offre/model'
import type { Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import type { VFileMessage } from 'vfile-message'
import { modelOf } from '../model.js'
import { ruleUrl, say } from '../report.js'
import { closest } from '../site/suggest.js'
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
  const source = String(file.value ?? '')
  for (const found of messages) {
    if (NOT_FRONT_MATTER.has(found.ruleId ?? '')) continue
    // An unpublished page (`permalink: false`) renders no title: a missing one is no problem.
    if (found.ruleId === 'missing-key' && found.expected?.[0] === 'title' && record.permalink === false) continue
    const place = found.place && 'start' in found.place ? found.place : undefined
    const from = place?.start.offset
    const to = place?.end.offset
    // `actual` is the text at the YAML node the model names (none for a missing key); `expected` only
    // for an unknown key, the known keys closest to it (`titel` → `title`): the reason names the
    // keys known, the type wanted, the key missing.
    const written = from === undefined || to === undefined || found.actual == null ? undefined : source.slice(from, to)
    const expected = found.ruleId === 'unknown-key' && written !== undefined && written === found.actual ? closest(written, knownKeysAt(found, unknownAt), 3) : []
    const message = say(file, {
      // The model already wrote the message in the file's locale.
      fr: found.reason,
      en: found.reason,
      place,
      ...(written === undefined ? {} : { actual: written }),
      ...(expected.length > 0 ? { expected } : {}),
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

/** The keys known where an unknown one is (the top level's, or those of the object holding it). */
function knownKeysAt(found: VFileMessage, unknownAt: ReadonlyMap<string, string[]>): string[] {
  const path = unknownAt.get(found.actual ?? '') ?? []
  return path.length === 0 ? [...KNOWN_KEYS] : Object.keys((schemaAt(path)?.properties as object | undefined) ?? {})
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

export default withCheckedOptions(rule, (options) => void checkKnownKeys(ID, options, []))
