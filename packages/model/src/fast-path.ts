/**
 * A fast path for the markdown the pages are made of, with micromark as the
 * reference and the fallback.
 *
 * `parseFast` reads a page in one pass and returns the very tree that
 * remark-parse with remark-frontmatter (`yaml`) and remark-gfm gives — same
 * nodes, same fields, same positions — or `undefined` as soon as it meets
 * anything it does not handle exactly, and then the page goes to micromark.
 * It handles what the real pages are mostly made of:
 *
 * - blocks: front matter, ATX headings, paragraphs, single-line bullet lists
 *   (`- `), `<br/>` lines;
 * - inline: text, code spans, links `[text](destination)`, `*emphasis*` and
 *   `**strong**` around plain text.
 *
 * Everything else (block quotes, code blocks, tables, ordered or loose lists,
 * escapes, character references, raw HTML, autolinks, images, references,
 * underscores, tabs, CR line endings…) makes it give up. Giving up is always
 * correct; answering differently from micromark would not be, so the test
 * suite compares both on every real page and on generated pages
 * (`fast-path.test.ts`, and its property under `npm run fuzz`).
 *
 * Why hand-written: micromark with GFM takes about 8 ms per page here, two
 * thirds of a whole lint, and no maintained parser of this ecosystem gives
 * mdast with exact positions faster. This one takes well under a millisecond.
 */
import type { Heading, Html, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast'
import type { Point, Position } from 'unist'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified, type Plugin, type Processor } from 'unified'

/** micromark with the extensions the pages use, on every page: the reference the fast path is tested against. */
export const micromarkProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()

/** Thrown inside the parser to give up; never escapes `parseFast`. */
const GIVE_UP = Symbol('give up')

/**
 * What makes the whole page go to micromark: anywhere, control characters
 * (tabs, CR, NUL…) and a byte-order mark; after the front matter, escapes,
 * character references, table pipes, strikethrough tildes and `]:` (link or
 * footnote definitions, which change how brackets read everywhere in the page).
 */
const CONTROL = /[\0-\x09\x0b-\x1f\x7f\ufeff]/
const UNSUPPORTED = /[\\&|~]|\]:/

const WHITESPACE = /\s/
const PUNCTUATION = /\p{P}|\p{S}/u
const ALPHANUMERIC = /[\p{L}\p{N}]/u

/** The tree micromark would give for `doc`, or undefined when the page needs micromark. */
export function parseFast(doc: string): Root | undefined {
  if (CONTROL.test(doc)) return undefined
  try {
    return new FastParser(doc).parse()
  } catch (error) {
    if (error === GIVE_UP) return undefined
    throw error
  }
}

function giveUp(): never {
  throw GIVE_UP
}

/** Can a line (from `start`) open a paragraph, or continue one, without being anything else? */
function plainLineStart(doc: string, start: number): boolean {
  const c = doc.charCodeAt(start)
  switch (c) {
    case 0x20: // indented: code or continuation
    case 0x3e: // >
    case 0x2b: // +
    case 0x2d: // -
    case 0x3d: // =
    case 0x5f: // _
    case 0x3c: // <
    case 0x23: // #
    case 0x7e: // ~
    case 0x7c: // |
      return false
    case 0x2a: {
      // `*emphasis*` or `**strong**`, not a bullet (`* `) nor a break (`***`, `* * *`)
      const next = doc.charCodeAt(start + 1)
      if (next === 0x2a) {
        const third = doc.charCodeAt(start + 2)
        return !Number.isNaN(third) && third !== 0x2a && third !== 0x20 && third !== 0x0a
      }
      return !Number.isNaN(next) && next !== 0x20 && next !== 0x0a
    }
    case 0x60: // a fence needs three backticks
      return !(doc.charCodeAt(start + 1) === 0x60 && doc.charCodeAt(start + 2) === 0x60)
    case 0x5b: // a task-list box `[ ]`, `[x]`
      return doc.charCodeAt(start + 2) !== 0x5d
    default:
      if (c >= 0x30 && c <= 0x39) return !/^\d{1,9}[.)](?: |\n|$)/.test(doc.slice(start, start + 12))
      return true
  }
}

class FastParser {
  private readonly doc: string
  /** Offset of the first character of each line. */
  private readonly lineStarts: number[] = [0]

  constructor(doc: string) {
    this.doc = doc
    for (let i = doc.indexOf('\n'); i !== -1; i = doc.indexOf('\n', i + 1)) this.lineStarts.push(i + 1)
  }

  parse(): Root {
    const { doc } = this
    const children: RootContent[] = []
    let at = 0
    if (doc.startsWith('---\n')) at = this.frontMatter(children)
    if (UNSUPPORTED.test(at === 0 ? doc : doc.slice(at))) giveUp()
    while (at < doc.length) {
      const end = this.lineEnd(at)
      if (end === at) {
        at++ // blank line
        continue
      }
      const c = doc.charCodeAt(at)
      if (c === 0x23) at = this.heading(at, end, children)
      else if (c === 0x2d) at = this.list(at, children)
      else if (c === 0x3c) at = this.html(at, end, children)
      else at = this.paragraph(at, children)
    }
    return { type: 'root', children, position: this.position(0, doc.length) }
  }

  private lineEnd(at: number): number {
    const end = this.doc.indexOf('\n', at)
    return end === -1 ? this.doc.length : end
  }

  /** Offset just past the line ending after `end`, or the end of the page. */
  private next(end: number): number {
    return end < this.doc.length ? end + 1 : end
  }

  private point(offset: number): Point {
    const starts = this.lineStarts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((starts[mid] as number) <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1, offset }
  }

  private position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) }
  }

  private frontMatter(children: RootContent[]): number {
    const { doc } = this
    let close: number
    if (doc.startsWith('---\n', 4) || doc === '---\n---') close = 4
    else {
      close = doc.indexOf('\n---\n', 3)
      if (close === -1) {
        if (!doc.endsWith('\n---')) giveUp()
        close = doc.length - 4
      }
      close++
    }
    const end = close + 3
    children.push({ type: 'yaml', value: doc.slice(4, Math.max(4, close - 1)), position: this.position(0, end) })
    return this.next(end)
  }

  private heading(start: number, end: number, children: RootContent[]): number {
    const { doc } = this
    let depth = 0
    while (doc.charCodeAt(start + depth) === 0x23) depth++
    const contentStart = start + depth + 1
    if (depth > 6 || doc.charCodeAt(start + depth) !== 0x20 || contentStart >= end) giveUp()
    const first = doc.charCodeAt(contentStart)
    const last = doc.charCodeAt(end - 1)
    if (first === 0x20 || last === 0x20 || last === 0x23) giveUp()
    const heading: Heading = {
      type: 'heading',
      depth: depth as Heading['depth'],
      children: this.inline(contentStart, end),
      position: this.position(start, end),
    }
    children.push(heading)
    return this.next(end)
  }

  private html(start: number, end: number, children: RootContent[]): number {
    const { doc } = this
    if (!/^<br ?\/?>$/.test(doc.slice(start, end))) giveUp()
    // The block goes on to the first blank line, whatever the lines hold.
    let last = end
    let at = this.next(end)
    while (at < doc.length) {
      const lineEnd = this.lineEnd(at)
      if (lineEnd === at) break
      if (doc.charCodeAt(at) === 0x20) giveUp() // maybe a blank line made of spaces
      last = lineEnd
      at = this.next(lineEnd)
    }
    const node: Html = { type: 'html', value: doc.slice(start, last), position: this.position(start, last) }
    children.push(node)
    return at
  }

  private paragraph(start: number, children: RootContent[]): number {
    const { doc } = this
    if (!plainLineStart(doc, start)) giveUp()
    let end = this.lineEnd(start)
    let at = this.next(end)
    for (;;) {
      if (doc.charCodeAt(end - 1) === 0x20) giveUp() // trailing spaces: hard break or trimmed
      if (at >= doc.length || at === this.lineEnd(at)) break
      if (doc.charCodeAt(at) === 0x2d) break // a list interrupts the paragraph (`list` checks the rest)
      if (!plainLineStart(doc, at)) giveUp()
      end = this.lineEnd(at)
      at = this.next(end)
    }
    const paragraph: Paragraph = { type: 'paragraph', children: this.inline(start, end), position: this.position(start, end) }
    children.push(paragraph)
    return at
  }

  private list(start: number, children: RootContent[]): number {
    const { doc } = this
    const items: ListItem[] = []
    let at = start
    let end = start
    while (at < doc.length && doc.charCodeAt(at) === 0x2d) {
      end = this.lineEnd(at)
      const contentStart = at + 2
      if (doc.charCodeAt(at + 1) !== 0x20 || contentStart >= end || !plainLineStart(doc, contentStart)) giveUp()
      if (doc.charCodeAt(end - 1) === 0x20) giveUp()
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: this.inline(contentStart, end),
        position: this.position(contentStart, end),
      }
      items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position: this.position(at, end) })
      at = this.next(end)
    }
    // What follows must be the end of the page or a blank line, and not more items after it.
    if (at < doc.length) {
      if (at !== this.lineEnd(at)) giveUp()
      let after = at
      while (after < doc.length && doc.charCodeAt(after) === 0x0a) after++
      if (after < doc.length && !plainLineStart(doc, after) && doc.charCodeAt(after) !== 0x23 && doc.charCodeAt(after) !== 0x3c) giveUp()
    }
    const list: List = { type: 'list', ordered: false, start: null, spread: false, children: items, position: this.position(start, end) }
    children.push(list)
    return at
  }

  /** The phrasing content of `doc[start, end)`. */
  private inline(start: number, end: number): PhrasingContent[] {
    const { doc } = this
    const out: PhrasingContent[] = []
    let textStart = start
    let i = start
    const flush = (to: number): void => {
      if (to > textStart) out.push(this.text(textStart, to))
    }
    while (i < end) {
      const c = doc.charCodeAt(i)
      switch (c) {
        case 0x60: {
          // `code`: one backtick each side, on one line, no padding
          const close = doc.indexOf('`', i + 1)
          if (close === -1 || close >= end || close === i + 1 || doc.charCodeAt(close + 1) === 0x60) giveUp()
          const value = doc.slice(i + 1, close)
          if (value.includes('\n') || value.startsWith(' ') || value.endsWith(' ')) giveUp()
          flush(i)
          out.push({ type: 'inlineCode', value, position: this.position(i, close + 1) })
          i = textStart = close + 1
          continue
        }
        case 0x5b: {
          // [text](destination)
          const close = doc.indexOf(']', i + 1)
          if (close === -1 || close >= end || close === i + 1 || doc.charCodeAt(close + 1) !== 0x28) giveUp()
          this.plain(i + 1, close, true)
          const destinationEnd = doc.indexOf(')', close + 2)
          if (destinationEnd === -1 || destinationEnd >= end || destinationEnd === close + 2) giveUp()
          const url = doc.slice(close + 2, destinationEnd)
          if (/[\s()<>]/.test(url)) giveUp()
          flush(i)
          out.push({
            type: 'link',
            title: null,
            url,
            children: [this.text(i + 1, close)],
            position: this.position(i, destinationEnd + 1),
          })
          i = textStart = destinationEnd + 1
          continue
        }
        case 0x2a: {
          const node = this.attention(i, start, end)
          flush(i)
          out.push(node)
          i = textStart = node.position!.end.offset!
          continue
        }
        default:
          this.plainCharacter(i, false)
      }
      i++
    }
    flush(end)
    return out
  }

  /** `*emphasis*` or `**strong**` around plain text, opening at `at`. */
  private attention(at: number, start: number, end: number): PhrasingContent {
    const { doc } = this
    const size = doc.charCodeAt(at + 1) === 0x2a ? 2 : 1
    const inner = at + size
    if (doc.charCodeAt(inner) === 0x2a) giveUp()
    // A pure opener: whitespace or punctuation before, a letter or digit after.
    const before = at === start ? ' ' : doc.charAt(at - 1)
    if (!(WHITESPACE.test(before) || PUNCTUATION.test(before)) || !ALPHANUMERIC.test(doc.charAt(inner))) giveUp()
    const close = doc.indexOf('*', inner)
    if (close === -1 || close + size > end) giveUp()
    for (let k = 1; k < size; k++) if (doc.charCodeAt(close + k) !== 0x2a) giveUp()
    // A pure closer of the same size: a letter or digit before, whitespace, punctuation or the end after.
    const after = close + size
    if (after < end && doc.charCodeAt(after) === 0x2a) giveUp()
    if (!ALPHANUMERIC.test(doc.charAt(close - 1))) giveUp()
    if (after < end && !(WHITESPACE.test(doc.charAt(after)) || PUNCTUATION.test(doc.charAt(after)))) giveUp()
    this.plain(inner, close, false)
    const children = [this.text(inner, close)]
    const position = this.position(at, after)
    return size === 1 ? { type: 'emphasis', children, position } : { type: 'strong', children, position }
  }

  /** Checks that `doc[start, end)` is plain text; inside link text, autolink literals do not apply. */
  private plain(start: number, end: number, inLink: boolean): void {
    const { doc } = this
    for (let i = start; i < end; i++) {
      const c = doc.charCodeAt(i)
      if (c === 0x60 || c === 0x5b || c === 0x5d || c === 0x2a) giveUp()
      this.plainCharacter(i, inLink)
    }
  }

  /** Gives up on a character of text that would start something this parser does not handle. */
  private plainCharacter(i: number, inLink: boolean): void {
    const { doc } = this
    switch (doc.charCodeAt(i)) {
      case 0x5d: // ] without [
      case 0x3c: // < : HTML, autolink
      case 0x5f: // _ : emphasis
        giveUp()
        break
      case 0x21: // ![ : image
        if (doc.charCodeAt(i + 1) === 0x5b) giveUp()
        break
      case 0x40: // @ : email autolink literal
        if (!inLink) giveUp()
        break
      case 0x77:
      case 0x57: // www.
        if (!inLink && /^www\./i.test(doc.slice(i, i + 4))) giveUp()
        break
      case 0x68:
      case 0x48: // http:// https://
        if (!inLink && /^https?:/i.test(doc.slice(i, i + 6))) giveUp()
        break
      default:
    }
  }

  private text(start: number, end: number): Text {
    return { type: 'text', value: this.doc.slice(start, end), position: this.position(start, end) }
  }
}

/**
 * A unified plugin that answers `parse` with `parseFast` when it can, and with
 * the processor's own parser otherwise. Use it after remark-parse,
 * remark-frontmatter (`yaml`) and remark-gfm. It does nothing when no parser
 * is set yet, and steps aside unless the processor's syntax extensions are
 * exactly those two: another one would bring syntax it does not know.
 */
export const remarkFastPath: Plugin<[]> = function (this: Processor) {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const processor = this
  const fallback = processor.parser
  if (fallback === undefined) return
  processor.parser = (doc, file) => {
    const known = hasKnownSyntax(processor.data('micromarkExtensions'), processor.data('fromMarkdownExtensions'))
    return (known ? parseFast(doc) : undefined) ?? fallback(doc, file)
  }
}

/** The shape of an extension: its hooks and the characters or node types each handles. */
function shapes(extension: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(extension)) {
    for (const item of extension) shapes(item, into)
  } else if (extension !== null && typeof extension === 'object') {
    const hooks = Object.entries(extension).map(([hook, value]) => `${hook}:${value !== null && typeof value === 'object' ? Object.keys(value).sort().join(',') : typeof value}`)
    into.add(hooks.sort().join(';'))
  }
  return into
}

let expected: { syntax: string; tree: string } | undefined
/** The answer for a processor's extension lists, while they keep their length. */
const verdicts = new WeakMap<object, { sizes: string; known: boolean }>()

/**
 * Whether the extensions are those of remark-frontmatter (`yaml`) and remark-gfm,
 * and nothing else. Compared by shape, not identity: a processor copied from a
 * frozen one holds each extension twice, as distinct but equal objects.
 */
function hasKnownSyntax(syntax: unknown[] | undefined, tree: unknown[] | undefined): boolean {
  if (syntax === undefined || tree === undefined) return false
  const sizes = `${syntax.length}/${tree.length}`
  let verdict = verdicts.get(syntax)
  if (verdict?.sizes !== sizes) verdicts.set(syntax, (verdict = { sizes, known: compareShapes(syntax, tree) }))
  return verdict.known
}

function compareShapes(syntax: unknown[], tree: unknown[]): boolean {
  if (expected === undefined) {
    expected = {
      syntax: [...shapes(micromarkProcessor.data('micromarkExtensions'), new Set())].sort().join('\n'),
      tree: [...shapes(micromarkProcessor.data('fromMarkdownExtensions'), new Set())].sort().join('\n'),
    }
  }
  return (
    [...shapes(syntax, new Set())].sort().join('\n') === expected.syntax && [...shapes(tree, new Set())].sort().join('\n') === expected.tree
  )
}
