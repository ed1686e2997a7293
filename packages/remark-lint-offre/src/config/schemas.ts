/**
 * The configuration's schema and each rule's option schema at run time: plain JSON
 * Schema read from `schemas.json`, which `scripts/generate.ts` writes from the
 * TypeBox definitions of `schema-source.ts` (so that no tool imports TypeBox).
 * Imported by the package's own name, so that a bundler inlines it and Node finds
 * it from `dist/` and `src/` alike.
 */
import schemasJson from 'remark-lint-offre/schemas.json' with { type: 'json' }

interface SchemasFile {
  config: object
  rules: Record<string, object>
}

const schemas = schemasJson as SchemasFile

export const SEVERITIES = ['error', 'warn', 'off'] as const

/** The JSON Schema of `offre.config.yml` (its `rules` and `profiles` are checked entry by entry). */
export const OffreConfigSchema: object = schemas.config

/** The options each rule accepts, as JSON Schemas, by rule id. */
export const RULE_OPTION_SCHEMAS: Readonly<Record<string, object>> = schemas.rules

export const linksOptionsSchema: object = schemas.rules['offre-links'] ?? { type: 'object' }
export const requiredSectionsOptionsSchema: object = schemas.rules['offre-required-sections'] ?? { type: 'object' }
