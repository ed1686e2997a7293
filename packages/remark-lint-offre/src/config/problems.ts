/**
 * Configuration problems in words an editor can act on: where (`links.httpsHosts`),
 * what was found, what is expected, with the valid choices and a "did you mean".
 * ajv's errors are turned into these by `fromAjvError`; the checks written in code
 * (rule ids, severities, profiles) build them directly. French and English.
 */
import type { ErrorObject } from 'ajv'
import { closest } from '../site/suggest.js'

export interface ConfigProblem {
  /** Path of the value in the configuration (`['links', 'httpsHosts', 0]`). */
  path: (string | number)[]
  /** Whether the problem is the key itself (unknown key) rather than its value. */
  atKey?: boolean
  fr: string
  en: string
  actual: string
  expected: string[]
}

/** `links.httpsHosts[0]`: a path as an editor reads it. */
export function label(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('') || 'la configuration'
}

/** A value, shortened for a message. */
export function shown(value: unknown, max = 40): string {
  let text: string
  try {
    text = value === undefined ? 'rien' : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** A key or value outside a closed list. */
export function notOneOf(path: (string | number)[], found: string, choices: readonly string[], noun: { fr: string; en: string }, atKey = false): ConfigProblem {
  const guess = closest(found, choices)[0]
  const listed = choices.join(', ')
  return {
    path,
    atKey,
    fr: `\`${found}\` : ${noun.fr}, attendu l’une de : ${listed}${guess ? ` (vouliez-vous dire \`${guess}\` ?)` : ''}`,
    en: `Unexpected ${noun.en} \`${found}\`, expected one of: ${listed}${guess ? ` (did you mean \`${guess}\`?)` : ''}`,
    actual: found,
    expected: guess ? [guess, ...choices.filter((c) => c !== guess)] : [...choices],
  }
}

/** A value of the wrong type or form. */
export function wrongValue(path: (string | number)[], value: unknown, expected: { fr: string; en: string; json?: string }, example?: string): ConfigProblem {
  const where = label(path)
  const exampleFr = example ? `, par exemple \`${example}\`` : ''
  const exampleEn = example ? `, such as \`${example}\`` : ''
  return {
    path,
    fr: `\`${where}\` : attendu ${expected.fr}${exampleFr}, reçu \`${shown(value)}\``,
    en: `Unexpected \`${shown(value)}\` for \`${where}\`, expected ${expected.en}${exampleEn}`,
    actual: shown(value, 200),
    expected: [example ?? expected.json ?? expected.en],
  }
}

type Schema = Record<string, unknown>

/** French and English for the type a schema wants: "une liste de chaînes" / "a list of strings". */
export function typeName(schema: Schema | undefined): { fr: string; en: string; json?: string } {
  if (schema === undefined) return { fr: 'une valeur', en: 'a value' }
  if (Array.isArray(schema.enum)) return { fr: `l’une de : ${schema.enum.join(', ')}`, en: `one of: ${schema.enum.join(', ')}` }
  switch (schema.type) {
    case 'string':
      return { fr: 'une chaîne de caractères', en: 'a string', json: 'string' }
    case 'boolean':
      return { fr: 'un booléen (`true` ou `false`)', en: 'a boolean (`true` or `false`)', json: 'boolean' }
    case 'number':
    case 'integer':
      return { fr: 'un nombre', en: 'a number', json: String(schema.type) }
    case 'object':
      return { fr: 'une table `clé: valeur`', en: 'a mapping of `key: value`', json: 'object' }
    case 'array': {
      const items = (schema.items as Schema | undefined)?.type
      if (items === 'string') return { fr: 'une liste de chaînes', en: 'a list of strings', json: 'string[]' }
      if (items === 'object') return { fr: 'une liste de tables `clé: valeur`', en: 'a list of `key: value` mappings', json: 'object[]' }
      return { fr: 'une liste', en: 'a list', json: 'array' }
    }
    default:
      return { fr: 'une valeur', en: 'a value' }
  }
}

/** One ajv error (compiled with `verbose: true`), as a problem at `prefix` + its instance path. */
export function fromAjvError(error: ErrorObject, prefix: (string | number)[]): ConfigProblem | undefined {
  const path = [...prefix, ...pointer(error.instancePath)]
  const parent = error.parentSchema as Schema | undefined
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty)
      const known = Object.keys((parent?.properties as Schema | undefined) ?? {})
      const where = label(path)
      const rule = path[0] === 'rules' && typeof path[1] === 'string' ? path[1] : undefined
      const noun =
        path.length === 0
          ? { fr: 'clé inconnue', en: 'key' }
          : rule !== undefined && path.length <= 3
            ? { fr: `option inconnue de \`${rule}\``, en: `option of \`${rule}\`` }
            : { fr: `clé inconnue dans \`${where}\``, en: `key in \`${where}\`` }
      if (known.length === 0) return { path: [...path, key], atKey: true, fr: `\`${key}\` : ${noun.fr}, aucune option attendue`, en: `Unexpected ${noun.en} \`${key}\`, expected no options`, actual: key, expected: [] }
      return notOneOf([...path, key], key, known, noun, true)
    }
    case 'enum':
      return notOneOf(path, String(error.data), (parent?.enum as string[] | undefined) ?? [], { fr: `valeur inconnue pour \`${label(path)}\``, en: `value for \`${label(path)}\`` })
    case 'type':
      return { ...wrongValue(path, error.data, typeName(parent), example(parent)), expected: [typeName(parent).json ?? String(parent?.type)] }
    case 'minLength':
      return wrongValue(path, error.data, { fr: 'une chaîne non vide', en: 'a non-empty string' }, example(parent))
    case 'pattern': {
      const form = example(parent) ?? String(parent?.pattern)
      return { ...wrongValue(path, error.data, { fr: `une valeur de la forme \`${form}\``, en: `a value such as \`${form}\`` }), expected: [form] }
    }
    case 'minItems':
      return wrongValue(path, error.data, { fr: `au moins ${String(parent?.minItems)} élément(s)`, en: `at least ${String(parent?.minItems)} item(s)` }, example(parent))
    case 'required': {
      const key = String((error.params as { missingProperty: string }).missingProperty)
      return { path, fr: `\`${label(path)}\` : clé \`${key}\` manquante`, en: `Missing key \`${key}\` in \`${label(path)}\``, actual: '', expected: [key] }
    }
    default:
      return wrongValue(path, error.data, { fr: error.message ?? error.keyword, en: error.message ?? error.keyword })
  }
}

function example(schema: Schema | undefined): string | undefined {
  const examples = schema?.examples
  if (!Array.isArray(examples) || examples.length === 0) return undefined
  return typeof examples[0] === 'string' ? examples[0] : shown(examples[0], 80)
}

function pointer(instancePath: string): (string | number)[] {
  if (instancePath === '') return []
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}
