/**
 * Bare URLs and e-mail addresses as the site shows them: as text. The model parses
 * with remark-gfm, whose autolink literals turn `https://…`, `www.…` and `a@b.fr`
 * into links (the lint needs that tree), but the site's markdown-it runs without
 * `linkify`, so they stay text there; one of them, `https://sugarlabs.orgSugarLabs>`,
 * became a broken link. The links GFM found are turned back into their text, merged
 * with the text around them; `[text](url)`, references and CommonMark's
 * `<https://…>` autolinks stay links, as in markdown-it.
 *
 * A link came from an autolink literal when it has no position (mdast-util-gfm-
 * autolink-literal's second pass makes such nodes) or when its source does not start
 * with `[` (a link) or `<` (an angle-bracket autolink).
 */
import type { Link, Parent, Root, RootContent, Text } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Position } from 'unist'

export function isAutolinkLiteral(link: Link, source: string): boolean {
  const start = link.position?.start.offset
  if (start === undefined) return true
  const first = source[start]
  return first !== '[' && first !== '<'
}

/** Replaces the links of autolink literals with their text, in place. */
export function unlinkAutolinkLiterals(tree: Root, source: string): void {
  walk(tree, source)
}

function walk(parent: Parent, source: string): void {
  let changed = false
  for (const [index, child] of parent.children.entries()) {
    if (child.type === 'link' && isAutolinkLiteral(child, source)) {
      const text: Text = { type: 'text', value: toString(child) }
      if (child.position !== undefined) text.position = child.position
      parent.children[index] = text
      changed = true
    } else if ('children' in child) walk(child, source)
  }
  if (changed) parent.children = mergeTexts(parent.children as RootContent[]) as Parent['children']
}

/** Adjacent text nodes as one, so that the text reads as a single run (shortcodes, typography). */
function mergeTexts(children: RootContent[]): RootContent[] {
  const merged: RootContent[] = []
  for (const child of children) {
    const previous = merged[merged.length - 1]
    if (child.type === 'text' && previous?.type === 'text') {
      merged[merged.length - 1] = joined(previous, child)
    } else merged.push(child)
  }
  return merged
}

function joined(a: Text, b: Text): Text {
  const text: Text = { type: 'text', value: a.value + b.value }
  const position = span(a.position, b.position)
  if (position !== undefined) text.position = position
  return text
}

/** Both ends known, or no position: a guessed one would mislead the findings overlay. */
function span(a: Position | undefined, b: Position | undefined): Position | undefined {
  return a !== undefined && b !== undefined ? { start: a.start, end: b.end } : undefined
}
