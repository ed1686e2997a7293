/**
 * offre-front-matter: the front matter of the page. On any site: YAML syntax, a front
 * matter that is not a mapping, no closing `---`. Against the schema the site declares
 * (`frontMatter.schema` of its configuration, the `frontMatterSchema` setting), and
 * only then: keys the site does not know (warnings: the page still builds), missing
 * `title`, values of the wrong type, each at the YAML node concerned
 * (`segments: [{url: 3}]` → `segments/0/url`, at the line and column of `3`). The
 * findings are the model's own messages (source `offre-model`), re-reported as this
 * rule's so that they show in the linter with the same text, and can be disabled.
 *
 * No options. No fix: a front matter error needs the editor's decision. `actual` is
 * the text at the YAML node (the key, the value); `expected` only for an unknown key:
 * the known keys closest to it (`titel` → `title`), each a replacement of the key.
 */
import { formatMessage, KNOWN_KEYS, offerJsonSchema, validateFrontMatter, yamlDocument } from '@offre/model'
import type { Root } from 'mdast'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { isMap, isNode, isPair, isScalar } from 'yaml'
import { localeOf, settingsOf } from '../settings.js'
import { declaredSchemaErrors, isModelSchema, type DeclaredSchema } from './offre-front-matter-schema.js'
import type { VFileMessage } from 'vfile-message'
import { modelOf } from '../model.js'
import { ruleUrl, say } from '../report.js'
import { closest } from '../site/suggest.js'
import { checkKnownKeys, inPageOrder, withCheckedOptions } from './offre-rule-support.js'

const ID = 'offre-front-matter'

/** Model messages that are not about the front matter stay with the model. */
const NOT_FRONT_MATTER = new Set(['internal-error', 'too-large', 'binary-file', 'empty-file', 'invalid-utf8'])

/** What holds on any site, with or without a declared schema: the YAML itself. */
const UNIVERSAL = new Set(['yaml-syntax', 'front-matter-not-mapping', 'unclosed-front-matter'])

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
  // The site's keys and types only when the site declares its schema; the model's is code.gouv.fr's.
  const declared = settingsOf(file).frontMatterSchema
  const modelSchema = declared !== undefined && isModelSchema(declared)
  for (const found of messages) {
    if (NOT_FRONT_MATTER.has(found.ruleId ?? '')) continue
    if (!modelSchema && !UNIVERSAL.has(found.ruleId ?? '')) continue
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
  const universal = messages.some((found) => UNIVERSAL.has(found.ruleId ?? ''))
  if (declared !== undefined && !modelSchema && !universal) reportDeclared(tree, file, declared)
  inPageOrder(file, first)
})

/** The front matter against a schema the site declared (not the model's), each error at its YAML node. */
function reportDeclared(tree: Root, file: VFile, schema: DeclaredSchema): void {
  const node = tree.children[0]
  if (node?.type !== 'yaml' || node.position === undefined) return
  const locale = localeOf(file)
  const source = String(file.value ?? '')
  const contentStart = source.indexOf('\n', node.position.start.offset ?? 0) + 1
  const toPoint = location(file).toPoint
  const doc = yamlDocument(node)
  const data = (doc.toJS({ maxAliasCount: 100 }) as unknown) ?? {}
  const whole = { start: node.position.start, end: node.position.end }
  const placeOf = (yamlNode: unknown): typeof whole => {
    if (!isNode(yamlNode) || !yamlNode.range) return whole
    const [from, to] = yamlNode.range
    const a = toPoint(contentStart + from)
    const b = toPoint(contentStart + Math.max(from, to))
    return a && b ? { start: a, end: b } : whole
  }
  for (const error of declaredSchemaErrors(schema, data)) {
    const path = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    const target = path.length === 0 ? doc.contents : doc.getIn(path, true)
    if (error.keyword === 'additionalProperties') {
      const key = String((error.params as { additionalProperty: string }).additionalProperty)
      const keyNode = isMap(target) ? target.items.find((pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key)?.key : undefined
      const known = Object.keys(((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object)
      const reason = formatMessage('unknown-key', { key, known: known.map((k) => `\`${k}\``).join(', ') }, locale)
      const expected = closest(key, known, 3)
      const message = say(file, { fr: reason, en: reason, place: placeOf(keyNode), actual: key, ...(expected.length > 0 ? { expected } : {}) })
      // A key the site ignores: the page still builds (a warning), as with the model's schema.
      keepWarning(message, path.length !== 0)
      continue
    }
    if (error.keyword === 'required') {
      const key = String((error.params as { missingProperty: string }).missingProperty)
      if (key === 'title' && path.length === 0 && (data as { permalink?: unknown }).permalink === false) continue
      const reason = formatMessage('missing-key', { key, where: path.length === 0 ? 'le front matter' : `\`${path.join('.')}\`` }, locale)
      keepWarning(say(file, { fr: reason, en: reason, place: path.length === 0 ? whole : placeOf(target) }), true)
      continue
    }
    const text = isNode(target) && target.range ? node.value.slice(target.range[0], target.range[1]) : undefined
    const reason = formatMessage('schema', { path: path.join('/'), detail: error.message ?? error.keyword, actual: JSON.stringify(valueAt(data, path)) ?? 'rien' }, locale)
    keepWarning(say(file, { fr: reason, en: reason, place: placeOf(target), ...(text === undefined ? {} : { actual: text }) }), true)
  }
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let current = record
  for (const part of path) current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined
  return current
}

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
