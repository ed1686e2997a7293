/**
 * Reads the YAML front matter of a page: parses it with `yaml` (duplicate keys and
 * alias bombs refused by the parser itself), validates it with the precompiled
 * schema, and reports every problem at the YAML node it concerns, mapping ajv's
 * `instancePath` back to source positions.
 */
import type { Root, Yaml } from 'mdast'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { isMap, isNode, isPair, isScalar, type Document, type Node as YamlNode } from 'yaml'
import { yamlDocument } from './yaml-document.js'
import { report, shorten, type Locale } from './messages.js'
import type { FrontMatter, Span } from './schema.js'
import { knownFrontMatterKeys } from './schema-json.js'
import { validateFrontMatter, type SchemaError } from './validate.js'
import { explainYamlError } from './yaml-errors.js'

export const KNOWN_KEYS: readonly string[] = knownFrontMatterKeys()

/** Limit on YAML alias expansion, far below what an alias bomb needs. */
const MAX_ALIAS_COUNT = 100

type Place = (start: number, end: number) => Span

export function readFrontMatter(tree: Root, file: VFile, locale: Locale): FrontMatter {
  const node = tree.children[0]
  if (node?.type !== 'yaml') {
    reportMissing(tree, file, locale)
    return { data: {}, extra: {}, position: null }
  }
  const yaml = node as Yaml
  const source = String(file.value)
  const start = yaml.position?.start.offset ?? 0
  // The YAML text starts on the line after the opening `---` (LF or CRLF).
  const contentStart = source.indexOf('\n', start) + 1
  const toPoint = location(file).toPoint
  const place: Place = (from, to) => {
    const a = toPoint(contentStart + from)
    const b = toPoint(contentStart + Math.max(from, to))
    return {
      start: { line: a?.line ?? 1, column: a?.column ?? 1, offset: a?.offset ?? 0 },
      end: { line: b?.line ?? 1, column: b?.column ?? 1, offset: b?.offset ?? 0 },
    }
  }
  const position = spanOf(yaml)
  const doc = yamlDocument(yaml)
  for (const error of doc.errors) {
    const [from, to] = error.pos
    const detail = explainYamlError(error, { locale, source: yaml.value })
    report(file, 'yaml-syntax', { place: place(from, to), params: { detail }, locale, actual: error.code })
  }
  if (doc.errors.length > 0) return { data: {}, extra: {}, position }

  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    report(file, 'yaml-syntax', { place: position ?? undefined, params: { detail: explainYamlError(error, { locale, maxAliasCount: MAX_ALIAS_COUNT }) }, locale })
    return { data: {}, extra: {}, position }
  }
  if (value === null || value === undefined) value = {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    report(file, 'front-matter-not-mapping', { place: position ?? undefined, params: { actual: shorten(value) }, locale })
    return { data: {}, extra: {}, position }
  }

  const record = value as Record<string, unknown>
  const data: Record<string, unknown> = {}
  const extra: Record<string, unknown> = {}
  for (const [key, entry] of Object.entries(record)) {
    if (KNOWN_KEYS.includes(key)) data[key] = entry
    else extra[key] = entry
  }
  for (const error of validateFrontMatter(record, locale)) {
    reportSchemaError(error, doc, record, file, place, position, locale)
    // An invalid value is kept as found, but out of the typed data.
    const key = unescapePointer(error.instancePath.split('/')[1] ?? '')
    if (key !== '' && key in data) {
      extra[key] = data[key]
      delete data[key]
    }
  }
  return { data: data as FrontMatter['data'], extra, position }
}

function reportMissing(tree: Root, file: VFile, locale: Locale): void {
  const source = String(file.value)
  if (/^---[ \t]*\r?\n/.test(source)) {
    const end = source.indexOf('\n')
    report(file, 'unclosed-front-matter', {
      place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: end === -1 ? 4 : end + 1, offset: end === -1 ? 3 : end } },
      locale,
      expected: ['---'],
    })
    return
  }
  const first = tree.children[0]?.position?.start
  report(file, 'missing-front-matter', {
    place: { start: first ? { line: first.line, column: first.column, offset: first.offset ?? 0 } : { line: 1, column: 1, offset: 0 }, end: first ? { line: first.line, column: first.column, offset: first.offset ?? 0 } : { line: 1, column: 1, offset: 0 } },
    locale,
  })
}

function reportSchemaError(
  error: SchemaError,
  doc: Document,
  record: Record<string, unknown>,
  file: VFile,
  place: Place,
  whole: Span | null,
  locale: Locale,
): void {
  const path = error.instancePath.split('/').slice(1).map(unescapePointer)
  const target = doc.getIn(path, true)
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params.additionalProperty)
    const keyNode = findKey(path.length === 0 ? doc.contents : target, key)
    const known = path.length === 0 ? KNOWN_KEYS : allowedKeys(error)
    report(file, 'unknown-key', {
      place: rangeOf(keyNode, place) ?? whole ?? undefined,
      params: { key, known: known.map((k) => `\`${k}\``).join(', ') },
      fatal: path.length !== 0,
      locale,
      actual: key,
    })
    return
  }
  if (error.keyword === 'required') {
    const key = String(error.params.missingProperty)
    report(file, 'missing-key', {
      place: rangeOf(path.length === 0 ? null : target, place) ?? whole ?? undefined,
      params: { key, where: path.length === 0 ? 'le front matter' : `\`${path.join('.')}\`` },
      locale,
      expected: [key],
    })
    return
  }
  // Union failures (`anyOf`) repeat each branch's error; keep the branch errors, which say more.
  if (error.keyword === 'anyOf') return
  const actual = valueAt(record, path)
  report(file, 'schema', {
    place: rangeOf(target, place) ?? whole ?? undefined,
    params: { path: path.join('/'), detail: error.message, actual: shorten(actual) },
    locale,
    actual: shorten(actual, 200),
  })
}

/** The keys the schema allows where an unknown key was found. */
function allowedKeys(error: SchemaError): readonly string[] {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties
  return properties ? Object.keys(properties) : []
}

function unescapePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~')
}

function valueAt(record: unknown, path: string[]): unknown {
  let current: unknown = record
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}

function findKey(map: unknown, key: string): YamlNode | null {
  if (!isMap(map)) return null
  for (const pair of map.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) return pair.key
  }
  return null
}

function rangeOf(node: unknown, place: Place): Span | null {
  if (!isNode(node) || !node.range) return null
  const [from, valueEnd] = node.range
  return place(from, valueEnd)
}

function spanOf(node: Yaml): Span | null {
  const start = node.position?.start
  const end = node.position?.end
  if (!start || !end) return null
  return {
    start: { line: start.line, column: start.column, offset: start.offset ?? 0 },
    end: { line: end.line, column: end.column, offset: end.offset ?? 0 },
  }
}
