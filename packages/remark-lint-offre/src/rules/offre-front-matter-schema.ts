/**
 * The front matter schema a site declares (`frontMatter.schema` of its configuration),
 * compiled with ajv on first need and run on a page's front matter. When the document
 * declared is the model's own published schema (code.gouv.fr's), the model's
 * precompiled validator already ran: `isModelSchema` says so, and the rule reports the
 * model's messages as they are.
 */
import { createRequire } from 'node:module'
import { offerJsonSchema } from '@offre/model'
import type { ErrorObject, ValidateFunction } from 'ajv'

// See `config/validator.ts`: a `require` of this module's own, for a load on first need.
const require = createRequire(import.meta.url)

export interface DeclaredSchema {
  document: object
  pointer: string
}

const MODEL_POINTER = '/$defs/FrontMatterData'
const compiled = new Map<string, ValidateFunction>()
let modelText: string | undefined

/** Whether the schema declared is the model's published front matter schema. */
export function isModelSchema(schema: DeclaredSchema): boolean {
  if (schema.pointer !== MODEL_POINTER) return false
  modelText ??= JSON.stringify(offerJsonSchema())
  return JSON.stringify(schema.document) === modelText
}

function validatorOf(schema: DeclaredSchema): ValidateFunction {
  const key = `${schema.pointer}\n${JSON.stringify(schema.document)}`
  let validate = compiled.get(key)
  if (validate === undefined) {
    const document = schema.document as { $schema?: unknown; $id?: unknown }
    const draft2020 = typeof document.$schema !== 'string' || document.$schema.includes('2020-12')
    const Ajv = draft2020 ? (require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')).Ajv2020 : (require('ajv') as typeof import('ajv')).Ajv
    // Formats the site's schema names are not checked (no ajv-formats here): unknown ones are let through.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, validateFormats: false, logger: false })
    if (schema.pointer === '') validate = ajv.compile(schema.document)
    else {
      const id = typeof document.$id === 'string' ? document.$id.replace(/#.*$/, '') : 'offre:front-matter'
      ajv.addSchema(schema.document, id)
      const found = ajv.getSchema(`${id}#${schema.pointer}`)
      if (found === undefined) throw new Error(`nothing at \`#${schema.pointer}\``)
      validate = found
    }
    compiled.set(key, validate)
  }
  return validate
}

/** Why the declared schema cannot be used (in English, as ajv says it), or `undefined` when it can. */
export function frontMatterSchemaError(schema: DeclaredSchema): string | undefined {
  if (isModelSchema(schema)) return undefined
  try {
    validatorOf(schema)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

/** The errors of a front matter (as parsed from YAML) against the declared schema. */
export function declaredSchemaErrors(schema: DeclaredSchema, data: unknown): ErrorObject[] {
  const validate = validatorOf(schema)
  return validate(data) ? [] : [...(validate.errors ?? [])]
}
