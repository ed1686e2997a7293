/**
 * The e-mail addresses of a page as `offre-mailto` needs them: every form the editor
 * wrote (a `mailto:` link, a link missing its scheme, a code span, bare text), with
 * the exact source range of the address or of the URL. The model's contacts do not
 * tell a bare address that GFM autolinked from a written `mailto:` link (the site's
 * renderer does not autolink, so the two render differently), hence this walk.
 */
import { isEmail, mailtoAddress } from '@offre/model'
import { eachOfType } from '../tree-index.js'
import type { Definition, Link, LinkReference, Nodes, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'

export type ContactForm = 'mailto' | 'code' | 'text'

export interface Occurrence {
  /** The address as written (`mailto:` and query removed, decoded). */
  address: string
  form: ContactForm
  start: number
  end: number
  /**
   * Where the address itself is written: the occurrence for bare text and code spans,
   * the address inside the URL of a link (undefined when the URL holds it encoded).
   */
  addressAt: [number, number] | undefined
}

export interface MailtoUrl {
  node: Link | Definition
  url: string
  /** Where the URL is written in the source, when it is (not for `<a@b.fr>`); for fixes. */
  start: number | undefined
  end: number | undefined
}

export interface PageContacts {
  occurrences: Occurrence[]
  /** Links and definitions whose URL starts with `mailto:`. */
  mailtoUrls: MailtoUrl[]
  /** Links and definitions whose URL is an address without `mailto:`. */
  schemeless: MailtoUrl[]
  /** `mailto:` links and their visible text, references resolved; `textStart`/`textEnd`: the text's source range. */
  labelled: Array<{ node: Link | LinkReference; url: string; text: string; textStart: number | undefined; textEnd: number | undefined }>
  /** Text that holds `](mailto:`: link syntax that did not parse (a space in the URL…). */
  broken: Array<{ start: number; end: number; text: string }>
}

const EMAIL_IN_TEXT = /[\p{L}\d!#$%&'*+/=?^_`{|}~.-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu

export function contactsOf(tree: Root, source: string): PageContacts {
  const page: PageContacts = { occurrences: [], mailtoUrls: [], schemeless: [], labelled: [], broken: [] }
  const definitions = new Map<string, Definition>()
  eachOfType(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node)
  })
  eachOfType(tree, ['link', 'definition', 'linkReference', 'inlineCode', 'text'], (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (node.type === 'link' || node.type === 'definition') {
      const isMailto = /^mailto:/i.test(node.url)
      const bare = node.type === 'link' && isMailto && !/^[[<]/.test(source.slice(start, end))
      if (bare) {
        page.occurrences.push({ address: mailtoAddress(node.url), form: 'text', start, end, addressAt: [start, end] })
        return 'skip'
      }
      const [urlStart, urlEnd] = urlRange(node, source)
      const entry = { node, url: node.url, start: urlStart, end: urlEnd }
      // A message must start inside the link: remark-lint drops those placed after the last text
      // of the page (its "gaps"), which is where the URL of a page's last link lies.
      const [placeStart, placeEnd] = node.type === 'link' ? [start, end] : [urlStart ?? start, urlEnd ?? end]
      if (isMailto) {
        page.mailtoUrls.push(entry)
        for (const address of addressesOf(node.url)) page.occurrences.push({ address, form: 'mailto', start: placeStart, end: placeEnd, addressAt: addressRange(source, urlStart, urlEnd, address) })
        if (node.type === 'link') page.labelled.push({ node, url: node.url, text: toString(node), ...textRange(node) })
      } else if (isEmail(node.url.split('?')[0] ?? '')) {
        page.schemeless.push(entry)
        const address = node.url.split('?')[0] ?? node.url
        page.occurrences.push({ address, form: 'mailto', start: placeStart, end: placeEnd, addressAt: addressRange(source, urlStart, urlEnd, address) })
      }
      // The text of a link is its label, not another way of giving the address.
      return 'skip'
    }
    if (node.type === 'linkReference') {
      const definition = definitions.get(node.identifier)
      if (definition !== undefined && /^mailto:/i.test(definition.url)) page.labelled.push({ node, url: definition.url, text: toString(node), ...textRange(node) })
      return 'skip'
    }
    if (node.type === 'inlineCode') {
      const value = node.value.trim().replace(/^mailto:/i, '')
      if (isEmail(value)) page.occurrences.push({ address: value, form: 'code', start, end, addressAt: addressRange(source, start, end, value) })
      return undefined
    }
    if (node.type === 'text') {
      const text = source.slice(start, end)
      if (!text.includes('@') && !/mailto:/i.test(text)) return undefined
      for (const match of text.matchAll(/\]\([ \t]*mailto:[^)\n]*\)?/gi)) {
        // Back to the `[` that opens the link text, on the same line.
        const at = match.index ?? 0
        const open = text.lastIndexOf('[', at)
        if (open === -1 || text.slice(open, at).includes('\n')) continue
        page.broken.push({ start: start + open, end: start + at + match[0].length, text: text.slice(open, at + match[0].length) })
      }
      if (text === node.value) {
        for (const match of text.matchAll(EMAIL_IN_TEXT)) {
          const at = start + (match.index ?? 0)
          page.occurrences.push({ address: match[0], form: 'text', start: at, end: at + match[0].length, addressAt: [at, at + match[0].length] })
        }
      }
    }
    return undefined
  })
  page.occurrences.sort((a, b) => a.start - b.start)
  return page
}

/** The addresses of a `mailto:` URL (RFC 6068 allows several, comma-separated). */
export function addressesOf(url: string): string[] {
  return mailtoAddress(url)
    .split(',')
    .map((address) => address.trim())
}

/**
 * Where `address` is written at `[start, end)` (a URL, a code span): as is, or, in a
 * `mailto:` URL of one address written encoded (`contact%20@code.gouv.fr`), the part
 * between the scheme and the query.
 */
export function addressRange(source: string, start: number | undefined, end: number | undefined, address: string): [number, number] | undefined {
  if (start === undefined || end === undefined || address === '') return undefined
  const written = source.slice(start, end)
  const at = written.indexOf(address)
  if (at !== -1) return [start + at, start + at + address.length]
  const raw = /^mailto:([^?,]+)(?:\?|$)/i.exec(written)
  return raw?.[1] === undefined ? undefined : [start + 7, start + 7 + raw[1].length]
}

/** The source range of a link's text (its children), when it has any. */
function textRange(node: Link | LinkReference): { textStart: number | undefined; textEnd: number | undefined } {
  return { textStart: node.children[0]?.position?.start.offset, textEnd: node.children[node.children.length - 1]?.position?.end.offset }
}

/** Source range of the destination of a link or definition, when it is written there. */
function urlRange(node: Link | Definition, source: string): [number | undefined, number | undefined] {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? 0
  const written = source.slice(start, end)
  let from: number | undefined
  if (node.type === 'definition') {
    const label = /^\[(?:[^\]\\]|\\.)*\]:[ \t]*\n?[ \t]*<?/.exec(written)
    if (label !== null) from = start + label[0].length
  } else if (written.startsWith('<')) {
    from = start + 1
  } else {
    const last = node.children[node.children.length - 1]?.position?.end.offset ?? start + 1
    const destination = /^[^\]]*\]\([ \t]*\n?[ \t]*<?/.exec(source.slice(last, end))
    if (destination !== null) from = last + destination[0].length
  }
  if (from === undefined || !source.startsWith(node.url, from)) return [undefined, undefined]
  return [from, from + node.url.length]
}
