/**
 * The options each rule accepts, as JSON Schemas, for the configuration file: an
 * unknown option or a wrong type is reported with its place in `offre.config.yml`.
 * The offre-links and offre-required-sections schemas are the rules' own (they
 * check their options with them); the others transcribe their modules' option
 * interfaces. A test fails when a rule of the registry has no entry here.
 */
import Type from 'typebox'
import { linksOptionsSchema } from '../rules/offre-links.js'
import { requiredSectionsOptionsSchema } from '../rules/offre-required-sections.js'
import { TYPOGRAPHY_CHECKS } from '../rules/offre-typography.js'

const Words = (example: string): ReturnType<typeof Type.Array> => Type.Array(Type.String({ minLength: 1 }), { examples: [[example]] })

export const RULE_OPTION_SCHEMAS: Readonly<Record<string, object>> = {
  'offre-typos': Type.Object(
    { extra: Type.Optional(Type.Record(Type.String(), Type.String({ minLength: 1 }), { examples: [{ mision: 'mission' }] })) },
    { additionalProperties: false },
  ),
  'offre-spelling': Type.Object(
    {
      words: Type.Optional(Words('Grist')),
      properNouns: Type.Optional(Type.Boolean()),
      suggestions: Type.Optional(Type.Integer({ minimum: 0, examples: [3] })),
    },
    { additionalProperties: false },
  ),
  'offre-typography': Type.Object(
    {
      skip: Type.Optional(Type.Array(Type.Enum([...TYPOGRAPHY_CHECKS]), { examples: [['ligatures']] })),
      allowRepeated: Type.Optional(Words('très')),
    },
    { additionalProperties: false },
  ),
  'offre-mailto': Type.Object(
    { allow: Type.Optional(Type.Array(Type.String({ pattern: '^[^@\\s]*@[^@\\s]+$', examples: ['contact@code.gouv.fr'] }))) },
    { additionalProperties: false },
  ),
  'offre-faq': Type.Object(
    { threshold: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1, examples: [0.6] })) },
    { additionalProperties: false },
  ),
  'offre-no-presentational-html': Type.Object({ allowInlineBreaks: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
  'offre-front-matter': Type.Object({}, { additionalProperties: false }),
  'offre-required-sections': requiredSectionsOptionsSchema,
  'offre-links': linksOptionsSchema,
}
