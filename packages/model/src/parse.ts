/**
 * `parseOffer`: markdown in, typed model out. Parses once with unified
 * (remark-parse, remark-frontmatter, remark-gfm), builds the model from the tree,
 * validates it with the precompiled schema, and puts every problem on
 * `file.messages`. It never throws: any input gives a model and messages.
 */
import type { Definition, Root } from 'mdast'
import { walkType } from './walk.js'
import { VFile, type Compatible } from 'vfile'
import { location } from 'vfile-location'
import { alignBomPositions } from './bom.js'
import { micromarkProcessor, remarkFastPath } from './fast-path.js'
import { collectContacts } from './contacts.js'
import { readFrontMatter } from './front-matter.js'
import { DEFAULT_SITE_ORIGINS } from './links.js'
import { report, type Locale } from './messages.js'
import { MODEL_VERSION } from './constants.js'
import type { Offer, Span } from './schema.js'
import { DEFAULT_MAX_NESTING, nestingBeyond } from './nesting.js'
import { buildSections, linksOf } from './sections.js'
import { validateOffer } from './validate.js'

export interface ParseOptions {
  /** Language of the messages: `fr` (default) or `en`. */
  locale?: Locale
  /** Origins whose absolute links count as internal (default: code.gouv.fr). */
  siteOrigins?: readonly string[]
  /** Largest input accepted, in bytes (default 16 MiB); larger files get one message. */
  maxFileSize?: number
  /** Deepest nesting of block quotes and lists accepted (default 1,000); deeper pages get one message. */
  maxNesting?: number
}

export interface ParseResult {
  offer: Offer
  file: VFile
  /** The markdown tree the model was built from, for tools that need more than the model. */
  tree: Root
}

export const DEFAULT_MAX_FILE_SIZE = 16 * 1024 * 1024
export { DEFAULT_MAX_NESTING }

export { micromarkProcessor }

/** The markdown parser used for every page (micromark's trees, by the fast path when it can), exported so other tools parse the same way. */
export const markdownProcessor = micromarkProcessor().use(remarkFastPath).freeze()

/** An empty but valid model, for inputs that have nothing to model. */
export function emptyOffer(): Offer {
  return {
    modelVersion: MODEL_VERSION,
    frontMatter: { data: {}, extra: {}, position: null },
    intro: [],
    sections: [],
    exclusions: null,
    contacts: [],
    links: [],
  }
}

export function parseOffer(input: string | Uint8Array | VFile, options: ParseOptions = {}): ParseResult {
  const locale = options.locale ?? 'fr'
  const file = toVFile(input)
  const empty: Root = { type: 'root', children: [] }
  const rejected = inspectInput(file, options)
  if (rejected) return { offer: emptyOffer(), file, tree: empty }
  let tree = empty
  try {
    tree = markdownProcessor.parse(file)
    alignBomPositions(tree, file)
    return { offer: offerFromTree(tree, file, options), file, tree }
  } catch (error) {
    report(file, 'internal-error', { params: { detail: describe(error) }, locale })
    return { offer: emptyOffer(), file, tree }
  }
}

/**
 * Builds the model from an already parsed tree: lets a remark pipeline (the linter)
 * parse once for its rules and for the model. Messages go on `file`.
 */
export function offerFromTree(tree: Root, file: VFile, options: ParseOptions = {}): Offer {
  const locale = options.locale ?? 'fr'
  const source = String(file.value ?? '')
  const siteOrigins = options.siteOrigins ?? DEFAULT_SITE_ORIGINS
  const definitions = new Map<string, Definition>()
  walkType(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node)
  })
  const frontMatter = readFrontMatter(tree, file, locale)
  const { intro, sections, exclusions } = buildSections(tree, { source, siteOrigins, definitions })
  const offer: Offer = {
    modelVersion: MODEL_VERSION,
    frontMatter,
    intro,
    sections,
    exclusions,
    contacts: collectContacts(tree, source),
    links: linksOf(tree, { source, siteOrigins, definitions }),
  }
  const errors = validateOffer(offer)
  if (errors.length > 0) {
    // The builder produces schema-valid models by construction; say so loudly if not.
    const detail = errors.map((e) => `${e.instancePath} ${e.message}`).join('; ')
    report(file, 'internal-error', { params: { detail }, locale })
  }
  return offer
}

function toVFile(input: string | Uint8Array | VFile): VFile {
  if (input instanceof VFile) return input
  return new VFile({ value: input as Compatible as string })
}

/**
 * Checks that `file` can be a page before any parsing: decodes bytes as UTF-8
 * (reporting invalid sequences), and rejects with a message what is too large,
 * binary or empty. Returns true when the file was rejected.
 */
export function inspectInput(file: VFile, options: ParseOptions = {}): boolean {
  const locale = options.locale ?? 'fr'
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
  const value = file.value ?? ''
  const size = typeof value === 'string' ? Buffer.byteLength(value) : value.byteLength
  if (size > maxSize) {
    report(file, 'too-large', { params: { size, limit: maxSize }, locale })
    return true
  }
  if (typeof value !== 'string') {
    try {
      // Keep a byte-order mark in the text, so that a rewrite (`--fix`) keeps it too.
      file.value = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(value)
    } catch {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(value)
      file.value = text
      // A binary file is not badly encoded text: it gets the one message below.
      if (!text.includes('\u0000')) report(file, 'invalid-utf8', { locale, place: spanAt(text, text.indexOf('\ufffd')) })
    }
  }
  const text = String(file.value)
  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    report(file, 'binary-file', { params: { byte: '0x00', offset: nul }, place: spanAt(text, nul), locale })
    return true
  }
  if (text.trim() === '') {
    report(file, 'empty-file', { locale })
    return true
  }
  const limit = options.maxNesting ?? DEFAULT_MAX_NESTING
  const deep = nestingBeyond(text, limit)
  if (deep) {
    report(file, 'too-deep', { params: { depth: deep.depth, limit }, place: spanAt(text, deep.offset), locale })
    return true
  }
  return false
}

/** The empty span at `offset` of `text` (the text is not parsed: lines counted as the parser would, CR, LF or CRLF). */
function spanAt(text: string, offset: number): Span {
  const found = location(text).toPoint(Math.max(0, offset))
  const point = { line: found?.line ?? 1, column: found?.column ?? 1, offset: found?.offset ?? 0 }
  return { start: point, end: point }
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return `${error.message} (imbrication trop profonde ?)`
  return error instanceof Error ? error.message : String(error)
}
