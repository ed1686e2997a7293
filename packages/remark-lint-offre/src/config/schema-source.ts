/**
 * The one source of the configuration file's schema and of each rule's options:
 * TypeBox definitions, from which the TypeScript types are derived (`Static<…>`)
 * and `schemas.json` is generated (`npm run generate -w remark-lint-offre`). Build
 * time only: TypeBox takes ~200 ms to import, so the tools read `schemas.json`
 * (`schemas.ts`) and import only types from here. A test fails when they drift.
 */
import Type, { type Static } from 'typebox'
import type { ProfileSetting } from './profiles.js'
import type { RuleSetting } from '../preset.js'
import { TYPOGRAPHY_CHECKS } from '../rules/offre-typography-checks.js'

const UrlPath = Type.String({ pattern: '^/', examples: ['/sources/'] })

const FolderRule = Type.Object(
  {
    dir: Type.String({ minLength: 1, examples: ['fr/about'] }),
    url: Type.String({ pattern: '^/', examples: ['/fr/mission/{slugify(fileSlug)}/'] }),
  },
  { additionalProperties: false },
)

export const SiteRulesConfig = Type.Object(
  {
    slugOverride: Type.Optional(Type.Array(FolderRule)),
    folders: Type.Optional(Type.Array(FolderRule)),
    servedElsewhere: Type.Optional(Type.Array(UrlPath)),
    listings: Type.Optional(Type.Array(UrlPath)),
  },
  { additionalProperties: false, description: 'How the site makes URLs; each list given replaces the default one.' },
)

export const OffreConfigSchema = Type.Object(
  {
    locale: Type.Optional(Type.Enum(['fr', 'en'], { description: 'Language of the messages.' })),
    nbsp: Type.Optional(Type.Enum(['renderer', 'source'], { description: 'Where no-break spaces belong.' })),
    rules: Type.Optional(
      Type.Unsafe<Record<string, RuleSetting>>({ type: 'object', description: 'Per rule: a severity, options, or [severity, options].' }),
    ),
    profiles: Type.Optional(
      Type.Unsafe<Record<string, ProfileSetting>>({ type: 'object', description: 'Required-sections profiles by content-path glob.' }),
    ),
    links: Type.Optional(
      Type.Object(
        {
          servedElsewhere: Type.Optional(Type.Array(UrlPath, { description: 'More URL prefixes served by other applications.' })),
          httpsHosts: Type.Optional(Type.Array(Type.String({ pattern: '^(\\*\\.)?[a-zA-Z0-9.-]+$', examples: ['*.example.fr'] }))),
          siteRules: Type.Optional(SiteRulesConfig),
          sitePages: Type.Optional(
            Type.String({
              minLength: 1,
              examples: ['pages-du-site.txt'],
              description: 'A file listing, one a line, the URL paths of the site published from outside this content tree (relative to the configuration file).',
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    contacts: Type.Optional(
      Type.Object(
        { allow: Type.Optional(Type.Array(Type.String({ pattern: '^[^@\\s]*@[^@\\s]+$', examples: ['contact@code.gouv.fr'] }))) },
        { additionalProperties: false },
      ),
    ),
    vocabulary: Type.Optional(Type.String({ minLength: 1, examples: ['vocabulaire.txt'], description: 'Word list file, relative to the configuration file.' })),
    frontMatter: Type.Optional(
      Type.Object(
        {
          schema: Type.Optional(
            Type.String({
              minLength: 1,
              examples: ['front-matter.schema.json'],
              description:
                'The JSON Schema of the pages\' front matter (relative to the configuration file; `#/…` for a part of the document): without it, only the YAML itself is checked.',
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    grammar: Type.Optional(
      Type.Enum(['auto', 'on', 'off'], {
        description: 'Grammar through Grammalecte (offre-grammar): `auto` (default) when it is installed, `on` to require it, `off` never.',
      }),
    ),
  },
  { additionalProperties: false },
)

export type OffreConfig = Static<typeof OffreConfigSchema>
export type SiteRulesConfig = Static<typeof SiteRulesConfig>

export const linksOptionsSchema = Type.Object(
  {
    httpsHosts: Type.Optional(Type.Array(Type.String({ pattern: '^(\\*\\.)?[a-zA-Z0-9.-]+$', examples: ['*.example.fr'] }), { description: 'More hosts known to serve HTTPS (`*.` for sub-domains).' })),
    vagueTexts: Type.Optional(Type.Array(Type.String({ minLength: 1, examples: ['en lire davantage'] }), { description: 'More link texts that say nothing out of context.' })),
    anchors: Type.Optional(Type.Boolean({ description: 'Check `#fragment` links against the page headings (default true).' })),
  },
  { additionalProperties: false },
)

export type LinksOptions = Static<typeof linksOptionsSchema>

const Profile = Type.Unsafe<ProfileSetting>({ description: 'A profile name (`offre`, `page`) or a list of headings (`## Texte`, `*`, `+`, `?`).' })

export const requiredSectionsOptionsSchema = Type.Object(
  {
    profiles: Type.Optional(Type.Record(Type.String(), Profile, { description: 'Profiles by content-path glob, before the defaults.' })),
    profile: Type.Optional(Profile),
    duplicates: Type.Optional(Type.Boolean({ description: 'Report a heading repeated under one parent (default true).' })),
    levels: Type.Optional(Type.Boolean({ description: 'Report a skipped heading level (default true).' })),
    h1: Type.Optional(Type.Boolean({ description: 'Report an H1 in the body (default true).' })),
  },
  { additionalProperties: false },
)

export type RequiredSectionsOptions = Static<typeof requiredSectionsOptionsSchema>

const Words = (example: string): ReturnType<typeof Type.Array> => Type.Array(Type.String({ minLength: 1 }), { examples: [[example]] })

/** The options each rule accepts (a test fails when a rule of the registry has none here). */
export const ruleOptionSchemas = {
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
  'offre-grammar': Type.Object({}, { additionalProperties: false }),
  'offre-required-sections': requiredSectionsOptionsSchema,
  'offre-links': linksOptionsSchema,
}

/** The plain JSON document written to `schemas.json`. */
export function buildSchemas(): { config: object; rules: Record<string, object> } {
  const plain = (value: unknown): object => JSON.parse(JSON.stringify(value)) as object
  return { config: plain(OffreConfigSchema), rules: Object.fromEntries(Object.entries(ruleOptionSchemas).map(([id, schema]) => [id, plain(schema)])) }
}
