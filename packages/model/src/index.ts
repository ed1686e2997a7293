/**
 * @offre/model: the typed model of a code.gouv.fr service-offer page.
 *
 * ```ts
 * import { parseOffer } from '@offre/model'
 * const { offer, file } = parseOffer(markdown)
 * ```
 */
export { parseOffer, offerFromTree, inspectInput, emptyOffer, markdownProcessor, micromarkProcessor, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_NESTING } from './parse.js'
export type { ParseOptions, ParseResult } from './parse.js'
export { alignBomPositions } from './bom.js'
export { parseFast, remarkFastPath } from './fast-path.js'
export { validateOffer, validateFrontMatter, isOffer } from './validate.js'
export type { SchemaError } from './validate.js'
export { classifyLink, DEFAULT_SITE_ORIGINS } from './links.js'
export type { LinkClass } from './links.js'
export { EMAIL, isEmail, mailtoAddress, collectContacts } from './contacts.js'
export { slugify, Slugger } from './slug.js'
export { walk, walkType, SKIP } from './walk.js'
export { scanShortcodes, parseShortcodeCall, imageContentOf } from './shortcodes.js'
export type { ShortcodeSpan, ShortcodeCall, ShortcodeValue, ImageContentCall } from './shortcodes.js'
export type { Visitor } from './walk.js'
export { KNOWN_KEYS } from './front-matter.js'
export { yamlDocument } from './yaml-document.js'
export { navigationTree, navigationBreadcrumb } from './navigation-tree.js'
export type { NavigationTreeEntry, NavigationCrumb, NavigationTree } from './navigation-tree.js'
export { explainYamlError, type YamlErrorLike, type ExplainYamlOptions } from './yaml-errors.js'
export { formatMessage, MESSAGE_SOURCE } from './messages.js'
export type { Locale, MessageId } from './messages.js'
export { MODEL_VERSION, SCHEMA_ID } from './constants.js'
export { offerJsonSchema } from './schema-json.js'
export type {
  Audience,
  Contact,
  ContactForm,
  Exclusions,
  FrontMatter,
  FrontMatterData,
  Item,
  Link,
  LinkKind,
  Offer,
  Paragraph,
  Point,
  Question,
  Section,
  Segment,
  Span,
  Subsection,
} from './schema.js'
