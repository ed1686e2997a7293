/**
 * Validation of offer models and front matter data with the precompiled ajv
 * validators (`generated/validators.js`): no schema is compiled at run time.
 */
import type { ErrorObject } from 'ajv'
import localizeFrModule from 'ajv-i18n/localize/fr/index.js'
// @ts-ignore -- generated standalone code, typed by the wrappers below
import * as generated from './generated/validators.js'
import type { Locale } from './messages.js'
import type { FrontMatterData, Offer } from './schema.js'

/** One schema violation: where in the data (JSON Pointer), what rule, and ajv's message. */
export interface SchemaError {
  instancePath: string
  keyword: string
  params: Record<string, unknown>
  message: string
  /** The part of the schema that failed (set by the precompiled validators' `verbose` mode). */
  parentSchema?: unknown
}

interface CompiledValidator {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

// ajv-i18n ships `module.exports = fn` with a `export default` typing: the default import is the function.
const localizeFr = localizeFrModule as unknown as (errors: ErrorObject[]) => void

const validators = generated as unknown as {
  validateOffer: CompiledValidator
  validateFrontMatterData: CompiledValidator
}

function run(validator: CompiledValidator, data: unknown, locale: Locale): SchemaError[] {
  if (validator(data)) return []
  const errors = (validator.errors ?? []).map((error) => ({ ...error }))
  if (locale === 'fr') localizeFr(errors)
  return errors.map((error) => ({
    instancePath: error.instancePath,
    keyword: error.keyword,
    params: error.params as Record<string, unknown>,
    message: error.message ?? error.keyword,
    parentSchema: error.parentSchema,
  }))
}

/** Checks a model against the published schema; returns its errors (none when valid), messages in `locale`. */
export function validateOffer(data: unknown, locale: Locale = 'en'): SchemaError[] {
  return run(validators.validateOffer, data, locale)
}

/** Type guard form of {@link validateOffer}. */
export function isOffer(data: unknown): data is Offer {
  return validators.validateOffer(data)
}

/** Checks the raw front matter of a page (as parsed from YAML) against the site's keys. */
export function validateFrontMatter(data: unknown, locale: Locale = 'en'): SchemaError[] {
  return run(validators.validateFrontMatterData, data, locale)
}

export type { FrontMatterData }
