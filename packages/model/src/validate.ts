/**
 * Validation of offer models and front matter data with the precompiled ajv
 * validators (`generated/validators.js`): no schema is compiled at run time.
 */
import type { ErrorObject } from 'ajv'
// @ts-ignore -- generated standalone code, typed by the wrappers below
import * as generated from './generated/validators.js'
import type { FrontMatterData, Offer } from './schema.js'

/** One schema violation: where in the data (JSON Pointer), what rule, and ajv's message. */
export interface SchemaError {
  instancePath: string
  keyword: string
  params: Record<string, unknown>
  message: string
}

interface CompiledValidator {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

const validators = generated as unknown as {
  validateOffer: CompiledValidator
  validateFrontMatterData: CompiledValidator
}

function run(validator: CompiledValidator, data: unknown): SchemaError[] {
  if (validator(data)) return []
  return (validator.errors ?? []).map((error) => ({
    instancePath: error.instancePath,
    keyword: error.keyword,
    params: error.params as Record<string, unknown>,
    message: error.message ?? error.keyword,
  }))
}

/** Checks a model against the published schema; returns its errors (none when valid). */
export function validateOffer(data: unknown): SchemaError[] {
  return run(validators.validateOffer, data)
}

/** Type guard form of {@link validateOffer}. */
export function isOffer(data: unknown): data is Offer {
  return validators.validateOffer(data)
}

/** Checks the raw front matter of a page (as parsed from YAML) against the site's keys. */
export function validateFrontMatter(data: unknown): SchemaError[] {
  return run(validators.validateFrontMatterData, data)
}

export type { FrontMatterData }
