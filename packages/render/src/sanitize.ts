/**
 * The sanitizer schema for page content, derived from rehype-sanitize's
 * `defaultSchema` (GitHub's rules) with what DSFR content needs: `fr-*` classes,
 * `id`, ARIA labels and `role`, figures, table captions and columns, and iframes
 * (their host is checked against an allow-list afterwards, in `embeds.ts`:
 * a schema can only check a URL's protocol). Removed from the default: form
 * attributes, `name` and `tabindex` (DOM clobbering, focus order), `picture` and
 * `source` (their `srcset` escapes the protocol check); `tabindex="-1"` stays on
 * H1–H4 only, the mark of the site's heading permalinks (`permalinks.ts`), which
 * takes nothing out of the focus order. Ids are not prefixed
 * (`clobber: []`) so editors' anchors keep working; `ids.ts` renames the ones that
 * would collide with the layout's or with each other.
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize'

/** A DSFR class: `fr-` then letters, digits, `-` and `_`. */
export const DSFR_CLASS = /^fr-[\w-]+$/

type Definition = NonNullable<Schema['attributes']>[string][number]

const ARIA = ['ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaHidden', 'ariaCurrent', 'ariaDetails']
const DROPPED_ATTRIBUTES = new Set([
  'accept', 'acceptCharset', 'accessKey', 'action', 'checked', 'encType', 'isMap', 'maxLength', 'method',
  'multiple', 'name', 'noHref', 'prompt', 'readOnly', 'selected', 'tabIndex', 'useMap', 'value',
])
const DROPPED_TAGS = new Set(['picture', 'source'])
/** The headings markdown-it-anchor links to on the site, focusable by script only. */
const LINKED_HEADINGS = ['h1', 'h2', 'h3', 'h4']
const ADDED_TAGS = ['abbr', 'caption', 'cite', 'col', 'colgroup', 'figcaption', 'figure', 'iframe', 'mark', 'small', 'time']
/** Elements removed with everything inside them (others are unwrapped, their text kept). */
const STRIPPED = ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'object', 'embed', 'svg', 'math', 'select', 'frameset', 'noembed', 'noframes']

function nameOf(definition: Definition): string {
  return typeof definition === 'string' ? definition : definition[0]
}

/** Allows `fr-*` classes besides the classes the default already allows on `tag`. */
function withDsfrClasses(definitions: readonly Definition[]): Definition[] {
  const className = definitions.find((definition) => nameOf(definition) === 'className')
  const rest = definitions.filter((definition) => nameOf(definition) !== 'className')
  const allowed = Array.isArray(className) ? className.slice(1) : []
  return [...rest, ['className', ...allowed, DSFR_CLASS] as Definition]
}

function buildSchema(): Schema {
  const defaults = defaultSchema.attributes ?? {}
  const attributes: Record<string, Definition[]> = {}
  for (const [tag, definitions] of Object.entries(defaults)) {
    if (DROPPED_TAGS.has(tag)) continue
    attributes[tag] = withDsfrClasses(definitions.filter((definition) => !DROPPED_ATTRIBUTES.has(nameOf(definition))))
  }
  attributes['*'] = [...(attributes['*'] ?? []), ...ARIA, 'role']
  attributes.a = [...(attributes.a ?? []), 'title']
  attributes.img = [...(attributes.img ?? []), 'title', 'width', 'height']
  attributes.iframe = withDsfrClasses(['src', 'title', 'width', 'height', 'allowFullScreen'])
  for (const tag of LINKED_HEADINGS) attributes[tag] = [...(attributes[tag] ?? []), ['tabIndex', -1]]
  return {
    ...defaultSchema,
    tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => !DROPPED_TAGS.has(tag)), ...ADDED_TAGS],
    attributes,
    ancestors: { ...defaultSchema.ancestors, caption: ['table'], col: ['table'], colgroup: ['table'], figcaption: ['figure'] },
    protocols: { ...defaultSchema.protocols, src: ['http', 'https'] },
    clobber: [],
    clobberPrefix: '',
    strip: STRIPPED,
    allowComments: false,
    allowDoctypes: false,
  }
}

/** The schema `rehype-sanitize` applies to every page's content. */
export const sanitizeSchema: Schema = buildSchema()
