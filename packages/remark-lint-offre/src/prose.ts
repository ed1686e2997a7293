/**
 * The prose of a page, as the rules that check words and typography need it: the
 * source text of every text node (headings, paragraphs, lists, tables, link text),
 * with exact offsets, and with what is not prose blanked out to spaces of the same
 * length: URLs, e-mail addresses, Nunjucks tags (`{% … %}`, `{{ … }}`),
 * markdown-it-attrs blocks (`{.fr-link}`) and container fences (`:::callout`).
 * Code, inline code and raw HTML are never text nodes, so they never reach a rule.
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { eachOfType } from './tree-index.js'

export interface ProseRange {
  /** Offset of `text` in the source. */
  start: number
  /** The source slice, non-prose parts replaced by spaces. */
  text: string
}

const NOT_PROSE = [
  /\{%[\s\S]*?%\}/g,
  /\{\{[\s\S]*?\}\}/g,
  /\{[.#][^}\n]*\}/g,
  /^[ \t]*:::.*$/gm,
  /\b(?:https?:\/\/|www\.)[^\s<>()"]+/gi,
  /(?<![\p{L}\d!#$%&'*+/=?^_`{|}~.-])[\p{L}\d!#$%&'*+/=?^_`{|}~.-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu,
  /(?<![\p{L}\d])(?:[\w-]+\.)+(?:fr|gouv|org|com|net|eu|io|dev)(?:\/[^\s)]*)?(?![\p{L}\d])/giu,
]

/** One pass over the text with every pattern as an alternative (most text nodes match none). */
const ANY_NOT_PROSE = new RegExp(NOT_PROSE.map((pattern) => `(?:${pattern.source})`).join('|'), 'gimu')
/**
 * What each pattern needs, in the same order: `{`, `:::`, `http(s)://` or `www.`, `@`,
 * or a dot before a known domain ending. Most text has none: no regular expression then.
 */
const CHEAP_HINT = /[{@]|:::|https?:\/\/|www\.|\.(?:fr|gouv|org|com|net|eu|io|dev)(?![\p{L}\d])/iu

export function blank(text: string): string {
  if (!CHEAP_HINT.test(text)) return text
  return text.replace(ANY_NOT_PROSE, (match) => match.replace(/[^\n]/g, ' '))
}

const cache = new WeakMap<Root, ProseRange[]>()

/** The prose ranges of `tree`, in source order (computed once per tree). */
export function proseOf(tree: Root, file: VFile): ProseRange[] {
  const cached = cache.get(tree)
  if (cached) return cached
  const source = String(file.value ?? '')
  const ranges: ProseRange[] = []
  eachOfType(tree, 'text', (node, ancestors) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const parent = ancestors[ancestors.length - 1]
    // A bare URL or address that GFM turned into a link is not prose.
    if (parent?.type === 'link' && (parent.url === node.value || parent.url === `mailto:${node.value}`)) return
    ranges.push({ start, text: blank(source.slice(start, end)) })
  })
  cache.set(tree, ranges)
  return ranges
}

/** Every match of `pattern` (global) in the prose, with its source offset. */
export function* matchProse(tree: Root, file: VFile, pattern: RegExp): Generator<{ match: RegExpMatchArray; start: number; end: number }> {
  for (const range of proseOf(tree, file)) {
    for (const match of range.text.matchAll(pattern)) {
      const start = range.start + (match.index ?? 0)
      yield { match, start, end: start + match[0].length }
    }
  }
}
