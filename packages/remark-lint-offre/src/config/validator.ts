/**
 * The ajv side of the configuration: schemas compiled once (with `verbose`, so that
 * errors carry the offending value and its schema) and run into `ConfigProblem`s.
 * Rules use `assertOptions` when they are attached, so that bad options given
 * through the API fail at start-up with the same words as in the config file.
 */
import { createRequire } from 'node:module'
import type { Ajv as AjvInstance, ValidateFunction } from 'ajv'
import { fromAjvError, type ConfigProblem } from './problems.js'

// A `require` of this module's own, for a synchronous load on first need. The bundle
// of the `offre` executable (`scripts/bundle.mjs` in @offre/cli) hands this exact
// line to esbuild, which then keeps ajv in the bundle, still evaluated only when needed.
const require = createRequire(import.meta.url)

let ajv: AjvInstance | undefined
const compiled = new WeakMap<object, ValidateFunction>()

/** ajv, loaded on first need: a run without configuration or rule options never pays for it. */
function ajvInstance(): AjvInstance {
  if (ajv === undefined) {
    const { Ajv } = require('ajv') as typeof import('ajv')
    ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true })
  }
  return ajv
}

function validatorOf(schema: object): ValidateFunction {
  let validate = compiled.get(schema)
  if (validate === undefined) {
    validate = ajvInstance().compile(schema)
    compiled.set(schema, validate)
  }
  return validate
}

/** The problems of `value` against `schema`, with paths starting at `prefix`. */
export function problemsOf(schema: object, value: unknown, prefix: (string | number)[] = []): ConfigProblem[] {
  const validate = validatorOf(schema)
  if (validate(value)) return []
  return (validate.errors ?? []).flatMap((error) => fromAjvError(error, prefix) ?? [])
}

/** Throws (in English, for developers) when `options` of rule `id` do not fit `schema`. */
export function assertOptions(id: string, schema: object, options: unknown, extra: (value: unknown) => ConfigProblem[] = () => []): void {
  if (options === undefined || options === null) return
  const problems = [...problemsOf(schema, options, ['rules', id]), ...(typeof options === 'object' ? extra(options) : [])]
  if (problems.length > 0) throw new Error(`Invalid options for \`${id}\`: ${problems.map((p) => p.en).join('; ')}`)
}
