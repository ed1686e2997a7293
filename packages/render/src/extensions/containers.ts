/**
 * The site's `:::callout` and `:::quote` blocks (markdown-it-container syntax),
 * which CommonMark reads as plain paragraphs: found in the tree, unwrapped, and
 * turned into a DSFR callout (`div.fr-callout`, its paragraphs `p.fr-callout__text`)
 * or quote (`figure.fr-quote > blockquote`, with the optional image given after
 * the name: `:::quote /img/portrait.jpg`). Blank lines inside a block, a closing
 * `:::` glued to the last line, and nested blocks are handled; an unclosed block
 * runs to the end of its parent, as markdown-it-container does, with a warning.
 */
import type { BlockContent, Blockquote, Paragraph, Parent, RootContent, Text } from 'mdast'
import type { Element } from 'hast'
import type { VFile } from 'vfile'
import { report } from '../messages.js'

const OPENER = /^(:{3,})[ \t]*([a-z][\w-]*)[ \t]*([^\n]*)(?:\n|$)/i
const CLOSER = /(?:^|\n)[ \t]*:{3,}[ \t]*$/
const KNOWN = new Set(['callout', 'quote'])
const BLOCK_PARENTS = new Set(['blockquote', 'list', 'listItem', 'footnoteDefinition'])

interface Opener {
  name: string
  argument: string
}

interface Frame {
  opener: Opener
  node: Paragraph
  content: RootContent[]
}

/** One pass with a stack of open blocks: linear even when every line opens a block. */
export function transformContainers(parent: Parent, file: VFile): void {
  const output: RootContent[] = []
  const stack: Frame[] = []
  const add = (node: RootContent) => (stack.length > 0 ? (stack[stack.length - 1] as Frame).content : output).push(node)
  const close = () => {
    const frame = stack.pop() as Frame
    add(containerOf(frame.opener, frame.content as BlockContent[]))
  }
  for (const node of parent.children as RootContent[]) {
    const opener = node.type === 'paragraph' ? takeOpener(node) : null
    if (opener !== null) stack.push({ opener, node: node as Paragraph, content: [] })
    else if (BLOCK_PARENTS.has(node.type)) transformContainers(node as Parent, file)
    const closes = stack.length > 0 && closerOf(node) !== null
    if (closes) takeCloser(node)
    if (!isEmpty(node)) add(node)
    if (closes) close()
  }
  // An unclosed block runs to the end of its parent, as markdown-it-container does.
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    report(file, 'unclosed-container', { node: frame.node, params: { name: frame.opener.name } })
    close()
  }
  parent.children = output as Parent['children']
}

function containerOf(opener: Opener, content: BlockContent[]): Blockquote {
  if (opener.name === 'callout') {
    for (const block of content) {
      if (block.type === 'paragraph') block.data = { ...block.data, hProperties: { className: ['fr-callout__text'] } }
    }
    return { type: 'blockquote', children: content, data: { hName: 'div', hProperties: { className: ['fr-callout'] } } }
  }
  const quote: Blockquote = { type: 'blockquote', children: content }
  const image = opener.argument.split(/\s+/)[0] ?? ''
  if (image === '') return { type: 'blockquote', children: [quote], data: { hName: 'figure', hProperties: { className: ['fr-quote'] } } }
  // The portrait is decorative: the quote's text names the person.
  const img: Element = { type: 'element', tagName: 'img', properties: { src: image, alt: '', className: ['fr-responsive-img'] }, children: [] }
  const frame: Element = { type: 'element', tagName: 'div', properties: { className: ['fr-quote__image'] }, children: [img] }
  const caption: Paragraph = { type: 'paragraph', children: [], data: { hName: 'figcaption', hChildren: [frame] } }
  return {
    type: 'blockquote',
    children: [quote, caption],
    data: { hName: 'figure', hProperties: { className: ['fr-quote', 'fr-quote--column'] } },
  }
}

/** Removes the `:::name` line from the paragraph that starts a known block. */
function takeOpener(node: Paragraph): Opener | null {
  const first = node.children[0]
  if (first?.type !== 'text') return null
  const match = OPENER.exec(first.value)
  const name = match?.[2]?.toLowerCase() ?? ''
  if (match === null || !KNOWN.has(name)) return null
  first.value = first.value.slice(match[0].length)
  if (first.value === '') node.children.shift()
  return { name, argument: (match[3] ?? '').trim() }
}

/** The paragraph ending `block` (or its last list item) when it ends with a closing `:::` line. */
function closerOf(block: RootContent): Paragraph | null {
  let current: RootContent | undefined = block
  while (current !== undefined && current.type !== 'paragraph') {
    if (current.type !== 'list' && current.type !== 'listItem' && current.type !== 'blockquote') return null
    current = current.children[current.children.length - 1]
  }
  if (current === undefined) return null
  const last = current.children[current.children.length - 1]
  return last?.type === 'text' && CLOSER.test(last.value) ? current : null
}

function takeCloser(block: RootContent): void {
  const paragraph = closerOf(block)
  const last = paragraph?.children[paragraph.children.length - 1]
  if (paragraph === null || last?.type !== 'text') return
  last.value = last.value.replace(CLOSER, '')
  if (last.value === '') paragraph.children.pop()
  trimEnd(paragraph)
}

function trimEnd(node: Paragraph): void {
  const last = node.children[node.children.length - 1]
  if (last?.type === 'break') node.children.pop()
  else if (last?.type === 'text') (last as Text).value = last.value.replace(/\s+$/, '')
}

function isEmpty(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.every((child) => child.type === 'text' && child.value.trim() === '')
}
