/**
 * A few read-only helpers over parse5's default tree, enough for the site
 * comparison to find regions and elements by tag, class and attribute, and to
 * read an element's text as a browser would show it (`<br>` as a space, the
 * contents of `script`, `style`, `template` and hidden elements left out).
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5'

export type Element = T.Element
export type Node = T.Node

export function parseHtml(html: string): T.Document {
  return parse(html)
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value
}

export function hasClass(element: Element, className: string): boolean {
  const value = attr(element, 'class')
  return value !== undefined && value.split(/\s+/).includes(className)
}

/** Elements below `root` in document order; `skip` prunes a subtree (the element and what it holds). */
export function descendants(root: Node, skip: (element: Element) => boolean = () => false): Element[] {
  const found: Element[] = []
  const visit = (node: Node): void => {
    const children = 'childNodes' in node ? node.childNodes : []
    for (const child of children) {
      if (!isElement(child) || skip(child)) continue
      found.push(child)
      visit(child)
    }
    // A <template>'s children live in its `content` fragment; they are not shown.
  }
  visit(root)
  return found
}

export function find(root: Node, test: (element: Element) => boolean, skip?: (element: Element) => boolean): Element | undefined {
  return descendants(root, skip).find(test)
}

export function findAll(root: Node, test: (element: Element) => boolean, skip?: (element: Element) => boolean): Element[] {
  return descendants(root, skip).filter(test)
}

const INVISIBLE = new Set(['script', 'style', 'template', 'noscript'])
/** Elements whose contents break a run of text (a space is put between them). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'img', 'iframe', 'picture', 'button',
])

/** The raw text of a subtree, blocks separated by spaces; `skip` leaves subtrees out. Not normalized. */
export function textOf(node: Node, skip: (element: Element) => boolean = () => false): string {
  let text = ''
  const visit = (current: Node): void => {
    if (current.nodeName === '#text') {
      text += (current as T.TextNode).value
      return
    }
    if (isElement(current)) {
      if (INVISIBLE.has(current.tagName) || attr(current, 'hidden') !== undefined || skip(current)) return
      if (BLOCK.has(current.tagName)) text += ' '
    }
    if ('childNodes' in current) for (const child of current.childNodes) visit(child)
    if (isElement(current) && BLOCK.has(current.tagName)) text += ' '
  }
  visit(node)
  return text
}
