/**
 * The configuration file `offre.config.yml`, schema and types from one source
 * (TypeBox). ajv validates the file against it; `rules` and `profiles`, whose
 * valid keys come from the registry and the profiles, are checked entry by entry
 * in `parse.ts` with the rules' own option schemas (`rule-options.ts`).
 */
import Type, { type Static } from 'typebox'
import type { ProfileSetting } from './profiles.js'
import type { RuleSetting } from '../preset.js'

export const SEVERITIES = ['error', 'warn', 'off'] as const

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
  },
  { additionalProperties: false },
)

export type OffreConfig = Static<typeof OffreConfigSchema>
export type SiteRulesConfig = Static<typeof SiteRulesConfig>
