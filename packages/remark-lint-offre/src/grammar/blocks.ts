/**
 * The prose of a page as a grammar checker reads it: whole sentences, one block
 * (paragraph, heading, table cell, alt text, front-matter value) per line, with a
 * map from each character back to the markdown source. It is built on the same
 * text as the other rules (`proseOf`: text nodes, URLs, addresses and template tags
 * blanked), joined across inline markup (`**`, `[…](…)`), so that "voir la
 * **page**" reads "voir la page". Inline code is kept as a word the checker sees
 * but no finding may touch; raw HTML is left out; line breaks and the `>` or
 * indentation of continued lines become spaces; character references are read as their
 * values (`&nbsp;`, `&eacute;`).
 */
import type { Nodes, Root } from 'mdast'
import type { VFile } from 'vfile'
import { eachOfType } from '../tree-index.js'
import { blank } from '../prose.js'
import { foreignBlocks } from '../language.js'
import { inRanges } from '../sorted.js'
import { characterReferences } from '../entities.js'

/** One stretch of a block's text: `[from, to)` in the block, from `source` in the page. */
interface Segment {
  from: number
  to: number
  source: number
  /** `code` cannot be reported on; `exact` maps character for character; `atom` maps as a whole to `[source, sourceEnd)`. */
  kind: 'exact' | 'atom' | 'code'
  sourceEnd: number
}

export interface GrammarBlock {
  /** The text sent to the checker: one line, no line break. */
  text: string
  segments: Segment[]
}

const BLOCKS = ['paragraph', 'heading', 'tableCell'] as const
/** A line break and what continues the line in the source: indentation, `>` of quotes. */
const CONTINUATION = /[\r\n][ \t>]*/g

/** The blocks of prose of `tree`, in source order; `extra` ranges (front-matter values) are blocks of their own. */
export function grammarBlocks(tree: Root, file: VFile, extra: ReadonlyArray<{ start: number; text: string }> = []): GrammarBlock[] {
  const source = String(file.value ?? '')
  const inForeign = inRanges(foreignBlocks(tree))
  const blocks: GrammarBlock[] = []
  for (const range of extra) {
    // What the range blanked (an HTML tag, a URL) is left out, as raw HTML is in the
    // body: `(<a href="…">DGFiP</a>)` reads `(DGFiP)`, not `( DGFiP )`.
    const block = new Builder()
    const written = source.slice(range.start, range.start + range.text.length)
    let from = 0
    for (const run of range.text.matchAll(/ +/g)) {
      // A run of blanks: from the first to the last character the source writes there.
      const first = run.index + (/[^ ]/.exec(written.slice(run.index, run.index + run[0].length))?.index ?? run[0].length)
      if (first === run.index + run[0].length) continue
      let last = run.index + run[0].length - 1
      while (written[last] === ' ') last--
      if (from < first) block.exact(range.start + from, range.text.slice(from, first))
      from = last + 1
    }
    if (from < range.text.length) block.exact(range.start + from, range.text.slice(from))
    block.push(blocks)
  }
  eachOfType(tree, BLOCKS, (node) => {
    const start = node.position?.start.offset
    if (start === undefined || inForeign(start)) return 'skip'
    const block = new Builder()
    inline(node, source, block, blocks)
    block.push(blocks)
    return 'skip'
  })
  return blocks
}

function inline(node: Nodes, source: string, block: Builder, blocks: GrammarBlock[]): void {
  if (!('children' in node)) return
  for (const child of node.children as Nodes[]) {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) continue
    switch (child.type) {
      case 'text':
        text(source.slice(start, end), start, block)
        break
      case 'inlineCode':
        block.piece(child.value.replace(/\s+/g, ' '), start, end, 'code')
        break
      case 'break':
        block.piece(' ', start, end, 'atom')
        break
      case 'image': {
        // An image's alt text is a block of its own, where the source shows it as written.
        const alt = child.alt ?? ''
        if (alt !== '' && source.slice(start + 2, start + 2 + alt.length) === alt) {
          const image = new Builder()
          image.exact(start + 2, blank(alt))
          image.push(blocks)
        }
        break
      }
      case 'html':
      case 'imageReference':
      case 'footnoteReference':
        break
      default:
        inline(child, source, block, blocks)
    }
  }
}

/** Template tags, attribute blocks and container fences: not text at all, left out. */
const MARKUP = /^(?:\{%[\s\S]*%\}|\{\{[\s\S]*\}\}|\{[.#][^}\n]*\}|[ \t]*:::.*)$/

/**
 * A text node's source: prose as it stands; URLs and addresses (what `blank` blanks)
 * kept as written but never reported on (Grammalecte reads them as such, where
 * spaces would make "pas d’espace avant une virgule"); template tags left out.
 */
function text(slice: string, start: number, block: Builder): void {
  const blanked = blank(slice)
  let from = 0
  let index = 0
  while (index < slice.length) {
    if (blanked[index] === slice[index] || slice[index] === ' ') {
      index++
      continue
    }
    // A run that `blank` turned into spaces: up to the next character it kept.
    let to = index
    while (to < slice.length && (blanked[to] !== slice[to] || slice[to] === ' ') && !(blanked[to] === ' ' && slice[to] === ' ' && !isInsideRun(slice, blanked, to))) to++
    if (from < index) block.exact(start + from, continued(slice.slice(from, index)))
    const run = slice.slice(index, to)
    if (!MARKUP.test(run)) block.piece(run.replace(/\s/g, ' '), start + index, start + to, 'code')
    from = index = to
  }
  if (from < slice.length) block.exact(start + from, continued(slice.slice(from)))
}

/** Whether the space at `index` lies inside a blanked run (a template tag holds spaces). */
function isInsideRun(slice: string, blanked: string, index: number): boolean {
  let next = index
  while (next < slice.length && slice[next] === ' ') next++
  return next < slice.length && blanked[next] !== slice[next]
}

function continued(text: string): string {
  return text.replace(CONTINUATION, (gap) => ' '.repeat(gap.length))
}

class Builder {
  text = ''
  readonly segments: Segment[] = []

  /** Source text as written, but its character references read as their values (`&nbsp;` as a no-break space), each an atom. */
  exact(source: number, text: string): void {
    let last = 0
    for (const { index, length, value } of characterReferences(text)) {
      this.verbatim(source + last, text.slice(last, index))
      this.piece(value, source + index, source + index + length, 'atom')
      last = index + length
    }
    this.verbatim(source + last, text.slice(last))
  }

  private verbatim(source: number, text: string): void {
    if (text === '') return
    this.segments.push({ from: this.text.length, to: this.text.length + text.length, source, sourceEnd: source + text.length, kind: 'exact' })
    this.text += text
  }

  piece(text: string, source: number, sourceEnd: number, kind: 'atom' | 'code'): void {
    this.segments.push({ from: this.text.length, to: this.text.length + text.length, source, sourceEnd, kind })
    this.text += text
  }

  push(blocks: GrammarBlock[]): void {
    // A block with no letter gives the checker nothing to read.
    if (/\p{L}/u.test(this.text)) blocks.push({ text: this.text.replace(/[\r\n]/g, ' '), segments: this.segments })
  }
}

/**
 * The source range of `[from, to)` of a block, or `undefined` when it touches code
 * (which the editor's text does not hold) or lies outside the block.
 */
export function sourceRange(block: GrammarBlock, from: number, to: number): [number, number] | undefined {
  if (from < 0 || to > block.text.length || from > to) return undefined
  let start: number | undefined
  let end: number | undefined
  for (const segment of block.segments) {
    if (segment.to <= from && !(from === to && segment.to === from)) continue
    if (segment.from >= to && from !== to) break
    if (segment.kind === 'code') return undefined
    if (start === undefined) start = segment.kind === 'exact' ? segment.source + (from - segment.from) : segment.source
    end = segment.kind === 'exact' ? segment.source + (Math.min(to, segment.to) - segment.from) : segment.sourceEnd
    if (segment.to >= to) break
  }
  return start === undefined || end === undefined ? undefined : [start, Math.max(start, end)]
}
