/**
 * The one source of truth for the offer model: TypeBox schemas from which both the
 * TypeScript types (`Static<…>`) and the published JSON Schema (`schema.json`,
 * draft 2020-12) are derived. `scripts/generate.ts` writes `schema.json` and the
 * precompiled ajv validators from these objects; a test fails when they drift.
 */
import Type, { type Static } from 'typebox'

import { MODEL_VERSION, SCHEMA_ID } from './constants.js'

export { MODEL_VERSION, SCHEMA_ID }

const Integer1 = Type.Integer({ minimum: 1 })

export const Point = Type.Object(
  { line: Integer1, column: Integer1, offset: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false, description: 'A place in the source: 1-based line and column, 0-based offset.' },
)

export const Span = Type.Object(
  { start: Point, end: Point },
  { additionalProperties: false, description: 'Where a node starts and ends in the source file.' },
)

/** A breadcrumb entry of the site's page layout. */
export const Segment = Type.Object(
  { url: Type.String({ minLength: 1 }), title: Type.String({ minLength: 1 }) },
  { additionalProperties: false },
)

const Media = Type.Object(
  { src: Type.String({ format: 'uri' }), title: Type.Optional(Type.String()) },
  { additionalProperties: false },
)

/**
 * The front matter keys the code.gouv.fr site (Eleventy) understands. Keys outside
 * this list are reported by the parser and kept in `Offer.frontMatter.extra`.
 */
export const FrontMatterData = Type.Object(
  {
    title: Type.String({ minLength: 1, description: 'Page title, rendered as the h1.' }),
    layout: Type.Optional(Type.String({ minLength: 1 })),
    description: Type.Optional(Type.String({ description: 'Lead paragraph under the title.' })),
    date: Type.Optional(Type.String({ format: 'date' })),
    tags: Type.Optional(Type.Union([Type.String(), Type.Array(Type.String())])),
    permalink: Type.Optional(Type.Union([Type.String({ minLength: 1 }), Type.Literal(false)])),
    slugOverride: Type.Optional(Type.String({ minLength: 1 })),
    segments: Type.Optional(Type.Array(Segment)),
    showBreadcrumb: Type.Optional(Type.Boolean()),
    eleventyNavigation: Type.Optional(
      Type.Object(
        {
          key: Type.Optional(Type.String()),
          parent: Type.Optional(Type.String()),
          title: Type.Optional(Type.String()),
          order: Type.Optional(Type.Number()),
          hide: Type.Optional(Type.Boolean()),
          url: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
    image: Type.Optional(
      Type.Object(
        { path: Type.String({ minLength: 1 }), alt: Type.Optional(Type.String()), hide: Type.Optional(Type.Boolean()) },
        { additionalProperties: false },
      ),
    ),
    video: Type.Optional(Media),
    slides: Type.Optional(Media),
    toc: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)

export const FrontMatter = Type.Object(
  {
    data: Type.Partial(FrontMatterData),
    extra: Type.Record(Type.String(), Type.Unknown(), {
      description: 'Keys kept as found but not modelled: unknown to the site, or holding an invalid value.',
    }),
    position: Type.Union([Span, Type.Null()]),
  },
  { additionalProperties: false },
)

export const LinkKind = Type.Union([
  Type.Literal('internal'),
  Type.Literal('external'),
  Type.Literal('mailto'),
  Type.Literal('other'),
])

export const Link = Type.Object(
  {
    url: Type.String(),
    kind: LinkKind,
    /** For internal links: the site path (`/fr/doc/sill/`), without query or fragment. */
    path: Type.Optional(Type.String()),
    text: Type.String(),
    title: Type.Optional(Type.String()),
    position: Span,
  },
  { additionalProperties: false },
)

export const ContactForm = Type.Union([
  Type.Literal('mailto'),
  Type.Literal('code'),
  Type.Literal('text'),
])

/** An e-mail address given on the page, and how it is written. */
export const Contact = Type.Object(
  { email: Type.String(), form: ContactForm, position: Span },
  { additionalProperties: false },
)

export const Paragraph = Type.Object(
  { text: Type.String(), links: Type.Array(Link), position: Span },
  { additionalProperties: false },
)

export const Question = Type.Object(
  {
    text: Type.String({ minLength: 1 }),
    /** An inline answer such as "(Réponse : oui.)", without its wrapper. */
    answer: Type.Optional(Type.String()),
    position: Span,
  },
  { additionalProperties: false },
)

export const Item = Type.Object(
  { text: Type.String(), links: Type.Array(Link), position: Span },
  { additionalProperties: false },
)

export const Audience = Type.Object(
  { text: Type.String({ minLength: 1 }), position: Span },
  { additionalProperties: false },
)

export interface SectionShape {
  depth: number
  title: string
  id: string
  position: { start: Static<typeof Point>; end: Static<typeof Point> }
}

const sectionProperties = {
  depth: Type.Integer({ minimum: 2, maximum: 6 }),
  title: Type.String(),
  id: Type.String({ description: 'Stable anchor, as the site generator derives it from the heading.' }),
  position: Span,
  paragraphs: Type.Array(Paragraph),
  questions: Type.Array(Question),
  documentation: Type.Array(Link),
  contacts: Type.Array(Contact),
  audiences: Type.Array(Audience),
  lists: Type.Array(Type.Array(Item), { description: 'Lists that are neither questions nor documentation.' }),
}

export const Subsection = Type.Object(
  { ...sectionProperties, subsections: Type.Array(Type.Unknown(), { maxItems: 0 }) },
  { additionalProperties: false },
)

export const Section = Type.Object(
  { ...sectionProperties, subsections: Type.Array(Subsection) },
  { additionalProperties: false },
)

export const Exclusions = Type.Object(
  { section: Type.String(), items: Type.Array(Item), position: Span },
  { additionalProperties: false },
)

export const Offer = Type.Object(
  {
    modelVersion: Type.Literal(MODEL_VERSION),
    frontMatter: FrontMatter,
    /** Blocks before the first H2. */
    intro: Type.Array(Paragraph),
    sections: Type.Array(Section),
    exclusions: Type.Union([Exclusions, Type.Null()]),
    contacts: Type.Array(Contact),
    links: Type.Array(Link),
  },
  { additionalProperties: false },
)

export type Point = Static<typeof Point>
export type Span = Static<typeof Span>
export type Segment = Static<typeof Segment>
export type FrontMatterData = Static<typeof FrontMatterData>
export type FrontMatter = Static<typeof FrontMatter>
export type LinkKind = Static<typeof LinkKind>
export type Link = Static<typeof Link>
export type ContactForm = Static<typeof ContactForm>
export type Contact = Static<typeof Contact>
export type Paragraph = Static<typeof Paragraph>
export type Question = Static<typeof Question>
export type Item = Static<typeof Item>
export type Audience = Static<typeof Audience>
export type Subsection = Static<typeof Subsection>
export type Section = Static<typeof Section>
export type Exclusions = Static<typeof Exclusions>
export type Offer = Static<typeof Offer>

/**
 * Builds the JSON Schema document from the TypeBox schemas: the offer, with its shared
 * parts under `$defs`. Build time only (`scripts/generate.ts`); tools read `schema.json`.
 */
export function buildOfferJsonSchema(): Record<string, unknown> {
  const parts = { Point, Span, Segment, FrontMatterData, FrontMatter, Link, Contact, Paragraph, Question, Item, Audience, Subsection, Section, Exclusions }
  // TypeBox inlines every part where it is used; factor the repeats out into `$defs`
  // so that the published schema reads well and the validator code stays small.
  const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value))
  const keys = new Map(Object.entries(parts).map(([name, schema]) => [JSON.stringify(plain(schema)), name]))
  const factor = (node: unknown, self?: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => factor(item))
    if (node === null || typeof node !== 'object') return node
    const name = keys.get(JSON.stringify(node))
    if (name !== undefined && name !== self) return { $ref: `#/$defs/${name}` }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, factor(value)]))
  }
  const $defs = Object.fromEntries(Object.entries(parts).map(([name, schema]) => [name, factor(plain(schema), name)]))
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Offre de services (code.gouv.fr)',
    description: `The typed model of a code.gouv.fr service-offer page, version ${MODEL_VERSION}.`,
    ...(factor(plain(Offer)) as object),
    $defs,
  }
}
