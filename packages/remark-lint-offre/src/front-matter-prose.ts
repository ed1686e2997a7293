/**
 * The prose of a page's YAML front matter, as the rules that check words and grammar
 * need it: the same {@link ProseRange}s as {@link proseOf} gives for the markdown body,
 * each with the exact offset of its characters in the file.
 *
 * ```ts
 * import { frontMatterProse } from './front-matter-prose.js'
 * for (const { start, text } of frontMatterProse(tree, file)) {
 *   // `text` is `String(file.value).slice(start, start + text.length)` with what
 *   // is not prose replaced by spaces of the same length.
 * }
 * ```
 *
 * What is prose: the values of text keys (`title`, `subtitle`, `description`,
 * `summary`, `lead`, `excerpt`, `abstract`, `intro`, `chapo`, image `alt` texts,
 * `caption`, `legend`, `credit`, and what a product's page says of it: `mission`,
 * `comment`, `pitch`, `tagline`…), at any depth (`image: {alt: …}`, `segments: [{title:
 * …}]`, a list of strings under such a key). Never keys, other keys' values (URLs,
 * paths, dates, slugs, ids, permalinks, layouts, tags), nor a value that is a single
 * path- or URL-like token. Within a value, {@link blank} removes URLs, addresses and
 * template tags as in the body, and HTML tags are blanked (their text is kept).
 *
 * Scalars: plain, single-quoted (`''` reads as `'`: the second quote is blanked),
 * double-quoted (each escape `\"`, `\n`, `\u00e9`… is blanked, never decoded, so that
 * offsets stay those of the file), and `>` / `|` block scalars (the header line is
 * left out, the indentation is already blank). A front matter that does not parse
 * gives no range (the front-matter rule reports it). Computed once per tree.
 */
import type { Root, Yaml } from 'mdast'
import type { VFile } from 'vfile'
import { yamlDocument } from '@offre/model'
import { isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml'
import { blank, type ProseRange } from './prose.js'

/** Keys whose values are text read by people. */
export const PROSE_KEYS: ReadonlySet<string> = new Set([
  'title',
  'subtitle',
  'description',
  'summary',
  'lead',
  'excerpt',
  'abstract',
  'intro',
  'chapo',
  'chapeau',
  'alt',
  'caption',
  'legend',
  'credit',
  // What a product's or a service's page says of it (beta.gouv.fr's `mission`, an event's `comment`).
  'mission',
  'comment',
  'pitch',
  'tagline',
  'baseline',
  'teaser',
  'headline',
  'bio',
  'quote',
])

/** A value that is one token with a slash, a leading dot or a file extension: a path or URL. */
const PATH_LIKE = /^(?:\S*[/\\]\S*|\.\S*|\S+\.[a-z0-9]{2,4})$/i

/** An HTML tag written in a value (the site renders some values as HTML). */
const HTML_TAG = /<\/?[a-z][a-z\d-]*(?:\s[^<>]*)?\/?>/gi

const cache = new WeakMap<Root, ProseRange[]>()

/** The prose ranges of the YAML front matter of `tree`, in source order. */
export function frontMatterProse(tree: Root, file: VFile): ProseRange[] {
  const cached = cache.get(tree)
  if (cached) return cached
  const ranges = compute(tree, file)
  cache.set(tree, ranges)
  return ranges
}

function compute(tree: Root, file: VFile): ProseRange[] {
  const node = tree.children[0]
  if (node?.type !== 'yaml') return []
  const yaml = node as Yaml
  const source = String(file.value ?? '')
  const fence = yaml.position?.start.offset
  if (fence === undefined) return []
  // The YAML text starts on the line after the opening `---` (LF or CRLF).
  const base = source.indexOf('\n', fence) + 1
  if (base === 0 || source.slice(base, base + yaml.value.length) !== yaml.value) return []
  // The model's parse of it; a repeated key does not stop its prose being read.
  const doc = yamlDocument(yaml)
  if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return []
  const ranges: ProseRange[] = []
  collect(doc.contents, false, yaml.value, base, ranges)
  ranges.sort((a, b) => a.start - b.start)
  return ranges
}

function collect(node: YamlNode | null | undefined | unknown, prose: boolean, text: string, base: number, out: ProseRange[]): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined
      collect(pair.value, key !== undefined && PROSE_KEYS.has(key), text, base, out)
    }
  } else if (isSeq(node)) {
    for (const item of node.items) collect(item, prose, text, base, out)
  } else if (prose && isScalar(node) && typeof node.value === 'string' && node.range) {
    const range = scalarRange(node.type, text, node.range[0], node.range[1])
    if (range === undefined) return
    if (PATH_LIKE.test(node.value.trim())) return
    // `description: Avec la <a href="…">DGFiP</a>`: the tags are markup, their text is prose.
    const blanked = blank(range.text).replace(HTML_TAG, (tag) => tag.replace(/[^\n]/g, ' '))
    if (blanked.trim() === '') return
    out.push({ start: base + range.start, text: blanked })
  }
}

/** The characters of a scalar's value in `text`, escapes and quotes left out (blanked). */
export function scalarRange(type: string | undefined, text: string, from: number, to: number): ProseRange | undefined {
  const raw = text.slice(from, to)
  switch (type) {
    case 'QUOTE_DOUBLE': {
      if (raw.length < 2 || !raw.startsWith('"') || !raw.endsWith('"')) return undefined
      // `\` then a letter or punctuation, `\xHH`, `\uHHHH`, `\UHHHHHHHH`, or a line break.
      const inner = raw.slice(1, -1).replace(/\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|\r?\n|.)/g, (escape) => escape.replace(/[^\n]/g, ' '))
      return { start: from + 1, text: inner }
    }
    case 'QUOTE_SINGLE': {
      if (raw.length < 2 || !raw.startsWith("'") || !raw.endsWith("'")) return undefined
      return { start: from + 1, text: raw.slice(1, -1).replace(/''/g, "' ") }
    }
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL': {
      const header = raw.indexOf('\n')
      if (header === -1) return undefined
      return { start: from, text: ' '.repeat(header) + raw.slice(header) }
    }
    case 'PLAIN':
      return { start: from, text: raw }
    default:
      return undefined
  }
}
