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

const SiteHref = Type.String({ minLength: 1, pattern: '^(/|https?://|mailto:)', examples: ['/fr/contact/'] })

const SiteLink = Type.Object(
  {
    text: Type.String({ minLength: 1, examples: ['Contact'], description: 'Link text.' }),
    href: SiteHref,
    icon: Type.Optional(Type.String({ pattern: '^fr-(icon|fi)-[\\w-]+$', examples: ['fr-icon-mail-line'], description: 'DSFR icon class of the link (`fr-icon-…`).' })),
  },
  { additionalProperties: false, description: 'A link: `text` and `href` (a site path, `https://…` or `mailto:`).' },
)

const NavigationEntry = Type.Object(
  {
    text: Type.String({ minLength: 1, examples: ['BlueHats 🧢'], description: 'Label of the menu entry.' }),
    href: Type.Optional(SiteHref),
    items: Type.Optional(Type.Array(SiteLink, { minItems: 1, description: 'A sub-menu: its links (the entry is then a button that unfolds it; `href` is ignored).' })),
  },
  { additionalProperties: false, description: 'An entry of the main menu: a link (`href`) or a sub-menu (`items`).' },
)

/** The site's layouts, by the names of its templates (`layouts/post.njk` → `post`). */
export const LAYOUT_KINDS = ['page', 'post', 'bluehats-post', 'bluehats-webinar'] as const

const Segments = Type.Array(
  Type.Object({ url: Type.String({ minLength: 1, examples: ['/bluehats/'] }), title: Type.String({ minLength: 1, examples: ['BlueHats'] }) }, { additionalProperties: false }),
  { description: 'Breadcrumb entries between "Accueil" and the page (URLs prefixed by the language).' },
)

const FolderData = Type.Object(
  {
    dir: Type.String({ minLength: 1, examples: ['fr/blog/posts'], description: 'Folder relative to the content root; its sub-folders too (the deepest folder given wins).' }),
    layout: Type.Optional(Type.Enum([...LAYOUT_KINDS], { description: 'Layout of the folder\'s pages (the site\'s `layouts/<name>.njk`).' })),
    segments: Type.Optional(Segments),
    showBreadcrumb: Type.Optional(Type.Boolean({ description: 'Show the breadcrumb.' })),
    description: Type.Optional(Type.String({ description: 'Lead of the pages that have no `description`.' })),
    tags: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { examples: [['gazette']], description: 'Tags added before each page\'s own (as Eleventy merges them).' })),
    tagsUrl: Type.Optional(
      Type.String({ pattern: '^/', examples: ['/{lang}/bluehats/tags/{tag}/'], description: 'URL of a tag\'s page (`{tag}`: the tag slugified, `{lang}`: the language), instead of `site.tags.url`.' }),
    ),
  },
  { additionalProperties: false, description: 'Data given to a folder\'s pages, as the site\'s `*.11tydata.js` files: the page\'s front matter wins.' },
)

const TemplateNavigation = Type.Object(
  {
    source: Type.String({ minLength: 1, pattern: '^[^/]', examples: ['fr/bluehats/index.njk'], description: 'The template, relative to the content root: its first folder is its language, and its path its place among the entries of the same `order`.' }),
    url: Type.String({ minLength: 1, examples: ['/fr/bluehats/'], description: 'The template\'s URL (or its `eleventyNavigation.url`).' }),
    key: Type.String({ minLength: 1, examples: ['À propos'] }),
    parent: Type.Optional(Type.String({ minLength: 1, examples: ['BlueHats 🧢'] })),
    title: Type.Optional(Type.String({ minLength: 1 })),
    order: Type.Optional(Type.Number()),
  },
  { additionalProperties: false, description: 'The `eleventyNavigation` of a page the site makes from a template.' },
)

const SiteFooter = Type.Object(
  {
    description: Type.Optional(Type.String({ description: 'Footer text (inline HTML allowed: links, emphasis; sanitized).' })),
    links: Type.Optional(Type.Array(SiteLink, { description: 'Institutional links (info.gouv.fr…), opened in a new window.' })),
    bottomLinks: Type.Optional(Type.Array(SiteLink, { description: 'Links of the footer\'s bottom row (site map, legal notice…).' })),
  },
  { additionalProperties: false },
)

const LanguageChrome = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1 })),
    tagline: Type.Optional(Type.String({ minLength: 1 })),
    navigation: Type.Optional(Type.Array(NavigationEntry)),
    quickLinks: Type.Optional(Type.Array(SiteLink)),
    footer: Type.Optional(SiteFooter),
  },
  { additionalProperties: false, description: 'What changes for the pages of a language (`/en/…`): each key given replaces the site\'s.' },
)

export const SiteConfig = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, examples: ['Pôle open source et communs numériques'], description: 'Service name, in the header and the pages\' titles (default `code.gouv.fr`).' })),
    tagline: Type.Optional(Type.String({ minLength: 1, description: 'Tagline, under the service name.' })),
    operator: Type.Optional(Type.String({ minLength: 1, examples: ['Direction interministérielle du numérique'], description: 'Administration publishing the site, in the title of the links to the home page.' })),
    navigation: Type.Optional(Type.Array(NavigationEntry, { description: 'Main menu, in order.' })),
    quickLinks: Type.Optional(Type.Array(SiteLink, { description: 'Quick links of the header (contact, feed…).' })),
    search: Type.Optional(
      Type.Object(
        {
          action: Type.String({ pattern: '^/', examples: ['/fr/search-results/'], description: 'Results page (made by the site\'s generator).' }),
          param: Type.Optional(Type.String({ minLength: 1, examples: ['term'], description: 'Name of the query parameter (default `q`).' })),
        },
        { additionalProperties: false, description: 'Search bar of the header: a form sent to `action`.' },
      ),
    ),
    footer: Type.Optional(SiteFooter),
    accessibility: Type.Optional(
      Type.Object(
        {
          status: Type.Enum(['non conforme', 'partiellement conforme', 'totalement conforme'], { description: 'Declared compliance.' }),
          href: Type.String({ pattern: '^/', examples: ['/fr/accessibilite/'], description: 'Page of the accessibility statement.' }),
        },
        { additionalProperties: false, description: 'The footer\'s "Accessibilité : …" link.' },
      ),
    ),
    editUrl: Type.Optional(
      Type.String({
        pattern: '^https://[^{}]*\\{path\\}',
        examples: ['https://github.com/codegouvfr/codegouvfr-website/blob/main/content/{path}'],
        description: 'The footer\'s "Modifier cette page" link: `{path}` is the page\'s path under the content root.',
      }),
    ),
    follow: Type.Optional(
      Type.Object(
        {
          newsletter: Type.Optional(
            Type.Object(
              {
                title: Type.String({ minLength: 1 }),
                description: Type.Optional(Type.String()),
                href: SiteHref,
                button: Type.Optional(Type.String({ minLength: 1, examples: ['Lire les dernières'] })),
              },
              { additionalProperties: false, description: 'Newsletter.' },
            ),
          ),
          social: Type.Optional(
            Type.Array(
              Type.Object(
                {
                  network: Type.Enum(['facebook', 'mastodon', 'twitter-x', 'instagram', 'linkedin', 'youtube', 'peertube', 'github'], { description: 'Network (DSFR button `fr-btn--…`).' }),
                  href: Type.String({ pattern: '^https://', examples: ['https://social.numerique.gouv.fr/@CodeGouvFr'] }),
                },
                { additionalProperties: false },
              ),
              { description: 'Social networks, in order.' },
            ),
          ),
        },
        { additionalProperties: false, description: 'The follow band above the footer (newsletter, social networks).' },
      ),
    ),
    share: Type.Optional(
      Type.Object(
        { email: Type.Optional(Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$', examples: ['floss@numerique.gouv.fr'], description: 'Recipient of the "Partager par email" link.' })) },
        { additionalProperties: false, description: 'Share block of the posts.' },
      ),
    ),
    displaySettings: Type.Optional(Type.Boolean({ description: 'The footer\'s display settings button and dialog (light, dark, system theme); default `true`.' })),
    tags: Type.Optional(
      Type.Object(
        {
          url: Type.Optional(Type.String({ pattern: '^/', examples: ['/{lang}/blog/tags/{tag}/'], description: 'URL of a tag\'s page (`{tag}`: the tag slugified, `{lang}`: the language).' })),
          hidden: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { examples: [['posts']], description: 'Collection tags, never shown.' })),
        },
        { additionalProperties: false, description: 'The posts\' tags.' },
      ),
    ),
    folders: Type.Optional(Type.Array(FolderData, { description: 'Per folder: layout, breadcrumb, lead, tags.' })),
    templateNavigation: Type.Optional(
      Type.Array(TemplateNavigation, {
        description: 'The `eleventyNavigation` of the pages the site makes from its templates: with the pages\' own, the navigation tree whose path a page with `eleventyNavigation` and `showBreadcrumb` shows as its breadcrumb.',
      }),
    ),
    languages: Type.Optional(
      Type.Object(
        { fr: Type.Optional(LanguageChrome), en: Type.Optional(LanguageChrome) },
        { additionalProperties: false, description: 'By page language: the name, tagline, menu, quick links or footer that differ.' },
      ),
    ),
    static: Type.Optional(
      Type.String({
        minLength: 1,
        examples: ['../public'],
        description: 'The static folder, published as it is at the site\'s root (`docs/x.pdf` → `/docs/x.pdf`), relative to the configuration file; default `public` beside the content folder, when there is one.',
      }),
    ),
  },
  { additionalProperties: false, description: 'The site around the pages: header, menu, footer, and the layouts by folder.' },
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
    site: Type.Optional(SiteConfig),
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
export type SiteConfig = Static<typeof SiteConfig>

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
  'offre-navigation': Type.Object({}, { additionalProperties: false }),
}

/** The plain JSON document written to `schemas.json`. */
export function buildSchemas(): { config: object; rules: Record<string, object> } {
  const plain = (value: unknown): object => JSON.parse(JSON.stringify(value)) as object
  return { config: plain(OffreConfigSchema), rules: Object.fromEntries(Object.entries(ruleOptionSchemas).map(([id, schema]) => [id, plain(schema)])) }
}
