/**
 * The whole configuration as one JSON Schema document, for editors (the YAML
 * language server completes and checks `offre.config.yml` with it): the file's
 * schema with `rules` spelt out, one property per rule of the registry, each a
 * severity, its options, or `[severity, options]`. The CLI's checks (`parseConfig`)
 * say more (positions, "did you mean"); this is the same contract for tools.
 */
import { RULE_IDS } from '../registry.js'
import { OffreConfigSchema, RULE_OPTION_SCHEMAS, SEVERITIES } from './schemas.js'

export const CONFIG_SCHEMA_ID = 'https://code.gouv.fr/schemas/offre/config-1.json'

export function configJsonSchema(): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(OffreConfigSchema)) as { properties: Record<string, Record<string, unknown>> }
  const severity = { anyOf: [{ enum: [...SEVERITIES] }, { type: 'boolean' }] }
  const rules = Object.fromEntries(
    RULE_IDS.map((id) => {
      const options = JSON.parse(JSON.stringify(RULE_OPTION_SCHEMAS[id] ?? { type: 'object' })) as object
      return [id, { anyOf: [severity, options, { type: 'array', items: [severity, options], minItems: 1, maxItems: 2 }] }]
    }),
  )
  const profile = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string', pattern: '^(?:[*+?]|#{1,6}[ \\t]+\\S.*)$' } }] }
  plain.properties.rules = { type: 'object', properties: rules, additionalProperties: false }
  plain.properties.profiles = { type: 'object', additionalProperties: profile }
  return { $schema: 'http://json-schema.org/draft-07/schema#', $id: CONFIG_SCHEMA_ID, title: 'offre.config.yml', ...plain }
}
