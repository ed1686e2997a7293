/**
 * The site's `:::callout` and `:::quote` blocks (markdown-it-container syntax),
 * which CommonMark reads as plain paragraphs: found in the tree, unwrapped, and
 * turned into the markup of the site's `markdown-custom-containers.js`: a DSFR
 * callout (`div.fr-callout > h3.fr-callout__title + div.fr-callout__text`, the
 * title given after the name: `:::callout Titre`) or quote (`figure.fr-quote
 * .fr-quote--column > blockquote`, then `figcaption > div.fr-quote__image > img`
 * with the portrait given after the name: `:::quote /img/portrait.jpg`, then a
 * `<br>`). Where the site's markup is not valid HTML (its `figcaption` inside the
 * `blockquote`), the figcaption is the figure's, which DSFR shows the same way (the
 * portrait is placed against the figure). Blank lines inside a block, a closing
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
    for (const node of containerOf(frame.opener, frame.content as BlockContent[])) add(node)
  }
  for (const node of parent.children as RootContent[]) {
    const opener = node.type === 'paragraph' ? takeOpener(node, file) : null
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

function containerOf(opener: Opener, content: BlockContent[]): RootContent[] {
  if (opener.name === 'callout') {
    // The site always writes the title's `h3`, empty when the opener has no title: an
    // empty heading is announced by screen readers, so it is written only with a title.
    const title: Paragraph[] = opener.argument === '' ? [] : [{ type: 'paragraph', children: [{ type: 'text', value: opener.argument }], data: { hName: 'h3', hProperties: { className: ['fr-callout__title'] } } }]
    const text: Blockquote = { type: 'blockquote', children: content, data: { hName: 'div', hProperties: { className: ['fr-callout__text'] } } }
    return [{ type: 'blockquote', children: [...title, text], data: { hName: 'div', hProperties: { className: ['fr-callout'] } } }]
  }
  const quote: Blockquote = { type: 'blockquote', children: content }
  const figure: Blockquote = { type: 'blockquote', children: [quote], data: { hName: 'figure', hProperties: { className: ['fr-quote', 'fr-quote--column'] } } }
  if (opener.argument !== '') {
    // The portrait is decorative: the quote's text names the person.
    const img: Element = { type: 'element', tagName: 'img', properties: { src: opener.argument, className: ['fr-responsive-img'], alt: '' }, children: [] }
    const frame: Element = { type: 'element', tagName: 'div', properties: { className: ['fr-quote__image'] }, children: [img] }
    figure.children.push({ type: 'paragraph', children: [], data: { hName: 'figcaption', hChildren: [frame] } })
  }
  // The site ends every quote with a `<br>`, which spaces it from what follows.
  const spacer: Paragraph = { type: 'paragraph', children: [], data: { hName: 'br' } }
  return [figure, spacer]
}

/** Removes the `:::name` line from the paragraph that starts a known block. */
function takeOpener(node: Paragraph, file: VFile): Opener | null {
  const first = node.children[0]
  if (first?.type !== 'text') return null
  const match = OPENER.exec(first.value)
  const name = match?.[2]?.toLowerCase() ?? ''
  if (match === null || !KNOWN.has(name)) return null
  first.value = first.value.slice(match[0].length)
  if (first.value === '') node.children.shift()
  const continues = !match[0].endsWith('\n') && node.children.length > 0
  return { name, argument: (continues ? restOfLine(node, file) : null) ?? (match[3] ?? '').trim() }
}

/**
 * The opener's argument when its line goes on past the first text node
 * (`:::callout À *savoir*`): markdown-it-container reads the line as plain text, so
 * it is taken from the source, and the nodes of the line are removed.
 */
function restOfLine(node: Paragraph, file: VFile): string | null {
  while (node.children.length > 0) {
    const child = node.children[0] as Paragraph['children'][number]
    if (child.type === 'break') {
      node.children.shift()
      break
    }
    if (child.type === 'text' && child.value.includes('\n')) {
      child.value = child.value.slice(child.value.indexOf('\n') + 1)
      if (child.value === '') node.children.shift()
      break
    }
    node.children.shift()
  }
  const start = node.position?.start.offset
  if (start === undefined) return null
  const line = String(file.value).slice(start).split(/\r?\n/, 1)[0] ?? ''
  return OPENER.exec(line)?.[3]?.trim() ?? null
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
